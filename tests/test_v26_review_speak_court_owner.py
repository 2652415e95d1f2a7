"""Review of v26 (speakers): a given name then "Court" or "Church" after a preposition of
place is a place ("a flat in Victoria Court"), but not when the name owns what follows
("at Tom Church's house", "in Margaret Court's home town"): that is a person, whom a
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
