"""Raw entries → `ParsedFeed`: the cleaning every reader (lxml, feedparser, JSON Feed) shares."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from newstui.feeds.parse.authors import author_name
from newstui.feeds.parse.dates import parse_date, plausible
from newstui.feeds.parse.enclosures import RawEnclosure, clean_enclosures
from newstui.feeds.parse.encoding import ascii_view
from newstui.feeds.parse.links import absolute_link, absolute_urls
from newstui.feeds.parse.plain_text import html_to_text, one_line, shorten, strip_control
from newstui.feeds.parse.references import html_references, restored
from newstui.feeds.parse.titles import fallback_title
from newstui.model import ParsedFeed, ParsedItem

# Summary built from the content when an entry has no summary of its own.
_SUMMARY_FROM_CONTENT = 600
# Longest texts kept. A headline is a line: a longer "title" is a body pasted into the title
# field, or a 10 MB attack on the item list. A summary is at most an article's length.
MAX_TITLE = 1000
MAX_AUTHOR = 300
MAX_SUMMARY = 100_000
# Markup read for a text of `limit` characters: tags and entities take room too.
_MARKUP_PER_CHAR = 4
# A tag in a description: HTML that may be the whole article.
_HAS_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True, slots=True)
class RawItem:
    """Strings as found in the document, before cleaning."""

    title: str = ""
    title_is_html: bool = True
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    content_html: str = ""
    author: str | None = None
    date: str | None = None
    link_is_guid: bool = False
    """Whether `link` is the item's permalink guid (it gave no link of its own)."""
    alt_date: str | None = None
    """Another date element of the item (an RSS item's dc:date next to its pubDate): read
    only when `date` cannot be."""
    base: str | None = None
    enclosures: tuple[RawEnclosure, ...] = ()
    """RSS <enclosure> and Atom rel="enclosure" links in document order, then Media RSS media:content."""
    updated: str | None = None
    """The entry's own last-modified date (Atom <updated>) when it gives a published date
    too: which of two copies of one entry, published alike, is the later edit."""
    content_base: str | None = None
    """The base of the content's (else the description's) own element: its xml:base, its
    ancestors', else the document's URL."""


def build_feed(
    url: str,
    feed_title: str | None,
    site: str | None,
    base: str | None,
    raws: Iterable[RawItem],
    error: str | None,
    dates: list[datetime | None] | None = None,
    *,
    author: str | None = None,
    xml_base: bool = True,
    controls: bool = False,
    torn: bool = False,
) -> ParsedFeed:
    """ParsedFeed of raw entries: the cleaning both readers (and JSON Feed) share.

    `author` is the feed's own (RSS managingEditor or dc:creator, Atom feed author):
    the author of every entry that names none. `xml_base` says whether the document
    uses xml:base; when it does not, relative item links are resolved against the feed's
    site (`site`, itself resolved against the feed's URL), as newsboat reads them: the
    site is what the links are relative to (a WordPress feed at /feed/ linking
    "2026/11/post/", a feed on FeedBurner or a CDN linking "/2026/one.html"). `controls`: the document's
    forbidden character references were rewritten (`legal_references`): their stand-ins
    become controls again, for the cleaning to remove. `torn`: the document stops inside
    its last entry (`ends_inside_item`), which is left out.
    """
    if torn:
        raws = list(raws)[:-1]
        error = f"{error}; {TORN_NOTE}" if error else TORN_NOTE
    if controls:
        raws = [_restore_controls(raw) for raw in raws]
        feed_title = restored(feed_title) if feed_title else feed_title
        author = restored(author) if author else author
    raws = list(raws)
    shared = _shared_links(raws)
    items: list[ParsedItem] = []
    seen: dict[str, int] = {}  # key → its item's place in `items`
    # A keyed item's <updated> as written, by place: read as a date only when its key comes
    # again (most Atom entries give one, and few repeat).
    revised: dict[int, str] = {}
    now = datetime.now(UTC)
    feed_author = _author(author) if author else None
    site_base = None if xml_base else _site_base(site, url)
    for index, raw in enumerate(raws):
        item_base = raw.base or base or url
        # Enclosures stay relative to the document: newsboat leaves theirs unresolved.
        link = None if _guid_is_no_address(raw) else absolute_link(raw.link, site_base or item_base)
        published = parse_date(raw.date, now)
        if published is None and raw.alt_date:
            published = parse_date(raw.alt_date, now)
        fallback = dates[index] if dates is not None else None
        if published is None and fallback is not None:
            published = plausible(fallback, now)
        guid = one_line(raw.guid) if raw.guid else None
        if guid is None and link and published is not None and raw.link in shared:
            # Dated items without a guid sharing one link (a notices page, a changelog) are
            # told apart by their date, as newsboat does (link and pubDate); the link alone
            # would keep only the first. Undated ones stay one item, as there.
            guid = f"{link}#{published.isoformat()}"
        key = guid or link
        replaces: int | None = None
        if key and key in seen:
            replaces = seen[key]
            updated, kept_updated = parse_date(raw.updated, now), parse_date(revised.get(replaces), now)
            if not _newer(published, items[replaces].published, updated, kept_updated):
                continue  # a repeated guid/link in one document: the newest copy, else the first
        if "&#" in raw.summary or "&#" in raw.content_html:
            raw = replace(raw, summary=html_references(raw.summary), content_html=html_references(raw.content_html))
        summary = _bounded_text(raw.summary, MAX_SUMMARY, references=False)  # done above
        content_html = strip_control(raw.content_html).strip()
        if not content_html and "<" in raw.summary and _HAS_TAG.search(raw.summary):
            # Description-only feeds often carry the whole article as HTML there.
            content_html = strip_control(raw.summary).strip()
        if xml_base and content_html and raw.content_base:
            # The reader resolves what is left relative against the item's link; xml:base
            # may name another place (a CDN, the post's directory), which only the feed knows.
            content_html = absolute_urls(content_html, raw.content_base)
        if not summary and content_html:
            summary = shorten(html_to_text(content_html), _SUMMARY_FROM_CONTENT)
        title = _bounded_text(raw.title, MAX_TITLE, html=raw.title_is_html)
        enclosures = clean_enclosures(raw.enclosures, item_base) if raw.enclosures else ()
        if not (title or summary or content_html or link or guid or enclosures):
            # Nothing to show or to know it by: the torn end of a cut-off document, an empty
            # <item/>. Stored, it would be an "(untitled)" item for good.
            continue
        item = ParsedItem(
            title=title or fallback_title(raw.summary, content_html, link, [e.url for e in enclosures]),
            link=link,
            guid=guid or None,
            summary=summary,
            content_html=content_html,
            author=(_author(raw.author) if raw.author else None) or feed_author,
            published=published,
            enclosures=enclosures,
        )
        if replaces is not None:
            items[replaces] = item  # in the first copy's place: undated items keep the document's order
            if raw.updated:
                revised[replaces] = raw.updated
            else:
                revised.pop(replaces, None)
        else:
            if key:
                seen[key] = len(items)
                if raw.updated:
                    revised[len(items)] = raw.updated
            items.append(item)
    return ParsedFeed(
        title=_bounded_text(feed_title, MAX_TITLE, references=False) or None if feed_title else None,
        site_url=absolute_link(site, base or url),
        items=items,
        error=error,
    )


