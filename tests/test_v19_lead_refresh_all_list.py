"""r on All or Unread refreshes every feed, as A on them marks every feed's items read; it
refreshed only the feed of the highlighted item (found at a terminal: the cursor on All)."""

from __future__ import annotations

import pytest

from newstui.service import ItemFilter
from newstui.ui.messages import FilterChosen
from newstui.ui.screens.main import MainScreen
from ui_helpers import Seeded, make_app, press, running


def assert_every_feed_was_refreshed(screen: MainScreen) -> None:
    # The fixed feeds' hosts do not resolve: a refresh of them all ends "All N feeds failed",
    # one feed's "Could not refresh World: …".
    notice = str(screen.status.notice)
    assert screen._refreshing_only is None and notice.startswith("All 3 feeds failed"), notice


@pytest.mark.parametrize("kind", ["all", "unread"])
async def test_r_on_the_list_of_every_feed_refreshes_every_feed(seeded: Seeded, kind: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.post_message(FilterChosen(ItemFilter(kind)))
        await press(pilot)
        assert screen.target_item() is not None  # an item highlighted: it was its feed alone
        await press(pilot, "r")
        assert_every_feed_was_refreshed(screen)


async def test_r_with_the_feed_list_on_all_refreshes_every_feed(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")  # the feed list, its cursor on All
        assert screen.feed_list.highlighted_option is not None
        assert screen.feed_list.highlighted_option.id == "all"
        await press(pilot, "r")
        assert_every_feed_was_refreshed(screen)
