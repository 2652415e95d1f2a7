"""The quote sidebar's jump scrolled to the top of the quote's paragraph, and the pane's
highlight found no place for two kinds of quote: one that runs over a line break reopened
with a mark (the finder joins its parts by a space) and one whose page wrote its marks as
&quot; (the finder reads them as marks). In a paragraph taller than the pane the quote
stayed below the screen. The jump now finds the quote's start in the article's text and
puts that line on screen, and the highlight covers such quotes."""

from __future__ import annotations

import pytest

from newstui.extract import find_quotes
from newstui.model import Article, Section
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import Seeded, make_app, open_guid, press, running, save_article

_FILLER = " ".join(f"The quay wall number {n} was checked by divers before the spring tides." for n in range(60))

REOPENED = "“We will rebuild.\n“And the boats will come back,” Lund said."
ENTITIES = "Mara Quill told the harbour board: &quot;It&#39;s our quay and we will keep it open all winter.&quot;"


def _article(tail: str) -> Article:
    paragraphs = ["The harbour board met on Friday.", f"{_FILLER} {tail}"]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1 and quotes[0].paragraph == 1  # as the finder reads it
    return Article(headline="Quay", sections=[Section(None, paragraphs)], quotes=quotes, source="page")


def _shown(view: ArticleView) -> str:
    """The article pane's rows as the terminal shows them (not the sidebar's quote text)."""
    region = view.region
    strips = view.screen._compositor.render_strips()[region.y : region.bottom]
    return "\n".join(strip.crop(region.x, region.right).text for strip in strips)


@pytest.mark.parametrize(("tail", "start"), [(REOPENED, "We will rebuild."), (ENTITIES, "It&#39;s our quay")])
async def test_the_sidebar_jump_puts_the_quote_on_screen(seeded: Seeded, tail: str, start: str) -> None:
    save_article(seeded, "tech-0", _article(tail))
    app = make_app(seeded)
    async with running(app, (120, 24)) as pilot:
        await open_guid(app, pilot, "tech-0")
        screen = app.main_screen
        assert screen.quote_sidebar.display
        assert start not in _shown(screen.article_view)  # below the screen at first
        screen.quote_sidebar.focus()
        await press(pilot, "enter")
        assert start in _shown(screen.article_view)
        assert app.focused is screen.quote_sidebar


@pytest.mark.parametrize(("tail", "inside"), [(REOPENED, "And the boats"), (ENTITIES, "keep it open")])
async def test_the_quote_is_highlighted(seeded: Seeded, tail: str, inside: str) -> None:
    save_article(seeded, "tech-0", _article(tail))
    app = make_app(seeded)
    async with running(app, (120, 24)) as pilot:
        await open_guid(app, pilot, "tech-0")
        view = app.main_screen.query_one(ArticleView)
        block = view._paragraphs[(0, 1)]
        content = block.content
        assert not isinstance(content, str)
        at = content.plain.index(inside)
        styled = [span for span in content.spans if span.start <= at < span.end and "italic" in str(span.style)]
        assert styled, content.spans
        await press(pilot)
