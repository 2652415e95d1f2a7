"""OPML in and out: the feed list format every feed reader can import and export.

Folders become tags and tags become folders. A feed with several tags sits in the
folder of its first tag and carries the full list in its `category` attribute
(comma-separated, as OPML 2.0 has it), so an export read back gives the same
feeds, titles and tags in the same order.

OPML files come from anywhere, so reading is defensive: entity declarations
(the "billion laughs" and external-entity attacks) are refused before anything is
expanded, and no external resource is ever fetched. Uses the standard library's
expat parser: no lxml import, so this module stays light.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape, quoteattr

from newstui.config import normalize_url, url_problem
from newstui.errors import NewstuiError
from newstui.model import FeedConfig
from newstui.text import one_line, strip_control


class OpmlError(NewstuiError):
    """An OPML file that cannot be read: says which file and why."""

    def __init__(self, source: str, message: str, *, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {message}")


MAX_OPML_BYTES = 20 * 1024 * 1024
"""A feed list bigger than this is not a feed list."""


# --------------------------------------------------------------------------- reading


def read_opml(source: bytes | Path | str) -> list[FeedConfig]:
    """The feeds listed in an OPML document (bytes, or the path of a file).

    Every outline with an `xmlUrl` is a feed; the outlines around it are folders
    and become its tags (outermost first), followed by any `category` entries.
    The title is the `title` attribute, else `text` (None when it only repeats
    the URL). A feed listed twice (some readers do that for several folders)
    comes back once with the tags of both. Outlines without `xmlUrl` and
    attributes that are missing are tolerated.

    Raises:
        OpmlError: the file cannot be read, is not well-formed XML, declares
            entities, or is not OPML.
    """
    if isinstance(source, (str, Path)):
        name = str(source)
        try:
            with open(source, "rb") as file:
                data = file.read(MAX_OPML_BYTES + 1)
        except OSError as error:
            raise OpmlError(name, f"cannot read: {error.strerror or error}") from None
    else:
        name, data = "OPML document", bytes(source)
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(name, f"larger than {MAX_OPML_BYTES // (1024 * 1024)} MB; not an OPML feed list")
    return _merge(_Reader(name).read(data))


class _Refused(Exception):
    """Raised from an expat handler to stop the parse."""


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self._reset()

    def _reset(self) -> None:
        self.feeds: list[FeedConfig] = []
        self.stack: list[str | None] = []  # per open <outline>: the folder name it adds, if any
        self.root: str | None = None
        self.in_body = False

    def read(self, data: bytes) -> list[FeedConfig]:
        try:
            self._parse(data, encoding=None)
        except _UnknownEncoding as unknown:
            # pyexpat handles single-byte encodings through Python's codecs but
            # not multi-byte ones (Shift_JIS, GBK): decode those in Python and
            # hand expat UTF-8 instead.
            try:
                text = data.decode(unknown.encoding)
            except (LookupError, UnicodeDecodeError):
                raise OpmlError(self.name, f"unsupported or wrong text encoding {unknown.encoding!r}") from None
            self._reset()
            self._parse(_DECLARATION.sub("", text, count=1).encode("utf-8"), encoding="utf-8")
        if self.root != "opml":
            raise OpmlError(self.name, f"not an OPML file (the document is <{self.root}>, not <opml>)")
        return self.feeds

    def _parse(self, data: bytes, encoding: str | None) -> None:
        from xml.parsers import expat

        parser = expat.ParserCreate(encoding)
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.EntityDeclHandler = self._entity
        parser.ExternalEntityRefHandler = self._external
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        try:
            parser.Parse(data, True)
        except (LookupError, ValueError) as error:
            # pyexpat asks Python's codecs for encodings it lacks, and refuses
            # multi-byte ones (ValueError): those are decoded here instead.
            match = _DECLARATION.match(data[:200].decode("ascii", "replace"))
            if match and encoding is None and isinstance(error, ValueError):
                raise _UnknownEncoding(match.group(1)) from None
            named = match.group(1) if match else "?"
            raise OpmlError(self.name, f"unknown text encoding {named!r}") from None
        except _Refused as refused:
            raise OpmlError(self.name, str(refused), line=parser.CurrentLineNumber) from None
        except expat.ExpatError as error:
            message = expat.ErrorString(error.code)
            if error.code == expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING]:
                match = _DECLARATION.match(data[:200].decode("ascii", "replace"))
                if match and encoding is None:
                    raise _UnknownEncoding(match.group(1)) from None
            raise OpmlError(self.name, f"malformed XML: {message}", line=error.lineno) from None

    def _entity(self, name: str, *_: object) -> None:
        raise _Refused(f"refusing an OPML file that declares entities (<!ENTITY {name} ...>)")

    def _external(self, *_: object) -> int:
        raise _Refused("refusing an OPML file that refers to external entities")

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.root is None:
            self.root = tag
        if tag == "body":
            self.in_body = True
        if tag != "outline" or not self.in_body:
            return
        # Attribute names vary in case between readers (xmlUrl, xmlurl, XMLURL).
        attrs = {key.lower(): value for key, value in attrs.items()}
        url = (attrs.get("xmlurl") or "").strip()
        label = one_line(attrs.get("title") or attrs.get("text") or "")
        if not url:
            self.stack.append(label or None)
            return
        self.stack.append(None)
        tags = [folder for folder in self.stack if folder]
        tags.extend(_split_categories(attrs.get("category") or ""))
        title = label if label and label != url else None
        site = (attrs.get("htmlurl") or "").strip()
        site_url = site if site and url_problem(site) is None else None  # a site link that is not http(s) is dropped
        self.feeds.append(FeedConfig(url=url, title=title, tags=_unique(tags), site_url=site_url))

    def _end(self, tag: str) -> None:
        if tag == "outline" and self.in_body and self.stack:
            self.stack.pop()
        elif tag == "body":
            self.in_body = False


class _UnknownEncoding(Exception):
    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


_DECLARATION = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["'][^>]*\?>""")


