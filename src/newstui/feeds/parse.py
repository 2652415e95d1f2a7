"""Feed documents (RSS 2.0, RSS 1.0/RDF, Atom; JSON Feed via `newstui.feeds.jsonfeed`) → `ParsedFeed`.

Two readers produce the same model:

* a fast path on lxml for well-formed RSS/RDF/Atom (the common case: about 2 ms for
  a 50-item feed with full content), and
* feedparser for everything else (not well-formed XML, odd dialects, charsets given
  only by HTTP), which is 10-30× slower but forgiving: a broken ("bozo") document
  keeps what parsed and the error is recorded.

Both hand raw strings to the same cleaning code, so titles and summaries come out as
one-line plain text (tags stripped, entities decoded, control characters removed),
links are absolute http(s) URLs resolved against xml:base / the feed URL, and dates
are aware UTC datetimes. `content_html` is the entry's content:encoded / Atom
content, or, for a feed that puts its HTML in <description> only, that description.
Duplicate guids (else links) within one document keep the first entry.
Enclosures (RSS <enclosure>, Atom rel="enclosure" links, Media RSS media:content,
also inside media:group) become `Enclosure`s: absolute clean http(s) URLs, each once,
at most MAX_ENCLOSURES per item, a length that is not a positive integer → None.
`parse_feed` is pure and its arguments and result pickle, so it runs in a process pool.
"""

from __future__ import annotations

import codecs
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from newstui.errors import NewstuiError
from newstui.model import Enclosure, ParsedFeed, ParsedItem
from newstui.text import clean_url
from newstui.text import one_line as _one_line_checked
from newstui.text import strip_control as _strip_control_checked

if TYPE_CHECKING:
    from lxml import etree

# How much of the body's start is sniffed for "this is a web page".
_SNIFF = 2048
# Summary built from the content when an entry has no summary of its own.
_SUMMARY_FROM_CONTENT = 600

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
# Enclosures kept per item: a podcast has one, a gallery a few dozen; more is abuse.
MAX_ENCLOSURES = 50


class ParseError(NewstuiError):
    """A body could not be read as a feed at all (e.g. it is a web page). Names the URL."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-less args so the error survives the trip back from a worker process.
        return (ParseError, (self.url, self.message))


@dataclass(frozen=True, slots=True)
class _RawItem:
    """Strings as found in the document, before cleaning."""

    title: str = ""
    title_is_html: bool = True
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    content_html: str = ""
    author: str | None = None
    date: str | None = None
    base: str | None = None
    enclosures: tuple[RawEnclosure, ...] = ()
    """RSS <enclosure> and Atom rel="enclosure" links in document order, then Media RSS media:content."""
    content_base: str | None = None
    """The base of the content's (else the description's) own element: its xml:base, its
    ancestors', else the document's URL."""


# (url, type, length) as the document gives them.
RawEnclosure = tuple[str | None, str | None, str | None]


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
    body, content_type = _without_dtd(body, content_type)
    body, content_type = _repair_encoding(body, content_type)
    fast = _parse_fast(body, url, content_type)
    if fast is not None:
        return fast
    # Only a document the fast path refused is scanned for references XML forbids.
    legal = _legal_references(body)
    controls = legal is not body
    if controls:
        body = legal
        fast = _parse_fast(body, url, content_type, controls=True)
        if fast is not None:
            return fast
    if _looks_like_html(body, content_type):
        raise _web_page(url, body, "HTML")
    return _parse_with_feedparser(body, url, content_type, controls=controls)


# -- character references XML forbids --------------------------------------------------
#
# `&#27;` or `&#0;` in a feed makes the document not well-formed, and feedparser's
# lenient reader then keeps the text but loses characters around the reference. Each
# such reference is rewritten before parsing: a C0 control to a stand-in (a Unicode
# noncharacter, U+FDD0 + its code, legal in XML and never meaningful text) that the
# cleaning turns back into the control, so control characters and whole escape
# sequences go as they do for a control the document holds (an ESC that starts no
# sequence goes alone: "wall&#27;s" keeps its "s"); vertical tab and form feed (Word's
# line and page breaks) become spaces; NUL, surrogates and numbers past Unicode are
# dropped. The same references inside escaped HTML (`&amp;#27;`, or in CDATA) get the
# same treatment (`_html_references`) before that HTML is read.

# The references that may name such a character (the rest, such as &#39; or &#8217;,
# are never looked at): below 32, the stand-ins, and the long numbers (surrogates,
# past Unicode).
_SUSPECT = (
    r"&#(?:[xX]0*(1?[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF][dD][dDeE][0-9a-fA-F]|[fF]{3}[eEfF]|[0-9a-fA-F]{5,8})"
    r"|0*([0-9]|[12][0-9]|3[01]|[0-9]{5,10}));"
)
_CHAR_REFERENCE = re.compile(_SUSPECT.encode())
_STAND_IN = 0xFDD0
_RESTORE_CONTROLS = {_STAND_IN + code: code for code in range(32)}
_STRAY_ESC = re.compile(f"{chr(_STAND_IN + 27)}(?![\\[\\]PX^_])")


def _replacement(hexadecimal: str | bytes | None, decimal: str | bytes | None) -> str | None:
    """What a character reference becomes: None when XML allows its character, else the
    stand-in of a control, a space for VT and FF, or nothing (see above)."""
    code = int(hexadecimal, 16) if hexadecimal is not None else int(decimal or 0)
    if _STAND_IN <= code < _STAND_IN + 32:
        # A stand-in written as a reference: the rewrite of a reference inside CDATA.
        return chr(code)
    if code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return None
    if code in (11, 12):
        return " "
    return chr(_STAND_IN + code) if 0 < code < 32 else ""


def _legal_reference(match: re.Match[bytes]) -> bytes:
    replacement = _replacement(*match.groups())
    if replacement is None:
        return match.group()
    if replacement in ("", " "):
        return replacement.encode()
    # A reference again, not the character: the body's encoding is not known here.
    return b"&#x%X;" % ord(replacement)


def _legal_references(body: bytes) -> bytes:
    """`body` with every character reference XML 1.0 forbids rewritten (the same object when none is)."""
    if b"&#" not in body:
        return body
    fixed = _CHAR_REFERENCE.sub(_legal_reference, body)
    return body if fixed == body else fixed


def _restored(text: str) -> str:
    return _STRAY_ESC.sub("", text).translate(_RESTORE_CONTROLS)


_HTML_CHAR_REFERENCE = re.compile(_SUSPECT)


def _html_references(markup: str) -> str:
    """Entry HTML with its references to characters text cannot hold resolved as above: a
    C0 control becomes that control (for the cleaning to remove, with its sequence), a
    stray ESC, NUL, a surrogate or a number past Unicode nothing, VT and FF a space."""
    if "&#" not in markup:
        return markup
    return _restored(_HTML_CHAR_REFERENCE.sub(_html_reference, markup))


def _html_reference(match: re.Match[str]) -> str:
    replacement = _replacement(*match.groups())
    return match.group() if replacement is None else replacement


def _restore_controls(raw: _RawItem) -> _RawItem:
    """The raw item with the stand-ins of `_legal_references` turned back into controls."""
    return replace(
        raw,
        title=_restored(raw.title),
        summary=_restored(raw.summary),
        content_html=_restored(raw.content_html),
        author=_restored(raw.author) if raw.author else raw.author,
        guid=_restored(raw.guid) if raw.guid else raw.guid,
        link=_restored(raw.link) if raw.link else raw.link,
    )


def _web_page(url: str, body: bytes, kind: str) -> ParseError:
    """The error for a web page where a feed was expected, naming the page's own feed when it links one."""
    from newstui.feeds.discover import feed_links

    found = [link.url for link in feed_links(body, url) if link.readable]
    if found:
        return ParseError(url, f"this is a web page ({kind}), not a feed; the page names its feed: {found[0]}")
    return ParseError(url, f"this is a web page ({kind}), not a feed; `newstui add URL` can find a page's feed")


