"""service.Library on a real SQLite file: paging, counts, state changes, articles."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from httpserver import Response, TestServer
from newstui.config import load_config
from newstui.model import Item
from newstui.service import ArticleResult, ItemFilter, Library, LibraryClosed, ProgressEvent, RefreshSummary
from ui_helpers import ARTICLE, TECH, WORLD, StallingServer, build_store, write_config


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    config = load_config(write_config(tmp_path / "config.toml"))
    ids = build_store(tmp_path / "news.db", config, extra_world=250)
    lib = Library(config, tmp_path / "news.db")
    yield lib, ids
    lib.close()


def test_filters_combine_into_parts() -> None:
    assert ItemFilter().parts == (ItemFilter(),)
    both = ItemFilter("feed", WORLD) & ItemFilter("unread")
    assert both.parts == (ItemFilter("feed", WORLD), ItemFilter("unread"))
    assert (both & (ItemFilter("tag", "x") & ItemFilter("search", "river"))).parts[1:] == (
        ItemFilter("unread"),
        ItemFilter("tag", "x"),
        ItemFilter("search", "river"),
    )
    assert both != ItemFilter("feed", WORLD)  # the list the reader shows is the bare kind
    assert ItemFilter("feed", WORLD).single_feed and not ItemFilter("tag", "x").single_feed


def test_pages_and_counts(library) -> None:  # type: ignore[no-untyped-def]
    lib, _ = library
    assert lib.count(ItemFilter()) == 261
    first = lib.page(ItemFilter(), 0, 100)
    second = lib.page(ItemFilter(), 100, 100)
    assert len(first) == len(second) == 100
    assert not {i.id for i in first} & {i.id for i in second}
    assert [i.published for i in first] == sorted((i.published for i in first), reverse=True)
    assert lib.count(ItemFilter("feed", TECH)) == 4
    assert lib.count(ItemFilter("tag", "world")) == 256
    assert lib.count(ItemFilter("bookmarks")) == 1
    assert [i.guid for i in lib.search("treaty")] == ["world-0"]
    assert lib.search("   ") == []


def test_read_bookmark_and_feed_read(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    item = lib.item(ids["tech-0"])
    assert item is not None and not item.bookmarked
    assert lib.toggle_bookmark(item) is True
    assert lib.item(ids["tech-0"]).bookmarked
    assert lib.toggle_bookmark(lib.item(ids["tech-0"])) is False
    lib.set_read([ids["tech-0"]], True)
    assert lib.item(ids["tech-0"]).read
    assert lib.mark_feed_read(TECH) == 2  # tech-1 and tech-2 were still unread
    assert lib.page(ItemFilter("feed", TECH), 0, 10) and all(i.read for i in lib.page(ItemFilter("feed", TECH), 0, 10))


def test_open_article_cached_and_feed_fallback(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    result = lib.open_article(lib.item(ids["world-0"]))
    assert result.status == "cached" and result.article == ARTICLE and result.notice is None
    no_link = replace(lib.item(ids["world-1"]), link=None)
    result = lib.open_article(no_link)
    assert result.status == "feed" and result.article.source == "feed"
    assert "no link" in (result.notice or "")


def test_fetch_failure_falls_back_with_reason(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    with TestServer(tmp_path) as server:
        item = replace(lib.item(ids["world-3"]), link=server.url("missing.html"))
        result = lib.fetch_article(item)
    assert result.status == "feed"
    assert result.article.source == "feed"
    assert result.notice is not None and "404" in result.notice


def test_library_is_safe_from_many_threads(library) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(lambda n: lib.count(ItemFilter("all")) + len(lib.page(ItemFilter(), n, 10)), range(40)))
    assert counts == [261 + 10] * 40


def test_close_is_idempotent(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "config.toml"))
    lib = Library(config, tmp_path / "news.db")
    lib.sync_feeds()
    assert [f.url for f in lib.feeds()][:2] == [WORLD, TECH]
    lib.close()
    lib.close()


# -- the Library's own Fetcher: the config's limits, a deadline per page, cancelled by close() --


def _library_with(tmp_path: Path, **general: object) -> tuple[Library, dict[str, int]]:
    config = load_config(write_config(tmp_path / "config.toml", **general))
    ids = build_store(tmp_path / "news.db", config)
    return Library(config, tmp_path / "news.db"), ids


def _fetch_in_thread(lib: Library, item: Item) -> tuple[threading.Thread, list[object]]:
    """fetch_article in a thread, so a hang fails the test instead of freezing it."""
    return _in_thread(lambda: lib.fetch_article(item))


def _in_thread(call: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # noqa: BLE001 - the test looks at what came out
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize("mode", ["silent", "drip"])
def test_opened_page_gives_up_within_the_configured_timeout(tmp_path: Path, mode: str) -> None:
    # Fetcher() defaults would wait 15 s for a silent server and 60 s for a dripping one.
    lib, ids = _library_with(tmp_path, timeout_seconds=0.5)
    try:
        with StallingServer(mode) as server:
            item = replace(lib.item(ids["world-3"]), link=server.url())
            started = time.monotonic()
            thread, outcome = _fetch_in_thread(lib, item)
            thread.join(6)
            assert not thread.is_alive(), "the fetch outlived its deadline"
        assert time.monotonic() - started < 6
        (result,) = outcome
        assert isinstance(result, ArticleResult) and result.status == "feed"
        assert result.notice is not None and server.base in result.notice
    finally:
        lib.close()


def test_opened_page_is_cut_at_max_response_mb(tmp_path: Path) -> None:
    lib, ids = _library_with(tmp_path, max_response_mb=1)
    site = tmp_path / "site"
    site.mkdir()
    (site / "big.html").write_text("<html><body>" + "<p>words words words</p>" * 70_000 + "</body></html>")
    try:
        with TestServer(site) as server:
            item = replace(lib.item(ids["world-3"]), link=server.url("big.html"))
            result = lib.fetch_article(item)
        assert result.status == "feed"
        assert result.notice is not None and "limit" in result.notice
    finally:
        lib.close()


def _story(title: str) -> bytes:
    body = "".join(
        f"<p>Paragraph {n} of the report on {title.lower()}, with enough words to be an article.</p>" for n in range(12)
    )
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    return page.encode()


PROXIED_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>World Desk</title><link>http://news.test/</link><description>d</description>
<item><title>Lighthouse keepers return</title><link>http://news.test/world/lighthouse</link>
<guid>lighthouse</guid><description>Short.</description></item>
</channel></rss>"""


