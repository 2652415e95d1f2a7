"""The article pipeline over real loopback HTTP and a real SQLite store."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newstui.config import Config, GeneralConfig
from newstui.extract import EXTRACTOR_VERSION
from newstui.feeds.articles import (
    RETRY_DAYS,
    RETRY_LIMIT,
    article_deadline,
    fetch_articles,
    load_article,
    refresh_articles,
)
from newstui.feeds.fetch import Fetcher
from newstui.model import FeedConfig, Item, ItemFilter, ParsedItem
from newstui.store import Store

PAGES = Path(__file__).parent / "data" / "pages"
FEED = "http://127.0.0.1/feed.xml"
LONG_ENTRY = "<p>" + " ".join(["word"] * 300) + " ends here.</p>"


class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        name = self.path.strip("/")
        if name == "pdf":
            body, ctype = b"%PDF-1.4 not html", "application/pdf"
        elif (PAGES / f"{name}.html").exists():
            body, ctype = (PAGES / f"{name}.html").read_bytes(), "text/html"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "newstui.db")
    s.sync_feeds([FeedConfig(FEED)])
    yield s
    s.close()


def _items(store: Store, server: str, entries: list[tuple[str, str | None, str]]) -> list[Item]:
    parsed = [
        ParsedItem(
            title=title,
            link=f"{server}/{path}" if path else None,
            guid=title,
            summary="Summary of " + title,
            content_html=content,
        )
        for title, path, content in entries
    ]
    store.upsert_items(FEED, parsed)
    by_title = {item.title: item for item in store.items(limit=100)}
    return [by_title[title] for title, _, _ in entries]


async def test_fetch_extract_and_cache(store: Store, server: str) -> None:
    items = _items(
        store,
        server,
        [
            ("Ferry", "wordpress_menu", ""),
            ("Missing", "does-not-exist", ""),
            ("Front", "no_article", "<p>The entry's own text about world news.</p>"),
            ("Full", "jsonld_news", LONG_ENTRY),
            ("Nolink", None, "<p>Only in the feed, with a <a href='/x'>link</a>.</p>"),
            ("Pdf", "pdf", ""),
        ],
    )
    progress: list[tuple[int, int]] = []
    async with Fetcher(retries=0, timeout=5) as fetcher:
        summary = await fetch_articles(
            store, items, fetcher=fetcher, concurrency=3, progress=lambda e: progress.append((e.done, e.total))
        )
    assert summary.from_page == 1
    assert summary.from_feed == 3
    assert [f.item_id for f in summary.failed] == sorted([items[1].id, items[5].id])
    assert "404" in next(f.message for f in summary.failed if f.item_id == items[1].id)
    assert "not a web page" in next(f.message for f in summary.failed if f.item_id == items[5].id)
    assert progress[-1] == (6, 6) and len(progress) == 6

    ferry = load_article(store, items[0])
    assert ferry is not None and ferry.source == "page"
    assert ferry.headline == "Harbour town votes to keep its ferry running through winter"
    assert load_article(store, items[1]) is None  # nothing stored: retried next time

    front = load_article(store, items[2])
    assert front is not None and front.source == "feed"
    assert front.sections[0].paragraphs == ["The entry's own text about world news."]

    full = load_article(store, items[3])
    assert full is not None and full.source == "feed"
    assert "/jsonld_news" not in _Handler.hits  # the full text was in the feed: no fetch

    nolink = load_article(store, items[4])
    assert nolink is not None and nolink.source == "feed"
    assert [(link.text, link.url) for link in nolink.links] == [("link", "http://127.0.0.1/x")]  # against the feed URL
    # A stored article is found again only at the current extractor version.
    assert store.article(items[0].id, EXTRACTOR_VERSION + 1) is None
    assert {i.id for i in store.items_without_article(EXTRACTOR_VERSION)} == {items[1].id, items[5].id}
    # Its text is searchable.
    assert [i.id for i in store.items(ItemFilter("search", "islanders"))] == [items[0].id]


async def test_refresh_articles_respects_the_setting(store: Store, server: str, tmp_path: Path) -> None:
    items = _items(store, server, [("Glacier", "h2_sections_figure", ""), ("Kettle", "scare_quotes", "")])
    off = Config(
        general=GeneralConfig(fetch_full_articles=False), feeds=(FeedConfig(FEED),), keys={}, path=tmp_path / "c.toml"
    )
    summary = await refresh_articles(off, store)
    assert summary.stored == 0 and not _Handler.hits

    on = Config(
        general=GeneralConfig(fetch_full_articles=True), feeds=(FeedConfig(FEED),), keys={}, path=tmp_path / "c.toml"
    )
    summary = await refresh_articles(on, store, item_ids=[items[0].id])
    assert summary.from_page == 1 and not summary.failed
    assert load_article(store, items[0]) is not None
    assert load_article(store, items[1]) is None
    summary = await refresh_articles(on, store)
    assert summary.from_page == 1
    assert _Handler.hits == {"/h2_sections_figure": 1, "/scare_quotes": 1}
    # Nothing left to do.
    assert (await refresh_articles(on, store)).stored == 0


async def test_refresh_articles_after_a_mark(store: Store, server: str, tmp_path: Path) -> None:
    _items(store, server, [("Old", "h2_sections_figure", "")])
    mark = store.last_item_id()
    new = _items(store, server, [("New", "scare_quotes", "")])
    on = Config(general=GeneralConfig(), feeds=(FeedConfig(FEED),), keys={}, path=tmp_path / "c.toml")
    summary = await refresh_articles(on, store, after_id=mark)
    assert summary.from_page == 1
    assert _Handler.hits == {"/scare_quotes": 1}
    assert load_article(store, new[0]) is not None


# -- one bad page never breaks the batch --------------------------------------------------------------

ROT13_PAGE = (
    b'<html><head><meta charset="rot13"><title>Rot</title></head><body><article><p>'
    + b"caf\xe9 words of a page nobody can decode. " * 40
    + b"</p></article></body></html>"
)


def _linked(store: Store, links: dict[str, str | None], published: datetime | None = None) -> dict[str, Item]:
    store.upsert_items(
        FEED,
        [ParsedItem(title=t, link=link, guid=t, summary="s", published=published) for t, link in links.items()],
    )
    return {item.title: item for item in store.items(limit=500) if item.title in links}


async def test_every_failure_of_one_page_is_that_pages_failure(store: Store, server: str) -> None:
    from httpserver import HostileServer, raw

    def redirect(location: bytes) -> bytes:
        return b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"

    with HostileServer() as hostile:
        rot13 = hostile.add(
            "/rot13",
            raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s"
                % (len(ROT13_PAGE), ROT13_PAGE)
            ),
        )
        links = {
            "Good": f"{server}/wordpress_menu",
            "Rot13": rot13,
            "Port": "http://127.0.0.1:99999/story",
            "Javascript": hostile.add("/js", raw(redirect(b"javascript:alert(1)"))),
            "Bracket": hostile.add("/bracket", raw(redirect(b"http://[::1/story"))),
            "Scheme": "ftp://127.0.0.1/story",
        }
        items = _linked(store, links)
        async with Fetcher(retries=0, timeout=5) as fetcher:
            summary = await fetch_articles(store, list(items.values()), fetcher=fetcher, concurrency=3)
    assert summary.from_page >= 1
    assert load_article(store, items["Good"]) is not None
    failed = {f.item_id: f.message for f in summary.failed}
    for title in ("Port", "Javascript", "Bracket", "Scheme"):
        message = failed[items[title].id]
        assert message.startswith(links[title] + ": "), message  # names the page
        assert "\n" not in message
    assert "not a valid URL" in failed[items["Port"].id]
    assert "'javascript:alert(1)', which is not an http(s) URL" in failed[items["Javascript"].id]
    assert "invalid URL 'http://[::1/story'" in failed[items["Bracket"].id]
    # Whatever the extractor makes of the rot13 page, it is this page's business only.
    assert items["Rot13"].id in failed or load_article(store, items["Rot13"]) is not None
    assert summary.stored + len(summary.failed) == len(items)


async def test_the_batch_has_a_deadline_and_counts_the_pages_left(store: Store, server: str) -> None:
    from httpserver import HostileServer, silent

    with HostileServer() as hostile:
        links = {
            "Good": f"{server}/wordpress_menu",
            **{f"Silent {i}": hostile.add(f"/silent{i}", silent()) for i in range(3)},
        }
        items = _linked(store, links)
        started = time.monotonic()
        async with Fetcher(retries=0, timeout=60) as fetcher:
            summary = await fetch_articles(store, list(items.values()), fetcher=fetcher, concurrency=4, deadline=1.0)
    assert time.monotonic() - started < 3.0
    assert summary.from_page == 1 and summary.left == 3 and summary.failed == []
    assert load_article(store, items["Good"]) is not None


async def test_refresh_articles_retries_recent_items_without_an_article(
    store: Store, server: str, tmp_path: Path
) -> None:
    config = Config(
        general=GeneralConfig(timeout_seconds=5), feeds=(FeedConfig(FEED),), keys={}, path=tmp_path / "c.toml"
    )
    now = datetime.now(UTC)
    recent = _linked(store, {"Recent": f"{server}/h2_sections_figure"}, published=now - timedelta(days=1))
    old = _linked(store, {"Old": f"{server}/scare_quotes"}, published=now - timedelta(days=RETRY_DAYS + 1))
    mark = store.last_item_id()
    new = _linked(store, {"New": f"{server}/wordpress_menu"})
    summary = await refresh_articles(config, store, after_id=mark, limit=None, retry=RETRY_LIMIT)
    assert (summary.from_page, summary.retried, summary.failed) == (2, 1, [])
    assert load_article(store, new["New"]) is not None and load_article(store, recent["Recent"]) is not None
    assert load_article(store, old["Old"]) is None  # too old to retry
    assert "/scare_quotes" not in _Handler.hits
    # Without `retry` only the new items are looked at (the app's default).
    assert (await refresh_articles(config, store, after_id=store.last_item_id())).tried == 0


def test_the_article_deadline_follows_the_timeout(tmp_path: Path) -> None:
    config = Config(general=GeneralConfig(timeout_seconds=20), feeds=(), keys={}, path=tmp_path / "c.toml")
    assert article_deadline(config) == 200.0
