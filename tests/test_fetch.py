"""The fetcher against a real HTTP server on 127.0.0.1, on each transport it can use.

Every test that builds a Fetcher takes the `transport` fixture, so it runs twice: on
the lean transport (`feeds/transport.py`) and on httpx's own (httpcore). A test
marked `lean_only` checks what only the lean transport does, and says why.
"""

from __future__ import annotations

import email.utils
import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest

from fetch_helpers import lean_only
from fetch_helpers import transport as transport  # noqa: F401 - the fixture
from httpserver import Request, Response, TestServer, refused_url
from newstui.errors import FetchError
from newstui.feeds.fetch import Fetcher, FetchResult

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def fetcher(transport: str, **options: object) -> Fetcher:
    defaults: dict[str, object] = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 2.0, "transport": transport}
    defaults.update(options)
    return Fetcher(**defaults)  # type: ignore[arg-type]


async def fetch(url: str, transport: str, **options: object) -> FetchResult:
    async with fetcher(transport, **options) as f:
        return await f.fetch(url)


async def fetch_error(url: str, transport: str, **options: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        await fetch(url, transport, **options)
    assert info.value.url == url
    assert str(info.value).startswith(url + ": ")
    return info.value


def test_an_unknown_transport_is_refused() -> None:
    with pytest.raises(ValueError, match="transport must be one of 'lean', 'httpx', not 'curl'"):
        Fetcher(transport="curl")


# -- plain answers -----------------------------------------------------------------------


async def test_fetches_a_file_with_its_validators(http_server: TestServer, data_dir: Path, transport: str) -> None:
    url = http_server.url("feeds/rss2.xml")
    result = await fetch(url, transport)
    assert result.status == 200
    assert result.body == (data_dir / "feeds" / "rss2.xml").read_bytes()
    assert result.url == result.final_url == url
    assert result.etag and result.etag.startswith('"')
    assert result.last_modified and result.last_modified.endswith("GMT")
    assert result.content_type == "application/xml"
    assert result.permanent_redirect is None
    assert result.headers["etag"] == result.etag


async def test_sends_a_user_agent_that_names_newstui(http_server: TestServer, transport: str) -> None:
    await fetch(http_server.url("feeds/rss2.xml"), transport)
    agent = http_server.requests[-1].headers["user-agent"]
    assert agent.startswith("newstui/")
    assert "(+https://github.com/newstui/newstui)" in agent
    assert "br" in http_server.requests[-1].headers["accept-encoding"]


async def test_conditional_get_with_etag_gets_304_and_no_body(http_server: TestServer, transport: str) -> None:
    url = http_server.url("feeds/atom.xml")
    async with fetcher(transport) as f:
        first = await f.fetch(url)
        second = await f.fetch(url, etag=first.etag)
    assert http_server.requests[-1].headers["if-none-match"] == first.etag
    assert second.status == 304 and second.not_modified
    assert second.body is None
    assert second.etag == first.etag


async def test_conditional_get_with_last_modified(http_server: TestServer, transport: str) -> None:
    url = http_server.url("feeds/rss1.rdf")
    async with fetcher(transport) as f:
        first = await f.fetch(url)
        second = await f.fetch(url, last_modified=first.last_modified)
    assert http_server.requests[-1].headers["if-modified-since"] == first.last_modified
    assert second.status == 304
    assert second.body is None
    # The server's 304 repeats Last-Modified; the validator to keep is that one.
    assert second.last_modified == first.last_modified


async def test_304_without_validators_keeps_the_ones_sent(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/bare304", (304, {}, b""))
    async with fetcher(transport) as f:
        result = await f.fetch(url, etag='"abc"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT")
    assert (result.etag, result.last_modified) == ('"abc"', "Mon, 02 Nov 2026 10:00:00 GMT")


# -- errors ------------------------------------------------------------------------------


async def test_404_is_a_fetch_error_with_the_status(http_server: TestServer, transport: str) -> None:
    error = await fetch_error(http_server.url("feeds/nothing-here.xml"), transport)
    assert error.status == 404
    assert error.message == "HTTP 404 Not Found"


async def test_500_is_a_fetch_error(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/boom", (500, {}, b"oops"))
    error = await fetch_error(url, transport)
    assert error.status == 500
    assert "HTTP 500" in error.message
    assert len(http_server.requests_for("/boom")) == 1  # a 500 is not retried


async def test_connection_refused(transport: str) -> None:
    url = refused_url()
    error = await fetch_error(url, transport)
    assert error.message == "connection refused"


async def test_timeout_when_the_server_does_not_answer(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/slow", Response(body=RSS, delay=10))
    error = await fetch_error(url, transport, timeout=0.3)
    assert "timed out" in error.message


async def test_total_timeout_cuts_a_trickling_body(http_server: TestServer, transport: str) -> None:
    def trickle() -> Iterator[bytes]:
        for _ in range(100):
            time.sleep(0.05)
            yield b"x" * 10

    url = http_server.add_route("/trickle", Response(body=trickle()))
    error = await fetch_error(url, transport, timeout=1.0, total_timeout=0.4)
    assert "took longer than 0.4 s" in error.message


async def test_waiting_for_a_free_connection_is_not_counted_as_timeout(http_server: TestServer, transport: str) -> None:
    import asyncio

    for i in range(3):
        http_server.add_route(f"/queued{i}", Response(body=RSS, delay=0.4))
    # One connection at a time: the third waits 0.8 s for its turn, then takes 0.4 s.
    async with fetcher(transport, max_connections=1, total_timeout=1.0) as f:
        results = await asyncio.gather(*(f.fetch(http_server.url(f"queued{i}")) for i in range(3)))
    assert [r.body for r in results] == [RSS] * 3


async def test_not_an_http_url_is_refused_before_connecting(transport: str) -> None:
    with pytest.raises(FetchError, match="not an http"):
        await fetch("file:///etc/passwd", transport)


# -- retries -----------------------------------------------------------------------------


async def test_429_is_retried_after_retry_after_seconds(http_server: TestServer, transport: str) -> None:
    calls = []

    def busy_then_ok(request: Request) -> Response:
        calls.append(request)
        if len(calls) == 1:
            return Response(429, {"Retry-After": "1"}, b"slow down")
        return Response(200, {"Content-Type": "application/rss+xml"}, RSS)

    url = http_server.add_route("/busy", busy_then_ok)
    result = await fetch(url, transport)
    assert result.status == 200 and result.body == RSS
    assert len(calls) == 2


async def test_503_retry_after_as_an_http_date(http_server: TestServer, transport: str) -> None:
    calls = []

    def down_then_ok(request: Request) -> Response:
        calls.append(request)
        if len(calls) == 1:
            when = email.utils.formatdate(time.time() + 1, usegmt=True)
            return Response(503, {"Retry-After": when}, b"maintenance")
        return Response(200, {}, RSS)

    url = http_server.add_route("/down", down_then_ok)
    assert (await fetch(url, transport)).body == RSS
    assert len(calls) == 2


async def test_503_gives_up_after_the_retries(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/always-down", (503, {}, b"down"))
    error = await fetch_error(url, transport, retries=2)
    assert error.status == 503
    assert "tried 3 times" in error.message
    assert len(http_server.requests_for("/always-down")) == 3


async def test_retry_after_beyond_the_budget_fails_at_once(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/come-back-tomorrow", (429, {"Retry-After": "86400"}, b""))
    error = await fetch_error(url, transport, max_retry_wait=2.0)
    assert error.status == 429
    assert "86400 s" in error.message
    assert len(http_server.requests_for("/come-back-tomorrow")) == 1


# -- redirects ---------------------------------------------------------------------------


async def test_permanent_redirect_chain_is_reported(http_server: TestServer, transport: str) -> None:
    http_server.add_route("/old", (301, {"Location": "/older"}, b""))
    http_server.add_route("/older", (308, {"Location": http_server.url("feeds/rss2.xml")}, b""))
    result = await fetch(http_server.url("old"), transport)
    assert result.status == 200
    assert result.final_url == http_server.url("feeds/rss2.xml")
    assert result.permanent_redirect == http_server.url("feeds/rss2.xml")
    assert result.url == http_server.url("old")


async def test_a_temporary_hop_stops_the_move_where_it_starts(http_server: TestServer, transport: str) -> None:
    http_server.add_route("/a", (301, {"Location": "/b"}, b""))
    http_server.add_route("/b", (302, {"Location": "/feeds/atom.xml"}, b""))
    result = await fetch(http_server.url("a"), transport)
    assert result.final_url == http_server.url("feeds/atom.xml")
    # The feed moved to /b for good; /b only sends us elsewhere for now.
    assert result.permanent_redirect == http_server.url("b")


async def test_temporary_redirect_is_not_a_move(http_server: TestServer, transport: str) -> None:
    http_server.add_route("/tmp", (307, {"Location": "/feeds/atom.xml"}, b""))
    result = await fetch(http_server.url("tmp"), transport)
    assert result.body and result.permanent_redirect is None


async def test_redirect_loop_is_named(http_server: TestServer, transport: str) -> None:
    http_server.add_route("/ping", (302, {"Location": "/pong"}, b""))
    http_server.add_route("/pong", (302, {"Location": "/ping"}, b""))
    error = await fetch_error(http_server.url("ping"), transport)
    assert error.message.startswith("redirect loop: ")
    assert http_server.url("pong") in error.message


async def test_too_many_redirects(http_server: TestServer, transport: str) -> None:
    for i in range(20):
        http_server.add_route(f"/hop{i}", (302, {"Location": f"/hop{i + 1}"}, b""))
    error = await fetch_error(http_server.url("hop0"), transport, max_redirects=5)
    assert "too many redirects" in error.message
    assert len([r for r in http_server.requests if r.path.startswith("/hop")]) == 6


async def test_redirect_to_a_non_http_url_is_refused(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/evil", (302, {"Location": "file:///etc/passwd"}, b""))
    error = await fetch_error(url, transport)
    assert "not an http(s) URL" in error.message


# -- encodings and size limits -----------------------------------------------------------


async def test_gzip_body_is_decoded(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/gz", (200, {"Content-Encoding": "gzip"}, gzip.compress(RSS)))
    assert (await fetch(url, transport)).body == RSS


async def test_brotli_body_is_decoded(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/br", (200, {"Content-Encoding": "br"}, brotli.compress(RSS)))
    assert (await fetch(url, transport)).body == RSS


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
async def test_deflate_body_is_decoded_wrapped_or_raw(http_server: TestServer, wbits: int, transport: str) -> None:
    packer = zlib.compressobj(wbits=wbits)
    body = packer.compress(RSS) + packer.flush()
    url = http_server.add_route("/deflate", (200, {"Content-Encoding": "deflate"}, body))
    assert (await fetch(url, transport)).body == RSS


async def test_corrupt_gzip_is_a_decoding_error(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/bad-gz", (200, {"Content-Encoding": "gzip"}, b"\x1f\x8bnot really gzip"))
    error = await fetch_error(url, transport)
    assert "could not decode the gzip-encoded body" in error.message


async def test_declared_oversized_body_fails_before_reading(http_server: TestServer, transport: str) -> None:
    url = http_server.add_route("/big", (200, {}, b"x" * 5000))
    error = await fetch_error(url, transport, max_bytes=1000)
    assert "over the 1 kB limit" in error.message


async def test_streamed_body_is_cut_off_at_the_limit(http_server: TestServer, transport: str) -> None:
    sent: list[int] = []

    def endless() -> Iterator[bytes]:
        while len(sent) < 100_000:  # a bound so a broken client cannot hang the test
            sent.append(1)
            yield b"y" * 4096

    url = http_server.add_route("/endless", Response(body=endless()))
    error = await fetch_error(url, transport, max_bytes=100_000)
    assert "stopped reading" in error.message
    # The client hung up long before the server's bound (100,000 chunks, 400 MB). The server
    # goes on writing until the kernel's loopback buffers fill or the hang-up lands: a few
    # MB, about 1,000 chunks on a loaded machine, so the bound leaves room for that.
    assert len(sent) < 10_000


def gzip_bomb(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(size >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


async def test_gzip_bomb_is_cut_off_not_inflated(http_server: TestServer, transport: str) -> None:
    bomb = gzip_bomb(100 << 20)  # 100 MB of zeros in about 100 kB
    assert len(bomb) < 200_000
    url = http_server.add_route("/bomb", (200, {"Content-Encoding": "gzip"}, bomb))
    error = await fetch_error(url, transport)  # the default 10 MB limit
    assert "over the 10 MB limit" in error.message


async def test_brotli_bomb_is_cut_off(http_server: TestServer, transport: str) -> None:
    bomb = brotli.compress(bytes(50 << 20), quality=5)
    url = http_server.add_route("/brbomb", (200, {"Content-Encoding": "br"}, bomb))
    error = await fetch_error(url, transport, max_bytes=1_000_000)
    assert "over the 1 MB limit" in error.message


# -- concurrency limits ------------------------------------------------------------------


class Gauge:
    """Counts requests in flight on the server side."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.now = 0
        self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(self.delay)
        with self.lock:
            self.now -= 1
        return Response(200, {}, RSS)


async def test_per_host_limit_caps_requests_in_flight(http_server: TestServer, transport: str) -> None:
    import asyncio

    gauge = Gauge(0.05)
    for i in range(12):
        http_server.add_route(f"/g{i}", gauge)
    async with fetcher(transport, per_host=3, max_connections=10) as f:
        await asyncio.gather(*(f.fetch(http_server.url(f"g{i}")) for i in range(12)))
    assert gauge.peak == 3


async def test_global_limit_caps_requests_in_flight(http_server: TestServer, transport: str) -> None:
    import asyncio

    gauge = Gauge(0.05)
    for i in range(8):
        http_server.add_route(f"/h{i}", gauge)
    async with fetcher(transport, per_host=8, max_connections=2) as f:
        await asyncio.gather(*(f.fetch(http_server.url(f"h{i}")) for i in range(8)))
    assert gauge.peak == 2


async def test_a_busy_host_does_not_hold_up_other_hosts(http_server: TestServer, transport: str) -> None:
    import asyncio

    for i in range(4):
        http_server.add_route(f"/busy{i}", Response(body=RSS, delay=0.5))
    http_server.add_route("/other", (200, {}, RSS))
    finished: list[str] = []

    async def get(f: Fetcher, url: str, name: str) -> None:
        await f.fetch(url)
        finished.append(name)

    async with fetcher(transport, per_host=1, max_connections=2) as f:
        busy = [get(f, http_server.url(f"busy{i}"), f"busy{i}") for i in range(4)]
        # Same server under another host name: a separate per-host limit.
        other = get(f, f"http://localhost:{http_server.port}/other", "other")
        await asyncio.gather(*busy, other)
    # The four busy requests queue on their host; the other host's request goes by them.
    assert finished.index("other") < finished.index("busy1")


async def test_fetch_outside_the_context_manager_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="async with"):
        await Fetcher().fetch("http://127.0.0.1/")


# -- the HTTP/1.1 transport: keep-alive and broken servers -------------------------------


class RawServer:
    """An asyncio TCP server on 127.0.0.1 answering each request with a scripted reply.

    `script(n, conn)` gives the bytes to send for the n-th request (0-based, over all
    connections) received on connection number `conn`; None closes the connection
    without answering, `(reply, "close")` closes it after the reply.
    """

    def __init__(self, script: object) -> None:
        self.script = script
        self.connections = 0
        self.requests: list[tuple[int, bytes]] = []
        self.server: object = None

    async def __aenter__(self) -> RawServer:
        import asyncio

        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()  # type: ignore[attr-defined]

    def url(self, path: str = "/feed") -> str:
        port = self.server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return f"http://127.0.0.1:{port}{path}"

    async def _handle(self, reader: object, writer: object) -> None:
        import asyncio

        conn = self.connections
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")  # type: ignore[attr-defined]
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                n = len(self.requests)
                self.requests.append((conn, head))
                reply = self.script(n, conn)  # type: ignore[operator]
                if reply is None:
                    return
                close = isinstance(reply, tuple)
                writer.write(reply[0] if close else reply)  # type: ignore[attr-defined]
                await writer.drain()  # type: ignore[attr-defined]
                if close:
                    return
        finally:
            writer.close()  # type: ignore[attr-defined]


def ok(body: bytes = RSS, *extra: str) -> bytes:
    head = "".join(f"{h}\r\n" for h in extra)
    return f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n{head}\r\n".encode() + body


async def test_a_connection_is_kept_alive_for_the_next_request_to_its_host(transport: str) -> None:
    async with RawServer(lambda n, conn: ok()) as server, fetcher(transport) as f:
        for _ in range(3):
            assert (await f.fetch(server.url())).body == RSS
    assert len(server.requests) == 3
    assert server.connections == 1


async def test_a_connection_the_server_closed_while_idle_is_not_reused(transport: str) -> None:
    import asyncio

    async with RawServer(lambda n, conn: ok(RSS, "Connection: close")) as server, fetcher(transport) as f:
        first = await f.fetch(server.url())
        await asyncio.sleep(0.05)
        second = await f.fetch(server.url())
    assert first.body == second.body == RSS
    assert server.connections == 2


async def test_a_connection_the_server_wrote_on_while_idle_is_not_reused(transport: str) -> None:
    import asyncio

    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(ok())
                await writer.drain()
                await asyncio.sleep(0.05)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfake")  # nobody asked
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/feed"
    try:
        async with fetcher(transport) as f:
            first = await f.fetch(url)
            await asyncio.sleep(0.2)
            second = await f.fetch(url)
    finally:
        server.close()
    assert first.body == second.body == RSS
    assert connections == 2


async def test_bytes_past_the_end_of_an_answer_are_never_read_as_the_next_answer(transport: str) -> None:
    lean_only(transport, "httpcore keeps bytes that come with an answer, past its end, for the next answer")
    smuggled = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfake"
    async with RawServer(lambda n, conn: ok() + smuggled) as server, fetcher(transport) as f:
        first = await f.fetch(server.url())
        second = await f.fetch(server.url())
    assert first.body == second.body == RSS
    assert server.connections == 2


async def test_a_reused_connection_dropped_before_the_answer_is_retried_on_a_new_one(transport: str) -> None:
    lean_only(transport, "httpcore does not send a request again when a reused connection is dropped unanswered")
    # The server keeps the first connection open, then drops it when the second
    # request arrives on it (as a server timing out idle connections does).
    async with RawServer(lambda n, conn: ok() if n != 1 else None) as server, fetcher(transport) as f:
        await f.fetch(server.url())
        second = await f.fetch(server.url())
    assert second.body == RSS
    assert [conn for conn, _ in server.requests] == [0, 0, 1]


async def test_a_new_connection_dropped_before_the_answer_is_an_error_not_a_retry(transport: str) -> None:
    async with RawServer(lambda n, conn: None) as server:
        error = await fetch_error(server.url(), transport, retries=0)
    assert "broke off" in error.message
    assert len(server.requests) == 1


async def test_a_body_cut_short_is_an_error(transport: str) -> None:
    cut = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss version='2.0'>"
    async with RawServer(lambda n, conn: (cut, "close")) as server:
        error = await fetch_error(server.url(), transport)
    assert "broke off" in error.message


async def test_a_304_leaves_its_connection_reusable(transport: str) -> None:
    def script(n: int, conn: int) -> bytes:
        return ok(RSS, 'ETag: "v1"') if n == 0 else b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n'

    async with RawServer(script) as server, fetcher(transport) as f:
        first = await f.fetch(server.url())
        second = await f.fetch(server.url(), etag=first.etag)
        third = await f.fetch(server.url(), etag=first.etag)
    assert first.body == RSS
    assert second.status == third.status == 304
    assert server.connections == 1


async def test_a_redirect_leaves_its_connection_reusable(transport: str) -> None:
    lean_only(
        transport,
        "httpcore closes a connection whose answer is closed unread; the lean transport finishes "
        "the answer from the bytes already received (reading on would let a trickled body eat the time limit)",
    )

    def script(n: int, conn: int) -> bytes:
        if n == 0:
            return b"HTTP/1.1 301 Moved Permanently\r\nLocation: /feed2\r\nContent-Length: 5\r\n\r\nmoved"
        return ok(RSS)

    async with RawServer(script) as server:
        async with fetcher(transport) as f:
            first = await f.fetch(server.url())
            second = await f.fetch(first.final_url)
        moved_to = server.url("/feed2")
    assert first.body == second.body == RSS and first.permanent_redirect == moved_to
    assert server.connections == 1


async def test_a_body_delimited_by_closing_the_connection(transport: str) -> None:
    reply = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + RSS
    async with RawServer(lambda n, conn: (reply, "close")) as server, fetcher(transport) as f:
        first = await f.fetch(server.url())
        second = await f.fetch(server.url())
    assert first.body == second.body == RSS
    assert server.connections == 2


async def test_a_long_header_block_is_read_as_httpx_would(transport: str) -> None:
    cookie = "Set-Cookie: " + "c" * 80_000  # more than one 64 kB read
    async with RawServer(lambda n, conn: ok(RSS, cookie)) as server:
        assert (await fetch(server.url(), transport)).body == RSS


async def test_an_answer_that_is_not_http_is_named(transport: str) -> None:
    async with RawServer(lambda n, conn: b"SSH-2.0-OpenSSH_9.6\r\n\r\n") as server:
        error = await fetch_error(server.url(), transport)
    assert "invalid HTTP" in error.message


async def test_chunked_body_with_keep_alive(transport: str) -> None:
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<rss \r\n4\r\n/>  \r\n0\r\n\r\n"
    async with RawServer(lambda n, conn: chunked) as server, fetcher(transport) as f:
        first = await f.fetch(server.url())
        second = await f.fetch(server.url())
    assert first.body == second.body == b"<rss />  "
    assert server.connections == 1


async def test_https_to_a_plain_http_server_is_a_tls_error(http_server: TestServer, transport: str) -> None:
    error = await fetch_error(f"https://127.0.0.1:{http_server.port}/feeds/rss2.xml", transport)
    assert error.message.startswith("TLS/SSL error")


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):  # type: ignore[no-untyped-def]
    """(url, ssl context trusting its self-signed certificate) of a loopback HTTPS server.

    Module-scoped: one certificate (an RSA key takes a second on a busy machine) for
    every test and transport.
    """
    import asyncio
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    tmp_path = tmp_path_factory.mktemp("tls")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))

    async def start() -> tuple[str, object]:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    await reader.readuntil(b"\r\n\r\n")
                    writer.write(ok())
                    await writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_context)
        return f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}/feed", server

    return start, client_context


async def test_https_with_a_trusted_certificate_and_keep_alive(tls_server, transport: str) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from newstui.feeds.transport import LeanTransport

    start, context = tls_server
    url, server = await start()
    # The Fetcher trusts certifi's roots only: the transports are given the test's.
    under: httpx.AsyncBaseTransport = (
        LeanTransport(verify=context) if transport == "lean" else httpx.AsyncHTTPTransport(verify=context)
    )
    try:
        async with httpx.AsyncClient(transport=under) as client:
            first = await client.get(url)
            second = await client.get(url)
    finally:
        server.close()
    assert first.status_code == second.status_code == 200
    assert first.content == second.content == RSS
    assert first.http_version == "HTTP/1.1" and first.reason_phrase == "OK"


async def test_https_with_an_unknown_certificate_is_a_tls_error(tls_server, transport: str) -> None:  # type: ignore[no-untyped-def]
    start, _ = tls_server
    url, server = await start()
    try:
        error = await fetch_error(url, transport)
    finally:
        server.close()
    assert error.message.startswith("TLS/SSL error")
    assert "certificate" in error.message


# -- proxies of the environment (read by newstui, not by httpx's private helpers) --------------


def test_the_environment_proxies_follow_curls_no_proxy_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from newstui.feeds.fetch.proxies import _environment_proxies

    for scheme in ("http", "https", "all", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)
    assert _environment_proxies() == {}
    monkeypatch.setenv("HTTP_PROXY", "proxy.example:3128")  # no scheme: an http:// proxy
    monkeypatch.setenv("NO_PROXY", "127.0.0.1, ::1,.example.com,localhost")
    assert _environment_proxies() == {
        "http://": "http://proxy.example:3128",
        "all://127.0.0.1": None,
        "all://[::1]": None,
        "all://*example.com": None,  # example.com and its subdomains
        "all://*localhost": None,
    }
    monkeypatch.setenv("NO_PROXY", "a.example,*")
    assert _environment_proxies() == {}
    monkeypatch.setenv("NO_PROXY", "host:port")
    with pytest.raises(FetchError, match="NO_PROXY: 'host:port' is not a host, address or URL"):
        _environment_proxies()


async def test_a_fast_server_and_a_slow_reader_keep_memory_bounded(transport: str) -> None:
    """The transport stops reading the socket while the body waits to be read (flow control)."""
    import asyncio
    import tracemalloc

    import httpx

    from newstui.feeds.transport import LeanTransport

    size, step = 16 << 20, 64 << 10
    block = b"z" * step

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
            for _ in range(size // step):
                writer.write(block)
                await writer.drain()  # the server's buffer stays small: only the client's can grow
        except ConnectionError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/big"
    under: httpx.AsyncBaseTransport = LeanTransport() if transport == "lean" else httpx.AsyncHTTPTransport()
    received = 0
    tracemalloc.start()
    try:
        async with httpx.AsyncClient(transport=under) as client, client.stream("GET", url) as response:
            async for chunk in response.aiter_raw():
                if not received:
                    await asyncio.sleep(0.3)  # a busy reader: the server could send it all meanwhile
                received += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        server.close()
    assert received == size
    assert peak < 4 << 20  # a few hundred kB buffered, never the 16 MB