# -- document type declarations ----------------------------------------------------------

# A markup declaration (<!DOCTYPE, <!ENTITY, ...), not a comment or CDATA section.
_DECLARATION = re.compile(rb"<!(?![-\[])")
_DECLARATION_TEXT = re.compile(r"<!(?![-\[])")
_XML_DECL = re.compile(r"\ufeff?\s*(?:<\?xml[^<>]{0,300}?\?>)?")
_XML_DECL_ENCODING = re.compile(r"""(<\?xml[^<>]{0,300}?encoding\s*=\s*)(["'])[^"'<>]*\2""")
# Feeds never need these, and no parser may see them: entity declarations expand
# ("billion laughs", one big entity referenced a million times) and external
# identifiers name local files or URLs.
_DECL_END = re.compile(r"""["'\[\]>]|<!--""")
_ROOT = re.compile(r"<[A-Za-z0-9_]")  # feedparser's end of the prolog; ours is never later


def _declaration_end(text: str, start: int) -> int:
    """Index just past the declaration at `start` (quotes, internal subset and comments skipped)."""
    depth = 0
    pos = start + 2
    while True:
        match = _DECL_END.search(text, pos)
        if match is None:
            return len(text)
        token = match.group()
        if token in ("'", '"'):
            close = text.find(token, match.end())
            if close < 0:
                return len(text)
            pos = close + 1
        elif token == "<!--":
            close = text.find("-->", match.end())
            if close < 0:
                return len(text)
            pos = close + 3
        elif token == "[":
            depth += 1
            pos = match.end()
        elif token == "]":
            depth = max(depth - 1, 0)
            pos = match.end()
        elif depth == 0:
            return match.end()
        else:
            pos = match.end()  # the end of a declaration inside the subset


def _strip_prolog_declarations(text: str) -> str | None:
    """text without the DOCTYPE and other declarations before its root element; None if it has none.

    Comments and processing instructions there go too (the XML declaration stays):
    feedparser's loose reader picks `<!ENTITY` out of the prolog with a regex that
    does not know about comments.
    """
    if _DECLARATION_TEXT.search(text) is None:
        return None
    kept = [_XML_DECL.match(text).group()]  # type: ignore[union-attr]  # the pattern matches ''
    pos = len(kept[0])
    removed = False
    while pos < len(text):
        lt = text.find("<", pos)
        if lt < 0:
            break
        kept.append(text[pos:lt])
        pos = lt
        if text.startswith("<?", pos):
            close = text.find("?>", pos + 2)
            pos = len(text) if close < 0 else close + 2
        elif text.startswith("<!--", pos):
            close = text.find("-->", pos + 4)
            pos = len(text) if close < 0 else close + 3
        elif text.startswith("<![", pos):
            close = text.find("]]>", pos + 3)
            pos = len(text) if close < 0 else close + 3
        elif text.startswith("<!", pos):
            pos = _declaration_end(text, pos)
            removed = True
        elif _ROOT.match(text, pos):
            break
        else:
            kept.append("<")
            pos += 1
    if not removed:
        return None
    kept.append(text[pos:])
    return "".join(kept)


