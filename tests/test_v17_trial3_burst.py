"""Keys typed in one burst with a key that moves the focus (q, tab): a paste, `qq` typed
fast, tmux send-keys. Each key went to the pane that had the focus when the burst came
in, not to the one the key before had moved it to: `qq` in the article stopped in the item
list (the second q stepped back from the article again), and `qqq` from the item list never
quit; the letters typed after it went into the app (t opened the theme picker)."""

from __future__ import annotations

from burst_helpers import burst
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, press, row_with_guid, running, settle


async def test_qq_from_the_article_steps_back_twice(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "enter", "tab")
        assert isinstance(app.focused, ArticleView)
        burst(app, "q", "q")
        await settle(pilot)
        assert isinstance(app.focused, FeedList)


async def test_qq_from_the_item_list_quits(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        assert isinstance(app.focused, ItemList)
        burst(app, "q", "q")
        await settle(pilot)
        assert app.quitting
    assert app.return_code == 0


async def test_tab_then_j_in_one_burst_scrolls_the_article(seeded: Seeded) -> None:
    """tab moved the focus to the article, and the j typed with it still moved the list."""
    app = make_app(seeded)
    async with running(app, size=(120, 30)) as pilot:
        items = app.main_screen.item_list
        items.select_row(row_with_guid(items, "world-0"))
        await press(pilot, "enter")  # the long article
        cursor = items.cursor
        burst(app, "tab", "j", "j")
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        assert items.cursor == cursor
        assert app.main_screen.article_view.scroll_y > 0  # the j went to the article
