"""Version 16 (body): a subhead set alone in a wrapper of its own (pages written for the tests).

Block editors set each block of a story in its own wrapper (<section><h2>…</h2></section>, then a
section for the picture, one for the paragraphs); a wrapper with under 25 characters of text was
dropped as an empty slot, and a short subhead went with it.
"""

from __future__ import annotations

from extract_helpers import numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the bakery on the corner sold {k} dozen rye loaves on the first cold morning, "
    "and the queue reached the bus stop before the doors had even opened at seven."
)


def _headings(middle: str) -> list[str | None]:
    html = (
        "<html><head><title>Bread for the winter</title></head><body><article><h1>Bread for the winter</h1>"
        f"<div class='article-body'>{numbered_paragraphs(_SENTENCE, 3)}{middle}"
        f"{numbered_paragraphs(_SENTENCE, 3, first=3)}</div></article></body></html>"
    )
    return [s.heading for s in extract_article(html.encode()).sections]


def test_a_short_subhead_in_its_own_wrapper_stays() -> None:
    middle = "<section><h2>Rye again</h2></section><section><figure><img src='/loaf.jpg' alt=''></figure></section>"
    assert _headings(middle) == [None, "Rye again"]


def test_a_wrapper_named_for_related_posts_stays_out() -> None:
    middle = "<div class='related-posts-container'><h3>Related</h3></div>"
    assert _headings(middle) == [None]
