"""Version 15 body rules for the standfirst, each on a page written for its test (no development-set text).

A standfirst in a full-width hero block that meets the story only at <body>, a long
standfirst (an abstract, a chapeau of several sentences), and a title strip that
repeats the headline under the standfirst.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the harbour pilots guided {k} more freighters past the sandbar this month, "
    "as the dredger worked the channel at night and the tide tables were redrawn."
)
_HEADLINE = "Harbour pilots race to keep the only deep channel open through the winter"
_STANDFIRST = (
    "A shifting sandbar has narrowed the only deep channel into the port, and the pilots now "
    "bring every large ship in at high water."
)


def _story(count: int = 6) -> str:
    return numbered_paragraphs(_SENTENCE, count, offset=3)


def _hero_page(hero_extra: str = "", between: str = "", h1: str = _HEADLINE) -> str:
    return (
        f"<html><head><title>{_HEADLINE} | Coast Courier</title></head><body>"
        "<div class='site-top'><a href='/'>Coast Courier</a></div>"
        "<section class='hero-block'><div class='inner'><span class='kicker'>Shipping</span>"
        f"<h1 class='title'>{h1}</h1><div class='teaser-copy'><p>{_STANDFIRST}</p></div>"
        f"{hero_extra}<span class='when'>4 March</span></div></section>"
        f"<div class='page-body'>{between}<div class='row'><div class='col'>"
        f"<div class='story-copy'>{_story()}</div></div></div></div>"
        "<div class='bottom'><a href='/imprint'>Imprint</a></div></body></html>"
    )


def test_a_standfirst_in_a_hero_block_beside_the_story_is_kept() -> None:
    # General pattern: headline and standfirst in a full-width block that is a sibling
    # of the story's column; the two meet only at <body>.
    text = body_text(_hero_page())
    assert text.startswith(_STANDFIRST)
    assert "Paragraph 5:" in text
    assert "Shipping" not in text


def test_a_hero_block_whose_h1_is_not_the_headline_gives_no_standfirst() -> None:
    # The block is the headline's only when its h1 is the page's headline: a site banner
    # with its own h1 and slogan above the story is not.
    page = _hero_page(h1="Coast Courier").replace(f"<title>{_HEADLINE} | Coast Courier</title>", "")
    page = page.replace("<head>", f"<head><meta property='og:title' content='{_HEADLINE}'>")
    text = body_text(page)
    assert _STANDFIRST not in text
    assert text.startswith("Paragraph 0:")


def test_a_hero_block_holding_a_whole_column_gives_no_standfirst() -> None:
    # A block of thousands of characters is a page column (a list of other stories), not the headline's block.
    teasers = (
        "<ul class='more'>"
        + "".join(
            f"<li><a href='/s{n}'>Other story {n}: the ferry timetable changes as the winter service begins</a></li>"
            for n in range(40)
        )
        + "</ul>"
    )
    text = body_text(_hero_page(hero_extra=teasers))
    assert _STANDFIRST not in text
    assert "Other story" not in text


def test_a_long_standfirst_is_kept_whole() -> None:
    # General pattern: a chapeau or an abstract of several sentences (900 characters) in
    # the story's header block opens the story; it was dropped when over 800 characters.
    sentences = " ".join(
        f"Point {n}: the harbour board met the pilots, the dredging crew and the ferry company again this week."
        for n in range(9)
    )
    assert 850 < len(sentences) < 1200
    html = (
        f"<html><head><title>{_HEADLINE}</title></head><body><main><article>"
        f"<header><h1>{_HEADLINE}</h1><div class='chapeau'><p>{sentences}</p></div></header>"
        f"<div class='article-text'>{_story()}</div></article></main></body></html>"
    )
    text = body_text(html)
    assert text.startswith("Point 0:")
    assert "Point 8:" in text


def test_a_title_strip_under_a_hero_standfirst_goes() -> None:
    # General pattern: the template repeats the headline in a strip above the body (a
    # sticky title bar); with the standfirst first, the strip no longer led the text.
    strip = f"<div class='row'><div id='sticky-bar'><p><strong>{_HEADLINE}</strong></p></div></div>"
    page = _hero_page(between=strip)
    article = extract_article(page)
    lines = [s.heading for s in article.sections if s.heading] + [p for s in article.sections for p in s.paragraphs]
    assert _HEADLINE not in lines
    assert body_text(page).startswith(_STANDFIRST)
