"""A quote closed by a credit to nameless staff on its own line ("“…” — Staff reports")
names nobody (version 25 review): the quote is no longer given to the speaker quoted
before it, as on a line of its own. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_BEFORE = "Tom Crane runs the harbour office. “We fixed the pier today,” Crane said."


@pytest.mark.parametrize("credit", ["— Staff reports", "-- Staff and wire reports.", "– Staff Writers"])
def test_a_staff_credit_after_a_quote_in_its_paragraph_names_nobody(credit: str) -> None:
    quotes = find_quotes([f"{_BEFORE} “The harbour opens again on Friday for every boat.” {credit}"])
    assert [q.speaker for q in quotes] == ["Tom Crane", None]


def test_a_person_credited_so_still_speaks() -> None:
    quotes = find_quotes([f"{_BEFORE} “The harbour opens again on Friday for every boat.” — Dana Price"])
    assert [q.speaker for q in quotes] == ["Tom Crane", "Dana Price"]
