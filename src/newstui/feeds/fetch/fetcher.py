"""`Fetcher`: one httpx client for feeds and pages, with limits, redirects followed by hand, retries and size caps."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from newstui.errors import FetchError
from newstui.feeds.fetch.decoding import Decoder, decode_all, decoder_for, finish_all, unfinished_encoding
from newstui.feeds.fetch.failures import fetch_error, one_line, short
from newstui.feeds.fetch.headers import header_fault, same_site, sendable_validator, wire_value
from newstui.feeds.fetch.proxies import proxy_mounts

if TYPE_CHECKING:
    import httpx

PROJECT_URL = "https://github.com/newstui/newstui"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRY_STATUSES = frozenset({429, 503})
MAX_ENCODINGS = 8
"""The most content encodings (Content-Encoding: gzip, br, …) undone on one body: servers use one,
rarely two; a body encoded more times over is refused as the feed's or page's error."""
TRANSPORTS = ("lean", "httpx")
"""What `Fetcher(transport=...)` takes: newstui's own HTTP/1.1 transport, or httpx's default (httpcore)."""


def default_user_agent() -> str:
    """`newstui/<version> (+project URL)`: says who we are and where to complain."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("newstui")
    except PackageNotFoundError:
        v = "0"
    return f"newstui/{v} (+{PROJECT_URL})"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The answer to one fetch, after redirects."""

    url: str
    """The URL that was asked for."""
    final_url: str
    """Where the body came from, after redirects (the base for relative links)."""
    status: int
    body: bytes | None
    """The decoded body; None on a 304 Not Modified."""
    etag: str | None = None
    last_modified: str | None = None
    """The validators to send next time (on a 304, the ones that were sent when the server omits them)."""
    content_type: str | None = None
    permanent_redirect: str | None = None
    """The new URL when every redirect from `url` to it was permanent (301/308), else None."""
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, names lower-cased."""
    unfinished_encoding: str | None = None
    """The content encoding ("gzip") whose stream the body ended inside: cut short, or a server
    that leaves the stream's last bytes out (`body` is what it holds)."""
    past_the_end: int = 0
    """Bytes (not blanks) the server sent right after the end its Content-Length set: the
    length was wrong and `body` is cut there (seen by the lean transport only)."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class UnsendableRequest(FetchError):
    """The request could not be built or encoded (a header or the URL cannot be sent).

    Nothing reached the server. When stored validators caused it, the caller should
    forget them so the next fetch can succeed (`refresh` does).
    """


class _Redirected(Exception):
    """A redirect answer, raised from the client's response hook (see `_stop_at_redirects`)."""

    def __init__(self, status: int, location: str) -> None:
        super().__init__(status)
        self.status = status
        self.location = location


