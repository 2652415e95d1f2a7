"""What a request may carry: private headers only to their own site, validators only when sendable."""

from __future__ import annotations

from urllib.parse import urlsplit

_PORTS = {"http": 80, "https": 443}


def same_site(origin: str, target: str) -> bool:
    """Whether a request to `target` may carry the private headers meant for `origin`.

    The same host name and port; http may move up to https (80 → 443), https never
    down to http.
    """
    try:
        a, b = urlsplit(origin), urlsplit(target)
        port_a = a.port or _PORTS.get(a.scheme.lower())
        port_b = b.port or _PORTS.get(b.scheme.lower())
    except ValueError:
        return False
    scheme_a, scheme_b = a.scheme.lower(), b.scheme.lower()
    if not a.hostname or (a.hostname or "").lower() != (b.hostname or "").lower():
        return False
    if scheme_a == scheme_b:
        return port_a == port_b
    return scheme_a == "http" and scheme_b == "https" and port_a == 80 and port_b == 443


def sendable_validator(value: str | None) -> str | None:
    """`value` if it can be sent back as If-None-Match / If-Modified-Since, else None.

    Only visible ASCII and spaces go on the wire: httpx cannot encode anything else,
    and a stored value it cannot encode would fail every later request of the feed.
    Nor a value over `MAX_VALIDATOR` characters: servers refuse a request whose header
    line is longer than about 8 KB (nginx, Apache: "400 Request Header Too Large"), so a
    server that hands out a huge ETag would fail every later request of the feed with an
    error about the feed's own request; without it the next request is whole.
    """
    if value is None or len(value) > MAX_VALIDATOR * 2:
        return None
    value = value.strip()
    if not value or len(value) > MAX_VALIDATOR or not all(" " <= c <= "~" for c in value):
        return None
    return value


MAX_VALIDATOR = 1024
"""The longest ETag or Last-Modified kept and sent back (real ones are under 100 characters)."""


# RFC 9110 token: what a field name may be made of.
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def is_header_name(name: str) -> bool:
    """Whether `name` can be an HTTP header's name (an RFC 9110 token).

    The one definition: the config's `headers` tables and the headers code hands the fetcher
    are checked by it, so what the config accepts is what the fetcher sends.
    """
    return bool(name) and _TOKEN.issuperset(name)


def header_fault(name: object, value: object) -> str | None:
    """Why the private header (`name`, `value`) cannot go on the wire, or None when it can.

    A header handed to the fetcher in code (the config checks its own) may be bytes, a
    bytearray, or hold a line break or a non-ASCII letter: httpx then fails with its own words
    ("Header value must be str or bytes", a bare UnicodeEncodeError) or, for a line break,
    with h11's, which quote the value, and a value is often a credential. The reason names
    the header and what is wrong, never the value.
    """
    if not isinstance(name, str) or not is_header_name(name):
        return f"a header name must be a word of ASCII letters, digits or -, not {_shown_name(name)}"
    if isinstance(value, bytes | bytearray | memoryview):
        text = bytes(value).decode("ascii", "replace")
    elif isinstance(value, str):
        text = value
    else:
        return f"the value of the header {name} is of type {type(value).__name__}, not text"
    if not all(" " <= c <= "~" or c == "\t" for c in text):
        return f"the value of the header {name} holds a line break, a control or a non-ASCII character"
    return None


def wire_value(value: str | bytes | bytearray | memoryview) -> str:
    """A header value `header_fault` accepted, as text (bytes of visible ASCII read as such),
    without blanks at its ends: they are not part of a field value (RFC 9110), and h11 refuses
    a value with them in words that quote it, and a value is often a credential."""
    text = value if isinstance(value, str) else bytes(value).decode("ascii")
    return text.strip(" \t")


def _shown_name(name: object) -> str:
    """A bad header name as it may be shown: up to its first character that cannot be in a
    name. What follows is left out: a name that is a whole "Name: value" line (a caller
    splitting the line wrongly) holds the value, often a credential."""
    if not isinstance(name, str):
        return f"a {type(name).__name__}"
    word = next((name[:at] for at, c in enumerate(name) if c not in _TOKEN), name)
    if word == name:
        return repr(name[:40]) if name else "an empty name"
    return f"{word[:40]!r} followed by {name[len(word)]!r}" + (" and more" if len(name) > len(word) + 1 else "")
