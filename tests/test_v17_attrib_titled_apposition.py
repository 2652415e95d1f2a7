"""A work's title quoted inside an apposition (version 17, found on PolNeAR): "Ann Toll,
the co-author of “Quiet Rooms,” said …" — the title's marks neither end the clause nor
hide the person the apposition describes. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_title_closing_the_apposition_before_the_verb() -> None:
    text = "Ann Toll, the co-author of “Quiet Rooms,” said the days when towns had “one shared story for all” are gone."
    assert _speakers([text]) == ["Ann Toll"]


def test_title_inside_the_apposition_then_a_relative_clause() -> None:
    text = (
        "Sam Reyes, a guest on the radio show, “Night Desk,” who later worked for the host, said the host was "
        "“always kind and generous with his time.”"
    )
    assert _speakers([text]) == ["Sam Reyes"]


def test_an_earlier_quote_still_cuts_the_clause() -> None:
    text = "“We will win,” Ann Toll said, and Ben Marr, her rival, replied that it was “far too early to tell anyone.”"
    assert _speakers([text])[-1] == "Ben Marr"
