"""The article's meta line gives a date even when the page has none the extractor can read:
the feed's date of the item, which the list and the title preview showed just before."""

from __future__ import annotations

from newstui.model import Article, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.widgets.article_view import ArticleView, format_date
from ui_helpers import Seeded, make_app, press, running


def pane_text(view: ArticleView) -> str:
    return " ".join(" ".join(str(block.render()).split()) for block in view.children)


async def test_an_article_without_a_date_shows_the_items_date(seeded: Seeded) -> None:
    undated = Article(
        headline="A terminal news reader that reads the article",
        byline="Pieter Ames",
        sections=[Section(None, ["It reads the page, not just the headline."])],
        source="page",
    )
    store = Store.open(seeded.db)
    try:
        store.save_article(seeded.ids["tech-0"], undated, max(1, extractor_version()))
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        row = next(r for r in range(items.count) if items.item_at(r).guid == "tech-0")  # type: ignore[union-attr]
        items.select_row(row)
        await press(pilot, "enter")
        item = app.main_screen.open_item
        assert item is not None and item.published is not None
        shown = pane_text(app.main_screen.query_one(ArticleView))
        assert "It reads the page" in shown  # the cached article, not the feed's text
        assert f"Pieter Ames · {format_date(item.published)}" in shown
