"""A click on an item while the feed list has the focus, on a short terminal (80×24): the
press moves the focus to the item list, the feed list shrinks back to its quarter of the
column, and the item list moves up under the pointer before the button is released. The
click then opened the item that had slid under the pointer, three rows below the one
clicked (seen in tmux with SGR mouse reports), or nothing when the list was short."""

from __future__ import annotations

from newstui.ui.widgets.feed_list import FeedList, filter_from_id
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, press, running, settle


async def test_a_click_opens_the_item_under_the_pointer_when_pressed(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await press(pilot, "q")  # the feed list has the focus: it is taller now
        assert isinstance(app.focused, FeedList)
        top_before = items.region.y
        clicked = items.item_at(int(items.scroll_y) + 1)
        assert clicked is not None
        await pilot.click(ItemList, offset=(6, 1))
        await settle(pilot)
        assert isinstance(app.focused, ItemList)
        assert items.region.y < top_before  # the layout did move under the pointer
        assert screen.open_item is not None
        assert screen.open_item.id == clicked.id, (screen.open_item.title, clicked.title)


async def test_a_click_on_the_list_with_the_focus_still_opens_its_row(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        assert isinstance(app.focused, ItemList)
        third = items.item_at(2)
        assert third is not None
        await pilot.click(ItemList, offset=(6, 2))
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.id == third.id


async def test_a_click_on_the_short_feed_list_chooses_the_entry_under_the_pointer(seeded: Seeded) -> None:
    """The same on the feed list: kept short while the items have the focus and scrolled to
    the feed being read, it grows and scrolls back as the press gives it the focus, and the
    click chose the entry that moved under the pointer (another feed than the one clicked)."""
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        feeds = screen.feed_list
        await press(pilot, "J", "J", "J")  # a feed far down the list: the short list scrolls to it
        assert isinstance(app.focused, ItemList)
        x, y = feeds.content_region.x + 3, feeds.content_region.y
        under = screen.get_style_at(x, y).meta.get("option")
        assert under is not None
        wanted = feeds.get_option_at_index(under).id or ""
        assert wanted.startswith(("feed:", "tag:", "untagged-feed:"))
        await pilot.click(offset=(x, y))
        await settle(pilot)
        assert screen.item_filter == filter_from_id(wanted.split("\x00")[0]), wanted
