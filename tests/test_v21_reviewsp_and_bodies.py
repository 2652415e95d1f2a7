"""Review of version 21's "X and Y Commission" join: a body named for two fields joined by
"and" ("the Fisheries and Waterways Commission") is one name, but a surname or another
body before "and" is a name of its own ("Kessler and Harbour Party officials"): the
body after "and" is still the one "the party" means. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_surname_and_a_party_are_two_names() -> None:
    assert speakers(
        [
            "Kessler and Harbour Party officials spent the week on the road.",
            "“We will win every seat on the coast,” the party said in a statement.",
        ]
    ) == ["Harbour Party"]


def test_a_surname_and_a_ministry_are_two_names() -> None:
    assert speakers(
        [
            "Gallant and Defence Ministry officials met on Monday.",
            "“The operation will go on for many more weeks,” the ministry said.",
        ]
    ) == ["Defence Ministry"]


def test_a_surname_and_a_foundation_are_two_names() -> None:
    assert speakers(
        [
            "Talks between Orlov and Brandt Foundation donors went on late.",
            "“We are very close to a deal on the new school,” the foundation said.",
        ]
    ) == ["Brandt Foundation"]


def test_guard_the_two_field_body_after_the_is_still_one_name() -> None:
    assert speakers(
        [
            "The Fisheries and Waterways Commission met on Monday.",
            "“The quota is a fair deal for every harbour on the coast,” the commission said.",
        ]
    ) == ["Fisheries and Waterways Commission"]


def test_guard_a_two_field_body_after_a_lower_case_the_is_one_name() -> None:
    assert (
        speakers(
            [
                "“The quota is a fair deal for every harbour on the coast,” said a spokesman for the Fisheries and "
                "Waterways Commission, which set it.",
                "“It will be reviewed in spring,” the commission said.",
            ]
        )[-1]
        == "Fisheries and Waterways Commission"
    )


def test_guard_an_adjective_between_the_and_the_body_keeps_it_whole() -> None:
    assert speakers(
        [
            "A complaint filed by the federal Fisheries and Waterways Commission names six boat owners.",
            "“The quota is a fair deal for every harbour on the coast,” the commission said.",
        ]
    ) == ["Fisheries and Waterways Commission"]
