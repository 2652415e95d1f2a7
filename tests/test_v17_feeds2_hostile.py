"""Hostile servers and documents the earlier hostile tests (tests/test_hostile_fetch.py,
tests/test_hostile_parse.py, tests/test_v15_feeds_http.py) did not cover: huge headers,
compression bombs inside a chunked body (gzip and deflate), a body with no framing that
never ends, a 100,000-item feed, a 10 MB title, entity bombs and external entities served
over HTTP in a whole refresh. Each is that feed's own error (or its own bounded items),
naming the feed's URL; the other feeds of the refresh are stored. Real loopback sockets,
both of the Fetcher's transports, a real SQLite store.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import zlib
from pathlib import Path

import pytest

from cli_helpers import feeds_config
from fetch_helpers import transport as transport  # noqa: F401 - the fixture
from httpserver import Behaviour, HostileServer, TestServer, raw
from httpserver import hostile as hostile  # noqa: F401 - the fixture
from newstui.errors import FetchError
from newstui.feeds.fetch import Fetcher
from newstui.feeds.parse import parse_feed
from newstui.feeds.refresh import refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

LIMIT = 1_000_000
OPTIONS: dict[str, object] = {"timeout": 2.0, "total_timeout": 3.0, "max_bytes": LIMIT, "retries": 0}
GOOD = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>'
    b"<item><title>Fine</title><guid>g1</guid><link>http://example.com/1</link></item></channel></rss>"
)


def _chunked(head: bytes, body: bytes, size: int = 8192) -> Behaviour:
    """`body` sent in chunks of `size` bytes after `head` (which names chunked encoding)."""

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n" + head + b"\r\n")
        for start in range(0, len(body), size):
            if stopping.is_set():
                return
            piece = body[start : start + size]
            conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        conn.sendall(b"0\r\n\r\n")

    return send


def _unframed_forever() -> Behaviour:
    """A body with neither Content-Length nor chunking: it ends when the server closes, which it never does."""

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<rss>")
        while not stopping.is_set():
            conn.sendall(b"<item><title>again</title></item>" * 2000)

    return send


def _huge_headers(count: int, size: int) -> Behaviour:
    header = b"X-Padding: " + b"a" * size + b"\r\n"
    return raw(b"HTTP/1.1 200 OK\r\nConnection: close\r\n" + header * count + b"Content-Length: 3\r\n\r\nabc")


_GZIP_BOMB = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
_DEFLATE_BOMB = zlib.compress(b"\0" * 50_000_000, 9)

# name -> (behaviour, what the error says)
CASES: dict[str, tuple[Behaviour, str]] = {
    "gzip-bomb-chunked": (_chunked(b"Content-Encoding: gzip\r\n", _GZIP_BOMB), "over the 1 MB limit"),
    "deflate-bomb-chunked": (_chunked(b"Content-Encoding: deflate\r\n", _DEFLATE_BOMB), "over the 1 MB limit"),
    "unframed-forever": (_unframed_forever(), "over the 1 MB limit"),
    "one-huge-header": (_huge_headers(1, 2_000_000), "invalid HTTP"),
    "many-headers": (_huge_headers(50_000, 20), "invalid HTTP"),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_each_answer_is_an_error_naming_the_url(hostile: HostileServer, case: str, transport: str) -> None:
    behaviour, said = CASES[case]
    url = hostile.add(f"/{case}", behaviour)
    async with Fetcher(**OPTIONS, transport=transport) as fetcher:  # type: ignore[arg-type]
        with pytest.raises(FetchError) as info:
            async with asyncio.timeout(15):  # a hang fails the test instead of blocking it
                await fetcher.fetch(url)
    assert info.value.url == url and str(info.value).startswith(url + ": ")
    assert said in info.value.message, info.value.message


# -- documents ---------------------------------------------------------------------------------------

TEN_MB = 10_000_000


def _feed_with_a_title_of(size: int) -> bytes:
    title = b"Long " * (size // 5)
    return (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'
        b"<item><title>" + title + b"</title><guid>big</guid><description>" + title + b"</description></item>"
        b"<item><title>Short one</title><guid>small</guid></item></channel></rss>"
    )


def test_a_10_mb_title_is_cut_to_a_headline() -> None:
    """A title over 1,000 characters is a body pasted into the title field (or an attack on the
    list's width): it is cut at a word, with "…"; the description keeps 100,000 characters."""
    items = parse_feed(_feed_with_a_title_of(TEN_MB), "http://feeds.test/big.xml").items
    assert len(items[0].title) <= 1000 and items[0].title.endswith("Long…")
    assert len(items[0].summary) <= 100_000
    assert items[1].title == "Short one"


def test_a_long_title_of_a_real_length_is_kept_whole() -> None:
    title = "A " + "very " * 150 + "long headline"  # 767 characters
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>{title}</title><guid>x</guid></item></channel></rss>"
    )
    assert parse_feed(body.encode(), "http://feeds.test/f.xml").items[0].title == " ".join(title.split())


