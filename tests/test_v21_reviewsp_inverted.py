"""Review of version 21's inverted speech verb before a colon ("Said the coach: “…”"):
"told" takes its hearer as object, so "Told the court: “…”" (the subject left out, as
in a summary line) never makes the court the speaker. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_told_before_a_colon_does_not_make_its_hearer_speak() -> None:
    assert speakers(
        [
            "Dana Holt took the stand at the Harbour Court on Monday.",
            "Told the court: “I never meant for anybody to get hurt by any of it.”",
        ]
    ) != ["Harbour Court"]


def test_guard_said_before_a_colon_still_names_the_one_described() -> None:
    assert speakers(
        [
            "Coach Petra Lindqvist watched the second half from the stands.",
            "Added the coach: “We gave away the midfield and paid for it in the last ten minutes.”",
        ]
    ) == ["Petra Lindqvist"]
