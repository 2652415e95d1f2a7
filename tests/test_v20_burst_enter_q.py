"""Enter then q typed in one burst (a fast user, a pasted key sequence): each key must act
in the order typed. Enter posted its open request and q was read before the screen took
it: q found no article open and stepped back to the feed list, then the article opened
there, leaving the focus in the feed list with an article open (the next q quit with the
article still open). Enter now registers the open as it is read, so q closes it."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from burst_helpers import burst
from newstui.ui.app import NewsApp
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, running, settle


async def type_keys(app: NewsApp, pilot: Pilot[None], how: str, *keys: str) -> None:
    """`keys` as one burst (all queued before the app reads any) or pressed without a pause."""
    if how == "burst":
        burst(app, *keys)
    else:
        await pilot.press(*keys)
    await settle(pilot)


@pytest.mark.parametrize("how", ["burst", "pressed"])
async def test_enter_q_closes_the_article(seeded: Seeded, how: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await type_keys(app, pilot, how, "enter", "q")
        assert app.is_running
        assert screen.open_item is None and screen.item_list.open_id is None
        assert screen.article_view.article is None and screen.article_view.item_id is None
        assert isinstance(screen.focused, ItemList)


@pytest.mark.parametrize("how", ["burst", "pressed"])
async def test_enter_q_q_stops_at_the_feed_list(seeded: Seeded, how: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await type_keys(app, pilot, how, "enter", "q", "q")
        assert app.is_running and not app.quitting
        assert screen.open_item is None and screen.article_view.article is None
        assert isinstance(screen.focused, FeedList)


async def test_enter_on_another_item_then_q_in_one_burst_leaves_no_article_open(seeded: Seeded) -> None:
    """q closed the article already open, and the one Enter had asked for opened after it."""
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await pilot.press("enter")
        await settle(pilot)
        assert screen.open_item is not None
        await pilot.press("j")
        await settle(pilot)
        burst(app, "enter", "q")
        await settle(pilot)
        assert screen.open_item is None and screen.item_list.open_id is None
        assert screen.article_view.article is None
        assert isinstance(screen.focused, ItemList)
