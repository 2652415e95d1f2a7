"""Version 26: a given name then "Court" or "Church" after a preposition of place ("a
flat in Victoria Court", "at Madison Court") is a place (a court of flats, a street),
not a woman called Court whom a later "she" could name. Met or named without such a
preposition ("met Mary Court") it is still a person (v25). Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "“We will rebuild the pier before summer,” Mayor Tom Dee said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "The fire started in Victoria Court on Monday. “It spread so fast we could not save a thing,” she said.",
        "Neighbours gathered at Madison Court on Monday. “We never saw anything like it in our lives,” she said.",
    ],
)
def test_court_after_a_place_preposition_is_no_person(paragraph: str) -> None:
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, None)]


def test_court_met_is_a_person() -> None:
    paragraph = "Ann Toll met Mary Court at the quay. “We never saw anything like it in our lives,” Court said."
    quotes = find_quotes([_BEFORE, paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Tom Dee"), (1, "Mary Court")]
