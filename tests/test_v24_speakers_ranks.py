"""Version 24: a qualifier before a role makes another person. "The deputy mayor" and
"the vice chairman" are only somebody introduced as that ("Deputy Mayor Tom Crane", "Tom
Crane, the deputy mayor"), never the mayor; "the mayor" is never the deputy; "the former
mayor" is only somebody introduced as a former one, and with none named, nobody.
Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Deputy Mayor Tom Crane cut the ribbon at the harbour fair.",
                "Mayor Ann Toll gave the opening speech.",
                "“The fair will come back next spring with twice the stalls,” the deputy mayor said.",
            ],
            "Tom Crane",
        ),
        (
            [
                "Tom Crane, the deputy mayor, cut the ribbon at the harbour fair.",
                "Mayor Ann Toll gave the opening speech.",
                "“The fair will come back next spring with twice the stalls,” the deputy mayor said.",
            ],
            "Tom Crane",
        ),
        (
            [
                "Mayor Ann Toll gave the opening speech.",
                "Deputy Mayor Tom Crane cut the ribbon at the harbour fair.",
                "“This is the biggest fair the town has held,” the mayor said.",
            ],
            "Ann Toll",
        ),
        (
            [
                "Chairman Ann Toll met Vice Chairman Tom Crane at the boatyard.",
                "“We agreed on the new slipway,” the chairman said.",
            ],
            "Ann Toll",
        ),
        (
            [
                "Former mayor Jo Dee came to the harbour fair.",
                "Mayor Ann Toll gave the opening speech.",
                "“We never had a fair this big in my time,” the former mayor said.",
            ],
            "Jo Dee",
        ),
        (
            [
                "Mayor Ann Toll gave the opening speech at the harbour fair.",
                "“The fair will come back next spring with twice the stalls,” the deputy mayor said.",
            ],
            None,
        ),
        (
            [
                "Mayor Ann Toll gave the opening speech at the harbour fair.",
                "“We never had a fair this big in my time,” the former mayor said.",
            ],
            None,
        ),
    ],
)
def test_a_qualified_role_is_another_person(paragraphs: list[str], speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(paragraphs)] == [speaker]


def test_the_mayor_is_still_the_mayor() -> None:
    found = find_quotes(["Mayor Ann Toll opened the harbour fair.", "“It is the biggest fair yet,” the mayor said."])
    assert [q.speaker for q in found] == ["Ann Toll"]
