"""Fetch failures in words: transport errors that say what happened, error text kept short."""

from __future__ import annotations

import errno
from collections.abc import Iterator

from newstui.errors import FetchError


def one_line(error: BaseException) -> str:
    """An error's text on one short line (its type's name when it has none)."""
    return short(" ".join(str(error).split()) or type(error).__name__)


def short(text: str, limit: int = 200) -> str:
    """At most `limit` characters: a hostile server's Location may be 100 kB."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and the chain of errors behind it (httpx wraps the OS error twice)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def fetch_error(url: str, current: str, error: Exception, timeout: float) -> FetchError:
    """Turn an httpx transport error into a FetchError that says what happened."""
    import ssl

    import httpx

    where = "" if current == url else f" (redirected to {short(current)})"
    if isinstance(error, httpx.ConnectTimeout):
        return FetchError(url, f"timed out connecting after {timeout:g} s{where}")
    if isinstance(error, httpx.ReadTimeout):
        return FetchError(url, f"timed out waiting for the server to answer ({timeout:g} s){where}")
    if isinstance(error, httpx.TimeoutException):
        return FetchError(url, f"timed out after {timeout:g} s{where}")
    if isinstance(error, httpx.ConnectError):
        causes = list(_causes(error))
        refused = (
            isinstance(c, ConnectionRefusedError) or getattr(c, "errno", None) == errno.ECONNREFUSED for c in causes
        )
        if any(refused):
            return FetchError(url, f"connection refused{where}")
        text = " ".join(str(c) for c in causes).lower()
        if "name or service not known" in text or "nodename nor servname" in text or "name resolution" in text:
            return FetchError(url, f"host not found{where}")
        if any(isinstance(c, ssl.SSLError) for c in causes):
            return FetchError(url, f"TLS/SSL error: {next(c for c in causes if isinstance(c, ssl.SSLError))}{where}")
        return FetchError(url, f"could not connect: {causes[-1] or type(error).__name__}{where}")
    if isinstance(error, httpx.RemoteProtocolError):
        return FetchError(url, f"the server broke off or sent invalid HTTP: {error}{where}")
    if isinstance(error, httpx.DecodingError):
        return FetchError(url, f"could not decode the body: {error}{where}")
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError(url, f"invalid URL: {error}")
    return FetchError(url, f"{type(error).__name__}: {error or 'network error'}{where}")
