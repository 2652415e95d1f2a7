"""At 80 columns the item list cuts a title to some fifteen characters. Until an article is
open, the article pane (which only said "Choose an item and press Enter to read it.") shows
the highlighted item's whole title, its feed and date, and follows the cursor."""

from __future__ import annotations

from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import HOSTILE_SHOWN, Seeded, make_app, pane_text, press, row_with_guid, running


async def test_the_article_pane_previews_the_highlighted_item_until_one_is_open(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        items = app.main_screen.query_one(ItemList)
        view = app.main_screen.query_one(ArticleView)
        first = items.current_item
        assert first is not None
        assert first.title in pane_text(view) and "opens it" in pane_text(view)
        await press(pilot, "j")
        second = items.current_item
        assert second is not None and second.title in pane_text(view)
        assert "World Desk" in pane_text(view) or "Tech Daily" in pane_text(view)

        await press(pilot, "enter")  # an article open: the pane is the article's
        await press(pilot, "j")
        third = items.current_item
        assert third is not None and third.title not in pane_text(view)


async def test_a_hostile_title_is_previewed_as_text(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(120, 40)) as pilot:
        items = app.main_screen.query_one(ItemList)
        row = row_with_guid(items, "hostile-1")
        items.select_row(row)
        await press(pilot)
        assert app.is_running
        assert HOSTILE_SHOWN in pane_text(app.main_screen.query_one(ArticleView))
