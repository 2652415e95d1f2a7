"""Keys that read as "back" or "in" step between newsboat's three levels (the feed list, a
list's items, the article) in every pane. A newsboat or nom hand at a real terminal pressed
escape and left in the item list and nothing happened, with no word of why (escape only left
search results there), and right on a feed or an item did nothing either. Now escape and left
step back from the item list as q does, left closes the article as q and escape do there,
and right opens the highlighted feed or item as Enter does; q alone quits, from the feed list."""

from __future__ import annotations

import pytest

from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, press, running


@pytest.mark.parametrize("key", ["escape", "left"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_escape_and_left_in_the_item_list_step_back_as_q(seeded: Seeded, key: str, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        await press(pilot, "enter")
        assert screen.open_item is not None
        assert isinstance(screen.focused, ItemList)

        await press(pilot, key)  # the article closes, the list keeps the focus
        assert screen.open_item is None and screen.item_list.open_id is None
        assert isinstance(screen.focused, ItemList)

        await press(pilot, key)  # then back to the feed list
        assert isinstance(screen.focused, FeedList)

        await press(pilot, key)  # and never quits: only q does, from the feed list
        assert app.is_running


async def test_left_in_the_article_closes_it(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "tab")
        assert isinstance(screen.focused, ArticleView)
        await press(pilot, "left")
        assert screen.open_item is None
        assert isinstance(screen.focused, ItemList)


async def test_right_goes_into_the_feed_then_the_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "left")
        assert isinstance(screen.focused, FeedList)
        await press(pilot, "right")  # the highlighted entry's items, the focus with them
        assert isinstance(screen.focused, ItemList)
        assert screen.open_item is None
        await press(pilot, "right")  # the highlighted item, as Enter
        assert screen.open_item is not None
        await press(pilot, "left", "left")
        assert isinstance(screen.focused, FeedList) and app.is_running


@pytest.mark.parametrize("key", ["escape", "left"])
async def test_escape_and_left_on_search_results_leave_them_with_their_article(seeded: Seeded, key: str) -> None:
    # Escape's meaning on search results is kept: the results and the article opened from
    # them go together (q closes the article first).
    from newstui.service import ItemFilter

    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "slash", *"treaty", "enter")
        await press(pilot, "enter")
        assert screen.open_item is not None
        await press(pilot, key)
        assert screen.open_item is None
        assert screen.item_filter == ItemFilter("all")
        assert isinstance(screen.focused, ItemList)
        assert app.is_running
