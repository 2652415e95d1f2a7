"""A fetched document → `ParsedFeed`: which reader reads it, and what is repaired first."""

from __future__ import annotations

from dataclasses import replace

from newstui.feeds.parse.declarations import without_dtd
from newstui.feeds.parse.encoding import repair_encoding
from newstui.feeds.parse.errors import ParseError
from newstui.feeds.parse.feedparser_reader import parse_with_feedparser
from newstui.feeds.parse.lxml_reader import parse_with_lxml
from newstui.feeds.parse.references import legal_references
from newstui.feeds.parse.webpage import looks_like_html, web_page_error
from newstui.model import ParsedFeed

# A broken document larger than this is read by libxml2's recovery, not feedparser: feedparser
# reads about 0.3 MB a second, so a 14 MB one held a parse worker for 50 s.
LARGE_BROKEN = 2_000_000


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document.

    Args:
        body: the document as fetched (any encoding the document or HTTP declares).
        url: where it came from: the base for relative links and the name in errors.
        content_type: the HTTP Content-Type, for its charset and to spot web pages.

    Returns:
        The feed; `error` is set when the document was malformed but some of it parsed.

    Raises:
        ParseError: the body is empty, or is a web page (HTML) rather than a feed.
    """
    if not body.strip():
        raise ParseError(url, "the server sent an empty document, not a feed")
    from newstui.feeds.jsonfeed import is_json_feed, parse_json_feed

    if is_json_feed(body, content_type):
        return parse_json_feed(body, url)
    body, content_type = without_dtd(body, content_type)
    body, content_type = repair_encoding(body, content_type)
    fast = parse_with_lxml(body, url, content_type)
    if fast is not None:
        return fast
    # Only a document the fast path refused is scanned for references XML forbids.
    legal = legal_references(body)
    controls = legal is not body
    if controls:
        body = legal
        fast = parse_with_lxml(body, url, content_type, controls=True)
        if fast is not None:
            return fast
    if looks_like_html(body, content_type):
        raise web_page_error(url, body, "HTML")
    if len(body) > LARGE_BROKEN:
        recovered = parse_with_lxml(body, url, content_type, controls=controls, recover=True)
        if recovered is not None:
            said = "the document is not well-formed XML; read with recovery (text at the errors may be lost)"
            return replace(recovered, error=f"{said}; {recovered.error}" if recovered.error else said)
    return parse_with_feedparser(body, url, content_type, controls=controls)
