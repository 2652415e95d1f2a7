"""Version 25: "Staff" in a paper's credit ("— Staff reports", "Staff Writer") names
nobody, so a quote closed by "— Staff reports" in its own paragraph is not given to a
person called "Staff"; "Staff Sgt. Tom Crane" and "Chief of Staff Mara Quill" keep their
people. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract import names
from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize("credit", ["— Staff reports", "— Staff Reports", "— Staff", "-- Staff report"])
def test_a_staff_credit_after_a_quote_is_nobody_named_staff(credit: str) -> None:
    found = find_quotes(
        [
            "Mayor Ann Toll said the harbour fair went well.",
            f"“The harbour fair will come back next spring with twice the stalls.” {credit}",
        ]
    )
    assert len(found) == 1 and found[0].speaker != "Staff"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The harbour is safe again,” said Staff Sgt. Tom Crane.", "Tom Crane"),
        ("“The harbour is safe again,” said Chief of Staff Mara Quill.", "Mara Quill"),
        ("“The harbour is safe again,” said Tom Staff.", "Tom Staff"),
    ],
)
def test_staff_in_a_title_or_a_surname_keeps_the_person(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_staff_alone_is_no_name() -> None:
    assert names.classify(["Staff"])[1] == [] and names.classify(["Staff", "reports"])[1] == []
