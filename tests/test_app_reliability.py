"""The app never hangs and shows only what the database accepted: quitting with a page
that never answers, a refresh while the UI is busy, writes the database refuses."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.config import load_config
from newstui.model import ParsedItem
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.messages import RefreshProgress
from newstui.ui.screens.main import Throttle
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import NOW, TECH, WORLD, StallingServer, app_for, build_store, open_feed, running, settle, write_config

SIZE = (120, 40)


def add_newest_item(db: Path, link: str) -> None:
    """An item newer than the fixed ones (so it is the first row) whose page is `link`."""
    store = Store.open(db)
    try:
        store.upsert_items(
            WORLD,
            [
                ParsedItem(
                    "A page that never answers",
                    link=link,
                    guid="stall",
                    summary="Summary of a page that never answers.",
                    published=NOW - timedelta(minutes=5),
                )
            ],
        )
    finally:
        store.close()


# -- quitting never waits for the network ------------------------------------------------------


@pytest.mark.parametrize("mode", ["silent", "drip"])
def test_q_quits_at_once_while_an_opened_page_hangs(tmp_path: Path, mode: str) -> None:
    # A 60 s timeout: only cancelling the fetch can make the quit fast.
    config_path = write_config(tmp_path / "config.toml", timeout_seconds=60)
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    timings: dict[str, float] = {}

    async def scenario(server: StallingServer) -> None:
        app = app_for(config_path, db)
        async with running(app, SIZE) as pilot:
            items = app.screen.query_one(ItemList)
            assert items.current_item is not None and items.current_item.guid == "stall"
            await pilot.press("enter")
            assert await asyncio.to_thread(server.accepted.wait, 5), "the page fetch never started"
            await pilot.pause()
            view = app.screen.query_one(ArticleView)
            assert view.article is not None and view.article.source == "feed"  # the feed text meanwhile
            assert "article" in app.screen.status.busy
            timings["q"] = time.monotonic()
            await pilot.press("Q")
        assert not app.is_running

    with StallingServer(mode, every=0.5) as server:
        add_newest_item(db, server.url())
        # asyncio.run returns only once every worker thread has finished, as a real run does.
        asyncio.run(scenario(server))
        quit_seconds = time.monotonic() - timings["q"]
    assert quit_seconds < 3, f"quitting took {quit_seconds:.1f} s"


# -- refresh progress never waits for the UI ----------------------------------------------------

FEEDS = 20


def write_feeds(root: Path, base: str) -> list[str]:
    urls = []
    for n in range(FEEDS):
        items = "".join(
            f"<item><title>Story {k} of feed {n}</title><link>{base}/s{n}-{k}.html</link><guid>s{n}-{k}</guid>"
            f"<pubDate>Sat, 14 Mar 2026 0{k}:00:00 GMT</pubDate></item>"
            for k in range(3)
        )
        (root / f"feed{n}.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title><link>{base}/</link>'
            f"<description>d</description>{items}</channel></rss>",
            encoding="utf-8",
        )
        urls.append(f"{base}/feed{n}.xml")
    return urls


async def test_refresh_goes_on_while_the_ui_is_busy(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    seen: list[str] = []

    def hook(message: object) -> None:
        if isinstance(message, RefreshProgress):
            seen.append(message.text)

    with TestServer(site) as server:
        urls = write_feeds(site, server.base)
        lines = ["[general]", "refresh_minutes = 0", "fetch_full_articles = false", ""]
        for url in urls:
            lines += ["[[feeds]]", f'url = "{url}"', ""]
        config_path = tmp_path / "config.toml"
        config_path.write_text("\n".join(lines), encoding="utf-8")
        db = tmp_path / "news.db"
        app = app_for(config_path, db)
        stored_while_busy: list[int] = []

        def busy_ui() -> None:
            # Holds the UI loop (a slow frame, a big redraw) while the refresh runs: the
            # refresh must get to the end anyway, not stop at its first progress report.
            check = Store.open(db)
            try:
                deadline = time.monotonic() + 15
                while time.monotonic() < deadline:
                    count = check.count_items()
                    if count == FEEDS * 3:
                        break
                    time.sleep(0.05)
                stored_while_busy.append(count)
            finally:
                check.close()

        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            await pilot.press("R")
            app.call_later(busy_ui)
            await pilot.pause()
            await settle(pilot)
            await settle(pilot)
            assert stored_while_busy == [FEEDS * 3]
            assert app.screen.query_one(ItemList).count == FEEDS * 3
            assert "Refreshed" in app.screen.status.notice
            assert app.screen.status.progress == ""
    assert seen and seen[-1].startswith(f"Refreshing {FEEDS}/{FEEDS}")


async def test_the_article_pass_after_a_refresh_shows_its_progress_too(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    events: list[RefreshProgress] = []

    def hook(message: object) -> None:
        if isinstance(message, RefreshProgress):
            events.append(message)

    with TestServer(site) as server:
        urls = write_feeds(site, server.base)[:2]  # six items; their pages are missing (404): failures, fast
        lines = ["[general]", "refresh_minutes = 0", "fetch_full_articles = true", ""]
        for url in urls:
            lines += ["[[feeds]]", f'url = "{url}"', ""]
        config_path = tmp_path / "config.toml"
        config_path.write_text("\n".join(lines), encoding="utf-8")
        app = app_for(config_path, tmp_path / "news.db")
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            await pilot.press("R")
            await settle(pilot)
            await settle(pilot)
            assert app.screen.status.progress == ""  # both passes over: no stale count
    stages = [message.event.stage for message in events]
    assert "feeds" in stages and stages[-1] == "articles"
    assert stages == sorted(stages, key=["feeds", "articles"].index)  # the pages after the feeds
    last = events[-1]
    assert (last.event.done, last.event.total) == (6, 6) and last.text == "Fetching articles 6/6"


def test_progress_throttle_lets_ten_a_second_and_always_the_last() -> None:
    now = [100.0]
    throttle = Throttle(0.1, clock=lambda: now[0])
    passed = [throttle.ready(final=(n == 999)) for n in range(1000)]  # a burst at one instant
    assert passed.count(True) == 2 and passed[0] and passed[-1]
    now[0] += 0.05
    assert not throttle.ready()
    now[0] += 0.05
    assert throttle.ready()


# -- the rows show only what the database accepted --------------------------------------------


@dataclass
class Refusing:
    """Makes the real database refuse every change to items, until `allow()`.

    A trigger, so the app's own connections get a real SQLite error from a real write.
    """

    db: Path

    def __enter__(self) -> Refusing:
        with sqlite3.connect(self.db) as conn:
            conn.execute("CREATE TRIGGER refuse BEFORE UPDATE ON items BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
        return self

    def __exit__(self, *exc: object) -> None:
        with sqlite3.connect(self.db) as conn:
            conn.execute("DROP TRIGGER IF EXISTS refuse")


def stored_item(db: Path, item_id: int):  # type: ignore[no-untyped-def]
    store = Store.open(db)
    try:
        return store.item(item_id)
    finally:
        store.close()


def unread_rows(items: ItemList) -> list[int]:
    return [row for row in range(items.count) if (item := items.item_at(row)) is not None and not item.read]


def notifications(app: NewsApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_failed_mark_feed_read_keeps_the_rows_and_says_why(app_cache) -> None:  # type: ignore[no-untyped-def]
    config_path, db, ids = app_cache
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        items = await open_feed(app, pilot, WORLD)
        before = unread_rows(items)
        assert len(before) == 5
        with Refusing(db):
            await pilot.press("A", "y")
            await settle(pilot)
            assert unread_rows(items) == before
            notice = app.screen.status.notice
            assert "Marked" not in notice and "Could not mark" in notice and "disk says no" in notice
            assert any("disk says no" in n for n in notifications(app))
            assert not stored_item(db, ids["world-0"]).read
        # Once the database takes it, the same key works.
        await pilot.press("A", "y")
        await settle(pilot)
        assert unread_rows(items) == []
        assert app.screen.status.notice.startswith("Marked 5 items read")
        assert stored_item(db, ids["world-0"]).read


async def test_failed_toggle_read_and_bookmark_keep_the_row(app_cache) -> None:  # type: ignore[no-untyped-def]
    config_path, db, ids = app_cache
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        items = await open_feed(app, pilot, TECH)
        first = items.current_item
        assert first is not None and not first.read and not first.bookmarked
        with Refusing(db):
            await pilot.press("m")
            await settle(pilot)
            assert not items.current_item.read
            assert "Could not mark the item read" in app.screen.status.notice
            await pilot.press("b")
            await settle(pilot)
            assert not items.current_item.bookmarked
            assert "Could not bookmark the item" in app.screen.status.notice
            assert not any(n.startswith("Bookmarked") for n in notifications(app))
        stored = stored_item(db, first.id)
        assert not stored.read and not stored.bookmarked
        await pilot.press("m", "b")
        await settle(pilot)
        assert items.current_item.read and items.current_item.bookmarked


async def test_write_blocked_by_another_process_keeps_the_rows(app_cache, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import newstui.store.connection

    # Another process holds the write lock for longer than the (shortened) busy timeout.
    monkeypatch.setattr(newstui.store.connection, "BUSY_TIMEOUT_MS", 200)
    config_path, db, ids = app_cache
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        items = await open_feed(app, pilot, WORLD)
        before = unread_rows(items)
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            await pilot.press("A", "y")
            await settle(pilot)
            assert unread_rows(items) == before
            assert "busy" in app.screen.status.notice and "Marked" not in app.screen.status.notice
            await pilot.press("m")
            await settle(pilot)
            assert unread_rows(items) == before
        finally:
            holder.execute("ROLLBACK")
            holder.close()


async def test_palette_search_failure_is_shown(app_cache) -> None:  # type: ignore[no-untyped-def]
    config_path, db, _ = app_cache
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        with sqlite3.connect(db) as conn:  # a damaged cache: the search index is gone
            conn.execute("DROP TABLE item_fts")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"harbour")
        await pilot.pause(0.6)
        await settle(pilot)
        assert any(m.startswith("Search failed:") and "item_fts" in m for m in notifications(app))


def test_q_quits_at_once_while_a_refresh_hangs(tmp_path: Path) -> None:
    timings: dict[str, float] = {}
    with StallingServer("drip", every=0.5) as server:
        config_path = tmp_path / "config.toml"
        config_path.write_text(
            "[general]\nrefresh_minutes = 0\nfetch_full_articles = false\ntimeout_seconds = 60\n\n"
            + "".join(f'[[feeds]]\nurl = "{server.url(f"/feed{n}.xml")}"\n\n' for n in range(3)),
            encoding="utf-8",
        )
        db = tmp_path / "news.db"

        async def scenario() -> None:
            app = app_for(config_path, db)
            async with running(app, SIZE) as pilot:
                await pilot.press("R")
                assert await asyncio.to_thread(server.accepted.wait, 5), "the refresh never started"
                await pilot.pause()
                assert "refresh" in app.screen.status.busy
                timings["q"] = time.monotonic()
                await pilot.press("Q")

        asyncio.run(scenario())
        quit_seconds = time.monotonic() - timings["q"]
    assert quit_seconds < 3, f"quitting took {quit_seconds:.1f} s"


async def test_who_said_what_failure_is_shown(app_cache) -> None:  # type: ignore[no-untyped-def]
    from newstui.ui.screens.speakers import SpeakersScreen

    config_path, db, _ = app_cache
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        with sqlite3.connect(db) as conn:  # a damaged cache: the speakers table is gone
            conn.execute("DROP TABLE speakers")
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        assert any(m.startswith("Could not read the speakers: ") and "speakers" in m for m in notifications(app))
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakersScreen)
