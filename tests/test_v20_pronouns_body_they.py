"""Version 20: "they" for a body. British usage (and much wire copy) takes a plural for a
club, union or firm: "Manchester United have signed … “…,” they said in a statement." A
"they" heading the reporting clause of a quote right after a sentence whose subject is a
named body is that body; people described in the plural ("Union leaders disagreed.") stay
unnamed, as does a "they" after a sentence about somebody else. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Manchester Rovers have signed the Dutch striker Jan Kuipers on a four-year deal.", "Manchester Rovers"),
        ("The Harbour Union has rejected the latest pay offer from management.", "Harbour Union"),
        ("Northgate Rail confirmed on Tuesday that the Leeds line would close for a week.", "Northgate Rail"),
    ],
)
def test_they_after_a_body_as_subject_is_the_body(opening: str, body: str) -> None:
    assert speakers([opening, "“We are pleased to have reached this point after long talks,” they said."]) == [body]


def test_they_after_plural_people_stays_unnamed() -> None:
    assert speakers(
        [
            "Northgate Rail said the pay offer was final.",
            "Union leaders disagreed. “This offer does nothing for the lowest paid,” they said.",
        ]
    ) == [None]


def test_they_after_a_person_as_subject_is_nobody_named() -> None:
    assert speakers(
        [
            "Judge Ann Moss jailed the two brothers for six years at Leeds Crown Court.",
            "“We will appeal against this sentence as soon as we can,” they said.",
        ]
    ) == [None]


def test_they_after_a_body_only_mentioned_is_nobody_named() -> None:
    assert speakers(
        [
            "Fans gathered outside the ground of Manchester Rovers on Saturday.",
            "“We want the owners out of the club before it is too late,” they said.",
        ]
    ) == [None]
