"""The item keys with the feed list focused act on what the user is looking at: the
highlighted feed, or nothing and a notice that says where the key works. They acted on the
item list's highlighted item, out of sight of the cursor: `b` on the feed "World Desk"
bookmarked a Tech Daily story, `m` marked it read, `o` opened its page."""

from __future__ import annotations

from pathlib import Path

from newstui.model import ItemFilter
from newstui.store import Store
from newstui.ui.widgets.feed_list import FeedList
from ui_helpers import WORLD, Seeded, make_app, press, running, wait_for_text

SITE = "http://world.test/"


def stored(db: Path, item_id: int) -> tuple[bool, bool]:
    with Store.open(db) as store:
        item = store.item(item_id)
        assert item is not None
        return item.read, item.bookmarked


async def on_world_in_the_feed_list(app: object, pilot: object) -> FeedList:
    from textual.pilot import Pilot

    from newstui.ui.app import NewsApp

    assert isinstance(app, NewsApp) and isinstance(pilot, Pilot)
    screen = app.main_screen
    await press(pilot, "q")  # from the item list to the feed list
    feeds = screen.feed_list
    assert screen.focused is feeds
    feeds.highlight_filter(ItemFilter("feed", WORLD))
    await press(pilot)
    assert feeds.highlighted_feed is not None and feeds.highlighted_feed.url == WORLD
    return feeds


async def test_b_and_m_in_the_feed_list_leave_the_hidden_item_alone(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        hidden = screen.item_list.current_item
        assert hidden is not None and hidden.guid == "tech-0"
        await on_world_in_the_feed_list(app, pilot)

        await press(pilot, "b")
        assert stored(seeded.db, hidden.id) == (False, False)
        assert "b bookmarks an item" in screen.status.notice

        await press(pilot, "m")
        assert stored(seeded.db, hidden.id) == (False, False)
        assert "A marks" in screen.status.notice  # what marks a feed read


async def test_o_in_the_feed_list_opens_the_feeds_web_page(seeded: Seeded, tmp_path: Path) -> None:
    with Store.open(seeded.db) as store:
        store.record_fetch(WORLD, status=200, title="World feed title", site_url=SITE)
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    app = make_app(seeded, browser=(str(browser), "%u"))
    async with running(app) as pilot:
        await on_world_in_the_feed_list(app, pilot)
        await press(pilot, "o")
        assert (await wait_for_text(pilot, opened)).strip() == SITE


async def test_y_in_the_feed_list_copies_the_feeds_address(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_world_in_the_feed_list(app, pilot)
        await press(pilot, "y")
        assert app.clipboard == WORLD


async def test_o_on_a_feed_without_a_web_page_and_on_all_says_so(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = await on_world_in_the_feed_list(app, pilot)
        await press(pilot, "o")
        assert screen.status.notice.startswith("World Desk gives no web page")
        await press(pilot, "E")  # the attachments of no item either
        assert "E lists the attachments of an item" in screen.status.notice
        await press(pilot, "O")  # newsboat's open-and-mark-read: the feed's page, nothing marked
        assert screen.status.notice.startswith("World Desk gives no web page")
        hidden = screen.item_list.current_item
        assert hidden is not None and not hidden.read
        feeds.highlight_filter(ItemFilter("all"))
        await press(pilot, "o")
        assert "Highlight a feed" in screen.status.notice
