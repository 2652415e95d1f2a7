"""A lean HTTP/1.1 transport for `httpx.AsyncClient`: h11 over asyncio streams.

httpx's default transport goes through httpcore's connection pool and anyio, whose
locks, events, cancel scopes and per-read timeouts cost about 1 ms of CPU per
request: for a 500-feed refresh that was more than the parsing of the feeds, on the
process that also drives everything else. This transport does the same protocol
work with a fraction of the bookkeeping:

* one asyncio stream per connection, HTTP/1.1 framing by h11 (the parser httpcore
  uses), TLS by asyncio with httpx's default SSL context (made on the first https
  request only);
* connect / read / write timeouts from the request's `timeout` extension, raising
  the httpx errors httpx's own transport raises (`ConnectTimeout`, `ReadTimeout`,
  `ConnectError` chained to the OS error, `RemoteProtocolError`, ...);
* keep-alive: a connection whose response was read to the end goes back to a small
  idle pool (at most `max_keepalive` in all, `keepalive_expiry` seconds each); one
  the server closed is noticed by the event loop and never reused. A request that
  fails on a reused connection before any answer arrives is sent once more on a
  new connection, as a browser does.

It does not limit how many requests run at once: `Fetcher` does that with its
global and per-host semaphores. No proxies (the Fetcher ignores the environment),
no HTTP/2.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator

# Imported only by `Fetcher` when it opens a client, never on a start path: this
# module is httpx's transport, so it needs httpx (and h11, httpx's parser) up front.
import h11
import httpx

_READ_SIZE = 64 * 1024
_MAX_HEAD = 100 * 1024
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Same default as httpx: an idle connection older than this is not reused.
KEEPALIVE_EXPIRY = 5.0
# Delay before trying the next address of a host (RFC 8305, as anyio does).
_HAPPY_EYEBALLS_DELAY = 0.25


class _Connection:
    """One TCP (or TLS) connection and its h11 state machine."""

    __slots__ = ("key", "reader", "writer", "h11", "idle_since")

    def __init__(self, key: tuple[str, str, int], reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.key = key
        self.reader = reader
        self.writer = writer
        # Headers up to 100 kB, as httpcore allows (h11's own default is 16 kB).
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        self.idle_since = 0.0

    def usable(self, now: float) -> bool:
        """Still open, not past its keep-alive time, and nothing unread (the server closing sends EOF)."""
        return (
            now - self.idle_since < KEEPALIVE_EXPIRY
            and not self.writer.is_closing()
            and not self.reader.at_eof()
            and not self.reader._buffer  # type: ignore[attr-defined]  # bytes nobody asked for: broken
        )

    def close(self) -> None:
        self.writer.close()  # no wait: the transport closes in the background


class LeanTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 for `httpx.AsyncClient(transport=LeanTransport())`.

    Args:
        verify: check TLS certificates (httpx's default context, certifi's roots), or
            the SSL context to use.
        max_keepalive: idle connections kept for reuse, over all hosts.
        max_keepalive_per_host: idle connections kept per host.
    """

    def __init__(
        self, *, verify: bool | ssl.SSLContext = True, max_keepalive: int = 20, max_keepalive_per_host: int = 6
    ) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = verify if isinstance(verify, ssl.SSLContext) else None
        self._max_keepalive = max_keepalive
        self._max_keepalive_per_host = max_keepalive_per_host
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._idle_count = 0
        self._open: set[_Connection] = set()
        self._closed = False

    # -- connections ---------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            context = httpx.create_ssl_context(verify=bool(self._verify), trust_env=False)
            context.set_alpn_protocols(["http/1.1"])
            self._ssl = context
        return self._ssl

    def _take_idle(self, key: tuple[str, str, int]) -> _Connection | None:
        idle = self._idle.get(key)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            self._idle_count -= 1
            if conn.usable(now):
                return conn
            self._forget(conn)
        return None

    def _release(self, conn: _Connection) -> None:
        """Back to the idle pool when the exchange ended cleanly, else closed."""
        if self._closed or conn.h11.our_state is not h11.DONE or conn.h11.their_state is not h11.DONE:
            self._forget(conn)
            return
        try:
            conn.h11.start_next_cycle()
        except h11.LocalProtocolError:
            self._forget(conn)
            return
        idle = self._idle.setdefault(conn.key, [])
        if len(idle) >= self._max_keepalive_per_host or self._idle_count >= self._max_keepalive:
            self._forget(conn)
            return
        conn.idle_since = time.monotonic()
        idle.append(conn)
        self._idle_count += 1

    def _forget(self, conn: _Connection) -> None:
        self._open.discard(conn)
        conn.close()

    async def _connect(self, request: httpx.Request, key: tuple[str, str, int], timeout: float | None) -> _Connection:
        scheme, host, port = key
        context = self._ssl_context() if scheme == "https" else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    ssl=context,
                    server_hostname=host if context is not None else None,
                    # An IP literal has one address: no race to run (it costs a task).
                    happy_eyeballs_delay=None if _is_ip_literal(host) else _HAPPY_EYEBALLS_DELAY,
                    limit=_READ_SIZE * 4,
                )
        except TimeoutError as error:
            raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}", request=request) from error
        except OSError as error:  # refused, unreachable, no such host, TLS failure (ssl.SSLError is an OSError)
            raise httpx.ConnectError(str(error) or type(error).__name__, request=request) from error
        conn = _Connection(key, reader, writer)
        self._open.add(conn)
        return conn

    # -- one exchange ----------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {scheme!r}", request=request)
        if not url.host:
            raise httpx.UnsupportedProtocol("the URL has no host", request=request)
        key = (scheme, url.host, url.port or _DEFAULT_PORTS[scheme])
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        body = b""
        if request.method not in ("GET", "HEAD") or "content-length" in request.headers:
            body = await request.aread()
        conn = self._take_idle(key)
        if conn is not None:
            try:
                return await self._exchange(conn, request, body, timeouts)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
                if not getattr(error, "_newstui_nothing_received", False):
                    raise
                # The server closed the idle connection as we reused it: a new one.
        conn = await self._connect(request, key, timeouts.get("connect"))
        return await self._exchange(conn, request, body, timeouts)

    async def _exchange(
        self, conn: _Connection, request: httpx.Request, body: bytes, timeouts: dict[str, float | None]
    ) -> httpx.Response:
        try:
            head = await self._send_and_read_head(conn, request, body, timeouts)
        except BaseException:
            self._forget(conn)
            raise
        status, reason, version, headers = head
        stream = _ResponseStream(self, conn, request, timeouts.get("read"))
        return httpx.Response(
            status,
            headers=headers,
            stream=stream,
            request=request,
            extensions={"http_version": b"HTTP/" + version, "reason_phrase": reason},
        )

    async def _send_and_read_head(
        self, conn: _Connection, request: httpx.Request, body: bytes, timeouts: dict[str, float | None]
    ) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
        h = conn.h11
        headers = request.headers.raw
        if body and "content-length" not in request.headers:
            headers = [*headers, (b"Content-Length", str(len(body)).encode())]
        try:
            data = h.send(h11.Request(method=request.method, target=request.url.raw_path, headers=headers))
            if body:
                data += h.send(h11.Data(data=body))
            data += h.send(h11.EndOfMessage())
        except h11.LocalProtocolError as error:
            raise httpx.LocalProtocolError(str(error), request=request) from error
        await _write(conn, request, data, timeouts.get("write"))
        read_timeout = timeouts.get("read")
        received = False
        while True:
            try:
                event = h.next_event()
            except h11.RemoteProtocolError as error:
                raise httpx.RemoteProtocolError(str(error), request=request) from error
            if event is h11.NEED_DATA:
                chunk = await _read(conn, request, read_timeout, first=not received)
                received = True
                if not chunk and h.their_state is h11.SEND_RESPONSE:
                    failure = httpx.RemoteProtocolError(
                        "Server disconnected without sending a response.", request=request
                    )
                    failure._newstui_nothing_received = True  # type: ignore[attr-defined]  # our marker attribute
                    raise failure
                try:
                    h.receive_data(chunk)
                except h11.RemoteProtocolError as error:
                    raise httpx.RemoteProtocolError(str(error), request=request) from error
                continue
            if isinstance(event, h11.InformationalResponse):
                continue  # 100 Continue and friends: the real answer follows
            if isinstance(event, h11.Response):
                return event.status_code, event.reason, event.http_version, list(event.headers.raw_items())
            raise httpx.RemoteProtocolError(f"unexpected {type(event).__name__} from the server", request=request)

    async def aclose(self) -> None:
        self._closed = True
        for conn in list(self._open):
            conn.close()
        self._open.clear()
        self._idle.clear()
        self._idle_count = 0


