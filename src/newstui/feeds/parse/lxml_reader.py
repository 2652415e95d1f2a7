"""The fast path: well-formed RSS 2.0, RSS 1.0/RDF and Atom read with lxml (a lazy import)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from newstui.feeds.parse.cleaning import RawItem, build_feed, ends_inside_item
from newstui.feeds.parse.enclosures import MAX_ENCLOSURES, RawEnclosure
from newstui.feeds.parse.encoding import charset_of
from newstui.feeds.parse.links import PLAIN_ABSOLUTE, link_relation
from newstui.feeds.parse.webpage import SNIFF, web_page_error
from newstui.model import ParsedFeed

if TYPE_CHECKING:
    from lxml import etree

# The feed dialects' namespaces, as lxml writes a tag in one: "{uri}name".
ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
XHTML = "{http://www.w3.org/1999/xhtml}"
MEDIA = "{http://search.yahoo.com/mrss/}"
FEEDBURNER_ORIGLINK = "{http://rssnamespace.org/feedburner/ext/1.0}origLink"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
# Media RSS under the namespace URI without its final slash, which feedparser also accepts.
MEDIA_ALT = "{http://search.yahoo.com/mrss}"
_MEDIA_CONTENT = (MEDIA + "content", MEDIA_ALT + "content")
_MEDIA_GROUP = (MEDIA + "group", MEDIA_ALT + "group")
_MEDIA_DESCRIPTION = (MEDIA + "description", MEDIA_ALT + "description")
_MEDIA_TITLE = (MEDIA + "title", MEDIA_ALT + "title")


def parse_with_lxml(
    body: bytes, url: str, content_type: str | None, *, controls: bool = False, recover: bool = False
) -> ParsedFeed | None:
    """Parse a well-formed RSS/RDF/Atom document with lxml; None means "let feedparser try".

    `recover`: read a document that is not well-formed with libxml2's recovery (fast; text
    at the errors may be lost), for one too large for feedparser.
    """
    if body[:1] in (b" ", b"\t", b"\r", b"\n"):
        # Blank lines before the XML declaration (a common CMS plugin bug) make the
        # document not well-formed; skipping them loses nothing.
        body = body.lstrip(b" \t\r\n")
    head = body[:SNIFF]
    if b"<!ENTITY" in head:
        return None  # entity declarations: feedparser handles them, lxml would need to expand them
    charset = charset_of(content_type)
    if charset and charset not in ("utf-8", "utf8", "us-ascii", "ascii") and b"encoding=" not in head:
        return None  # the charset is only in the HTTP header: feedparser's rules apply
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=recover,
    )
    try:
        root = etree.fromstring(body, parser, base_url=url)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None  # recovery found no element at all (an audio file, a CSV): not this reader's
    tag = root.tag
    if not isinstance(tag, str):
        return None
    torn = recover and ends_inside_item(body)
    # The byte test is the cheap answer for most feeds; a post that merely mentions
    # xml:base in its text is told apart by looking for the attribute itself.
    xml_base = b"xml:base" in body and bool(root.xpath("boolean(//@xml:base)"))
    if tag in ("html", XHTML + "html"):
        raise web_page_error(url, body, "HTML" if tag == "html" else "XHTML")
    if tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        feed_title, site = _child_text(channel, "title"), _child_text(channel, "link")
        elements = channel.findall("item")
        if not elements:
            # Items beside the channel instead of in it: not RSS 2.0, but feedparser reads them.
            elements = root.findall("item")
        raws = [_rss_item(el, bases=xml_base) for el in elements]
        author = (
            _child_text(channel, "managingEditor")
            or _child_text(channel, DC + "creator")
            or _child_text(channel, ITUNES + "author")
        )
        return build_feed(
            url,
            feed_title,
            site,
            channel.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
            torn=torn,
        )
    if tag == RDF + "RDF":
        ns = RSS1 if root.find(RSS1 + "channel") is not None or root.find(RSS1 + "item") is not None else RSS090
        channel = root.find(ns + "channel")
        feed_title = _child_text(channel, ns + "title") if channel is not None else None
        site = _child_text(channel, ns + "link") if channel is not None else None
        raws = [_rss_item(el, ns, xml_base) for el in root.iterfind(ns + "item")]
        author = _child_text(channel, DC + "creator") if channel is not None else None
        return build_feed(
            url,
            feed_title,
            site,
            root.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
            torn=torn,
        )
    if tag == ATOM + "feed":
        title_el = root.find(ATOM + "title")
        feed_title = None
        if title_el is not None:
            text, is_html = _atom_text(title_el)
            # Plain text is escaped so the HTML-to-text cleaning gives it back unchanged.
            feed_title = text if is_html else html.escape(text, quote=False)
        raws = [_atom_entry(el, xml_base) for el in root.iterfind(ATOM + "entry")]
        # RFC 4287 4.2.1: an entry without an author has the feed's.
        author = _atom_authors(root)
        site = _atom_link(root)
        return build_feed(
            url,
            feed_title,
            site,
            root.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
            torn=torn,
        )
    return None


def _child_text(parent: etree._Element, tag: str) -> str | None:
    el = parent.find(tag)
    if el is None:
        return None
    return _all_text(el)


def _all_text(el: etree._Element) -> str:
    """The element's text with its descendants' (`itertext`), read directly when it has no children."""
    if len(el) == 0:  # the common case; itertext costs ten times as much
        return el.text or ""
    return "".join(el.itertext())


def _inner_xml(el: etree._Element) -> str:
    """The element's content as markup: its text, plus child elements serialised."""
    from lxml import etree

    if len(el) == 0:
        return el.text or ""
    parts = [html.escape(el.text or "", quote=False)]
    for child in el:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return _drop_namespaces("".join(parts))


