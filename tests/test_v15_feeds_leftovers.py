"""Leftovers of the trust work, each over a real loopback server and a real SQLite file:
a feed whose text holds character references XML forbids keeps its text; a short entry
shows its text; the schedule's "410 or waiting" is one rule for the refresh and the app's
timer; the app's article pass holds the refresh lock, so `newstui refresh` started
meanwhile never fetches the same pages again."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from citizen_helpers import RSS, run, write_config
from httpserver import Response, TestServer
from newstui.config import load_config
from newstui.feeds.refresh import held_back, refresh_feeds
from newstui.feeds.refresh_lock import LockHolder, RefreshRunning, refresh_lock
from newstui.model import ItemFilter
from newstui.service import Library
from newstui.store import Store

DATA = Path(__file__).parent / "data" / "v15feeds"
FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


def paragraphs(library: Library, guid: str, url: str) -> list[str]:
    """What the app's article pane shows for the item: its paragraphs, in order."""
    item = next(i for i in library.page(ItemFilter("feed", url), 0, 100) if i.guid == guid)
    result = library.open_article(item)
    return [p for section in result.article.sections for p in section.paragraphs]


def test_forbidden_character_references_keep_the_text(http_server: TestServer, tmp_path: Path) -> None:
    # The items' pages are on the loopback server and missing (404): the app shows the feed's text.
    body = (DATA / "controls.rss").read_bytes().replace(b"http://harbour.test", http_server.base.encode())
    url = http_server.add_route("/controls.rss", (200, {"Content-Type": "application/rss+xml"}, body))
    config_path = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    code, out, err = run(config_path, db)
    assert code == 0 and err == "", err  # no "malformed XML" warning: nothing else is wrong with it
    assert out.startswith("1 feed ok, 0 failed, 3 new items")
    library = Library(load_config(config_path), db)
    try:
        # A stray ESC goes alone (the "s" after it stays); VT is a space; NUL goes.
        assert paragraphs(library, "c1", url) == [
            "Repairs to the quay walls foundations start next week and last until spring, the board said."
        ]
        # In escaped HTML: whole escape sequences go, and nothing else.
        assert paragraphs(library, "c2", url) == ["The winter timetable starts on the first Monday of November."]
        # In CDATA: a backspace and a lone surrogate go.
        assert paragraphs(library, "c3", url) == ["New lights on the east pier are switched on at dusk from today."]
    finally:
        library.close()
    conn = sqlite3.connect(db)
    try:
        stored = "".join(row[0] + row[1] for row in conn.execute("SELECT summary, content_html FROM items"))
    finally:
        conn.close()
    assert not any(ord(ch) < 32 and ch not in "\n\t" or 0xFDD0 <= ord(ch) <= 0xFDEF for ch in stored)


def test_a_short_entry_shows_its_text(http_server: TestServer, tmp_path: Path) -> None:
    # tests/data/feeds/hostile.xml: markup in the title, an escape reference, a javascript:
    # link, and a description whose only text is four words after a script and a style.
    url = http_server.url("feeds/hostile.xml")
    config_path = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    code, _, err = run(config_path, db)
    assert code == 0, err
    library = Library(load_config(config_path), db)
    try:
        assert paragraphs(library, "h1", url) == ["Visible text & more"]
    finally:
        library.close()


