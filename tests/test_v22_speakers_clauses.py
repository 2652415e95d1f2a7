"""A clause after a quote that opens on "while", "whereas", "although" … (version 22) is
another clause with a subject of its own, no attribution of the quote: its subject says
something else. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_while_clause_after_the_quote_names_nobody_who_said_it() -> None:
    text = (
        "The harbour board said it “will not back any plan this year,” while Tidewater Sen. Omar Villet"
        " suggested he would only offer conditional support."
    )
    assert "Omar Villet" not in _speakers([text])


def test_a_role_word_before_the_name_still_counts() -> None:
    assert _speakers(["“We will not back any plan this year,” harbour board chair Omar Villet suggested."]) == [
        "Omar Villet"
    ]
