"""A surname that is also a title word ("Dean", "Bishop", "King", "Major", "Judge") after a
given name the name list lacks is a person's name, not a role with nobody named (version
17, round 2, found on PolNeAR). Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_an_unknown_given_name_before_a_title_surname_is_a_person() -> None:
    assert _speakers(["“We will carry this county by a mile,” said Corwin Dean."]) == ["Corwin Dean"]
    assert _speakers(["Tobiah Bishop told the crowd: “We will carry this county by a mile.”"]) == ["Tobiah Bishop"]
    assert _speakers(["“We will carry this county by a mile,” said Oswin Major on Friday."]) == ["Oswin Major"]


def test_the_bare_surname_later_goes_back_to_the_person() -> None:
    paragraphs = [
        "Corwin Dean, who chairs the county party, spoke first.",
        "“We will carry this county by a mile,” Dean said.",
    ]
    assert _speakers(paragraphs) == ["Corwin Dean"]


def test_a_faith_a_place_or_an_adjective_before_the_title_is_still_a_role() -> None:
    # "the Catholic Bishop", "a Federal Judge", "the Harbourton Mayor": no name in them.
    assert _speakers(["“The doors stay open to everyone,” said the Catholic Bishop."]) == [None]
    assert _speakers(["“The ruling stands for now,” said a Federal Judge."]) == [None]
    assert _speakers(["“The ruling stands for now,” said the Canadian Judge."]) == [None]
