"""Version 24: a dash credit line naming an outlet or its staff under a quote standing
alone ("“…” / — Northfield Times staff") gives the quote to the outlet, and a line naming
only staff ("— Staff reports") to nobody: never to the speaker quoted before it. A wire
agency alone ("— Reuters") still signs the story off (version 22's review). Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

SAID = "“The ferry timetable will change in the spring,” Colm Brennock said on Tuesday."
LONE = "“Islanders deserve a boat that leaves when it says it will.”"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("— Northfield Times staff", "Northfield Times"),
        ("— The Northfield Times", "Northfield Times"),
        ("-- Northfield Times", "Northfield Times"),
        ("— Harbour Gazette staff", "Harbour Gazette"),
        ("— The Daily Ledger editorial board", "Daily Ledger"),
    ],
)
def test_an_outlet_credit_gives_the_quote_to_the_outlet(line: str, outlet: str) -> None:
    assert speakers([SAID, LONE, line]) == ["Colm Brennock", outlet]


@pytest.mark.parametrize("line", ["— Staff reports", "-- Staff and wire reports", "— Staff."])
def test_a_staff_credit_with_no_outlet_gives_the_quote_to_nobody(line: str) -> None:
    assert speakers([SAID, LONE, line]) == ["Colm Brennock", None]


def test_a_wire_sign_off_still_leaves_the_quote_with_its_speaker() -> None:
    assert speakers([SAID, LONE, "— Associated Press"]) == ["Colm Brennock", "Colm Brennock"]


def test_an_outlet_named_in_a_sentence_after_a_dash_credits_nobody() -> None:
    line = "— The Northfield Times reported the change first."
    assert speakers([SAID, LONE, line]) == ["Colm Brennock", "Colm Brennock"]


def test_an_outlet_credit_under_a_quote_with_its_own_attribution_changes_nothing() -> None:
    said_again = "“Islanders deserve a boat that leaves when it says it will,” Brennock added."
    assert speakers([SAID, said_again, "— Northfield Times staff"]) == ["Colm Brennock", "Colm Brennock"]
