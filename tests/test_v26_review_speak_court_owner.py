"""Review of v26 (speakers): a given name then "Court" or "Church" after a preposition of
place is a place ("a flat in Victoria Court"), but not when the name owns what follows
("at Tom Church's house", "in Ann Court's home town"), nor after a word of directing at
somebody ("shouted at Tom Church", "a swipe at Mary Court"): that is a person, whom a
later bare "Church" or "Court" names. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        ("Neighbours gathered at Tom Church's house on Friday.", "“We miss him every day,” Church said.", "Tom Church"),
        ("Fans cheered in Ann Court’s home town on Sunday.", "“I am proud of them all,” Court said.", "Ann Court"),
    ],
)
def test_owner_after_a_place_preposition_is_a_person(paragraph: str, quote: str, speaker: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph, quote])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (2, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "Ann Toll took a swipe at Mary Court on Monday.",
            "“She has never run a thing in her life,” Court said.",
            "Mary Court",
        ),
        (
            "Ann Toll shouted at Tom Church during the vote.",
            "“I will not be shouted down by anyone,” Church said.",
            "Tom Church",
        ),
    ],
)
def test_person_directed_at_is_a_person(paragraph: str, quote: str, speaker: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph, quote])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (2, speaker)]
