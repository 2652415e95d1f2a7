"""Version 24: a description of a body or person named before, heading a relative
clause with a speech verb ("a trend that the foundation predicts will continue “…”"),
speaks the partial quote of its sentence when no name stands in the sentence. Invented
text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_a_body_described_in_a_relative_clause_speaks() -> None:
    found = find_quotes(
        [
            "There are fewer rowers than a decade ago, according to the Pell Bay Rowing Foundation. "
            "Ten clubs have closed since 2006, the group says. Five clubs close every year, a trend "
            "that the foundation predicts will continue “for at least five more years.”"
        ]
    )
    assert [q.speaker for q in found] == ["Pell Bay Rowing Foundation"]


def test_a_person_described_in_a_relative_clause_speaks() -> None:
    found = find_quotes(
        [
            "Mayor Ann Toll opened the new sea wall on Monday.",
            "Storms have grown worse each winter, a change that the mayor predicts will leave "
            "“every street by the quay under water by 2040.”",
        ]
    )
    assert [q.speaker for q in found] == ["Ann Toll"]
