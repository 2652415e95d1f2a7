"""Find the feeds a web page links to: `<link rel="alternate" type="application/rss+xml" href=…>`.

Uses the standard library's forgiving HTML tokenizer (no lxml import): the page
is untrusted and may be broken, and only `<base>` and `<link>` tags matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from newstui.config import url_problem
from newstui.text import clean_url, one_line

# RSS/Atom first (the format most readers and tools share), then JSON Feed, which
# newstui reads too (newstui.feeds.jsonfeed).
XML_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x.atom+xml",
    "application/x-atom+xml",
    "application/x-rss+xml",
    "text/rss+xml",
    "text/atom+xml",
)
JSON_FEED_TYPES = ("application/feed+json", "application/json+feed")

MAX_SCAN_BYTES = 2 * 1024 * 1024
"""Feed links sit in <head>: the first 2 MB of a page is plenty."""


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed a page links to."""

    url: str
    """Absolute http(s) URL."""
    type: str
    """The link's media type, e.g. application/atom+xml."""
    title: str | None = None

    @property
    def readable(self) -> bool:
        """RSS, Atom or JSON Feed: a format newstui's feed parser reads."""
        return self.type in XML_FEED_TYPES or self.type in JSON_FEED_TYPES


def discover_feeds(html: bytes, base_url: str) -> list[str]:
    """The absolute http(s) URLs of the feeds `html` links to, RSS/Atom before JSON Feed.

    Links are resolved against `<base href>` if the page has one, else against
    `base_url` (the page's final URL after redirects). Duplicates are dropped;
    document order is kept within each kind.
    """
    return [link.url for link in feed_links(html, base_url)]


def feed_links(html: bytes, base_url: str, *, rejected: list[str] | None = None) -> list[FeedLink]:
    """Like `discover_feeds`, with each link's type and title.

    A feed link whose URL is not safe to print and fetch (not http(s), or holding
    control, bidi or invisible characters: see `text.clean_url`) is left out; when
    `rejected` is given, a printable (ASCII-escaped) form of each such URL is
    appended to it so the caller can say what was skipped.
    """
    finder = _LinkFinder(base_url)
    finder.feed(_decode(html[:MAX_SCAN_BYTES]))
    finder.close()
    if rejected is not None:
        rejected.extend(finder.rejected)
    xml = [link for link in finder.found if link.type in XML_FEED_TYPES]
    ordered = xml + [link for link in finder.found if link.type not in XML_FEED_TYPES]
    out: list[FeedLink] = []
    seen: set[str] = set()
    for link in ordered:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


class _LinkFinder(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base_url
        self.seen_base = False
        self.found: list[FeedLink] = []
        self.rejected: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "base" and not self.seen_base and values.get("href"):
            # Only the first <base> counts, as in browsers.
            self.seen_base = True
            self.base = urljoin(self.base, values["href"])
            return
        if tag not in ("link", "a"):
            return
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        href = values.get("href", "")
        if "alternate" not in rel or not href or kind not in XML_FEED_TYPES + JSON_FEED_TYPES:
            return
        try:
            url: str | None = urljoin(self.base, href.replace(" ", "%20"))  # as browsers do
        except ValueError:  # e.g. a malformed IPv6 host
            url = None
        # A hostile page must not get an escape sequence or a bidi override printed
        # to the terminal, or written to the config, as a "URL".
        url = clean_url(url)
        if url is not None and url_problem(url) is None:
            self.found.append(FeedLink(url, kind, one_line(values.get("title", "")) or None))
        else:
            self.rejected.append(_printable(href))

    handle_startendtag = handle_starttag


def _printable(text: str, limit: int = 120) -> str:
    """`text` quoted with every non-ASCII or control character escaped, cut to `limit`."""
    shown = ascii(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _decode(html: bytes) -> str:
    # Only URLs are wanted, and they are nearly always ASCII: UTF-8 when it is,
    # else windows-1252, which never fails to decode.
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", errors="replace")


def looks_like_html(body: bytes, content_type: str | None = None) -> bool:
    """A web page rather than a feed: by Content-Type, else by the first tag in the body."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind and ("xml" in kind or "rss" in kind or "atom" in kind or "json" in kind):
        return False
    head = _first_tag(body)
    return head in ("!doctype html", "html", "head", "body") or head.startswith("!doctype html")


def looks_like_feed(body: bytes, content_type: str | None = None) -> bool:
    """An RSS, RSS 1.0 (RDF) or Atom document, judged by its first element, or a JSON Feed."""
    from newstui.feeds.jsonfeed import is_json_feed

    if is_json_feed(body, content_type):
        return True
    head = _first_tag(body)
    if head.split(":")[-1] in ("rss", "feed", "rdf"):
        return True
    kind = (content_type or "").split(";")[0].strip().lower()
    return kind in XML_FEED_TYPES


def _first_tag(body: bytes) -> str:
    """The name of the first tag that is not a declaration, comment or PI, lower-cased."""
    text = body[:4096].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    pos = 0
    while True:
        start = text.find("<", pos)
        if start < 0:
            return ""
        if text.startswith("<?", start):
            pos = text.find("?>", start) + 2 if "?>" in text[start:] else len(text)
            continue
        if text.startswith("<!--", start):
            end = text.find("-->", start)
            pos = end + 3 if end >= 0 else len(text)
            continue
        if text[start + 1 : start + 9].lower() == "!doctype":
            if re.match(r"<!doctype\s+html\b", text[start : start + 40], re.I):
                return "!doctype html"
            pos = text.find(">", start) + 1 or len(text)
            continue
        name = ""
        for char in text[start + 1 :]:
            if char.isspace() or char in "/>":
                break
            name += char
        return name.lower()
