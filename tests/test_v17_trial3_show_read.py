"""newsboat's `show-read-articles` and `show-read-feeds`: a reader who always hides what he
has read pressed H at every start (H was not kept and no setting said it), and the feed list
went on listing every feed read to the end. `[general] show_read_articles = false` starts the
app with read items hidden (H still shows them for the session); `show_read_feeds = false`
leaves feeds and tags with nothing unread out of the feed list (the feed being read stays)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newstui.service import ItemFilter
from newstui.ui.app import NewsApp
from ui_helpers import HOSTILE, TECH, Seeded, app_for, press, running, settle, write_config


def app_with(seeded: Seeded, **general: object) -> NewsApp:
    path = write_config(seeded.config_path, **general)
    return app_for(path, seeded.db)


def read_rows(app: NewsApp) -> list[bool]:
    items = app.main_screen.item_list
    return [item.read for row in range(items.count) if (item := items.item_at(row)) is not None]


async def test_show_read_articles_false_starts_with_read_items_hidden(seeded: Seeded) -> None:
    app = app_with(seeded, show_read_articles=False)
    async with running(app) as pilot:
        screen = app.main_screen
        assert screen.hide_read
        assert "read hidden" in screen.status.location
        rows = read_rows(app)
        assert rows and not any(rows)  # world-2 and tech-3 are read: not listed
        await press(pilot, "H")
        assert not screen.hide_read and any(read_rows(app))


async def test_read_items_are_shown_by_default(seeded: Seeded) -> None:
    app = app_with(seeded)
    async with running(app):
        assert not app.main_screen.hide_read
        assert any(read_rows(app))


def feed_ids(app: NewsApp) -> list[str]:
    listing = app.main_screen.feed_list
    return [option.id or "" for option in (listing.get_option_at_index(i) for i in range(listing.option_count))]


def mark_feed_read(db: Path, url: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE items SET read = 1 WHERE feed_id = (SELECT id FROM feeds WHERE url = ?)", (url,))
    conn.close()


async def test_show_read_feeds_false_leaves_read_feeds_out_of_the_feed_list(seeded: Seeded) -> None:
    mark_feed_read(seeded.db, TECH)
    app = app_with(seeded, show_read_feeds=False)
    async with running(app) as pilot:
        ids = feed_ids(app)
        assert not any(TECH in option for option in ids), ids
        assert "tag:tech" not in ids  # its only feed is read
        assert any("world.xml" in option for option in ids)
        assert "tag:world" in ids
        # Read to the end while it is shown, a feed stays listed: the list does not jump.
        screen = app.main_screen
        world = next(option for option in ids if option.startswith("feed:") and "world.xml" in option)
        screen.feed_list.highlighted = screen.feed_list.get_option_index(world)
        screen.feed_list.focus()
        await press(pilot, "enter")
        assert screen.item_filter.kind == "feed"
        await press(pilot, "A", "y")
        await settle(pilot)
        assert world in feed_ids(app)
        await press(pilot, "q", "home", "enter")  # to All: now the read feed goes
        assert screen.item_filter == ItemFilter("all")
        assert not any("world.xml" in option for option in feed_ids(app))


async def test_read_feeds_are_listed_by_default(seeded: Seeded) -> None:
    mark_feed_read(seeded.db, TECH)
    app = app_with(seeded)
    async with running(app):
        assert any(TECH in option for option in feed_ids(app))


async def test_the_palette_hides_and_shows_read_feeds(seeded: Seeded) -> None:
    mark_feed_read(seeded.db, TECH)
    app = app_with(seeded)
    async with running(app) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.press(*"hide read feeds")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        assert app.main_screen.status.notice == "Read feeds hidden"
        assert not any(TECH in option for option in feed_ids(app))
        await press(pilot, "ctrl+p")
        await pilot.press(*"show read feeds")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        assert any(TECH in option for option in feed_ids(app))


async def test_h_names_the_setting_that_keeps_read_items_hidden(seeded: Seeded) -> None:
    """H is a session toggle: the first H of a session says how to have it at every start,
    where "Read items hidden" left a newsboat hand to find out at the next start."""
    app = app_with(seeded)
    async with running(app) as pilot:
        await press(pilot, "H")
        assert app.main_screen.status.notice == "Read items hidden (show_read_articles = false: at every start)"
        await press(pilot, "H")
        assert app.main_screen.status.notice == "Read items shown"


async def test_a_failing_feed_stays_listed_with_read_feeds_hidden(seeded: Seeded) -> None:
    """The status line sends the reader to the ✗ marks of the feed list ("e shows why"):
    a failing feed with nothing unread must still be there to be found."""
    mark_feed_read(seeded.db, HOSTILE)  # its last refresh failed
    mark_feed_read(seeded.db, TECH)
    app = app_with(seeded, show_read_feeds=False)
    async with running(app):
        ids = feed_ids(app)
        assert any(HOSTILE in option for option in ids), ids
        assert not any(TECH in option for option in ids)
