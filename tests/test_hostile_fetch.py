"""Hostile servers: every bad answer is one feed's (or page's) FetchError, in bounded time and memory.

The servers are real sockets on 127.0.0.1 (`HostileServer` in tests/httpserver.py)
that write whatever bytes a case needs: slow drips, silence, endless or lying
bodies, compression bombs, garbage headers. Each test runs on both of the Fetcher's
transports (the `transport` fixture): the lean one and httpx's own.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from cli_helpers import feeds_config as _config
from fetch_helpers import transport as transport  # noqa: F401 - the fixture
from httpserver import Behaviour, HostileServer, TestServer, drip, endless, raw, silent
from httpserver import hostile as hostile  # noqa: F401 - the fixture
from newstui.errors import FetchError
from newstui.feeds.fetch import Fetcher
from newstui.feeds.refresh import refresh_feeds
from newstui.store import Store

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>'
    b"<item><title>Fine</title><guid>g1</guid><link>http://example.com/1</link></item></channel></rss>"
)
LIMIT = 1_000_000
# Per-request bounds for these tests: 1 s between reads, 1.5 s in all, 1 MB.
OPTIONS: dict[str, object] = {
    "timeout": 1.0,
    "total_timeout": 1.5,
    "max_bytes": LIMIT,
    "retries": 0,
    "max_redirects": 5,
}


def options(transport: str) -> dict[str, object]:
    """OPTIONS on `transport`."""
    return {**OPTIONS, "transport": transport}


def _answer(status: str, headers: bytes, body: bytes = b"") -> bytes:
    return b"HTTP/1.1 " + status.encode() + b"\r\nConnection: close\r\n" + headers + b"\r\n" + body


def _redirect_forever() -> Behaviour:
    counter = itertools.count()

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(_answer("302 Found", b"Location: ?n=%d\r\nContent-Length: 0\r\n" % next(counter)))

    return send


BOMB = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # 50 MB inflated, ~50 kB on the wire

# name -> (behaviour, what the error says)
CASES: dict[str, tuple[Callable[[], Behaviour], str]] = {
    "drip": (lambda: drip(RSS, every=0.3), "took longer than 1.5 s"),
    "drip-head": (
        lambda: drip(_answer("200 OK", b"Content-Length: 3\r\n", b"abc"), every=0.3, head=b""),
        "took longer than 1.5 s",
    ),
    "silent": (silent, "timed out waiting for the server"),
    "huge-declared": (
        lambda: raw(_answer("200 OK", b"Content-Length: 500000000\r\n")),
        "over the 1 MB limit",
    ),
    "huge-chunked": (endless, "over the 1 MB limit"),
    "gzip-bomb": (
        lambda: raw(_answer("200 OK", b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(BOMB), BOMB)),
        "over the 1 MB limit",
    ),
    "500": (lambda: raw(_answer("500 Internal Server Error", b"Content-Length: 4\r\n", b"oops")), "HTTP 500"),
    "redirects": (_redirect_forever, "too many redirects"),
    "redirect-bad-port": (
        lambda: raw(_answer("301 Moved", b"Location: http://127.0.0.1:99999/feed\r\nContent-Length: 0\r\n")),
        "not a valid URL",
    ),
    "redirect-javascript": (
        lambda: raw(_answer("302 Found", b"Location: javascript:alert(1)\r\nContent-Length: 0\r\n")),
        "not an http(s) URL",
    ),
    "redirect-bad-ipv6": (
        lambda: raw(_answer("302 Found", b"Location: http://[::1/feed\r\nContent-Length: 0\r\n")),
        "redirected to an invalid URL 'http://[::1/feed'",
    ),
    "header-nul": (
        lambda: raw(_answer("200 OK", b"X-Junk: a\x00b\r\nContent-Length: 3\r\n", b"abc")),
        "invalid HTTP",
    ),
    "header-no-colon": (
        lambda: raw(_answer("200 OK", b"this is not a header\r\nContent-Length: 3\r\n", b"abc")),
        "invalid HTTP",
    ),
    "length-short": (
        lambda: raw(_answer("200 OK", b"Content-Length: 5000\r\n", RSS)),
        "broke off",
    ),
    "length-garbage": (
        lambda: raw(_answer("200 OK", b"Content-Length: lots\r\n", RSS)),
        "invalid HTTP",
    ),
    "length-twice": (
        lambda: raw(_answer("200 OK", b"Content-Length: 10\r\nContent-Length: 20\r\n", RSS)),
        "invalid HTTP",
    ),
    "not-http": (lambda: raw(b"SSH-2.0-OpenSSH_9.6\r\n\r\n"), "invalid HTTP"),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_each_hostile_answer_is_a_fetch_error_naming_the_url(
    hostile: HostileServer, case: str, transport: str
) -> None:
    make, said = CASES[case]
    url = hostile.add(f"/{case}", make())
    started = time.monotonic()
    async with Fetcher(**options(transport)) as fetcher:  # type: ignore[arg-type]
        with pytest.raises(FetchError) as info:
            async with asyncio.timeout(10):  # a hang fails the test instead of blocking it
                await fetcher.fetch(url)
    assert info.value.url == url and str(info.value).startswith(url + ": ")
    assert said in info.value.message
    assert "\n" not in info.value.message
    assert time.monotonic() - started < 4.0  # total_timeout 1.5 s and a margin: never unbounded


async def test_a_slow_drip_is_cut_by_the_total_timeout_not_the_read_timeout(
    hostile: HostileServer, transport: str
) -> None:
    # One byte a second: every read comes well within the 5 s read timeout.
    url = hostile.add("/drip", drip(b"x" * 1000, every=1.0))
    started = time.monotonic()
    async with Fetcher(timeout=5.0, total_timeout=2.0, retries=0, transport=transport) as fetcher:
        with pytest.raises(FetchError, match="took longer than 2 s"):
            await fetcher.fetch(url)
    assert 1.9 < time.monotonic() - started < 4.0


@pytest.mark.parametrize("case", ["huge-chunked", "gzip-bomb"])
async def test_big_bodies_are_cut_off_in_bounded_memory(hostile: HostileServer, case: str, transport: str) -> None:
    make, _ = CASES[case]
    url = hostile.add(f"/{case}", make())
    # Generous time limits: this is about memory, and a loaded machine must not turn it into a timeout.
    timing = {"timeout": 10.0, "total_timeout": 20.0}
    async with Fetcher(**{**options(transport), **timing}) as fetcher:  # type: ignore[arg-type]
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match="over the 1 MB limit"):
                await fetcher.fetch(url)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 6 * LIMIT  # the limit plus one read and one inflate step, not the 50 MB


async def test_a_cancelled_fetch_ends_at_once_and_the_fetcher_closes(hostile: HostileServer, transport: str) -> None:
    url = hostile.add("/silent", silent())
    drip_url = hostile.add("/drip", drip(b"x" * 1000, every=0.2))
    fetcher = Fetcher(timeout=60.0, total_timeout=60.0, transport=transport)
    await fetcher.__aenter__()
    tasks = [asyncio.create_task(fetcher.fetch(url)), asyncio.create_task(fetcher.fetch(drip_url))]
    await asyncio.sleep(0.5)  # both connected: one waiting for an answer, one mid-body
    started = time.monotonic()
    for task in tasks:
        task.cancel()
    async with asyncio.timeout(1.0):
        results = await asyncio.gather(*tasks, return_exceptions=True)
        await fetcher.aclose()
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    assert time.monotonic() - started < 1.0


# -- a whole refresh ------------------------------------------------------------------------------


async def test_hostile_feeds_fail_alone_and_the_others_of_the_refresh_succeed(
    hostile: HostileServer, http_server: TestServer, store: Store, tmp_path: Path, transport: str
) -> None:
    bad = {case: hostile.add(f"/{case}", make()) for case, (make, _) in CASES.items()}
    good = [http_server.url("feeds/rss2.xml"), http_server.add_route("/good.xml", (200, {}, RSS))]
    config = _config(tmp_path / "config.toml", [*bad.values(), *good])
    started = time.monotonic()
    async with asyncio.timeout(20):
        summary = await refresh_feeds(config, store, fetcher_options=options(transport), workers=0)
    assert time.monotonic() - started < 8.0  # all at once: bounded by the slowest (1.5 s), not their sum
    assert summary.ok == 2 and summary.new_by_feed == {good[0]: 3, good[1]: 1}
    errors = {f.url: f.error for f in summary.failed}
    assert set(errors) == set(bad.values())
    for case, url in bad.items():
        assert CASES[case][1] in errors[url], case
        feed = store.feed(url)
        assert feed is not None and feed.last_error == errors[url] and feed.total == 0


async def test_non_ascii_validators_are_never_stored_and_the_feed_keeps_working(
    hostile: HostileServer, store: Store, tmp_path: Path, transport: str
) -> None:
    # Latin-1 bytes in the validators: httpx reads them, but could never send them back.
    answer = _answer(
        "200 OK",
        b'ETag: "caf\xe9"\r\nLast-Modified: Mon, 01 Jan 2024 00:00:00 GMT \xff\r\nContent-Length: %d\r\n' % len(RSS),
        RSS,
    )
    url = hostile.add("/feed", raw(answer))
    config = _config(tmp_path / "config.toml", [url])
    for _ in range(3):
        summary = await refresh_feeds(config, store, fetcher_options=options(transport), workers=0)
        assert summary.ok == 1 and summary.failed == [], summary.failed
    assert store.fetch_state(url) == (None, None)
    assert hostile.hits["/feed"] == 3


async def test_a_stored_validator_that_cannot_be_sent_is_dropped(
    hostile: HostileServer, store: Store, tmp_path: Path, transport: str
) -> None:
    # As an older newstui stored it: the feed must not fail forever.
    good_etag = '"abc"'
    url = hostile.add(
        "/feed", raw(_answer("200 OK", b"ETag: %s\r\nContent-Length: %d\r\n" % (good_etag.encode(), len(RSS)), RSS))
    )
    config = _config(tmp_path / "config.toml", [url])
    store.sync_feeds(config.feeds)
    store.record_fetch(url, status=200, etag='"caf\u00e9"', last_modified="\u2603")
    summary = await refresh_feeds(config, store, fetcher_options=options(transport), workers=0)
    assert summary.ok == 1 and summary.failed == []
    assert store.fetch_state(url) == (good_etag, None)


async def test_a_request_that_cannot_be_encoded_clears_the_stored_validators(
    store: Store, tmp_path: Path, transport: str
) -> None:
    url = "http://xn--/feed"  # passes the config's checks; httpx cannot encode its host
    config = _config(tmp_path / "config.toml", [url])
    store.sync_feeds(config.feeds)
    store.record_fetch(url, status=200, etag='"abc"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    summary = await refresh_feeds(config, store, fetcher_options=options(transport), workers=0)
    assert [f.url for f in summary.failed] == [url]
    assert summary.failed[0].error.startswith("the request cannot be sent: ")
    assert store.fetch_state(url) == (None, None)  # the next fetch is unconditional


def test_forget_validators(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "c.db")
    try:
        s.record_fetch("http://a.test/feed", status=200, etag='"x"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
        s.forget_validators("http://a.test/feed")
        s.forget_validators("http://unknown.test/feed")  # no such feed: nothing to do
        assert s.fetch_state("http://a.test/feed") == (None, None)
    finally:
        s.close()