class _Retry(Exception):
    """A 429/503 answer: retry after `delay` seconds (None: use backoff)."""

    def __init__(self, status: int, reason: str, delay: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.reason = reason
        self.delay = delay


class ServerBusy(FetchError):
    """A 429/503 answer newstui stopped retrying; `retry_after` is the wait the server's
    Retry-After asked for, in seconds from the answer (None when it named none)."""

    def __init__(self, url: str, message: str, *, status: int, retry_after: float | None) -> None:
        super().__init__(url, message, status=status)
        self.retry_after = retry_after


class Fetcher:
    """Fetches URLs over one shared `httpx.AsyncClient`. Use as `async with Fetcher() as f:`.

    Args:
        max_connections: requests in flight at once, over all hosts.
        per_host: requests in flight at once to one host (host:port).
        timeout: seconds allowed to connect, and between two reads of the answer.
        total_timeout: seconds allowed for one attempt, redirects and body included
            (default: four times `timeout`).
        max_bytes: largest decoded body accepted.
        user_agent: the User-Agent header (default `newstui/<version> (+…)`).
        retries: how many times a 429/503 is retried.
        backoff: first backoff delay in seconds when the server gives no Retry-After;
            it doubles with each retry.
        max_retry_wait: the most seconds spent waiting between retries of one URL; a
            Retry-After beyond what is left fails at once instead of waiting.
        max_redirects: redirects followed before giving up.
        proxy: "" uses the proxies of the environment (HTTP_PROXY, HTTPS_PROXY,
            ALL_PROXY, NO_PROXY); "none" never uses a proxy; else the URL of the
            proxy for every request. Requests through a proxy go over httpx's own
            transport (the lean one has no proxy support); the others keep it.
        transport: "lean" (newstui's HTTP/1.1 transport, `feeds.transport`: about
            half the CPU per request) or "httpx" (httpx's default, httpcore).
    """

    def __init__(
        self,
        *,
        max_connections: int = 32,
        per_host: int = 4,
        timeout: float = 15.0,
        total_timeout: float | None = None,
        max_bytes: int = 10_000_000,
        user_agent: str | None = None,
        retries: int = 2,
        backoff: float = 1.0,
        max_retry_wait: float = 30.0,
        max_redirects: int = 10,
        proxy: str = "",
        transport: str = "lean",
    ) -> None:
        if max_connections < 1 or per_host < 1:
            raise ValueError("max_connections and per_host must be at least 1")
        if transport not in TRANSPORTS:
            raise ValueError(f"transport must be one of {', '.join(map(repr, TRANSPORTS))}, not {transport!r}")
        self.max_connections = max_connections
        self.per_host = per_host
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else 4 * timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent or default_user_agent()
        self.retries = retries
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.max_redirects = max_redirects
        self.proxy = proxy
        self.transport = transport
        self._client: httpx.AsyncClient | None = None
        self._all: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        import httpx

        self._client = httpx.AsyncClient(
            follow_redirects=False,  # followed by hand: to report moves and name loops
            # Before httpx looks at a redirect's Location (see _stop_at_redirects).
            event_hooks={"response": [_stop_at_redirects]},
            timeout=httpx.Timeout(self.timeout),
            transport=self._make_transport(),
            headers={
                "User-Agent": self.user_agent,
                "Accept-Encoding": "gzip, deflate, br",
                "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
                "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
            },
            # No netrc or SSL_CERT_FILE surprises from the environment; its proxies
            # are honoured through `mounts` (httpx ignores them when given a transport).
            trust_env=False,
            mounts=proxy_mounts(self.proxy),
        )
        self._all = asyncio.Semaphore(self.max_connections)
        return self

    def _make_transport(self) -> httpx.AsyncBaseTransport:
        """The transport of direct (unproxied) requests, as `self.transport` says."""
        import httpx

        if self.transport == "httpx":
            # No pool limit of its own: the semaphores bound the requests in flight.
            limits = httpx.Limits(
                max_connections=None, max_keepalive_connections=self.max_connections, keepalive_expiry=5.0
            )
            return httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
        from newstui.feeds.transport import LeanTransport

        # HTTP/1.1 on h11 without httpcore's pool and anyio (see feeds/transport.py):
        # less than half the CPU per request. The semaphores bound concurrency.
        return LeanTransport(max_keepalive=self.max_connections, max_keepalive_per_host=self.per_host)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- public --------------------------------------------------------------------

    async def fetch(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        *,
        headers: Sequence[tuple[str, str | bytes | bytearray]] = (),
        auth: tuple[str, str] | None = None,
        user_agent: str | None = None,
    ) -> FetchResult:
        """GET `url` (conditionally when validators are given) and return the decoded answer.

        `headers` and `auth` (user, password: HTTP basic auth) go only to `url`'s own
        host: a redirect to another host (or from https down to http) is followed
        without them. `user_agent` replaces the Fetcher's for this request. No error
        message ever contains a header value; one that cannot be sent (not text, a line
        break, a non-ASCII letter) fails the fetch before anything is sent, naming the header.

        Raises:
            FetchError: timeout, refused connection, HTTP 4xx/5xx, redirect loop or too
                many redirects, body over `max_bytes`, undecodable body, bad URL.
        """
        if self._client is None:
            raise RuntimeError("Fetcher.fetch() called outside 'async with Fetcher()'")
        _check_url(url)
        # A validator that can't go on the wire (non-ASCII, control characters) is
        # dropped: an unconditional GET beats a feed that fails forever.
        etag = sendable_validator(etag)
        last_modified = sendable_validator(last_modified)
        waited = 0.0
        attempt = 0
        private: list[tuple[str, str]] = []
        for name, value in headers:
            if (fault := header_fault(name, value)) is not None:
                raise UnsendableRequest(url, f"the request cannot be sent: {fault}")
            private.append((name, wire_value(value)))
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            private.append(("Authorization", f"Basic {token}"))
        while True:
            try:
                return await self._follow(url, etag, last_modified, private, user_agent)
            except _Retry as retry:
                delay = retry.delay if retry.delay is not None else self.backoff * (2**attempt)
                delay = max(0.0, delay)
                said = f"HTTP {retry.status} {retry.reason}".rstrip()
                if attempt >= self.retries:
                    tries = "once" if attempt == 0 else f"{attempt + 1} times"
                    raise ServerBusy(
                        url, f"{said} (tried {tries})", status=retry.status, retry_after=retry.delay
                    ) from None
                if waited + delay > self.max_retry_wait:
                    raise ServerBusy(
                        url,
                        f"{said}; the server asks to wait {delay:.0f} s, more than the "
                        f"{self.max_retry_wait:g} s newstui waits",
                        status=retry.status,
                        retry_after=retry.delay,
                    ) from None
                waited += delay
                attempt += 1
                # A little jitter so many feeds of one host do not come back in lockstep.
                await asyncio.sleep(delay * (1 + random.random() * 0.1) if retry.delay is None else delay)

    # -- one attempt: redirects followed by hand ---------------------------------------------------------------

    async def _follow(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        private: Sequence[tuple[str, str]] = (),
        user_agent: str | None = None,
    ) -> FetchResult:
        assert self._client is not None and self._all is not None
        headers: dict[str, str] = {"User-Agent": user_agent} if user_agent else {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = [url]
        current = url
        moved_to: str | None = None
        all_permanent = True
        # The total time limit runs from when the first request gets its slot: time
        # spent queueing behind other feeds for a connection does not count.
        deadline: float | None = None
        while True:
            # Host slot first: a request waiting for its busy host must not sit on one
            # of the global slots that requests to other hosts could use.
            async with self._host_limit(current), self._all:
                if deadline is None:
                    deadline = asyncio.get_running_loop().time() + self.total_timeout
                try:
                    hop_headers = headers
                    if private and same_site(url, current):
                        hop_headers = {**headers, **dict(private)}
                    async with asyncio.timeout_at(deadline):
                        redirect = await self._hop(url, current, hop_headers, moved_to, etag, last_modified)
                except TimeoutError:
                    raise FetchError(url, f"took longer than {self.total_timeout:g} s in all, gave up") from None
            if isinstance(redirect, FetchResult):
                return redirect
            status, target, permanent = redirect
            if all_permanent and permanent:
                moved_to = target
            else:
                all_permanent = False
            # Following a redirect.
            if target in seen:
                chain = " → ".join([*seen[seen.index(target) :], target])
                raise FetchError(url, f"redirect loop: {chain}", status=status)
            if len(seen) > self.max_redirects:
                raise FetchError(url, f"too many redirects (more than {self.max_redirects})", status=status)
            _check_url(target, source=url)
            seen.append(target)
            current = target

    async def _hop(
        self,
        url: str,
        current: str,
        headers: dict[str, str],
        moved_to: str | None,
        etag: str | None,
        last_modified: str | None,
    ) -> FetchResult | tuple[int, str, bool]:
        """One request: the result, or (status, target, permanent) for a redirect."""
        import httpx

        assert self._client is not None
        where = "" if current == url else f" (redirected to {short(current)})"
        try:
            request = self._client.build_request("GET", current, headers=headers)
        except (httpx.InvalidURL, ValueError, TypeError) as error:  # UnicodeEncodeError is a ValueError
            # The text of an encoding error may quote a header value: a credential must not show.
            reason = type(error).__name__ if isinstance(error, UnicodeError) else one_line(error)
            raise UnsendableRequest(url, f"the request cannot be sent: {reason}{where}") from None
        try:
            response = await self._client.send(request, stream=True)
        except _Redirected as redirect:
            status = redirect.status
            location = redirect.location.strip()
            try:
                target = urljoin(current, location)
            except ValueError as error:  # e.g. "http://[::1" (an unclosed IPv6 bracket)
                raise FetchError(
                    url, f"redirected to an invalid URL {short(location)!r}: {error}", status=status
                ) from None
            return (status, target, status in PERMANENT_REDIRECTS)
        except httpx.HTTPError as error:
            raise fetch_error(url, current, error, self.timeout) from None
        except (httpx.InvalidURL, ValueError) as error:  # e.g. a host name IDNA can't encode
            raise FetchError(url, f"invalid URL: {one_line(error)}{where}") from None
        try:
            status = response.status_code
            if status == 304:
                # No body, by protocol: reading its end (no wait) frees the connection
                # for the next request (httpx's transport closes one left unread).
                async for _ in response.aiter_raw():
                    pass
                return self._result(url, current, response, None, moved_to, etag, last_modified)
            if status in RETRY_STATUSES:
                raise _Retry(status, response.reason_phrase, _retry_after(response.headers.get("retry-after")))
            if status >= 400:
                raise FetchError(url, _status_text(status, response.reason_phrase), status=status)
            if 200 <= status < 300:
                body, unfinished = await self._read_body(url, response)
                result = self._result(url, current, response, body, moved_to, etag, last_modified)
                return replace(result, unfinished_encoding=unfinished) if unfinished else result
            raise FetchError(url, f"unexpected answer {_status_text(status, response.reason_phrase)}", status=status)
        except httpx.HTTPError as error:
            raise fetch_error(url, current, error, self.timeout) from None
        finally:
            await response.aclose()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).netloc.lower()
        limit = self._hosts.get(host)
        if limit is None:
            limit = self._hosts[host] = asyncio.Semaphore(self.per_host)
        return limit

    def _result(
        self,
        url: str,
        final_url: str,
        response: httpx.Response,
        body: bytes | None,
        moved_to: str | None,
        sent_etag: str | None,
        sent_last_modified: str | None,
    ) -> FetchResult:
        h = response.headers
        etag = sendable_validator(h.get("etag"))
        last_modified = sendable_validator(h.get("last-modified"))
        if response.status_code == 304:
            # A 304 may leave validators out: the ones we sent still hold.
            etag = etag or sent_etag
            last_modified = last_modified or sent_last_modified
        return FetchResult(
            url=url,
            final_url=final_url,
            status=response.status_code,
            body=body,
            etag=etag,
            last_modified=last_modified,
            content_type=h.get("content-type"),
            permanent_redirect=moved_to if moved_to != url else None,
            headers={k.lower(): v for k, v in h.items()},
            past_the_end=_past_the_end(response),
        )

    async def _read_body(self, url: str, response: httpx.Response) -> tuple[bytes, str | None]:
        """Read and decode the body, failing as soon as it grows past `max_bytes`; with it, the
        content encoding whose stream the body ended inside (`decoding.unfinished_encoding`)."""
        limit = self.max_bytes
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
        encodings = [e for e in encodings if e != "identity"]
        declared = response.headers.get("content-length", "")
        if not encodings and declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"response is {_size(int(declared))}, over the {_size(limit)} limit")
        if len(encodings) > MAX_ENCODINGS:
            # Each one is a decoder the body goes through in turn: a hostile server's
            # "gzip, gzip, …" of 1,500 layers ended in a RecursionError, no FetchError.
            raise FetchError(
                url, f"the body is encoded {len(encodings)} times over; newstui undoes at most {MAX_ENCODINGS}"
            )
        names = encodings[::-1]  # the last encoding applied is undone first
        decoders: list[Decoder] = [decoder_for(url, name) for name in names]
        parts: list[bytes] = []
        total = 0
        async for raw in response.aiter_raw():
            for piece in decode_all(decoders, raw):
                total += len(piece)
                if total > limit:
                    raise FetchError(url, f"response is over the {_size(limit)} limit, stopped reading")
                parts.append(piece)
        for piece in finish_all(decoders):
            total += len(piece)
            if total > limit:
                raise FetchError(url, f"response is over the {_size(limit)} limit, stopped reading")
            parts.append(piece)
        return b"".join(parts), unfinished_encoding(decoders, names)