class _ResponseStream(httpx.AsyncByteStream):
    """The body of one response, chunk by chunk; gives the connection back when read to its end."""

    def __init__(
        self, transport: LeanTransport, conn: _Connection, request: httpx.Request, timeout: float | None
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._request = request
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None:
            return
        h = conn.h11
        request = self._request
        try:
            while True:
                try:
                    event = h.next_event()
                except h11.RemoteProtocolError as error:
                    raise httpx.RemoteProtocolError(str(error), request=request) from error
                if event is h11.NEED_DATA:
                    chunk = await _read(conn, request, self._timeout)
                    try:
                        h.receive_data(chunk)
                    except h11.RemoteProtocolError as error:
                        raise httpx.RemoteProtocolError(str(error), request=request) from error
                elif isinstance(event, h11.Data):
                    yield bytes(event.data)
                elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed) or event is h11.PAUSED:
                    break
        except BaseException:
            self._conn = None
            self._transport._forget(conn)
            raise
        self._conn = None
        self._transport._release(conn)

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            # Closed without reading the body (a 304, a redirect): what is already
            # buffered may finish the message, and then the connection can be reused.
            # Anything else leaves it mid-message, so it is closed.
            if _drain_buffered(conn.h11):
                self._transport._release(conn)
            else:
                self._transport._forget(conn)