def test_everything_the_app_fetches_goes_through_the_configured_proxy(tmp_path: Path) -> None:
    # The proxy is a loopback server answering for hosts that do not exist (*.test): a
    # request that went around it could not even resolve its host. An opened page, a
    # refresh and the article pass after it all use the config's Fetcher settings.
    html = {"Content-Type": "text/html; charset=utf-8"}
    with TestServer(tmp_path) as proxy:
        proxy.add_route("/world/1", (200, html, _story("Harbour strike")))
        proxy.add_route("/world.xml", (200, {"Content-Type": "application/rss+xml"}, PROXIED_FEED))
        proxy.add_route("/world/lighthouse", (200, html, _story("Lighthouse keepers")))
        lib, ids = _library_with(tmp_path, proxy=proxy.base, fetch_full_articles=True)
        try:
            opened = lib.fetch_article(lib.item(ids["world-1"]))
            assert opened.status == "page", opened.notice
            assert opened.article.headline == "Harbour strike"

            mark = lib.last_item_id()
            events: list[ProgressEvent] = []
            summary = lib.refresh(only=[WORLD], progress=events.append)
            assert isinstance(summary, RefreshSummary)
            assert (summary.total, summary.ok, summary.failed, summary.new_items) == (1, 1, [], 1)
            assert events == [ProgressEvent(url=WORLD, done=1, total=1, ok=True, status=200, items=1)]
            assert events[0].stage == "feeds" and events[0].final

            pages: list[ProgressEvent] = []
            assert lib.fetch_new_articles(after_id=mark, progress=pages.append) == 1
            assert [(e.stage, e.url, e.done, e.total, e.ok) for e in pages] == [
                ("articles", "http://news.test/world/lighthouse", 1, 1, True)
            ]
        finally:
            lib.close()
    assert [r.path for r in proxy.requests] == [
        "http://news.test/world/1",
        "http://feeds.test/world.xml",
        "http://news.test/world/lighthouse",
    ]


