"""Speaker rules added for real news (issue 11): names, organisations, pronoun chains.

The labelled articles for these rules are in tests/data/quotes/speakers.txt; these
tests pin the pieces underneath them.
"""

from __future__ import annotations

from newstui.extract.names import Registry, classify, scan
from newstui.extract.quotes import find_quotes


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.entity.name, m.entity.kind) for m in scan(text, Registry(), set(), {0})]


def test_compass_words_open_place_names() -> None:
    assert classify(["South", "Carolina"])[2] == "place"
    assert classify(["North", "America"])[2] == "place"
    assert classify(["United", "Kingdom"])[2] == "place"
    assert classify(["Ana", "Petrova"])[2] == "person"


def test_organisation_names_go_on_over_of_on_and() -> None:
    assert ("Department of Transportation", "org") in _names("Officials at the Department of Transportation met.")
    names = _names("A report by the Joint Committee on Intelligence and Security came out.")
    assert ("Joint Committee on Intelligence and Security", "org") in names
    # A person after "and" is not swallowed into the organisation.
    names = _names("The Department of Justice and Maria Lopez disagreed.")
    assert ("Department of Justice", "org") in names
    assert any(name == "Maria Lopez" for name, _ in names)
    # "of" after a person's name joins nothing.
    assert ("Tomas Brandt", "person") in _names("Tomas Brandt of Leipzig spoke.")


def test_first_person_partial_quote_is_kept_and_continues_the_speaker() -> None:
    found = find_quotes(
        [
            "“Nobody warned us about the closure,” said Edda Marsh, who farms near the reservoir.",
            "The new road, which the county approved in May, is “the worst decision I have seen here.”",
        ]
    )
    assert [(q.paragraph, q.speaker) for q in found] == [(0, "Edda Marsh"), (1, "Edda Marsh")]


def test_he_learns_a_gender_for_the_chain() -> None:
    found = find_quotes(
        [
            "Bo Lindgren and Kaja Strand toured the dam on Monday.",
            "“We found cracks in every inspection gallery,” he said.",
            "“This is our dam and our responsibility,” she said.",
        ]
    )
    assert [q.speaker for q in found] == ["Bo Lindgren", "Kaja Strand"]


def test_an_organisations_it_is_the_subject_not_the_object() -> None:
    found = find_quotes(
        [
            "The Medicines Authority warned buyers against slimming pills containing DNP.",
            "“These pills can kill in a single dose,” it said.",
        ]
    )
    assert [q.speaker for q in found] == ["Medicines Authority"]