def _newer(
    published: datetime | None,
    kept: datetime | None,
    updated: datetime | None = None,
    kept_updated: datetime | None = None,
) -> bool:
    """Whether an entry dated `published` (last modified `updated`) replaces the copy dated
    `kept` (`kept_updated`) that the document listed before it under the same guid (or link).

    A feed that repeats a guid in one document holds two versions of one story: a CMS that
    appends the corrected entry, a tide table or price list re-issued under one id, a planet
    listing a post twice. The copy the feed dates latest is its latest word, wherever the
    document puts it (feeds list newest first or oldest first). A correction keeps the date
    the story was published and moves only its last-modified one (Atom's <updated>): when the
    published dates tie, the copy updated later wins (one that says when it was updated over
    one that does not). With nothing to tell them apart, the first copy is kept, the one a
    reader sees first. The item keeps its key, so its read mark and bookmark stay; an edit to
    it is an edit as any other.
    """
    if published is not None and (kept is None or published > kept):
        return True
    return published == kept and updated is not None and (kept_updated is None or updated > kept_updated)


def _bounded_text(markup: str, limit: int, *, html: bool = True, references: bool = True) -> str:
    """One line of plain text from `markup` (HTML unless `html` is False; its windows-1252
    character references repaired when `references`), at most `limit` characters (cut at a
    word, with "…"); only the start of a huge markup is read, and a text cut there ends in "…"."""
    read = limit * _MARKUP_PER_CHAR
    if len(markup) <= read:
        cut = False
    else:
        markup, cut = markup[:read], True
        if html:
            markup = _without_torn_end(markup)
    if html:
        text = shorten(html_to_text(html_references(markup) if references else markup), limit)
    else:
        text = shorten(one_line(markup), limit)
    if cut and text and not text.endswith("…"):
        text = text.rstrip() + "…"
    return text


# The end of markup cut inside a reference ("&#82", "&am") or a tag ("<a href=", "</"): left
# whole, a reference without its ";" still decodes ("&#82" is "R") and a tag stays as text.
_TORN_REFERENCE = re.compile(r"&#?[0-9A-Za-z]*")
_TORN_TAG = re.compile(r"</?(?:[A-Za-z!][^<>]*)?")


