"""Version 16 (body): a summary list under the headline ("Key takeaways") before the body (invented pages).

News, finance and guide pages open with their key points as a short list under a label of its
own, in a card between the headline and the body container; the scorer picks the body and the
card was lost with the story's summary.
"""

from __future__ import annotations

from extract_helpers import numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the river authority measured the water level {k} times a day during the spring floods, "
    "and the readings were posted at the town hall every evening for anyone who asked."
)


def _page(card: str) -> str:
    return (
        "<html><head><title>The spring floods, measured</title></head><body>"
        "<section class='hero'><div class='wrap'><h1>The spring floods, measured</h1>"
        "<div class='author'><a href='/staff/ann'>Ann Weir</a> <a href='/follow/ann'>Follow</a></div>"
        f"<div class='card'>{card}</div></div></section>"
        f"<main><div class='article-body'>{numbered_paragraphs(_SENTENCE, 6)}</div></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


_POINTS = (
    "<ul><li>The river rose higher than in any spring since the old weir was built.</li>"
    "<li>Two bridges stayed closed for eleven days while engineers checked them.</li>"
    "<li><a href='/more'>Ten towns that flood every spring ›</a></li></ul>"
)


def _sections(html: str) -> list[tuple[str | None, list[str]]]:
    article = extract_article(html.encode())
    return [(s.heading, s.paragraphs) for s in article.sections]


def test_key_points_under_the_headline_open_the_story() -> None:
    sections = _sections(_page(f"<h2>Key takeaways</h2>{_POINTS}"))
    heading, points = sections[0]
    assert heading == "Key takeaways"
    assert points[0] == "The river rose higher than in any spring since the old weir was built."
    assert points[1].startswith("Two bridges stayed closed")
    assert not any("Ten towns" in p for _, ps in sections for p in ps)  # a teaser set as the last point
    assert any("Paragraph 5:" in p for _, ps in sections for p in ps)


def test_a_label_in_another_press_language_counts_too() -> None:
    sections = _sections(_page(f"<p><strong>Das Wichtigste in Kürze</strong></p><div class='text'>{_POINTS}</div>"))
    assert sections[0][0] == "Das Wichtigste in Kürze"


def test_a_list_of_links_under_the_label_is_no_summary() -> None:
    links = "<ul>" + "".join(f"<li><a href='/s{n}'>Another flood story number {n}</a></li>" for n in range(4)) + "</ul>"
    sections = _sections(_page(f"<h2>Highlights</h2>{links}"))
    assert not any("Another flood story" in p for _, ps in sections for p in ps)


def test_any_other_list_before_the_body_is_left_out() -> None:
    sections = _sections(_page(f"<h2>Share this page</h2>{_POINTS}"))
    assert not any("weir" in p for _, ps in sections for p in ps)
