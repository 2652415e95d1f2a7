"""q steps back one level of newsboat's three (the article, a list's items, the feed
list) and quits only from the feed list, whichever pane has the focus while an article is
read. Enter opens the article beside the list and leaves the focus in the list, so `q q`
while reading went list → feed list → out of the app: two presses where newsboat takes
three, and one press fewer than from the article pane. Now q first closes the article
there too: the same three presses from reading to quitting, at every terminal size."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, pane_text, press, running, settle


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_q_q_while_reading_beside_the_list_does_not_quit(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        await press(pilot, "enter")
        assert screen.open_item is not None
        assert isinstance(screen.focused, ItemList)  # Enter kept the focus in the list
        title = screen.open_item.title

        await press(pilot, "q")  # leaves the article: the list of items, as newsboat's q
        assert app.is_running
        assert screen.open_item is None
        assert isinstance(screen.focused, ItemList)
        assert screen.item_list.open_id is None  # no ▸ on a row
        view = screen.article_view
        assert view.article is None and view.item_id is None  # the article is gone from its pane
        assert title in pane_text(view) and "opens it" in pane_text(view)  # the highlighted item's preview

        await press(pilot, "q")  # leaves the items: the feed list
        assert app.is_running
        assert isinstance(screen.focused, FeedList)

        await pilot.press("q")  # the top level: quits
        await pilot.pause()
        assert not app.is_running


async def test_q_q_typed_in_one_burst_while_reading_stops_at_the_feed_list(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "enter")
        burst(app, "q", "q")
        await settle(pilot)
        assert app.is_running and not app.quitting
        assert isinstance(app.focused, FeedList)


async def test_q_in_the_article_pane_closes_the_article_too(seeded: Seeded) -> None:
    # The same level as reading beside the list: q leaves the article, not only its pane.
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "tab")
        assert isinstance(screen.focused, ArticleView)
        await press(pilot, "q")
        assert screen.open_item is None and screen.article_view.article is None
        assert isinstance(screen.focused, ItemList)
        await press(pilot, "enter")  # and Enter opens it again
        assert screen.open_item is not None


async def test_q_on_search_results_closes_the_article_then_leaves_the_search(seeded: Seeded) -> None:
    from newstui.service import ItemFilter

    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "slash", *"treaty", "enter")
        await press(pilot, "enter")
        assert screen.open_item is not None
        await press(pilot, "q")
        assert screen.open_item is None
        assert screen.item_filter == ItemFilter("search", "treaty")
        await press(pilot, "q")
        assert screen.item_filter == ItemFilter("all")
        assert app.is_running