def _children(el: etree._Element) -> tuple[dict[Any, etree._Element], list[etree._Element]]:
    """An item's or entry's children: the first of each tag, and every attachment element."""
    fields: dict[Any, etree._Element] = {}
    attached: list[etree._Element] = []
    for child in el:
        fields.setdefault(child.tag, child)
        if child.tag in _ATTACHMENT_TAGS:
            attached.append(child)
    return fields, attached


def _rss_item(el: etree._Element, ns: str = "", bases: bool = False) -> RawItem:
    fields, attached = _children(el)
    title = fields.get(ns + "title")
    link_el = fields.get(ns + "link")
    guid_el = fields.get("guid")
    description = fields.get(ns + "description")
    content = fields.get(CONTENT)
    # RSS's own <author> first (newsboat's choice too), then every dc:creator, then iTunes'.
    author = fields.get("author")
    author_text = _all_text(author) if author is not None else None
    if not author_text and fields.get(DC + "creator") is not None:
        author_text = _creators(el.iterfind(DC + "creator"))
    if not author_text and (author := fields.get(ITUNES + "author")) is not None:
        author_text = _all_text(author)
    if description is None and ns == "":
        # A podcast's episode notes, when it has no description (newsboat and feedparser read it too),
        # else a clip's Media RSS description, in the item or in its media:content / media:group.
        notes = fields.get(ITUNES + "summary")
        if notes is None:
            notes = fields.get(MEDIA + "description", fields.get(MEDIA_ALT + "description"))
        notes_text = _all_text(notes) if notes is not None else _media_description(attached)
        summary = html.escape(notes_text, quote=False)
    else:
        summary = _inner_xml(description) if description is not None else ""
    # pubDate, dc:date, then .NET SyndicationFeed's <a10:published>/<a10:updated>; the second
    # one found stands in when the first cannot be read ("soon", a local format).
    dates = [
        found
        for tag in ("pubDate", DC + "date", ATOM + "published", ATOM + "updated")
        if (found := fields.get(tag)) is not None
    ]
    date = dates[0] if dates else None
    alt_date = dates[1] if len(dates) > 1 else None
    guid = (guid_el.text or "").strip() if guid_el is not None else None
    if guid is None and ns:
        guid = el.get(RDF + "about")  # RSS 1.0 items are named by rdf:about
    link = (link_el.text or "").strip() if link_el is not None else None
    original = fields.get(FEEDBURNER_ORIGLINK)
    if original is not None and PLAIN_ABSOLUTE.match((original.text or "").strip()):
        link = (original.text or "").strip()  # the article itself, not FeedBurner's tracking redirect
    link_is_guid = False
    if not link and guid and guid_el is not None and guid_el.get("isPermaLink", "true").lower() != "false":
        link, link_is_guid = guid, True
    if not link and attached:
        # An atom:link in an RSS item (feedparser reads it too; newsboat does not): better than none.
        link = next(
            (
                (child.get("href") or "").strip()
                for child in attached
                if child.tag == ATOM + "link" and link_relation(child.get("rel") or None) == "alternate"
            ),
            "",
        )
    title_is_html = True
    media_title = fields.get(MEDIA + "title", fields.get(MEDIA_ALT + "title"))
    if title is None and media_title is None:
        media_title = _nested_media(attached, _MEDIA_TITLE)
    if title is None and media_title is not None:
        # A gallery or video item titled only by Media RSS, in the item or in its media:content
        # or media:group (the spec allows all three places): plain text unless it says html.
        title, title_is_html = media_title, media_title.get("type", "plain").lower() == "html"
    if title is None and (episode := fields.get(ITUNES + "title")) is not None:
        # A podcast episode named only for Apple's directory (a bonus, a trailer): plain text.
        title, title_is_html = episode, False
    return RawItem(
        title=_all_text(title) if title is not None else "",
        title_is_html=title_is_html,
        link=link or None,
        link_is_guid=link_is_guid,
        guid=guid or None,
        summary=summary,
        content_html=_inner_xml(content) if content is not None else "",
        author=author_text or None,
        date=(date.text or "").strip() if date is not None else None,
        alt_date=(alt_date.text or "").strip() if alt_date is not None else None,
        base=el.base,
        enclosures=_raw_enclosures(attached) if attached else (),
        # Only a document with xml:base needs it (`build_feed`); reading it costs every item.
        content_base=(content if content is not None else description if description is not None else el).base
        if bases
        else None,
    )


