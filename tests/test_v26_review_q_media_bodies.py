"""Review of names3: a word that labels a recording before a quote ("Recording: “…”",
"Audio: “…”") names no speaker, but the same word opening a body's name keeps it ("the
Recording Academy", "the Audio Makers Union"): the label drops only as a run of one
word. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_QUOTE = "“The awards will go ahead as planned this year,”"


@pytest.mark.parametrize(
    "body", ["Recording Academy", "Recording Guild", "Audio Makers Union", "Footage Archive Trust"]
)
def test_a_body_named_with_a_media_word_keeps_its_name(body: str) -> None:
    assert speakers(["The show is in February.", f"{_QUOTE} the {body} said."]) == [body]


def test_the_label_alone_still_names_nobody() -> None:
    paras = ["Recording: “You will never see our boats again”", "“We will win,” Ali Rahmat said on the tape."]
    assert speakers(paras) == [None, "Ali Rahmat"]
