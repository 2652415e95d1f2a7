"""Feed and proxy URLs in the config: what is wrong with one, and the form used to spot duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final
from urllib.parse import urlsplit, urlunsplit

from newstui.text import clean_url

# A path into the TOML document: table names, keys, and 0-based array indices.
KeyPath = tuple["str | int", ...]


def proxy_problem(url: str) -> str | None:
    """What is wrong with `url` as a proxy URL (http, https, socks5), or None."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        return f"not a valid proxy URL ({error})"
    if parts.scheme.lower() not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        return 'must be "", "none" or a proxy URL such as "http://proxy.example:3128"'
    return None


def url_problem(url: str) -> str | None:
    """What is wrong with `url` as a feed URL, or None when it is a usable http(s) URL (the
    URL quoted in it with its password hidden)."""
    problem = _url_problem(url)
    return None if problem is None else hide_password(problem)


QUOTED_URL: Final = 120
"""Characters of a bad URL quoted in its problem: a runaway line (a paste gone wrong, a binary
file read as text) must not make a message of thousands of characters."""


def _quoted(url: str, *, quote: Callable[[str], str] = repr) -> str:
    """`url` as a problem quotes it: its password hidden first (a cut could split it from
    its "@"), then cut to QUOTED_URL characters with "…" when longer."""
    url = hide_password(url)
    if len(url) > QUOTED_URL:
        return quote(url[: QUOTED_URL - 1]) + f"… ({len(url):,} characters)"
    return quote(url)


def _url_problem(url: str) -> str | None:
    text = url.strip()
    if not text:
        return "must not be empty"
    if _SPACE_OR_CONTROL.search(text):
        return f"not a valid URL (it contains spaces or control characters): {_quoted(url)}"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        return f"not a valid URL ({error}): {_quoted(url)}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL: {_quoted(url)}"
    if not parts.hostname:
        return f"not an http(s) URL (no host name): {_quoted(url)}"
    if clean_url(text) is None:
        # Whatever passes here is written to the config and printed: no invisible
        # or direction-changing characters (they can disguise where a link goes).
        return f"not a valid URL (it contains invisible or control characters): {_quoted(url, quote=ascii)}"
    return None


_SPACE_OR_CONTROL: Final = re.compile(r"[\s\x00-\x1f\x7f]")

# The password of a URL written `scheme://user:password@host`: up to the last "@" before the
# path, as urlsplit reads it (a password may hold an "@").
_URL_PASSWORD: Final = re.compile(r"(?i)(\b[a-z][a-z0-9+.\-]*://[^\s/?#@:]*):[^\s/?#]*@")


def hide_password(text: str) -> str:
    """`text` with the password of every URL in it written `***` (`https://user:***@host/feed`).

    For every line newstui prints and every error it stores about a feed: a feed URL may carry
    its credentials, and an error line goes to a cron mail or a screen. The user name stays, to
    tell two feeds apart. The request itself uses the URL as written.
    """
    return _URL_PASSWORD.sub(r"\1:***@", text)


_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """The form in which two feed URLs are compared for duplicates.

    Scheme and host are lower-cased, a default port (80/443) and the #fragment
    are dropped, and an empty path becomes "/". Everything else counts: the path's
    case, a trailing slash on a non-empty path, and the query string, because
    servers may answer those differently.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