def _without_torn_end(markup: str) -> str:
    """`markup` less a reference or tag its end cuts in two."""
    # The tag first: "&am<b" loses "<b", then "&am".
    for mark, torn in (("<", _TORN_TAG), ("&", _TORN_REFERENCE)):
        start = markup.rfind(mark)
        if start != -1 and torn.fullmatch(markup, start):
            markup = markup[:start]
    return markup


def _author(text: str) -> str | None:
    """An author's name, at most MAX_AUTHOR characters."""
    name = author_name(text[: MAX_AUTHOR * _MARKUP_PER_CHAR])
    return shorten(name, MAX_AUTHOR) if name else None


def _restore_controls(raw: RawItem) -> RawItem:
    """The raw item with the stand-ins of `legal_references` turned back into controls."""
    return replace(
        raw,
        title=restored(raw.title),
        summary=restored(raw.summary),
        content_html=restored(raw.content_html),
        author=restored(raw.author) if raw.author else raw.author,
        guid=restored(raw.guid) if raw.guid else raw.guid,
        link=restored(raw.link) if raw.link else raw.link,
    )


def _site_base(site: str | None, url: str) -> str | None:
    """The feed's site link resolved against the feed's URL `url`, when that is an http(s) URL."""
    return absolute_link(site, url) if site else None


def _guid_is_no_address(raw: RawItem) -> bool:
    """Is the item's link its permalink guid, which is only a name ("12345", "post-abc")?

    RSS's isPermaLink defaults to true, and many feeds that give ids, not URLs, leave it
    out. A guid with no "/" is no address: resolved against the feed it would make up a
    page that never was (https://site/12345), so the item gets no link rather than that.
    A path ("/posts/8", "posts/7") or a URL stays a link, and so does an item's own
    <link>, even one the guid repeats ("page-7.html"): only the guid is read so.
    """
    return raw.link_is_guid and bool(raw.link) and "/" not in (raw.link or "").strip()


def _shared_links(raws: Sequence[RawItem]) -> set[str]:
    """The links that more than one item without a guid gives, as the document writes them."""
    seen: set[str] = set()
    shared: set[str] = set()
    for raw in raws:
        if not raw.guid and raw.link:
            if raw.link in seen:
                shared.add(raw.link)
            seen.add(raw.link)
    return shared


# -- a document cut off inside an item: that item is half of one, and is left out --------------

# An item's (RSS) or entry's (Atom) start and end tags, with any namespace prefix. Only a
# whole start tag, not an empty one (<item/>): a cut inside a start tag gives the readers no
# item at all, and the last item they give is then a whole one. Comments and CDATA sections
# are text, whatever tags they mention: they are matched first, as one piece each (to the end
# of the body when the cut falls inside one), so no tag is looked for inside them.
_TAGS = re.compile(
    rb"<(?:(?P<text>!--.*?(?:-->|\Z)|!\[CDATA\[.*?(?:\]\]>|\Z))"
    rb"|(?P<start>(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?:\s[^<>]*)?(?<!/)>)"
    rb"|(?P<end>/(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>))",
    re.DOTALL,
)

TORN_NOTE = "the document stops inside its last item, which is left out"


def ends_inside_item(body: bytes) -> bool:
    """Whether `body` ends inside an item: its last item's start tag has no end tag after it
    (a tag named in a comment or a CDATA section is text, not a tag).

    A download cut short (a proxy's limit, a dropped connection, a server that died while
    writing) ends somewhere in its last item. The readers recover what comes before the cut,
    that half item too: its title, perhaps not its guid or link, which came after the cut.
    Stored, it was kept under another key (its link, a hash of its text) than the whole item
    the next download brings, which then came as a second copy beside it for good. Half an
    item is the document's fault, not a story: it is left out, and the whole one is read next
    time. A document that ends with its root's end tag (`ends_with_root_end`) was not cut:
    an item whose end tag is broken there (`</itme>`, a stray control inside it) is whole,
    its guid and all, and is kept.
    """
    if ends_with_root_end(body):
        return False
    inside = False
    for match in _TAGS.finditer(ascii_view(body)):
        if match.lastgroup == "start":
            inside = True
        elif match.lastgroup == "end":
            inside = False
    return inside


# The end tag of a feed document's root (RSS, Atom, RDF), with any prefix, and blanks after it.
_ROOT_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)\s*>\s*\Z")


def ends_with_root_end(body: bytes) -> bool:
    """Whether `body` ends with its root's end tag (</rss>, </feed>, </rdf:RDF>): whatever is
    wrong with it, the document is whole, not the start of one whose download was cut (a
    server that leaves a compressed stream's last bytes out sends such a body)."""
    return _ROOT_END.search(ascii_view(body, _ROOT_END_TAIL)) is not None


_ROOT_END_TAIL = 4096