def _many_items(count: int) -> bytes:
    items = b"".join(b"<item><title>Item %d</title><guid>i%d</guid></item>" % (i, i) for i in range(count))
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>' + items + b"</channel></rss>"


_XXE_SECRET = "the-file-content-never-leaks"


def _entity_bombs(secret: Path) -> dict[str, bytes]:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "laughs": (
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>'
            '<rss version="2.0"><channel><title>Laughs</title><item><title>&l9;</title><guid>l</guid></item>'
            "</channel></rss>"
        ).encode(),
        "xxe": (
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>Entity &secret;</title><item><title>Leak &secret;</title>'
            "<guid>x</guid></item></channel></rss>"
        ).encode(),
    }


async def test_hostile_documents_in_one_refresh(
    http_server: TestServer, store: Store, tmp_path: Path, transport: str
) -> None:
    """A 10 MB title, 100,000 items, an entity bomb and an external entity, in one refresh with a
    good feed: each is stored bounded (or fails alone), no file is read, the good feed is saved."""
    secret = tmp_path / "secret.txt"
    secret.write_text(_XXE_SECRET, encoding="utf-8")
    bombs = _entity_bombs(secret)
    urls = {
        "title": http_server.add_route("/title.xml", (200, {}, _feed_with_a_title_of(TEN_MB))),
        "many": http_server.add_route("/many.xml", (200, {}, _many_items(100_000))),
        "laughs": http_server.add_route("/laughs.xml", (200, {}, bombs["laughs"])),
        "xxe": http_server.add_route("/xxe.xml", (200, {}, bombs["xxe"])),
        "good": http_server.add_route("/good.xml", (200, {}, GOOD)),
    }
    config = feeds_config(tmp_path / "config.toml", list(urls.values()))
    # Generous deadlines: a loaded CI machine serves the 10 MB title slowly (this guards
    # against hangs and unbounded results, not speed).
    options = {"timeout": 60.0, "total_timeout": 90.0, "max_bytes": 30_000_000, "retries": 0, "transport": transport}
    async with asyncio.timeout(120):
        summary = await refresh_feeds(config, store, fetcher_options=options, workers=0)
    assert summary.failed == [], [(f.url, f.error) for f in summary.failed]
    titles = {name: [i.title for i in store.items(ItemFilter("feed", url), limit=None)] for name, url in urls.items()}
    assert titles["good"] == ["Fine"]
    assert len(titles["many"]) == 100_000
    assert max(len(t) for t in titles["title"]) <= 1000
    assert all(len(t) < 1000 for t in titles["laughs"])  # nothing expanded
    everything = repr(titles) + repr([store.feed(url) for url in urls.values()])
    assert _XXE_SECRET not in everything


def _many_broken_items(count: int) -> bytes:
    """`count` items, the document not well-formed (a bare & in every title)."""
    items = b"".join(b"<item><title>Item %d & co</title><guid>b%d</guid></item>" % (i, i) for i in range(count))
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>' + items + b"</channel></rss>"


def test_a_huge_broken_feed_is_read_by_recovery_not_by_feedparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser reads about 0.3 MB a second: a 14 MB broken document (100,000 items) held a
    parse worker for about 50 s. Over LARGE_BROKEN bytes, libxml2's recovery reads it (text
    at the errors may be lost, as in newsboat) and the feed says the document was broken."""
    from newstui.feeds.parse import document, feedparser_reader

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("feedparser was asked to read a huge document")

    monkeypatch.setattr(feedparser_reader, "parse_with_feedparser", refuse)
    monkeypatch.setattr(document, "parse_with_feedparser", refuse)
    feed = parse_feed(_many_broken_items(100_000), "http://feeds.test/broken.xml")
    assert len(feed.items) == 100_000
    assert feed.items[0].guid == "b0" and feed.items[0].title.startswith("Item 0")
    assert feed.error is not None and "not well-formed" in feed.error


def test_a_small_broken_feed_still_goes_to_the_forgiving_parser() -> None:
    feed = parse_feed(_many_broken_items(3), "http://feeds.test/broken.xml")
    assert [i.title for i in feed.items] == ["Item 0 & co", "Item 1 & co", "Item 2 & co"]
