"""Review of the v20 part-label rule: a short label row over readers' words (comments,
letters, a discussion) is no label of the story's closing part; the scan ends there."""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

STORY = "".join(
    f"<p>Paragraph {i} of the ferry story tells how the council voted, and why the harbour "
    "needs a new pier before the winter storms come.</p>"
    for i in range(6)
)
READER = (
    "<div class='c'>I have lived by the harbour for forty years and I can tell you the pier was "
    "never the problem, the council was, and nobody there ever listened to the people who fish "
    "from it every single morning of the year.</div>"
)


def _page(label: str) -> str:
    return (
        f"<html><body><div class='page'><div class='story'>{STORY}</div>"
        f"<div class='lbl'><font size=5>{label}</font></div>{READER}</div></body></html>"
    )


def _text(html: str) -> str:
    article = extract_article(html)
    return "\n".join(p for section in article.sections for p in [section.heading or "", *section.paragraphs])


@pytest.mark.parametrize("label", ["Your views", "Readers respond", "What you said", "Leserbriefe"])
def test_readers_words_under_a_label_stay_out(label: str) -> None:
    text = _text(_page(label))
    assert "Paragraph 5 of the ferry story" in text
    assert "forty years" not in text


def test_a_closing_part_under_its_label_is_still_taken() -> None:
    assert "forty years" in _text(_page("Addendum"))
