"""`A` with the feed list's cursor on Speakers or Stories (entries that open pages, not
lists): the question read "Mark 9 unread items in the results for '' read?", and `y` or
`Enter` (the key the hand was about to press on the entry) then marked every item of every
feed read. Those entries have nothing of their own to mark: A says so and asks nothing."""

from __future__ import annotations

import pytest

from newstui.ui.screens.main import MainScreen
from newstui.ui.widgets.feed_list import FeedList
from ui_helpers import Seeded, make_app, press, running, settle


@pytest.mark.parametrize("entry", ["view:speakers", "view:stories"])
async def test_a_on_a_page_entry_marks_nothing_and_says_why(seeded: Seeded, entry: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = screen.feed_list
        await press(pilot, "q")
        assert isinstance(app.focused, FeedList)
        feeds.highlighted = next(i for i in range(feeds.option_count) if feeds.get_option_at_index(i).id == entry)
        await settle(pilot)
        unread = sum(feed.unread for feed in feeds.feeds)
        assert unread > 0
        await press(pilot, "A")
        assert isinstance(app.screen, MainScreen), "no question is asked"
        await press(pilot, "enter")  # had it asked, this answered yes
        await settle(pilot)
        assert sum(feed.unread for feed in feeds.feeds) == unread
        assert screen.library.unread_ids(screen.item_filter)  # nothing was marked in the cache
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)


async def test_a_on_a_page_entry_says_what_a_marks(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = screen.feed_list
        await press(pilot, "q")
        feeds.highlighted = next(
            i for i in range(feeds.option_count) if feeds.get_option_at_index(i).id == "view:speakers"
        )
        await settle(pilot)
        await press(pilot, "A")
        assert "Speakers" in screen.status.notice and "feed" in screen.status.notice
