"""A quote handed over by a participle of speaking after a name in a sentence about a
text ("The new ad shows footage of Ann Lee asking, “…”"): the named person's words, not
the text's nor an earlier speaker's. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "The new ad shows footage of Ann Lee asking, “Why is the pier still closed?”",
        "The council's video ends on a clip of Ann Lee shouting: “Open the pier now!”",
    ],
)
def test_the_person_shown_speaking_says_the_quote(sentence: str) -> None:
    paras = ["“We need the money,” Tom Crane said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", "Ann Lee"]


def test_an_owner_of_the_one_shown_speaking_does_not_say_it() -> None:
    paras = [
        "“We need the money,” Tom Crane said.",
        "The ad shows a clip of Ann Lee's aide saying, “The pier stays shut.”",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane", None]
