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
    """
    if value is None:
        return None
    value = value.strip()
    if not value or not all(" " <= c <= "~" for c in value):
        return None
    return value