def _split_categories(value: str) -> list[str]:
    """OPML 2.0 `category`: comma-separated; a leading "/" (a path root) is dropped."""
    tags = []
    for part in value.split(","):
        # A literal leading "/" is an OPML path root; write_opml encodes a tag's own
        # leading "/" as %2F, so it survives this.
        tag = one_line(unquote(part.strip().removeprefix("/")))
        if tag:
            tags.append(tag)
    return tags


def _unique(tags: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for tag in tags:
        if tag not in out:
            out.append(tag)
    return tuple(out)


def _merge(feeds: list[FeedConfig]) -> list[FeedConfig]:
    """One entry per URL: the first title, the tags of every copy in order."""
    merged: dict[str, FeedConfig] = {}
    for feed in feeds:
        key = normalize_url(feed.url)
        first = merged.get(key)
        if first is None:
            merged[key] = feed
        else:
            merged[key] = FeedConfig(
                url=first.url,
                title=first.title or feed.title,
                tags=_unique((*first.tags, *feed.tags)),
                site_url=first.site_url or feed.site_url,
            )
    return list(merged.values())


# --------------------------------------------------------------------------- writing


def write_opml(
    feeds: Sequence[FeedConfig], title: str = "newstui feeds", site_urls: Mapping[str, str] | None = None
) -> str:
    """An OPML 2.0 document listing `feeds`, folders made from their tags.

    Feeds without tags sit at the top level; the others in the folder of their
    first tag, in the order the folders first appear. A feed with more than one
    tag also gets `category="tag1,tag2"` (commas and % in a tag percent-encoded)
    so `read_opml` gives back exactly its tags. `htmlUrl` is the feed's
    `site_url`, else `site_urls[feed.url]` (the site the feed itself names, from
    the cache).
    """
    folders: dict[str, list[FeedConfig]] = {}
    top: list[FeedConfig] = []
    for feed in feeds:
        if feed.tags:
            folders.setdefault(feed.tags[0], []).append(feed)
        else:
            top.append(feed)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{escape(_clean(title))}</title>",
        "  </head>",
        "  <body>",
    ]
    sites = site_urls or {}
    lines.extend(_outline(feed, "    ", sites) for feed in top)
    for folder, members in folders.items():
        lines.append(f"    <outline text={_attr(folder)} title={_attr(folder)}>")
        lines.extend(_outline(feed, "      ", sites) for feed in members)
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _outline(feed: FeedConfig, indent: str, sites: Mapping[str, str]) -> str:
    # `text` is required by OPML; with no title, the URL stands in (and reads back as no title).
    label = _clean(feed.title) if feed.title else feed.url
    attrs = f'type="rss" text={_attr(label)}'
    if feed.title:
        attrs += f" title={_attr(label)}"
    attrs += f" xmlUrl={_attr(feed.url)}"
    site = feed.site_url or sites.get(feed.url)
    if site and url_problem(site) is None:
        attrs += f" htmlUrl={_attr(site)}"
    if len(feed.tags) > 1:
        # Only "%" and "," are escaped: the list stays readable and splits exactly.
        category = ",".join(_category(tag) for tag in feed.tags)
        attrs += f" category={_attr(category)}"
    return f"{indent}<outline {attrs}/>"


def _category(tag: str) -> str:
    # Only what `_split_categories` would misread is escaped, so the list stays readable.
    text = tag.replace("%", "%25").replace(",", "%2C")
    return "%2F" + text[1:] if text.startswith("/") else text


def _clean(text: str) -> str:
    return one_line(text)


def _attr(value: str) -> str:
    # quoteattr escapes &, <, > and quotes. XML 1.0 cannot carry most control
    # characters at all, so they go; whitespace ones are written as references
    # because a reader would fold them to spaces.
    return quoteattr(strip_control(value), {"\n": "&#10;", "\t": "&#9;", "\r": "&#13;"})
