"""JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) → `ParsedFeed`, read with the json module.

The document is untrusted: every field is type-checked and a field of the wrong
type is ignored, not an error. What cannot be read at all (not JSON, too big, too
deeply nested, not an object with an `items` list) is a `ParseError` naming the
URL. Items go through the same cleaning as RSS and Atom (`parse.cleaning.build_feed`), so
titles are one-line plain text, links absolute http(s) URLs and dates aware UTC.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from newstui.feeds.parse.cleaning import RawItem, build_feed
from newstui.feeds.parse.enclosures import MAX_ENCLOSURES, RawEnclosure
from newstui.feeds.parse.errors import ParseError
from newstui.feeds.parse.plain_text import has_reference, read_references
from newstui.model import ParsedFeed

JSON_FEED_TYPES = ("application/feed+json", "application/json+feed")
MAX_JSON_BYTES = 16 * 1024 * 1024
"""A JSON Feed bigger than this is refused (the fetcher's own cap usually comes first)."""
MAX_ITEMS = 5000

_VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')


def is_json_feed(body: bytes, content_type: str | None = None) -> bool:
    """A JSON Feed by its Content-Type, or a JSON object that names a jsonfeed.org version near its start."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in JSON_FEED_TYPES:
        return True
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    return kind in ("application/json", "text/json") or _VERSION.search(head) is not None


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """Parse a JSON Feed document.

    Only the fields JSON Feed defines are read, at their fixed depth, so nesting
    the json module accepts costs nothing further.

    Raises:
        ParseError: not UTF-8 JSON, bigger than MAX_JSON_BYTES, nested too deeply
            for the json module, or not a JSON object with an `items` list.
    """
    if len(body) > MAX_JSON_BYTES:
        raise ParseError(url, f"the JSON Feed is {len(body)} bytes, over the {MAX_JSON_BYTES}-byte limit")
    try:
        text = body.decode("utf-8-sig")  # JSON Feed is UTF-8 (RFC 8259)
    except UnicodeDecodeError as error:
        raise ParseError(url, f"the JSON Feed is not UTF-8 (byte {error.start})") from None
    try:
        document = json.loads(text)
    except RecursionError:
        # The json module's C scanner counts its depth against the recursion limit
        # (1000): a hostile "[[[[…" fails there at once, in constant memory.
        raise ParseError(url, "the JSON Feed is nested too deeply (over about 1000 levels)") from None
    except ValueError as error:  # JSONDecodeError, and ints past Python's digit limit
        where = f" at line {error.lineno}, column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
        message = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise ParseError(url, f"not valid JSON{where}: {message}") from None
    if not isinstance(document, dict):
        raise ParseError(url, "not a JSON Feed: the document is not a JSON object")
    items = document.get("items")
    if not isinstance(items, list):
        raise ParseError(url, 'not a JSON Feed: it has no "items" list')
    raws = [_item(entry) for entry in items[:MAX_ITEMS] if isinstance(entry, dict)]
    title = _plain_title(document.get("title"))
    # The feed title is plain text; escaped, the HTML-to-text cleaning gives it back unchanged.
    feed_title = html.escape(title, quote=False) if title else None
    # An item without authors has the feed's (JSON Feed 1.1, "authors"). JSON has no
    # xml:base: a relative item URL is relative to the site (home_page_url), as RSS links
    # are read, not to wherever the feed file is served from (a CDN, a feed service).
    home = _str(document.get("home_page_url"))
    return build_feed(url, feed_title, home, url, raws, None, author=_author(document), xml_base=False)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _plain_title(value: Any) -> str | None:
    """A JSON Feed title as plain text, whole character references read once (`read_references`).

    JSON Feed says titles are plain text, but many feeds are written by the templates of
    HTML sites, which escape every field: 'Q&amp;A', 'It&#8217;s'. A title that holds a
    whole reference was escaped so (a person writes '&', not '&amp;'); shown as it is,
    the reader would see the markup. Tags are not touched: '3 <b> 4' stays text.
    """
    title = _str(value)
    if title is None or not has_reference(title):
        return title
    return read_references(title) or None


def _item(entry: dict[str, Any]) -> RawItem:
    ident = entry.get("id")
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)  # 1.1 says a string; some feeds write numbers
    content_html = _str(entry.get("content_html")) or ""
    if not content_html:
        content_text = _str(entry.get("content_text"))
        if content_text:
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", content_text) if p.strip()]
            content_html = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    summary = _str(entry.get("summary"))
    return RawItem(
        title=_plain_title(entry.get("title")) or "",
        title_is_html=False,
        link=_str(entry.get("url")) or _str(entry.get("external_url")),
        guid=_str(ident),
        # summary is plain text in JSON Feed: escaped so it is not read as HTML.
        summary=html.escape(summary, quote=False) if summary else "",
        content_html=content_html,
        author=_author(entry),
        date=_str(entry.get("date_published")) or _str(entry.get("date_modified")),
        base=None,
        enclosures=_attachments(entry.get("attachments")),
    )


def _author(entry: dict[str, Any]) -> str | None:
    authors = entry.get("authors")  # 1.1
    if not isinstance(authors, list):
        authors = [entry.get("author")]  # 1.0
    names = [a["name"] for a in authors[:10] if isinstance(a, dict) and _str(a.get("name"))]
    return ", ".join(names) or None


def _attachments(value: Any) -> tuple[RawEnclosure, ...]:
    if not isinstance(value, list):
        return ()
    found: list[RawEnclosure] = []
    for attachment in value[: MAX_ENCLOSURES * 2]:
        if not isinstance(attachment, dict):
            continue
        size = attachment.get("size_in_bytes")
        if isinstance(size, float) and size.is_integer() and abs(size) < 1e18:
            size = int(size)
        length = str(size) if isinstance(size, int) and not isinstance(size, bool) else None
        found.append((_str(attachment.get("url")), _str(attachment.get("mime_type")), length))
    return tuple(found)