def set_feed(db: Path, url: str, **columns: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        for column, value in columns.items():
            conn.execute(f"UPDATE feeds SET {column} = ? WHERE url = ?", (value, url))
        conn.execute("UPDATE feeds SET last_fetch = last_fetch - ?", (3600 * 1_000_000,))  # all due
    conn.close()


def micros(moment: datetime) -> int:
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


async def test_the_timer_and_a_full_refresh_skip_the_same_feeds(http_server: TestServer, tmp_path: Path) -> None:
    names = ["gone", "waiting", "waited", "live"]
    urls = [
        http_server.add_route(f"/{name}.rss", (200, {"Content-Type": "application/rss+xml"}, RSS)) for name in names
    ]
    config_path = write_config(tmp_path / "config.toml", urls, refresh_minutes=1)
    db = tmp_path / "news.db"
    assert run(config_path, db)[0] == 0
    now = datetime.now(UTC)
    set_feed(db, urls[0], last_status=410)
    set_feed(db, urls[1], not_before=micros(now + timedelta(hours=1)))
    set_feed(db, urls[2], not_before=micros(now - timedelta(minutes=1)))  # its wait is over

    library = Library(load_config(config_path), db)
    try:
        due = library.feeds_due(now)
    finally:
        library.close()
    store = Store.open(db)
    try:
        assert set(held_back(store.feeds(), now)) == {urls[0], urls[1]}
        asked = len(http_server.requests)
        summary = await refresh_feeds(load_config(config_path), store, fetcher_options=FAST, workers=0, named=False)
    finally:
        store.close()
    fetched = {r.path for r in http_server.requests[asked:]}
    assert due == urls[2:]
    assert fetched == {"/waited.rss", "/live.rss"}  # the same two the timer would refresh
    assert [url for url, _ in summary.waiting] == [urls[1]]
    assert [f.url for f in summary.failed] == [urls[0]]


ARTICLE = (
    "<!doctype html><html><head><title>{slug}</title></head><body><article><h1>Story {slug}</h1>"
    "<p>The harbour board met on Tuesday evening to settle the long argument over the quay wall repairs.</p>"
    "<p>Work starts in spring and the old ferry keeps running until the new pier is open to the public.</p>"
    "</article></body></html>"
)


def article_site(server: TestServer, delay: float) -> str:
    """A feed of three items whose pages answer after `delay` seconds."""
    items = "".join(
        f"<item><title>Story {slug}</title><link>{server.base}/page/{slug}.html</link><guid>{slug}</guid>"
        f"<description>Short {slug}.</description></item>"
        for slug in ("a", "b", "c")
    )
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Pages</title><link>{server.base}/</link>'
        f"{items}</channel></rss>"
    ).encode()
    for slug in ("a", "b", "c"):
        page = ARTICLE.format(slug=slug).encode()
        server.add_route(f"/page/{slug}.html", Response(200, {"Content-Type": "text/html"}, page, delay=delay))
    return server.add_route("/pages.rss", (200, {"Content-Type": "application/rss+xml"}, feed))


def page_requests(server: TestServer) -> list[str]:
    return [r.path for r in server.requests if r.path.startswith("/page/")]


def test_newstui_refresh_never_fetches_the_pages_the_app_is_fetching(http_server: TestServer, tmp_path: Path) -> None:
    url = article_site(http_server, delay=3)
    config_path = write_config(tmp_path / "config.toml", [url], fetch_full_articles="true", timeout_seconds=20)
    db = tmp_path / "news.db"
    library = Library(load_config(config_path), db)
    stored: list[int] = []
    try:
        mark = library.last_item_id()
        assert library.refresh().new_items == 3
        worker = threading.Thread(target=lambda: stored.append(library.fetch_new_articles(after_id=mark)), daemon=True)
        worker.start()
        deadline = time.monotonic() + 20
        while not page_requests(http_server):
            assert time.monotonic() < deadline, "the article pass never asked for a page"
            time.sleep(0.02)
        # cron's refresh, while the app's pass waits on the pages
        code, out, err = run(config_path, db)
        assert code == 0 and out == ""
        assert "is fetching the new items' pages" in err and "not refreshing meanwhile" in err
        worker.join(timeout=60)
        assert stored == [3]
    finally:
        library.close()
    assert sorted(page_requests(http_server)) == ["/page/a.html", "/page/b.html", "/page/c.html"]  # once each
    # The pass is over: the lock is free, and there is nothing left to fetch.
    code, out, err = run(config_path, db)
    assert code == 0, err
    assert len(page_requests(http_server)) == 3


def test_the_apps_own_refresh_may_run_during_its_article_pass(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with refresh_lock(db, "articles") as first:
        assert first is None
        with refresh_lock(db) as refresh:
            assert refresh is None  # the timer's or R's refresh: feeds, not those pages
            with refresh_lock(db) as second:
                assert second == LockHolder(os.getpid())  # but one refresh at a time
    with refresh_lock(db) as again:
        assert again is None  # every hold ended: free


def test_the_apps_article_pass_waits_for_nobody(http_server: TestServer, tmp_path: Path) -> None:
    """A pass that finds another process refreshing fetches nothing and says who."""
    import subprocess
    import sys

    url = article_site(http_server, delay=0)
    config_path = write_config(tmp_path / "config.toml", [url], fetch_full_articles="true")
    db = tmp_path / "news.db"
    library = Library(load_config(config_path), db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(RefreshRunning) as raised:
            library.fetch_new_articles()
        assert str(raised.value) == f"a refresh is already running (process {holder.pid})"
        assert page_requests(http_server) == []
    finally:
        holder.kill()
        holder.communicate(timeout=30)
        library.close()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from newstui.feeds.refresh_lock import refresh_lock
with refresh_lock(Path(sys.argv[1])) as other:
    assert other is None
    print("held", flush=True)
    time.sleep(60)
"""