def _creators(elements: Iterable[etree._Element]) -> str:
    """Every dc:creator of an item, once each, as one author: "Abe Lind, Bea Nord"."""
    names = [" ".join(_all_text(el).split()) for el in elements]
    return ", ".join(dict.fromkeys(name for name in names if name))


_ATTACHMENT_TAGS = frozenset(("enclosure", ATOM + "link", *_MEDIA_CONTENT, *_MEDIA_GROUP))


def _raw_enclosures(elements: list[etree._Element]) -> tuple[RawEnclosure, ...]:
    """Enclosures first, then media:content (also inside media:group): the order feedparser gives them."""
    first: list[RawEnclosure] = []
    media: list[RawEnclosure] = []
    for el in elements:
        tag = el.tag
        if tag == "enclosure":
            first.append((el.get("url"), el.get("type"), el.get("length")))
        elif tag == ATOM + "link":
            if link_relation(el.get("rel") or "") == "enclosure":
                first.append((el.get("href"), el.get("type"), el.get("length")))
        elif tag in _MEDIA_CONTENT:
            media.append((el.get("url"), el.get("type"), el.get("fileSize")))
        else:  # media:group
            for content in el:
                if content.tag in _MEDIA_CONTENT:
                    media.append((content.get("url"), content.get("type"), content.get("fileSize")))
    return tuple(first + media)[: MAX_ENCLOSURES * 2]


def _media_description(attached: list[etree._Element]) -> str:
    """The plain text of the first media:description of a media:group or media:content
    (YouTube describes each video so, and has no summary or content): "" when none."""
    found = _nested_media(attached, _MEDIA_DESCRIPTION)
    return _all_text(found).strip() if found is not None else ""


def _nested_media(attached: list[etree._Element], tags: tuple[str, ...]) -> etree._Element | None:
    """The first element named by `tags` with text, in a media:group or media:content of the item
    (also in a media:content inside a media:group): Media RSS lets a clip carry its own title and
    description there instead of in the item."""
    for el in attached:
        if el.tag in _MEDIA_GROUP or el.tag in _MEDIA_CONTENT:
            for child in el.iter(*tags):
                if _all_text(child).strip():
                    return child
    return None


