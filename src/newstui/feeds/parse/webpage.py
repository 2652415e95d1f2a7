"""A web page where a feed was expected: spotting one, and the error that names its feed."""

from __future__ import annotations

import re

from newstui.feeds.parse.errors import ParseError

# How much of the body's start is sniffed for "this is a web page".
SNIFF = 2048


# A feed's root element inside a page: a server (a CMS template, a proxy) wrapped its feed in HTML.
_WRAPPED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def web_page_error(url: str, body: bytes, kind: str) -> ParseError:
    """The error for a web page where a feed was expected, naming the page's own feed when it
    links one, or saying that the server wrapped its feed in the page."""
    from newstui.feeds.discover import feed_links

    found = [link.url for link in feed_links(body, url) if link.readable]
    if found:
        return ParseError(url, f"this is a web page ({kind}), not a feed; the page names its feed: {found[0]}")
    wrapped = _WRAPPED.search(body)
    if wrapped is not None:
        name = {b"rss": "an RSS", b"feed": "an Atom"}.get(wrapped.group(1).lower(), "an RDF")
        return ParseError(
            url, f"this is a web page ({kind}) with {name} feed inside it, not a feed: the server wraps its feed"
        )
    return ParseError(url, f"this is a web page ({kind}), not a feed; `newstui add URL` can find a page's feed")


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    """Whether the body is a web page (by its start, else by its Content-Type) rather than a feed."""
    head = body[:SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return False
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    return b"<html" in head or b"<body" in head
