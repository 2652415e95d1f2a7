"""`n` (and `p`) pressed in the feed list read on from the entry the cursor is on. A newsboat
hand walks the feed list to a feed and presses `n`, as newsboat's `n` there goes to the next
feed with unread items from its cursor: newstui opened the next unread item of the list
shown below instead (All, at start), an item of some other feed."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle


def _highlight(feeds: FeedList, url: str) -> None:
    feeds.highlighted = next(
        i for i in range(feeds.option_count) if (feeds.get_option_at_index(i).id or "").startswith(f"feed:{url}")
    )


async def test_n_in_the_feed_list_opens_the_highlighted_feeds_first_unread(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        assert screen.item_filter == ItemFilter("all")
        await press(pilot, "q")  # to the feed list
        assert isinstance(app.focused, FeedList)
        _highlight(screen.feed_list, WORLD)
        await settle(pilot)
        await press(pilot, "n")
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert screen.open_item is not None
        assert screen.open_item.feed_url == WORLD
        assert screen.open_item.title == "Ministers agree on a river treaty after a night of talks"
        assert isinstance(app.focused, ItemList)  # reading now: q steps back to the feeds


async def test_n_on_a_read_feed_goes_to_the_next_feed_with_unread_items(seeded: Seeded) -> None:
    store = Store.open(seeded.db)
    try:
        store.set_read([item.id for item in store.items(limit=None) if item.feed_url == TECH], True)
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")
        _highlight(screen.feed_list, TECH)  # tech is listed before world, all read
        await settle(pilot)
        await press(pilot, "n")
        assert screen.open_item is not None
        assert screen.open_item.feed_url == WORLD
        assert screen.item_filter == ItemFilter("feed", WORLD)


async def test_n_on_the_listed_entry_reads_on_in_the_list_as_before(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")  # the cursor is on All, the list shown
        await press(pilot, "n")
        assert screen.item_filter == ItemFilter("all")
        first = screen.item_list.item_at(0)
        assert screen.open_item is not None and first is not None
        assert screen.open_item.id == first.id