def _candidate_codecs(body: bytes, content_type: str | None) -> list[str]:
    """Encodings a parser might read `body` in that do not keep ASCII as ASCII (UTF-16/32, EBCDIC, UTF-7)."""
    from newstui.extract.decode import text_codec

    labels: list[str | None] = [_charset(content_type)]
    declared = re.match(rb"""\s*<\?xml[^<>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", body)
    if declared:
        labels.append(declared.group(1).decode("ascii"))
    if body[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) or b"\x00\x00" in body[:4]:
        labels += ["utf-32-le", "utf-32-be"]
    if body[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in body[:4096]:
        labels += ["utf-16-le", "utf-16-be"]
    if body[:4] == b"\x4c\x6f\xa7\x94":  # '<?xm' in EBCDIC
        labels.append("cp037")
    found: list[str] = []
    for label in labels:
        name = text_codec(label) if label else None
        if name and name not in found and "<!".encode(name) != b"<!":
            found.append(name)
    return found


def _without_dtd(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """body with its document type declaration (and so every entity declaration) removed.

    Returns the body and the content type to parse it with. A body in an encoding
    that is not ASCII-compatible is decoded to find them, and comes back as UTF-8.
    """
    if _DECLARATION.search(body) is not None:
        stripped = _strip_prolog_declarations(body.decode("latin-1"))
        if stripped is not None:
            body = stripped.encode("latin-1")
    for name in _candidate_codecs(body, content_type):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, ValueError):
            continue  # no parser reads it this way either
        stripped = _strip_prolog_declarations(text.lstrip("\ufeff"))
        if stripped is not None:
            stripped = _XML_DECL_ENCODING.sub(r"\1\2utf-8\2", stripped, count=1)
            return stripped.encode("utf-8", "replace"), "application/xml; charset=utf-8"
    return body, content_type


# -- encodings ---------------------------------------------------------------------------

_DECLARED_ENCODING = re.compile(rb"""\s*<\?xml[^<>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_LATIN_1 = frozenset(("iso-8859-1", "iso8859-1", "iso_8859-1", "latin-1", "latin1", "l1", "cp819", "ibm819"))
_UTF_8 = frozenset(("utf-8", "utf8"))
_C1 = re.compile(rb"[\x80-\x9f]")
# U+0080..U+009F as windows-1252 reads the same bytes (its five undefined ones stay as they are).
_C1_AS_CP1252 = {0x80 + i: (bytes([0x80 + i]).decode("cp1252", "ignore") or chr(0x80 + i)) for i in range(32)}


def _as_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_C1_AS_CP1252)


def _lenient_utf8(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an invalid UTF-8 byte is read as windows-1252 (a pasted Latin-1 snippet)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _as_cp1252(error.object[error.start : error.end]), error.end


codecs.register_error("newstui-cp1252", _lenient_utf8)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _repair_encoding(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """body re-encoded as UTF-8 where its own encoding label would lose characters.

    Two real-world faults, both read the way browsers read them:

    * a document labelled ISO-8859-1 that holds windows-1252 bytes 0x80-0x9F (smart
      quotes, dashes, €): as Latin-1 they are C1 control characters, which the
      cleaning drops, so "“quoted”" would come out as "quoted";
    * a UTF-8 document (by BOM, declaration, or by default) with a few invalid
      bytes: strict parsers reject it and a forgiving one then reads the *whole*
      document as windows-1252, garbling every item. Only the bad bytes are read
      as windows-1252 instead, so the damage stays in the item that has them.

    The declaration wins over the HTTP charset, as in the lxml reader. A UTF-16 or UTF-32
    document (a BOM, or NUL bytes in its first characters) is left alone: both parsers
    read it, and taken for broken UTF-8 it came out as nothing but bad bytes.
    """
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in body[:4]:
        return body, content_type  # the UTF-32 BOMs start with a UTF-16 one or with NULs
    bom = body.startswith(codecs.BOM_UTF8)
    declared_match = _DECLARED_ENCODING.match(body, 3 if bom else 0)
    declared = declared_match.group(1).decode("ascii").lower() if declared_match else None
    label = "utf-8" if bom else declared or _charset(content_type) or "utf-8"
    if label in _LATIN_1:
        if _C1.search(body) is None or declared is None and _is_utf8(body):
            return body, content_type  # only HTTP says Latin-1 and the bytes are UTF-8: a mislabelling server
        text = _as_cp1252(body)
    elif label in _UTF_8:
        if _is_utf8(body):
            return body, content_type
        text = body.decode("utf-8", "newstui-cp1252")
    else:
        return body, content_type
    if declared_match is not None:
        text = _XML_DECL_ENCODING.sub(r"\1\2utf-8\2", text, count=1)
    media = (content_type or "application/xml").split(";", 1)[0].strip() or "application/xml"
    return text.encode("utf-8"), f"{media}; charset=utf-8"


# -- the fast path (lxml) ---------------------------------------------------------------


def _parse_fast(body: bytes, url: str, content_type: str | None, *, controls: bool = False) -> ParsedFeed | None:
    """Parse a well-formed RSS/RDF/Atom document with lxml; None means "let feedparser try"."""
    if body[:1] in (b" ", b"\t", b"\r", b"\n"):
        # Blank lines before the XML declaration (a common CMS plugin bug) make the
        # document not well-formed; skipping them loses nothing.
        body = body.lstrip(b" \t\r\n")
    head = body[:_SNIFF]
    if b"<!ENTITY" in head:
        return None  # entity declarations: feedparser handles them, lxml would need to expand them
    charset = _charset(content_type)
    if charset and charset not in ("utf-8", "utf8", "us-ascii", "ascii") and b"encoding=" not in head:
        return None  # the charset is only in the HTTP header: feedparser's rules apply
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser, base_url=url)
    except (etree.XMLSyntaxError, ValueError):
        return None
    tag = root.tag
    if not isinstance(tag, str):
        return None
    xml_base = b"xml:base" in body
    if tag in ("html", XHTML + "html"):
        raise _web_page(url, body, "XHTML")
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
        return _build(
            url,
            feed_title,
            site,
            channel.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
        )
    if tag == RDF + "RDF":
        ns = RSS1 if root.find(RSS1 + "channel") is not None or root.find(RSS1 + "item") is not None else RSS090
        channel = root.find(ns + "channel")
        feed_title = _child_text(channel, ns + "title") if channel is not None else None
        site = _child_text(channel, ns + "link") if channel is not None else None
        raws = [_rss_item(el, ns, xml_base) for el in root.iterfind(ns + "item")]
        author = _child_text(channel, DC + "creator") if channel is not None else None
        return _build(
            url,
            feed_title,
            site,
            root.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
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
        return _build(
            url,
            feed_title,
            site,
            root.base,
            raws,
            None,
            author=author,
            xml_base=xml_base,
            controls=controls,
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


def _rss_item(el: etree._Element, ns: str = "", bases: bool = False) -> _RawItem:
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
        # A podcast's episode notes, when it has no description (newsboat and feedparser read it too).
        notes = fields.get(ITUNES + "summary")
        summary = html.escape(_all_text(notes), quote=False) if notes is not None else ""
    else:
        summary = _inner_xml(description) if description is not None else ""
    date = fields.get("pubDate")
    if date is None:
        date = fields.get(DC + "date")
    guid = (guid_el.text or "").strip() if guid_el is not None else None
    if guid is None and ns:
        guid = el.get(RDF + "about")  # RSS 1.0 items are named by rdf:about
    link = (link_el.text or "").strip() if link_el is not None else None
    original = fields.get(FEEDBURNER_ORIGLINK)
    if original is not None and _PLAIN_ABSOLUTE.match((original.text or "").strip()):
        link = (original.text or "").strip()  # the article itself, not FeedBurner's tracking redirect
    if not link and guid and guid_el is not None and guid_el.get("isPermaLink", "true").lower() != "false":
        link = guid
    if not link and attached:
        # An atom:link in an RSS item (feedparser reads it too; newsboat does not): better than none.
        link = next(
            (
                (child.get("href") or "").strip()
                for child in attached
                if child.tag == ATOM + "link" and (child.get("rel") or "alternate").strip() == "alternate"
            ),
            "",
        )
    title_is_html = True
    if title is None and (media_title := fields.get(MEDIA + "title", fields.get(MEDIA_ALT + "title"))) is not None:
        # A gallery or video item titled only by Media RSS (plain text unless it says html).
        title, title_is_html = media_title, media_title.get("type", "plain").lower() == "html"
    return _RawItem(
        title=_all_text(title) if title is not None else "",
        title_is_html=title_is_html,
        link=link or None,
        guid=guid or None,
        summary=summary,
        content_html=_inner_xml(content) if content is not None else "",
        author=author_text or None,
        date=(date.text or "").strip() if date is not None else None,
        base=el.base,
        enclosures=_raw_enclosures(attached) if attached else (),
        # Only a document with xml:base needs it (`_build`); reading it costs every item.
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
            if (el.get("rel") or "").strip() == "enclosure":
                first.append((el.get("href"), el.get("type"), el.get("length")))
        elif tag in _MEDIA_CONTENT:
            media.append((el.get("url"), el.get("type"), el.get("fileSize")))
        else:  # media:group
            for content in el:
                if content.tag in _MEDIA_CONTENT:
                    media.append((content.get("url"), content.get("type"), content.get("fileSize")))
    return tuple(first + media)[: MAX_ENCLOSURES * 2]


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
        rel = link.get("rel", "alternate")
        href = link.get("href")
        if not href:
            continue
        if rel == "alternate" and (link.get("type") or "text/html").startswith(("text/html", "application/xhtml")):
            return str(urljoin(link.base or "", href.strip()))
        if rel == "alternate" and fallback is None:
            fallback = urljoin(link.base or "", href.strip())
    return str(fallback) if fallback is not None else None


def _atom_entry(el: etree._Element, bases: bool = False) -> _RawItem:
    fields, attached = _children(el)
    title_el = fields.get(ATOM + "title")
    title, title_is_html = _atom_text(title_el) if title_el is not None else ("", False)
    summary_el = fields.get(ATOM + "summary")
    summary, summary_is_html = _atom_text(summary_el) if summary_el is not None else ("", False)
    content_el = fields.get(ATOM + "content")
    content_html = ""
    # Only a document with xml:base needs it (`_build`); reading it costs every entry.
    content_base = (summary_el if summary_el is not None else el).base if bases else None
    if content_el is not None and not content_el.get("src"):
        text, is_html = _atom_text(content_el)
        content_html = text if is_html else html.escape(text, quote=False)
        content_base = _text_base(content_el) if bases else None
    author = _atom_authors(el) if ATOM + "author" in fields else None
    id_el = fields.get(ATOM + "id")
    date_el = fields.get(ATOM + "published")
    if date_el is None:
        date_el = fields.get(ATOM + "updated")
    link = _atom_link(el)
    original = fields.get(FEEDBURNER_ORIGLINK)
    if original is not None and _PLAIN_ABSOLUTE.match((original.text or "").strip()):
        link = (original.text or "").strip()
    return _RawItem(
        title=title,
        title_is_html=title_is_html,
        link=link,
        guid=(id_el.text or "").strip() or None if id_el is not None else None,
        summary=summary if summary_is_html else html.escape(summary, quote=False),
        content_html=content_html,
        author=author,
        date=(date_el.text or "").strip() if date_el is not None else None,
        base=el.base,
        enclosures=_raw_enclosures(attached) if attached else (),
        content_base=content_base,
    )


def _atom_authors(el: etree._Element) -> str | None:
    """The names of every author of an Atom feed or entry, once each: "Ivo Beam, Una Glass"
    (newsboat joins them so too)."""
    names = (_child_text(author, ATOM + "name") or "" for author in el.iterfind(ATOM + "author"))
    return ", ".join(dict.fromkeys(" ".join(name.split()) for name in names if name.strip())) or None


def _text_base(el: etree._Element) -> str | None:
    """The base of an Atom text construct's markup: an XHTML one's div may set its own."""
    if (el.get("type") or "").lower() == "xhtml":
        div = el.find(XHTML + "div")
        if div is not None:
            el = div
    base: str | None = el.base
    return base


# -- the forgiving path (feedparser) ----------------------------------------------------


def _parse_with_feedparser(body: bytes, url: str, content_type: str | None, *, controls: bool = False) -> ParsedFeed:
    import feedparser

    # No content-location: feedparser would resolve a relative *guid* against it, making
    # ids differ from the fast path's. Links are resolved in _build instead.
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
        if _looks_like_html(body, content_type):
            raise _web_page(url, body, "HTML")
        error = error or "no RSS, RDF or Atom feed found in the document"
        return ParsedFeed(title=None, site_url=None, items=[], error=error)
    raws: list[_RawItem] = []
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
            if value:
                content_html = value if "html" in content.get("type", "text/html") else html.escape(value, quote=False)
                content_base = content.get("base") or None
                break
        if content_html and content_html == entry.get("summary", ""):
            # feedparser copies Atom content into summary when there is no summary.
            summary = ""
        raws.append(
            _RawItem(
                title=entry.get("title", ""),
                title_is_html="html" in title_detail.get("type", "text/html"),
                link=_feedparser_link(entry, atom),
                guid=entry.get("id"),
                summary=summary,
                content_html=content_html,
                author=_feedparser_author(entry, atom),
                date=entry.get("published") or _own(entry, "updated"),
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
    return _build(
        url, feed_title, feed.get("link"), url, raws, error, dates,
        author=feed.get("author"), xml_base=b"xml:base" in body, controls=controls,
    )  # fmt: skip


def _feedparser_link(entry: Any, atom: bool) -> str | None:
    """The entry's link, FeedBurner's original link first (the article, not the tracking redirect).

    An Atom entry's id is a name, never its link (feedparser offers an id that looks
    like a URL as the link when the entry has no alternate link; the lxml reader does not).
    """
    original = entry.get("feedburner_origlink")
    if isinstance(original, str) and _PLAIN_ABSOLUTE.match(original.strip()):
        return original.strip()
    link = entry.get("link")
    if not isinstance(link, str):
        return None
    if atom and link == entry.get("id"):
        alternates = [x for x in entry.get("links") or () if x.get("rel", "alternate") == "alternate"]
        if not any(x.get("href") == link for x in alternates):
            # The first alternate of another type (a PDF), as the lxml reader takes it; else none.
            first = alternates[0].get("href") if alternates else None
            return first if isinstance(first, str) and first else None
    return link


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
        return f"{email} ({name})" if name and name != email else str(email)
    return ", ".join(dict.fromkeys(str(a["name"]).strip() for a in authors if a.get("name"))) or None


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


# -- shared cleaning ----------------------------------------------------------------------


def strip_control(text: str) -> str:
    """`text.strip_control`, skipping its two regex passes for text that has nothing to strip.

    Everything it removes (C0/C1 controls, ESC sequences, bidi overrides) is
    non-printable, so a printable string (most titles, links, ids) comes back as is.
    """
    return text if text.isprintable() else _strip_control_checked(text)


def one_line(text: str) -> str:
    """`text.one_line` with the same shortcut as `strip_control`."""
    return " ".join(text.split()) if text.isprintable() else _one_line_checked(text)


def _build(
    url: str,
    feed_title: str | None,
    site: str | None,
    base: str | None,
    raws: Iterable[_RawItem],
    error: str | None,
    dates: list[datetime | None] | None = None,
    *,
    author: str | None = None,
    xml_base: bool = True,
    controls: bool = False,
) -> ParsedFeed:
    """ParsedFeed of raw entries: the cleaning both readers (and JSON Feed) share.

    `author` is the feed's own (RSS managingEditor or dc:creator, Atom feed author):
    the author of every entry that names none. `xml_base` says whether the document
    uses xml:base; when it does not, relative item links are resolved against the feed's
    site (`site`, itself resolved against the feed's URL), as newsboat reads them: the
    site is what the links are relative to (a WordPress feed at /feed/ linking
    "2026/11/post/", a feed on FeedBurner or a CDN linking "/2026/one.html"). `controls`: the document's
    forbidden character references were rewritten (`_legal_references`): their stand-ins
    become controls again, for the cleaning to remove.
    """
    if controls:
        raws = [_restore_controls(raw) for raw in raws]
        feed_title = _restored(feed_title) if feed_title else feed_title
        author = _restored(author) if author else author
    raws = list(raws)
    shared = _shared_links(raws)
    items: list[ParsedItem] = []
    seen: set[str] = set()
    now = datetime.now(UTC)
    feed_author = _author_name(author) if author else None
    site_base = None if xml_base else _site_base(site, url)
    for index, raw in enumerate(raws):
        item_base = raw.base or base or url
        # Enclosures stay relative to the document: newsboat leaves theirs unresolved.
        link = _absolute_link(raw.link, site_base or item_base)
        published = parse_date(raw.date, now)
        fallback = dates[index] if dates is not None else None
        if published is None and fallback is not None:
            published = _plausible(fallback, now)
        guid = one_line(raw.guid) if raw.guid else None
        if guid is None and link and published is not None and raw.link in shared:
            # Dated items without a guid sharing one link (a notices page, a changelog) are
            # told apart by their date, as newsboat does (link and pubDate); the link alone
            # would keep only the first. Undated ones stay one item, as there.
            guid = f"{link}#{published.isoformat()}"
        key = guid or link
        if key:
            if key in seen:
                continue  # a repeated guid/link in one document: keep the first
            seen.add(key)
        if "&#" in raw.summary or "&#" in raw.content_html:
            raw = replace(raw, summary=_html_references(raw.summary), content_html=_html_references(raw.content_html))
        summary = html_to_text(raw.summary)
        content_html = strip_control(raw.content_html).strip()
        if not content_html and "<" in raw.summary and _HAS_TAG.search(raw.summary):
            # Description-only feeds often carry the whole article as HTML there.
            content_html = strip_control(raw.summary).strip()
        if xml_base and content_html and raw.content_base:
            # The reader resolves what is left relative against the item's link; xml:base
            # may name another place (a CDN, the post's directory), which only the feed knows.
            content_html = _absolute_urls(content_html, raw.content_base)
        if not summary and content_html:
            summary = _shorten(html_to_text(content_html), _SUMMARY_FROM_CONTENT)
        title = html_to_text(_html_references(raw.title)) if raw.title_is_html else one_line(raw.title)
        enclosures = _enclosures(raw.enclosures, item_base) if raw.enclosures else ()
        if not (title or summary or content_html or link or guid or enclosures):
            # Nothing to show or to know it by: the torn end of a cut-off document, an empty
            # <item/>. Stored, it would be an "(untitled)" item for good.
            continue
        items.append(
            ParsedItem(
                title=title or _fallback_title(raw.summary, content_html, link),
                link=link,
                guid=guid or None,
                summary=summary,
                content_html=content_html,
                author=(_author_name(raw.author) if raw.author else None) or feed_author,
                published=published,
                enclosures=enclosures,
            )
        )
    return ParsedFeed(
        title=html_to_text(feed_title) or None if feed_title else None,
        site_url=_absolute_link(site, base or url),
        items=items,
        error=error,
    )


def _site_base(site: str | None, url: str) -> str | None:
    """The feed's site link resolved against the feed's URL `url`, when that is an http(s) URL."""
    return _absolute_link(site, url) if site else None


# 'kim@example.org (Kim Ortega)' (RSS 2.0's author) and 'Kim Ortega <kim@example.org>'.
_EMAIL_AND_NAME = re.compile(r"[^\s@()<>]+@[^\s@()<>]+\s*\((?P<a>[^()]+)\)\Z|(?P<b>[^<>@]+?)\s*<[^\s<>@]+@[^\s<>]+>\Z")


def _shared_links(raws: Sequence[_RawItem]) -> set[str]:
    """The links that more than one item without a guid gives, as the document writes them."""
    seen: set[str] = set()
    shared: set[str] = set()
    for raw in raws:
        if not raw.guid and raw.link:
            if raw.link in seen:
                shared.add(raw.link)
            seen.add(raw.link)
    return shared


def _author_name(text: str) -> str | None:
    """An author as a reader wants to see it: the name of 'email (Name)' or 'Name <email>', else the text."""
    text = one_line(text)
    match = _EMAIL_AND_NAME.match(text)
    if match:
        return one_line(match.group("a") or match.group("b")) or text
    return text or None


_LINE_BREAK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|figure|figcaption|hr|dd|dt|dl)"
    r"\b[^<>]*>",
    re.I,
)
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi|xml)\Z", re.I)


def _link_title(link: str | None) -> str | None:
    """'…/2026/11/new-tram-line-opens/' → 'New tram line opens'; None unless the slug is words."""
    if not link:
        return None
    from urllib.parse import unquote

    try:
        segments = [part for part in urlsplit(link).path.split("/") if part]
    except ValueError:
        return None
    if not segments:
        return None
    words = [w for w in re.split(r"[-_+\s.]+", _PAGE_SUFFIX.sub("", unquote(segments[-1]))) if w]
    while words and words[0].isdigit():
        words.pop(0)  # '1234-new-tram-line': the id is not part of the title
    alphabetic = sum(1 for w in words if w.isalpha())
    if alphabetic < 2 or alphabetic * 2 < len(words):
        return None  # an id, a hash, 'index.html': not a title
    text = one_line(" ".join(words))
    return text[:1].upper() + text[1:]


def _first_line(markup: str) -> str:
    """The text of the first block (paragraph, heading, line) of HTML that has any."""
    for block in _LINE_BREAK.split(_DROP.sub(" ", markup)):
        text = html_to_text(block)
        if text:
            return text
    return ""


def _fallback_title(summary_html: str, content_html: str, link: str | None) -> str:
    """A title for an entry without one, as newsboat makes it: the link's slug when it is
    words, else the first line of the description, then of the content; '(untitled)'."""
    slug = _link_title(link)
    if slug:
        return _shorten(slug, 80)
    for markup in (summary_html, content_html):
        line = _first_line(markup) if markup else ""
        if line:
            return _shorten(line, 80)
    return "(untitled)"


def _enclosures(raws: Iterable[RawEnclosure], base: str) -> tuple[Enclosure, ...]:
    """Cleaned enclosures: absolute, printable http(s) URLs only, each once, at most MAX_ENCLOSURES."""
    found: list[Enclosure] = []
    seen: set[str] = set()
    for url, kind, length in raws:
        clean = clean_url(_absolute_link(url, base))
        if clean is None or clean in seen:
            continue
        seen.add(clean)
        found.append(Enclosure(clean, media_type(kind), enclosure_length(length)))
        if len(found) >= MAX_ENCLOSURES:
            break
    return tuple(found)


_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\Z")


def media_type(value: str | None) -> str | None:
    """'Audio/MPEG; charset=x' → 'audio/mpeg'; None unless it is a well-formed type/subtype."""
    if not value:
        return None
    kind = value.split(";", 1)[0].strip().lower()
    return kind if _MEDIA_TYPE.match(kind) else None


def enclosure_length(value: str | int | None) -> int | None:
    """A size in bytes from the feed; None for a missing, zero, negative or non-numeric one.

    Zero is what many podcast tools write when they do not know, so it means unknown.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        number = value
    else:
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            return None
        number = int(text)
    return number if 0 < number < 10**18 else None


_PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#\s\\@]+(?:[/?#][^\s\\]*)?\Z", re.I)


def _absolute_link(link: str | None, base: str) -> str | None:
    """`link` resolved against `base`, or None unless it is an http(s) URL."""
    if not link:
        return None
    link = strip_control(link).strip()
    if _PLAIN_ABSOLUTE.match(link):
        return link  # already absolute: skip urljoin, the costliest step of a parse
    try:
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    # Anything else (javascript:, data:, file:) must never reach a browser from a feed.
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


_DROP = re.compile(r"<(script|style|template|noscript|head)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|"
    r"figure|figcaption|hr|dd|dt|dl|img)\b[^<>]*>",
    re.I,
)
_HAS_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|<![^<>]*>")


def html_to_text(markup: str) -> str:
    """HTML (or plain text) → one line of plain text: tags dropped, entities decoded."""
    if "<" not in markup and "&" not in markup:
        return one_line(markup)
    text = _DROP.sub(" ", markup)
    text = _BLOCK.sub(" ", text)
    text = _TAG.sub("", text)
    return one_line(html.unescape(text))


_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|src)\s*=\s*)(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_ABSOLUTE_OR_LOCAL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:|#")


def _absolute_urls(markup: str, base: str) -> str:
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


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


_NS_DECL = re.compile(r'\s+xmlns(?::[\w.-]+)?="[^"]*"')
_NS_PREFIX = re.compile(r"(</?)[\w.-]+:")


def _drop_namespaces(markup: str) -> str:
    """`<html:p xmlns:html="…">` → `<p>`: lxml keeps namespaces that HTML has no use for."""
    if "xmlns" not in markup:
        return markup
    return _NS_PREFIX.sub(r"\1", _NS_DECL.sub("", markup))


# The usual RSS date, "Sat, 31 Oct 2026 21:00:00 +0000", read without email.utils
# (which costs a third of an item's cleaning); anything else takes the general path.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) (?:([+-])(\d\d)(\d\d)|GMT|UTC|UT|Z)\Z"
)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Dates before this are placeholders (.NET's 0001-01-01, Unix time 0 in any zone) or garbage.
_EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
# A date further ahead than this is a typo or a bid for the top of every list.
FUTURE_SLACK = timedelta(days=1)
# Zone names feeds use that email.utils does not know (it reads them as UTC).
_ZONES = {
    "CET": "+0100", "CEST": "+0200", "MET": "+0100", "MEST": "+0200", "WET": "+0000", "WEST": "+0100",
    "EET": "+0200", "EEST": "+0300", "BST": "+0100", "MSK": "+0300", "IST": "+0530", "JST": "+0900",
    "KST": "+0900", "HKT": "+0800", "SGT": "+0800", "AEST": "+1000", "AEDT": "+1100", "ACST": "+0930",
    "AWST": "+0800", "NZST": "+1200", "NZDT": "+1300", "HST": "-1000", "AKST": "-0900", "AKDT": "-0800",
}  # fmt: skip
_ZONE_NAME = re.compile(r"\b(" + "|".join(_ZONES) + r")\Z")
_COLON_OFFSET = re.compile(r"([+-]\d\d):(\d\d)\Z")
_MERIDIEM = re.compile(r"\b(\d{1,2})(:\d\d(?::\d\d)?)\s*([AaPp])\.?[Mm]\.?(?=\s|\Z)")
_DATE_ONLY = re.compile(r"(?:[A-Za-z]+,?\s+)?\d{1,2}\s+[A-Za-z]+\.?\s+\d{2,4}\Z|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}\Z")
# ISO 8601 / W3C-DTF: '2026-11-24T09:30:00Z', '2026-11-24 09:30', '2026/11/24', '2026-11', '2026'.
_ISO = re.compile(
    r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})"
    r"(?:[Tt ]\s*(\d{1,2})(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?"
    r"\s*(Z|z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?)?)?)?"
)


def _rfc822_fast(match: re.Match[str]) -> datetime | None:
    day, month_name, year, hour, minute, second, sign, off_h, off_m = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None or year < "1000" or off_h and (off_h > "23" or off_m > "59"):
        # email.utils reads years below 100 as 19xx/20xx; a zone offset is under a day.
        return None
    try:
        moment = datetime(int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=UTC)
        if sign:
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            moment = moment - offset if sign == "+" else moment + offset
    except (ValueError, OverflowError):
        return None  # e.g. 31 Nov, second 60, or past year 9999: the general path decides
    return moment


def _iso(text: str) -> datetime | None:
    match = _ISO.match(text)
    if match is None or match.end() < len(text.rstrip()) and match.group(3) is None:
        return None  # '2026 was a year' is not a date; '2026-11-24 (updated)' still is
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    moment = datetime(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0), micro
    )
    if zone is None or zone.upper() in ("Z", "UTC", "GMT"):
        return moment.replace(tzinfo=UTC)
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return moment.replace(tzinfo=timezone(sign * offset))


# 'GMT+0200 (Central European Summer Time)' (JavaScript's Date), 'GMT+2', 'UTC+02:00':
# email.utils reads the name as UTC and drops the offset after it.
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d\d))?\s*(?:\([^()]*\))?\Z")
_SEPT = re.compile(r"\bSept\b\.?", re.I)


def _named_offset(match: re.Match[str]) -> str:
    sign, hours, minutes = match.groups()
    return f"{sign}{int(hours):02d}{minutes or '00'}"


def _rfc822(text: str) -> datetime | None:
    text = _NAMED_OFFSET.sub(_named_offset, text)
    text = _SEPT.sub("Sep", text)  # AP style, which email.utils does not know
    text = _COLON_OFFSET.sub(r"\1\2", text)  # '+01:00', which email.utils silently reads as UTC
    text = _ZONE_NAME.sub(lambda m: _ZONES[m.group(1)], text)
    meridiem = _MERIDIEM.search(text)
    if meridiem is not None:
        hour = int(meridiem.group(1)) % 12 + (12 if meridiem.group(3) in "Pp" else 0)
        text = text[: meridiem.start()] + f"{hour}{meridiem.group(2)}" + text[meridiem.end() :]
    if _DATE_ONLY.match(text):
        text += " 00:00:00 +0000"
    parts = parsedate_tz(text)
    if parts is None:
        return None
    offset = parts[9] or 0
    return datetime(*parts[:6], tzinfo=timezone(timedelta(seconds=offset)))


def parse_date(value: str | None, now: datetime | None = None) -> datetime | None:
    """An item's date → aware UTC datetime, or None when there is no usable date.

    Reads RFC 822/2822 (with the variants feeds use: '+01:00' offsets, zone names
    such as CEST or AEST, 'PM', no time at all) through email.utils, and ISO 8601 /
    W3C-DTF ('2026-11-24T09:30:00.1234567+0100', '2026-11-24 09:30', '2026/11/24',
    '2026-11', '2026'). A date without a zone is taken as UTC.

    None, per item, for anything impossible (31 November, year 9999 pushed past the
    calendar by its offset), for placeholders before 2 January 1970, and for dates
    more than a day after `now` (default: the current time): a far-future date would
    pin its item to the top of every list for ever, so the store's first-seen time
    stands in for it instead.
    """
    if not value:
        return None
    value = value.strip()[:120]  # a date is short; a long value is not worth regex time
    moment: datetime | None = None
    try:
        fast = _RFC822.match(value)
        if fast is not None:
            moment = _rfc822_fast(fast)
        if moment is None and value[:4].isdigit():
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = _iso(value)
            if moment is not None and moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
        if moment is None:
            moment = _rfc822(value)
        if moment is None:
            return None
        return _plausible(moment.astimezone(UTC), now)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _plausible(moment: datetime, now: datetime | None) -> datetime | None:
    """moment, unless it is before 2 January 1970 or more than FUTURE_SLACK after now."""
    if moment < _EARLIEST or moment > (now or datetime.now(UTC)) + FUTURE_SLACK:
        return None
    return moment


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type, re.I)
    return match.group(1).lower() if match else None


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    head = body[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return False
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    return b"<html" in head or b"<body" in head
