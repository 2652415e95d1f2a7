"""An imperative opening a sentence (version 22) is nobody's name, however seldom the
article uses the verb elsewhere: "Note the mayor's words: “…”" names nobody called
Note. Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_note_before_a_colon_is_no_speaker() -> None:
    assert _speakers(["Note the mayor's words: “We will finish the bridge next spring.”"]) == [None]


def test_consider_before_a_colon_is_no_speaker() -> None:
    assert _speakers(["Consider the harbour board's reply: “We have no money left for the pier.”"]) == [None]


def test_a_name_after_the_imperative_still_speaks() -> None:
    assert _speakers(["Ask Dana Prell about the bridge and she says: “It will be finished next spring.”"]) == [
        "Dana Prell"
    ]
