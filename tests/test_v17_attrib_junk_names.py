"""Capitalised words opening a sentence that name nobody (version 17, found on PolNeAR):
a span of time ("Hours later, …") is no subject for the verb a quote's attribution
shares. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_a_span_of_time_opening_the_sentence_is_no_subject() -> None:
    assert _speakers(
        ["Hours later, Mira Lund returned the favour, telling reporters, “We are not done yet, not at all.”"]
    ) == ["Mira Lund"]


def test_weeks_earlier_before_a_name_and_a_joined_verb() -> None:
    assert _speakers(
        ["Weeks earlier, Ben Marr thanked the crowd and said, “This town has earned every bit of it.”"]
    ) == ["Ben Marr"]


def test_a_surname_in_s_then_later_without_a_comma_still_speaks() -> None:
    assert _speakers(
        ["Mira Jones spoke first. Jones later told reporters, “This town has earned every bit of it.”"]
    ) == ["Mira Jones"]
