"""The forgiving path: any document the lxml reader refused, read with feedparser (a lazy import)."""

from __future__ import annotations

import html
import io
from datetime import UTC, datetime
from typing import Any

from newstui.feeds.parse.cleaning import RawItem, build_feed, ends_inside_item
from newstui.feeds.parse.enclosures import MAX_ENCLOSURES, RawEnclosure
from newstui.feeds.parse.errors import ParseError
from newstui.feeds.parse.links import PLAIN_ABSOLUTE, link_relation
from newstui.feeds.parse.plain_text import one_line
from newstui.feeds.parse.webpage import looks_like_html, web_page_error
from newstui.model import ParsedFeed


def parse_with_feedparser(body: bytes, url: str, content_type: str | None, *, controls: bool = False) -> ParsedFeed:
    """Parse any document with feedparser: a malformed one keeps what parsed, its error as `error`.

    Raises:
        ParseError: the characters cannot be read, or the document is a web page.
    """
    import feedparser

    # No content-location: feedparser would resolve a relative *guid* against it, making
    # ids differ from the fast path's. Links are resolved in build_feed instead.
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    # A BytesIO, never the bytes: feedparser would try a bytes value as a file name.
    try:
        d = feedparser.parse(
            io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except UnicodeError as unreadable:
        # feedparser re-encodes what it decoded as UTF-8, which fails on a lone surrogate (UTF-7 can make one).
        raise ParseError(url, f"the document's characters cannot be read: {unreadable}") from None
    error = _bozo_message(d) if d.get("bozo") else None
    if not d.get("version") and not d.entries:
        if looks_like_html(body, content_type):
            raise web_page_error(url, body, "HTML")
        error = error or "no RSS, RDF or Atom feed found in the document"
        return ParsedFeed(title=None, site_url=None, items=[], error=error)
    raws: list[RawItem] = []
    atom = str(d.get("version") or "").startswith("atom")
    for entry in d.entries:
        title_detail = entry.get("title_detail") or {}
        summary = entry.get("summary", "")
        summary_type = (entry.get("summary_detail") or {}).get("type", "text/html")
        if summary and "html" not in summary_type:
            summary = html.escape(summary, quote=False)
        content_html = ""
        # feedparser records the xml:base in force for each text ("base"; else the document's URL).
        content_base = (entry.get("summary_detail") or {}).get("base") or None
        for content in entry.get("content") or ():
            value = content.get("value", "")
            if value and not atom and "html" not in content.get("type", "text/html"):
                # In RSS, feedparser's plain-text "content" is a media:description or an
                # itunes:summary, not the item's body: a summary at most (as the lxml reader reads it).
                summary = summary or html.escape(value, quote=False)
                continue
            if value:
                content_html = value if "html" in content.get("type", "text/html") else html.escape(value, quote=False)
                content_base = content.get("base") or None
                break
        if content_html and content_html == entry.get("summary", ""):
            # feedparser copies Atom content into summary when there is no summary.
            summary = ""
        title, title_is_html = entry.get("title", ""), "html" in title_detail.get("type", "text/html")
        if "title" not in entry and entry.get("itunes_title"):
            # A podcast episode named only for Apple's directory, as the lxml reader reads it.
            title, title_is_html = entry["itunes_title"], False
        raws.append(
            RawItem(
                title=title,
                title_is_html=title_is_html,
                link=_feedparser_link(entry, atom),
                link_is_guid=not atom and _link_is_guid(entry),
                guid=entry.get("id"),
                summary=summary,
                content_html=content_html,
                author=_feedparser_author(entry, atom),
                date=entry.get("published") or _own(entry, "updated"),
                updated=_own(entry, "updated") if entry.get("published") else None,
                base=None,
                enclosures=_feedparser_enclosures(entry),
                content_base=content_base,
            )
        )
    # feedparser's own reading of a date, for the formats parse_date does not know.
    dates = [_struct_to_datetime(e.get("published_parsed") or _own(e, "updated_parsed")) for e in d.entries]
    feed = d.get("feed", {})
    feed_title = feed.get("title")
    if feed_title and "html" not in (feed.get("title_detail") or {}).get("type", "text/html"):
        feed_title = html.escape(feed_title, quote=False)
    return build_feed(
        url, feed_title, feed.get("link"), url, raws, error, dates,
        author=feed.get("author"), xml_base=b"xml:base" in body, controls=controls,
        torn=error is not None and ends_inside_item(body),
    )  # fmt: skip


def _feedparser_link(entry: Any, atom: bool) -> str | None:
    """The entry's link, FeedBurner's original link first (the article, not the tracking redirect).

    An Atom entry's id is a name, never its link (feedparser offers an id that looks
    like a URL as the link when the entry has no alternate link; the lxml reader does not).
    """
    original = entry.get("feedburner_origlink")
    if isinstance(original, str) and PLAIN_ABSOLUTE.match(original.strip()):
        return original.strip()
    link = entry.get("link")
    if not isinstance(link, str):
        return None
    if atom and link == entry.get("id"):
        alternates = [x for x in entry.get("links") or () if link_relation(x.get("rel")) == "alternate"]
        if not any(x.get("href") == link for x in alternates):
            # The first alternate of another type (a PDF), as the lxml reader takes it; else none.
            first = alternates[0].get("href") if alternates else None
            return first if isinstance(first, str) and first else None
    return link


def _link_is_guid(entry: Any) -> bool:
    """Whether feedparser made an RSS item's link of its guid: the item has no <link> of that
    address (feedparser's own guidislink stays true when a <link> follows the guid)."""
    link = entry.get("link")
    return link == entry.get("id") and not any(x.get("href") == link for x in entry.get("links") or ())


def _feedparser_author(entry: Any, atom: bool) -> str | None:
    """The entry's author as the lxml reader gives it: for RSS, the <author> (the one with an
    email) before every dc:creator, joined; for Atom, every author's name, joined."""
    authors = [a for a in entry.get("authors") or () if isinstance(a, dict)]
    if atom and any(a.get("name") for a in authors):
        # Every author's name (feedparser writes one with an email as "Name (email)").
        return ", ".join(dict.fromkeys(" ".join(str(a["name"]).split()) for a in authors if a.get("name")))
    if atom or not authors:
        author = entry.get("author")
        return author if isinstance(author, str) else None
    with_email = [a for a in authors if a.get("email")]
    if with_email:
        first = with_email[0]
        name, email = first.get("name"), first.get("email")
        raw = entry.get("author")
        if isinstance(raw, str) and email and _cut_email(email, raw):
            # feedparser cut a long top-level domain short ("desk@news.international" became
            # email "desk@news.inte", name "rnational"): the text as the feed wrote it.
            return raw
        return f"{email} ({name})" if name and name != email else str(email)
    return ", ".join(dict.fromkeys(str(a["name"]).strip() for a in authors if a.get("name"))) or None


def _cut_email(email: str, text: str) -> bool:
    """Whether `text` holds `email` followed by more of the address (feedparser cut it short)."""
    at = text.find(email)
    return at != -1 and text[at + len(email) : at + len(email) + 1].isalnum()


def _own(entry: Any, key: str) -> Any:
    """The entry's own `updated`/`updated_parsed`: feedparser's `get` falls back to the
    `published` one for these keys (with a DeprecationWarning), which would read the date
    that was just found missing or unreadable as the other one."""
    return dict.get(entry, key)


def _feedparser_enclosures(entry: Any) -> tuple[RawEnclosure, ...]:
    found: list[RawEnclosure] = []
    for enclosure in entry.get("enclosures") or ():
        found.append((enclosure.get("href"), enclosure.get("type"), enclosure.get("length")))
    for content in entry.get("media_content") or ():
        found.append((content.get("url"), content.get("type"), content.get("filesize")))
    return tuple(found)[: MAX_ENCLOSURES * 2]


def _bozo_message(d: Any) -> str | None:
    import feedparser

    exc = d.get("bozo_exception")
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if exc is None or isinstance(exc, benign):
        return None
    get_line = getattr(exc, "getLineNumber", None)
    if callable(get_line):
        message = getattr(exc, "getMessage", lambda: str(exc))()
        return f"malformed XML at line {get_line()}, column {exc.getColumnNumber()}: {message}"
    return f"malformed feed: {one_line(str(exc)) or type(exc).__name__}"


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = value[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None
