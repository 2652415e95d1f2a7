"""A quote's own attribution after the mark, read before any carried-over speaker (version 17,
found on PolNeAR): "the Valley Post reported". Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."


def test_the_outlet_then_a_verb_outside_the_speech_verbs() -> None:
    assert _speakers(
        [_EARLIER, "“A storm like this comes once in a lifetime to this valley,” the Valley Post reported."]
    ) == [
        "Tom Reed",
        "Valley Post",
    ]


def test_the_one_word_outlet_then_a_verb_outside_the_speech_verbs() -> None:
    assert _speakers(
        [_EARLIER, "“A storm like this comes once in a lifetime to this valley,” The Beacon reported."]
    ) == [
        "Tom Reed",
        "Beacon",
    ]


def test_a_body_then_a_hyphenated_role_then_the_name_then_the_verb() -> None:
    assert _speakers(
        [_EARLIER, "“That was the longest winter any of us can remember here,” Harbour Radio co-host Dee Marr said."]
    ) == ["Tom Reed", "Dee Marr"]


def test_a_body_then_a_role_then_the_name_then_a_verb_outside_the_speech_verbs() -> None:
    assert _speakers(
        [_EARLIER, "“That was the longest winter any of us can remember here,” Harbour Radio co-host Dee Marr mused."]
    ) == ["Tom Reed", "Dee Marr"]
