"""Links made absolute http(s) URLs: an item's link, and the hrefs and srcs of its HTML."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from newstui.feeds.parse.plain_text import strip_control

# An absolute http(s) URL that needs no resolving.
PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#\s\\@]+(?:[/?#][^\s\\]*)?\Z", re.I)
# The scheme and host (with its port) of such a URL.
_ORIGIN = re.compile(r"https?://[^/?#\s\\@]+", re.I)


def absolute_link(link: str | None, base: str) -> str | None:
    """`link` resolved against `base`, or None unless it is an http(s) URL.

    Scheme and host come out in lower case (they are case-insensitive, RFC 3986): one
    spelling per page, as newsboat stores them; a user name and the path keep theirs.
    """
    if not link:
        return None
    link = strip_control(link).strip()
    if PLAIN_ABSOLUTE.match(link):
        # Already absolute: skip urljoin, the costliest step of a parse.
        origin = _ORIGIN.match(link)
        if origin is not None and not origin.group().islower():
            return origin.group().lower() + link[origin.end() :]
        return link
    try:
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    # Anything else (javascript:, data:, file:) must never reach a browser from a feed.
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return lower_origin(absolute)


_IANA_RELATIONS = "http://www.iana.org/assignments/relation/"


def link_relation(rel: str | None) -> str:
    """An Atom link's relation as one name: "alternate" when none is given (RFC 4287 4.2.7.2),
    the IANA registry's URI for a name read as that name ("…/relation/alternate" is
    "alternate", as the RFC says), in lower case and without spaces (registered names are
    case-insensitive, RFC 8288 3.3). Any other URI is kept whole."""
    if rel is None:
        return "alternate"
    name = rel.strip()
    if name[: len(_IANA_RELATIONS)].lower() == _IANA_RELATIONS:
        name = name[len(_IANA_RELATIONS) :]
    return name.lower() if "://" not in name else name


def lower_origin(url: str) -> str:
    """`url` with its scheme and host lower-cased (not a user name before "@").

    The store keys link-only items by this spelling too (`store.writes._item_key`, and
    the schema 10 step that rewrote keys cached before the parser lower-cased links)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = len(rest)
    for mark in "/?#":
        found = rest.find(mark)
        if found != -1:
            end = min(end, found)
    user, at, host = rest[:end].rpartition("@")
    return scheme.lower() + "://" + user + at + host.lower() + rest[end:]


_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|src)\s*=\s*)(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_ABSOLUTE_OR_LOCAL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|#")


def absolute_urls(markup: str, base: str) -> str:
    """`markup` with each relative href and src made absolute against `base`."""
    if "=" not in markup:
        return markup

    def resolve(match: re.Match[str]) -> str:
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if not value or _ABSOLUTE_OR_LOCAL.match(value.lstrip()):
            return match.group()
        joined = urljoin(base, html.unescape(value.strip()))
        return f'{match.group(1)}"{html.escape(joined, quote=True)}"'

    return _URL_ATTRIBUTE.sub(resolve, markup)