def _drain_buffered(h: h11.Connection, limit: int = 64) -> bool:
    """Read the rest of the answer from what h11 already holds; True if it ended there."""
    for _ in range(limit):
        if h.their_state is h11.DONE:
            return True
        try:
            event = h.next_event()
        except h11.RemoteProtocolError:
            return False
        if not isinstance(event, h11.Data | h11.EndOfMessage):
            return False  # NEED_DATA, PAUSED, closed: not complete
    return h.their_state is h11.DONE


async def _write(conn: _Connection, request: httpx.Request, data: bytes, timeout: float | None) -> None:
    writer = conn.writer
    try:
        writer.write(data)
        if writer.transport.get_write_buffer_size() > 0:  # rarely: a request fits the socket buffer
            async with asyncio.timeout(timeout):
                await writer.drain()
    except TimeoutError as error:
        raise httpx.WriteTimeout("timed out sending the request", request=request) from error
    except OSError as error:
        failure = httpx.WriteError(str(error) or type(error).__name__, request=request)
        failure._newstui_nothing_received = True  # type: ignore[attr-defined]
        raise failure from error


async def _read(conn: _Connection, request: httpx.Request, timeout: float | None, *, first: bool = False) -> bytes:
    reader = conn.reader
    try:
        if reader._buffer or reader.at_eof():  # type: ignore[attr-defined]  # ready: no timer needed
            return await reader.read(_READ_SIZE)
        async with asyncio.timeout(timeout):
            return await reader.read(_READ_SIZE)
    except TimeoutError as error:
        raise httpx.ReadTimeout("timed out waiting for the server", request=request) from error
    except OSError as error:
        failure = httpx.ReadError(str(error) or type(error).__name__, request=request)
        failure._newstui_nothing_received = first  # type: ignore[attr-defined]
        raise failure from error


def _is_ip_literal(host: str) -> bool:
    """True for "192.0.2.1" or an IPv6 address (httpx gives those without brackets)."""
    return ":" in host or host.replace(".", "").isdigit()
