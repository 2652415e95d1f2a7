"""Version 23: a country or city opening the sentence, right before a verb of saying or
naming, is the subject of a partial quote there: "Sweden branded Northland an “outlaw
nation”" is Sweden's phrase. Places were always dropped from the front of the sentence's
subjects (for "In Oslo, Dee called …"), so the quote went to the place named after the
verb, its object. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

OPENING = "Norway condemned the missile launch on Tuesday."


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


def test_a_country_branding_another() -> None:
    text = "Sweden branded Northland an “outlaw nation in the neighbourhood.”"
    assert _speakers([OPENING, text]) == ["Sweden"]


def test_a_country_after_a_conjunction() -> None:
    text = "But Sweden called Northland an “outlaw nation in the neighbourhood.”"
    assert _speakers([OPENING, text]) == ["Sweden"]


def test_a_place_before_another_verb_is_no_speaker() -> None:
    text = "Oslo hosted the talks where Dana Prell called Northland an “outlaw nation in the neighbourhood.”"
    assert "Oslo" not in _speakers([OPENING, text])


def test_a_place_after_a_preposition_still_gives_the_person() -> None:
    text = "In Oslo, Dana Prell called Northland an “outlaw nation in the neighbourhood.”"
    assert _speakers([OPENING, text]) == ["Dana Prell"]


def test_a_country_whose_name_is_also_its_adjective() -> None:
    """ "Japan" can stand as an adjective ("Japan officials"), and was dropped as one before
    any lower-case word: before a verb it names the country acting."""
    text = "Japan branded Northland an “outlaw nation in the neighbourhood.”"
    assert _speakers([OPENING, text]) == ["Japan"]