def test_the_article_pass_uses_the_librarys_fetcher_as_opened_pages_do(tmp_path: Path) -> None:
    # The Library's Fetcher retries a 503 once (a reader is waiting); a Fetcher of the
    # article pass's own would try three times. Both kinds of page get the same answer.
    busy = Response(503, {"Retry-After": "0", "Content-Type": "text/plain"}, b"busy")
    with TestServer(tmp_path) as proxy:
        proxy.add_route("/world.xml", (200, {"Content-Type": "application/rss+xml"}, PROXIED_FEED))
        proxy.add_route("/world/lighthouse", busy)
        proxy.add_route("/world/2", busy)
        lib, ids = _library_with(tmp_path, proxy=proxy.base, fetch_full_articles=True)
        try:
            opened = lib.fetch_article(lib.item(ids["world-2"]))
            assert opened.status == "feed" and "503" in (opened.notice or "")
            mark = lib.last_item_id()
            lib.refresh(only=[WORLD])
            failed: list[ProgressEvent] = []
            assert lib.fetch_new_articles(after_id=mark, progress=failed.append) == 0
            assert [(e.ok, "503" in (e.error or "")) for e in failed] == [(False, True)]
        finally:
            lib.close()
    tries = [r.path.rsplit("/", 1)[-1] for r in proxy.requests if "/world/" in r.path]
    assert tries == ["2", "2", "lighthouse", "lighthouse"]


def test_fetched_page_is_cached(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib, ids = library
    site = tmp_path / "site"
    site.mkdir()
    body = "".join(
        f"<p>Paragraph {n} of a long story about the harbour strike and the people in it.</p>" for n in range(12)
    )
    (site / "story.html").write_text(
        f"<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>{body}</article></body></html>"
    )
    with TestServer(site) as server:
        item = replace(lib.item(ids["world-1"]), link=server.url("story.html"))
        result = lib.fetch_article(item)
    assert result.status == "page" and result.notice is None
    assert lib.cached_article(item) == result.article


def test_close_cancels_a_page_fetch_in_flight(tmp_path: Path) -> None:
    lib, ids = _library_with(tmp_path, timeout_seconds=60)
    with StallingServer("silent") as server:
        item = replace(lib.item(ids["world-3"]), link=server.url())
        thread, outcome = _fetch_in_thread(lib, item)
        assert server.accepted.wait(5)
        started = time.monotonic()
        lib.close()
        # Well under the 60 s fetch timeout, with room for a loaded CI machine.
        thread.join(10)
        assert not thread.is_alive()
        assert time.monotonic() - started < 10
    (error,) = outcome
    assert isinstance(error, LibraryClosed) and "closing" in str(error)
    with pytest.raises(LibraryClosed):
        lib.feeds()


def test_a_fetch_failing_because_close_shut_its_connection_is_library_closed(tmp_path: Path) -> None:
    """close() marks the Library closed, then shuts the Fetcher's connections; a fetch whose
    read fails in between (before its cancellation lands, as on a loaded machine) is the close
    (LibraryClosed), not a server error shown over the feed's text. The order is forced here:
    the Library is marked closed, then the connection dies under the pending read (the server
    hangs up, which fails the read the same way at once; closing the client's pool does not
    interrupt a read already waiting, so it cannot force the failure)."""
    lib, ids = _library_with(tmp_path, timeout_seconds=60)
    with StallingServer("silent") as server:
        item = replace(lib.item(ids["world-3"]), link=server.url())
        thread, outcome = _fetch_in_thread(lib, item)
        assert server.accepted.wait(5)
        with lib._lock:
            lib._closed = True  # close()'s first step
        server.hang_up()
        thread.join(10)
        assert not thread.is_alive()
    (error,) = outcome
    assert isinstance(error, LibraryClosed), error
    lib._closed = False
    lib.close()


def test_close_does_not_wait_for_a_write_stuck_on_a_lock(tmp_path: Path) -> None:
    lib, ids = _library_with(tmp_path)
    holder = sqlite3.connect(tmp_path / "news.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        item = lib.item(ids["world-1"])
        assert item is not None
        thread, _ = _in_thread(lambda: lib.set_read([item.id]))
        time.sleep(0.3)  # the write is now waiting out the busy timeout (15 s)
        started = time.monotonic()
        lib.close()
        assert time.monotonic() - started < 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_enclosure_downloads_go_through_the_configured_proxy(tmp_path: Path) -> None:
    # media.test does not exist: a download that went around the proxy could not resolve it.
    with TestServer(tmp_path) as proxy:
        proxy.add_route("/episode-1.mp3", (200, {"Content-Type": "audio/mpeg"}, b"ID3 not really audio"))
        lib, _ = _library_with(tmp_path, proxy=proxy.base, download_dir=str(tmp_path / "downloads"))
        try:
            saved = asyncio.run(lib.download_enclosure("http://media.test/episode-1.mp3", "audio/mpeg"))
        finally:
            lib.close()
    assert saved.read_bytes() == b"ID3 not really audio"
    assert [r.path for r in proxy.requests] == ["http://media.test/episode-1.mp3"]