def _atom_text(el: etree._Element) -> tuple[str, bool]:
    """(text, is_html) of an Atom text construct (type text, html or xhtml)."""
    kind = (el.get("type") or "text").lower()
    if kind == "xhtml":
        div = el.find(XHTML + "div")
        return (_inner_xml(div) if div is not None else _inner_xml(el)), True
    text = _all_text(el)
    if kind in ("html", "text/html"):
        return text, True
    return text, False


def _atom_link(el: etree._Element) -> str | None:
    fallback = None
    for link in el.iterfind(ATOM + "link"):
        rel = link_relation(link.get("rel"))
        href = link.get("href")
        if not href:
            continue
        if rel == "alternate" and (link.get("type") or "text/html").startswith(("text/html", "application/xhtml")):
            return str(urljoin(link.base or "", href.strip()))
        if rel == "alternate" and fallback is None:
            fallback = urljoin(link.base or "", href.strip())
    return str(fallback) if fallback is not None else None


def _atom_entry(el: etree._Element, bases: bool = False) -> RawItem:
    fields, attached = _children(el)
    title_el = fields.get(ATOM + "title")
    title, title_is_html = _atom_text(title_el) if title_el is not None else ("", False)
    summary_el = fields.get(ATOM + "summary")
    summary, summary_is_html = _atom_text(summary_el) if summary_el is not None else ("", False)
    content_el = fields.get(ATOM + "content")
    content_html = ""
    # Only a document with xml:base needs it (`build_feed`); reading it costs every entry.
    content_base = (summary_el if summary_el is not None else el).base if bases else None
    if content_el is not None and not content_el.get("src"):
        text, is_html = _atom_text(content_el)
        content_html = text if is_html else html.escape(text, quote=False)
        content_base = _text_base(content_el) if bases else None
    author = _atom_authors(el) if ATOM + "author" in fields else None
    id_el = fields.get(ATOM + "id")
    date_el = fields.get(ATOM + "published")
    updated_el = fields.get(ATOM + "updated")
    if date_el is None:
        date_el, updated_el = updated_el, None  # the only date it gives: its date, no edit told
    link = _atom_link(el)
    original = fields.get(FEEDBURNER_ORIGLINK)
    if original is not None and PLAIN_ABSOLUTE.match((original.text or "").strip()):
        link = (original.text or "").strip()
    if not summary and not content_html and attached:
        summary = _media_description(attached)  # a YouTube video's own words
    return RawItem(
        title=title,
        title_is_html=title_is_html,
        link=link,
        guid=(id_el.text or "").strip() or None if id_el is not None else None,
        summary=summary if summary_is_html else html.escape(summary, quote=False),
        content_html=content_html,
        author=author,
        date=(date_el.text or "").strip() if date_el is not None else None,
        updated=(updated_el.text or "").strip() or None if updated_el is not None else None,
        base=el.base,
        enclosures=_raw_enclosures(attached) if attached else (),
        content_base=content_base,
    )


def _atom_authors(el: etree._Element) -> str | None:
    """The names of every author of an Atom feed or entry, once each: "Ivo Beam, Una Glass"
    (newsboat joins them so too); an author with only an email is named by it (as the
    feedparser reader does), not left out for the feed's author to stand in."""
    names = (
        _child_text(author, ATOM + "name") or _child_text(author, ATOM + "email") or ""
        for author in el.iterfind(ATOM + "author")
    )
    return ", ".join(dict.fromkeys(" ".join(name.split()) for name in names if name.strip())) or None


def _text_base(el: etree._Element) -> str | None:
    """The base of an Atom text construct's markup: an XHTML one's div may set its own."""
    if (el.get("type") or "").lower() == "xhtml":
        div = el.find(XHTML + "div")
        if div is not None:
            el = div
    base: str | None = el.base
    return base


_NS_DECL = re.compile(r'\s+xmlns(?::[\w.-]+)?="[^"]*"')
_NS_PREFIX = re.compile(r"(</?)[\w.-]+:")


def _drop_namespaces(markup: str) -> str:
    """`<html:p xmlns:html="…">` → `<p>`: lxml keeps namespaces that HTML has no use for."""
    if "xmlns" not in markup:
        return markup
    return _NS_PREFIX.sub(r"\1", _NS_DECL.sub("", markup))