async def _stop_at_redirects(response: httpx.Response) -> None:
    """Response hook: a redirect ends the exchange here, as `_Redirected`.

    Even with follow_redirects=False, httpx builds the next request from a
    redirect's Location, and raises InvalidURL (e.g. `javascript:`) or
    RemoteProtocolError (e.g. `http://[::1`) before the Fetcher sees the answer.
    Raised from the hook, the redirect reaches the Fetcher first (httpx closes the
    response on the way), which checks the target itself and names it in its error.
    """
    if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
        raise _Redirected(response.status_code, response.headers["location"])


def _check_url(url: str, *, source: str | None = None) -> None:
    where = source or url
    what = f"redirected to {short(url)!r}, which" if source else "it"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port out of range or not a number)
    except ValueError as error:
        raise FetchError(where, f"{what} is not a valid URL: {error}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(where, f"{what} is not an http(s) URL")


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _past_the_end(response: httpx.Response) -> int:
    """What the lean transport saw after the body's declared end (`transport.PAST_THE_END`)."""
    from newstui.feeds.transport import PAST_THE_END

    said = response.extensions.get(PAST_THE_END)
    return said[0] if isinstance(said, list) and said and isinstance(said[0], int) else 0


def _status_text(status: int, reason: str) -> str:
    return f"HTTP {status} {reason}".rstrip()


def _size(n: int) -> str:
    if n >= 1_048_576 and n % 1_048_576 == 0:
        # max_response_mb counts MiB: the limit is said as the config gives it ("10 MB", not "10.4858 MB").
        return f"{n // 1_048_576} MB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000:
        return f"{n / 1000:g} kB"
    return f"{n} bytes"
