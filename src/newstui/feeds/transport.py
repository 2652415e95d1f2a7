"""A lean HTTP/1.1 transport for `httpx.AsyncClient`: h11 over an asyncio protocol.

httpx's default transport goes through httpcore's connection pool and anyio, whose
locks, events, cancel scopes and per-read timeouts cost about 1 ms of CPU per
request: for a 500-feed refresh that was more than the parsing of the feeds, on the
process that also drives everything else. This transport does the same protocol
work with a fraction of the bookkeeping:

* one connection is one `asyncio.Protocol` (public asyncio API only): the event
  loop hands it the bytes it receives, h11 (the parser httpcore uses) does the
  HTTP/1.1 framing; TLS by asyncio with httpx's default SSL context (made on the
  first https request only);
* connect / read / write timeouts from the request's `timeout` extension, raising
  the httpx errors httpx's own transport raises (`ConnectTimeout`, `ReadTimeout`,
  `ConnectError` chained to the OS error, `RemoteProtocolError`, ...); a read that
  finds bytes already received arms no timer;
* keep-alive: a connection whose response was read to the end goes back to a small
  idle pool (at most `max_keepalive` in all, `keepalive_expiry` seconds each); one
  the server closed, or sent anything on while idle, is never reused. A request
  that fails on a reused connection before any answer arrives is sent once more on
  a new connection, as a browser does.

It does not limit how many requests run at once: `Fetcher` does that with its
global and per-host semaphores. No proxies (the Fetcher sends proxied requests
through httpx's own transport), no HTTP/2. `Fetcher(transport="httpx")` (the
`http_transport` setting) does without it.
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

# Received bytes held for a connection before it stops reading from the socket
# (flow control): a slow consumer never makes the buffer grow past about this.
_MAX_BUFFERED = 256 * 1024
_MAX_HEAD = 100 * 1024
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Same default as httpx: an idle connection older than this is not reused.
KEEPALIVE_EXPIRY = 5.0
# Delay before trying the next address of a host (RFC 8305, as anyio does).
_HAPPY_EYEBALLS_DELAY = 0.25
PAST_THE_END = "newstui.bytes_past_the_end"
"""The response extension that says how many bytes other than blanks came right after the
body's declared end (its Content-Length); 0 while none did. `Fetcher` reads it once the body is
read: a length shorter than the body sent cuts the document, which alone looks malformed."""


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection: an asyncio protocol, and its h11 state machine.

    The event loop hands received bytes to `data_received`; they wait in a list
    until the exchange asks for them (`receive`) and feeds them to h11. So whether
    anything arrived, or the server hung up, is known without a read: an idle
    connection with either is not reused, and a read that has bytes waiting needs
    no timer. Past `_MAX_BUFFERED` unread bytes the socket is paused.
    """

    __slots__ = (
        "key",
        "h11",
        "idle_since",
        "answered",
        "transport",
        "_loop",
        "_chunks",
        "_size",
        "_eof",
        "_error",
        "_waiter",
        "_reading_paused",
        "_writing_paused",
        "_drain_waiter",
    )

    def __init__(self, key: tuple[str, str, int]) -> None:
        self.key = key
        # Headers up to 100 kB, as httpcore allows (h11's own default is 16 kB).
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        self.idle_since = 0.0
        self.answered = False
        """Whether any byte of the answer to the current request has arrived."""
        self.transport: asyncio.Transport | None = None
        self._loop = asyncio.get_running_loop()
        self._chunks: list[bytes] = []
        self._size = 0
        self._eof = False
        self._error: Exception | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._drain_waiter: asyncio.Future[None] | None = None

    # -- asyncio.Protocol: called by the event loop ------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._chunks.append(data)
        self._size += len(data)
        if self._size > _MAX_BUFFERED and not self._reading_paused and self.transport is not None:
            self._reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake()
        return False  # the answer is over: let the transport close

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._error = exc
        self._wake()
        waiter, self._drain_waiter = self._drain_waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc or ConnectionResetError("the connection was closed"))

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        waiter, self._drain_waiter = self._drain_waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- used by the transport -------------------------------------------------------------

    def usable(self, now: float) -> bool:
        """Still open, not past its keep-alive time, and nothing unread (the server closing sends EOF)."""
        return (
            now - self.idle_since < KEEPALIVE_EXPIRY
            and not self._eof
            and not self._chunks  # bytes nobody asked for: broken
            and self.transport is not None
            and not self.transport.is_closing()
        )

    def take(self) -> bytes:
        """The bytes received so far and not yet taken (b"" when none)."""
        chunks = self._chunks
        if not chunks:
            return b""
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._size = 0
        if self._reading_paused and self.transport is not None:
            self._reading_paused = False
            self.transport.resume_reading()
        self.answered = True
        return data

    async def receive(self, timeout: float | None) -> bytes:
        """The next bytes from the server; b"" once it has closed the connection.

        Raises:
            TimeoutError: nothing came within `timeout` seconds.
            OSError: the connection failed (reset, TLS error).
        """
        if not self._chunks and not self._eof:
            waiter = self._waiter = self._loop.create_future()
            try:
                async with asyncio.timeout(timeout):
                    await waiter
            finally:
                self._waiter = None
        if self._chunks:
            return self.take()
        if isinstance(self._error, OSError):
            raise self._error
        if self._error is not None:  # not an OSError: still the connection's failure
            raise ConnectionError(str(self._error) or type(self._error).__name__) from self._error
        return b""

    async def send(self, data: bytes, timeout: float | None) -> None:
        """Write `data`; waits (at most `timeout` seconds) only while the socket's buffer is full.

        A connection the server has already closed takes nothing: the read that
        follows finds out, as it would for a close a moment later.
        """
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        transport.write(data)
        if self._writing_paused:  # rarely: a request fits the socket buffer
            waiter = self._drain_waiter = self._loop.create_future()
            try:
                async with asyncio.timeout(timeout):
                    await waiter
            finally:
                self._drain_waiter = None

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()  # no wait: the transport closes in the background


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
        h = conn.h11
        if self._closed or h.our_state is not h11.DONE or h.their_state is not h11.DONE or h.trailing_data[0]:
            # Unfinished, or bytes past the end of the answer: the next answer on
            # this connection could not be told from them.
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
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                _, conn = await loop.create_connection(
                    lambda: _Connection(key),
                    host,
                    port,
                    ssl=context,
                    server_hostname=host if context is not None else None,
                    # An IP literal has one address: no race to run (it costs a task).
                    happy_eyeballs_delay=None if _is_ip_literal(host) else _HAPPY_EYEBALLS_DELAY,
                )
        except TimeoutError as error:
            raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}", request=request) from error
        except OSError as error:  # refused, unreachable, no such host, TLS failure (ssl.SSLError is an OSError)
            raise httpx.ConnectError(str(error) or type(error).__name__, request=request) from error
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
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                if conn.answered:
                    raise
                # Not a byte of an answer: the server closed the idle connection as
                # we reused it. The request goes once more, on a new connection.
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
        past_the_end = [0]
        stream = _ResponseStream(self, conn, request, timeouts.get("read"), past_the_end)
        return httpx.Response(
            status,
            headers=headers,
            stream=stream,
            request=request,
            extensions={"http_version": b"HTTP/" + version, "reason_phrase": reason, PAST_THE_END: past_the_end},
        )

    async def _send_and_read_head(
        self, conn: _Connection, request: httpx.Request, body: bytes, timeouts: dict[str, float | None]
    ) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
        h = conn.h11
        conn.answered = False
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
        while True:
            try:
                event = h.next_event()
            except h11.RemoteProtocolError as error:
                raise httpx.RemoteProtocolError(str(error), request=request) from error
            if event is h11.NEED_DATA:
                chunk = await _read(conn, request, read_timeout)
                if not chunk and h.their_state is h11.SEND_RESPONSE:
                    raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
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
        self,
        transport: LeanTransport,
        conn: _Connection,
        request: httpx.Request,
        timeout: float | None,
        past_the_end: list[int],
    ) -> None:
        self._transport = transport
        self._conn: _Connection | None = conn
        self._request = request
        self._timeout = timeout
        self._past_the_end = past_the_end

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
                    # Only bytes that came with the body's end are seen: enough for a
                    # length a little short, the usual fault (a body edited after it was counted).
                    self._past_the_end[0] = len(h.trailing_data[0].strip())
                    break
        except BaseException:
            # Only while the connection is still this body's: an iterator abandoned
            # mid-body and finalized later (by the garbage collector) must not close a
            # connection `aclose` already gave back and another request now uses.
            if self._conn is conn:
                self._conn = None
                self._transport._forget(conn)
            raise
        if self._conn is conn:
            self._conn = None
            self._transport._release(conn)

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            # Closed without reading the body (a 304, a redirect): what has already
            # arrived may finish the message, and then the connection can be reused.
            # Anything else leaves it mid-message, so it is closed.
            if _drain_buffered(conn):
                self._transport._release(conn)
            else:
                self._transport._forget(conn)


def _drain_buffered(conn: _Connection, limit: int = 64) -> bool:
    """Read the rest of the answer from what has already arrived; True if it ended there."""
    h = conn.h11
    data = conn.take()  # at most _MAX_BUFFERED bytes and one socket read
    if data:  # (b"" would tell h11 the server closed)
        try:
            h.receive_data(data)
        except h11.RemoteProtocolError:
            return False
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
    try:
        await conn.send(data, timeout)
    except TimeoutError as error:
        raise httpx.WriteTimeout("timed out sending the request", request=request) from error
    except OSError as error:
        raise httpx.WriteError(str(error) or type(error).__name__, request=request) from error


async def _read(conn: _Connection, request: httpx.Request, timeout: float | None) -> bytes:
    try:
        return await conn.receive(timeout)
    except TimeoutError as error:
        raise httpx.ReadTimeout("timed out waiting for the server", request=request) from error
    except OSError as error:
        raise httpx.ReadError(str(error) or type(error).__name__, request=request) from error


def _is_ip_literal(host: str) -> bool:
    """True for "192.0.2.1" or an IPv6 address (httpx gives those without brackets)."""
    return ":" in host or host.replace(".", "").isdigit()
