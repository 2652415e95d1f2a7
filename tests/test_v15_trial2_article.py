"""The article's meta line gives a date even when the page has none the extractor can read:
the feed's date of the item, which the list and the title preview showed just before."""

from __future__ import annotations

from newstui.model import Article, Section
from newstui.ui.widgets.article_view import ArticleView, format_date
from ui_helpers import Seeded, make_app, open_guid, pane_text, running, save_article


async def test_an_article_without_a_date_shows_the_items_date(seeded: Seeded) -> None:
    undated = Article(
        headline="A terminal news reader that reads the article",
        byline="Pieter Ames",
        sections=[Section(None, ["It reads the page, not just the headline."])],
        source="page",
    )
    save_article(seeded, "tech-0", undated)
    app = make_app(seeded)
    async with running(app) as pilot:
        await open_guid(app, pilot, "tech-0")
        item = app.main_screen.open_item
        assert item is not None and item.published is not None
        shown = pane_text(app.main_screen.query_one(ArticleView))
        assert "It reads the page" in shown  # the cached article, not the feed's text
        assert f"Pieter Ames · {format_date(item.published)}" in shown
