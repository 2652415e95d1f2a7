"""A clause opening on "And" before its subject and a colon ('And Mr. Toll gloated:
“…”'), and "Tweeted" written with the capital of the brand ('“…!” Jo Dee, the chair,
Tweeted on Friday'). All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_LEAD = "Ann Lee spoke to the harbour board on Monday."


@pytest.mark.parametrize(
    "clause",
    ["And Mr. Crane gloated:", "And Tom Crane sneered:", "Or, as Tom Crane put it:"],
)
def test_and_opening_the_clause_before_the_subject(clause: str) -> None:
    paras = ["Tom Crane runs the ferry company.", _LEAD, f"{clause} “Nobody asked the fishermen about any of it.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]


def test_two_joined_names_still_speak_together() -> None:
    paras = [_LEAD, "Ivy Moss and Tom Crane gloated: “Nobody asked the fishermen about any of it.”"]
    assert [q.speaker for q in find_quotes(paras)] == ["Ivy Moss and Tom Crane"]


def test_a_capitalised_tweeted_after_an_apposition() -> None:
    paras = [
        _LEAD,
        "“Not us, but we cannot argue with it!” Tom Crane, the head of the Harbor Trust, Tweeted on Friday.",
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Tom Crane"]
