"""The role-holder rule (version 17: "said Harbour Radio co-host Lee Mott" gives the quote to
Lee Mott, not to Harbour Radio) read any lower-case words between two names as role words:
a preposition, a time word or a participle with its object made the second person the
speaker of what the first one said ("said Jo Reed about rival Sam Pike" went to Sam Pike).
Invented sentences."""

from __future__ import annotations

import pytest

from extract_helpers import speakers as _speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will reopen the pier by June,” said Jo Reed about rival Sam Pike.",
        "“We will reopen the pier by June,” said Jo Reed today alongside Sam Pike.",
        "“We are ready for the storm,” said Jo Reed tonight beside Sam Pike.",
        "“We are ready for the storm,” said Jo Reed upon meeting Sam Pike.",
        "“We are ready for the storm,” said Jo Reed congratulating Sam Pike.",
    ],
)
def test_words_that_are_no_role_leave_the_quote_with_the_first_name(sentence: str) -> None:
    assert _speakers([sentence]) == ["Jo Reed"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We are ready for the storm,” said Harbour Radio ally Sam Pike.", "Sam Pike"),
        ("“We are ready for the storm,” said Harbour Radio acting director Sam Pike.", "Sam Pike"),
        ("“They are frustrated with the decision,” said Oversight ranking Democrat Sam Pike.", "Sam Pike"),
    ],
)
def test_role_words_still_give_the_quote_to_the_person(sentence: str, speaker: str) -> None:
    assert _speakers([sentence]) == [speaker]
