"""Version 26: a headline-style lead that labels a recording or its text ("Audiotape: “…”",
"Transcript: “…”", "Footage: “…”") names no speaker: the label is the medium, not a
person or body called "Audiotape". Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize("label", ["Audiotape", "Transcript", "Videotape", "Audio", "Footage", "Recording"])
def test_a_media_label_before_a_quote_is_no_speaker(label: str) -> None:
    paras = [
        f"{label}: “You will never see our boats again”",
        "The tape was aired on Monday by a harbour radio station.",
        "“We will win,” Ali Rahmat said on the tape.",
    ]
    assert speakers(paras) == [None, "Ali Rahmat"]


def test_a_person_of_that_spelling_inside_a_name_still_speaks() -> None:
    paras = ["The hearing went on.", "“We will win,” said Dana Recording."]
    assert speakers(paras) == ["Dana Recording"]
