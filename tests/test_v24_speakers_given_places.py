"""Version 24: a place that is also a given name ("Georgia", "Sydney", "Paris") opening a
two-word name is the person's first name ("Georgia Smith"), not a dateline's place before
a surname; and later, alone, it is that person, not the place, unless a preposition makes
it the place ("a ferry in Georgia"). Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("first", ["Georgia", "Sydney", "Paris"])
def test_a_place_that_is_a_given_name_is_the_known_person(first: str) -> None:
    found = find_quotes(
        [
            f"{first} Marlow has run the ferry to Pell Island for ten years.",
            f"“The ferry has not missed a single day since the storm,” {first} said.",
            "Tom Crane, the harbour master, disagreed. “It missed two days,” he said. "
            f"{first} laughed: “Only in a gale.”",
        ]
    )
    assert [q.speaker for q in found] == [f"{first} Marlow", "Tom Crane", f"{first} Marlow"]


def test_the_place_after_a_preposition_stays_a_place() -> None:
    found = find_quotes(
        [
            "Georgia Marlow sells boats on the coast.",
            "Tom Crane said he bought his first boat in Georgia. “It still floats,” he said.",
        ]
    )
    assert [q.speaker for q in found] == ["Tom Crane"]


def test_a_body_named_after_the_place_is_no_person() -> None:
    found = find_quotes(["Georgia Tech won the rowing cup on Monday. “We rowed well,” the coach said."])
    assert [q.speaker for q in found] == [None]
