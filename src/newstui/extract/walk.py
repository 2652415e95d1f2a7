"""Content nodes → blocks (headings, paragraphs, list items, quotes, code), links and images."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from unicodedata import east_asian_width
from urllib.parse import urljoin

from newstui.extract.budget import check
from newstui.extract.cjk import CLOSERS, COMMAS, SENTENCE_STOPS, word_count
from newstui.extract.scoring import is_link
from newstui.extract.textutil import QUOTE_CLOSERS, norm, norm_pre
from newstui.model import Image, Link
from newstui.text import clean_url

if TYPE_CHECKING:
    from lxml.html import HtmlElement

INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i img ins kbd label mark q s samp small span strong "
    "sub sup time u var wbr br big tt nobr math ruby rb rtc".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SKIP = frozenset(
    "figure picture figcaption hr button select input textarea form script style noscript".split()
    + ["annotation", "annotation-xml"]  # a MathML formula's TeX source, beside its readable text
    + ["rt", "rp"]  # ruby readings (furigana over kanji) and their fallback brackets: not the sentence's text
)
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "about:", "file:")
# A sentence's end, Chinese and Japanese stops and commas included (cjk.py).
_SENTENCE_END = re.compile(rf"[.!…;,{COMMAS}]$|[.!?…{SENTENCE_STOPS}][{QUOTE_CLOSERS}\]{CLOSERS}]?$")
_MAX_DEPTH = 300
_CAPTION = re.compile(
    r"(?:^|\s|(?<!no)[_-])"
    r"(?:wp-caption-text|caption|image-?caption|photo-?caption|img-?caption|credit|photo-?credit|image-?credit)"
    r"(?=$|[\s_-])",
    re.I,
)


def _holds_text_block(figure: HtmlElement) -> bool:
    """A <figure> around a table, code or a quotation (not around an image)."""
    return any(True for _ in figure.iter("table", "pre", "blockquote"))


@dataclass
class Block:
    kind: str
    """'heading', 'p', 'li', 'blockquote' or 'pre'."""
    text: str
    links: list[Link] = field(default_factory=list)
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def absolute(url: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL safe to show and open (`text.clean_url`), or None for scripts, data, fragments."""
    if not url:
        return None
    url = url.strip()
    if not url or url.startswith("#") or url.lower().replace(" ", "").startswith(_BAD_SCHEMES):
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    # Without a base a relative link cannot be made absolute: clean_url leaves it
    # out, with any URL hiding controls or bidi characters (the link keeps its text).
    return clean_url(url)


def image_src(img: HtmlElement) -> str | None:
    for attr in ("data-src", "data-lazy-src", "data-original", "data-url", "src"):
        value: str | None = img.get(attr)
        if value and not value.strip().startswith("data:"):
            return value
    srcset = img.get("srcset") or img.get("data-srcset")
    if srcset:
        return srcset.strip().split(",")[0].strip().split(" ")[0] or None
    return None


# The end of an element's text that a word in the next element does not run on from: a
# footnote mark ('[1]', '[a]', '[note 2]') or a closing curly quote after a sentence's stop
# ('it,”', 'again.’'). Straight quotes open as often as they close ('He said,"<em>We</em>').
_MARK_END = re.compile(r"(?:\[\w{1,4}(?: \w{1,4})?\]|[,.!?…][”’])$")
# What follows an apostrophe (not a closing quote) on the same word: a possessive or a
# contraction ('U.S.’s', 'Co.’d'), never a word of its own. Lower case, and not followed by
# another apostrophe: an initial or a name after a closing quote ('T. Ellis', 'd’Alema') is a word.
_WORD_AFTER_APOSTROPHE = re.compile(r"(?:s|d|ll|re|ve|t|m)(?![^\W\d_]|['’])")


class _Paragraph:
    """Collects inline text and links; a double <br> starts a new paragraph."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.link_chars = 0
        self.breaks = 0
        self.done: list[tuple[str, list[Link], int]] = []

    def text(self, value: str | None) -> None:
        """Add one text node's text.

        General pattern: templates set a footnote mark or a quotation in an
        element of its own and start the next word in the next element with no
        space ('house<sup>[1]</sup>by', '<span>…it,”</span><span>said'); a
        word starting right after such an element's text gets a space. Not a
        possessive or a contraction after an abbreviation's apostrophe
        ('<a>U.S.’</a>s' reads 'U.S.’s': the ’ is no closing quote there). Not a
        Chinese, Japanese or Korean one (a wide character): those scripts set
        no space between words, nor before a particle after a quote ('”라고').
        """
        if not value:
            return
        if value.strip():
            if self.breaks >= 2:
                self.finish()
            self.breaks = 0
            if (
                self.parts
                and value[0].isalpha()
                and self.parts[-1][-1:] in "]”’"
                and east_asian_width(value[0]) not in ("W", "F")  # CJK: written without spaces
                and _MARK_END.search(self.parts[-1])
                and not (self.parts[-1][-1] == "’" and _WORD_AFTER_APOSTROPHE.match(value))
            ):
                self.parts.append(" ")  # the next word, glued to a footnote mark or a quote in the element before
        self.parts.append(value)

    def br(self) -> None:
        self.breaks += 1
        self.parts.append(" ")

    def finish(self) -> None:
        text = norm("".join(self.parts))
        if text:
            self.done.append((text, self.links, self.link_chars))
        self.parts, self.links, self.link_chars, self.breaks = [], [], 0, 0


class Walker:
    """Walks content nodes in reading order."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.images: list[Image] = []
        self._seen_images: set[str] = set()

    # -- images -----------------------------------------------------------
    def image(self, img: HtmlElement, caption: str = "") -> None:
        src = absolute(image_src(img), self.base)
        if not src or src in self._seen_images:
            return
        self._seen_images.add(src)
        self.images.append(Image(src=src, alt=norm(img.get("alt") or ""), caption=caption))

    def figure(self, el: HtmlElement) -> None:
        caption_el = el.find(".//figcaption")
        caption = norm(caption_el.text_content()) if caption_el is not None else ""
        for img in el.iter("img"):
            self.image(img, caption)

    # -- inline -----------------------------------------------------------
    def inline(self, el: HtmlElement, para: _Paragraph, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            para.text(el.tail)
            return
        if tag == "br":
            para.br()
        elif tag == "img":
            self.image(el)
        elif depth > _MAX_DEPTH:
            para.text(el.text_content())
        elif tag == "a":
            start = len(para.parts)
            para.text(el.text)
            for child in el:
                self.inline(child, para, depth + 1)
            label = norm("".join(para.parts[start:]))
            url = absolute(el.get("href"), self.base)
            # In-page links lead nowhere else; a named anchor target (<a name=…>, no href) is no link.
            if label and is_link(el) and not el.get("href", "").startswith("#"):
                para.link_chars += len(label)
                if url:
                    para.links.append(Link(text=label, url=url))
        elif tag in _SKIP:
            if tag in ("figure", "picture"):
                self.figure(el)
        else:
            para.text(el.text)
            for child in el:
                self.inline(child, para, depth + 1)
        para.text(el.tail)

    def emit(self, para: _Paragraph, kind: str) -> None:
        para.finish()
        for text, links, chars in para.done:
            self.blocks.append(Block(kind, text, links, chars))
        para.done = []

    # -- blocks -----------------------------------------------------------
    def is_block(self, el: HtmlElement) -> bool:
        tag = el.tag
        if not isinstance(tag, str):
            return False
        if tag not in INLINE:
            return "-" not in tag or not self._custom_inline(el)
        if tag in ("span", "a", "font", "b", "strong", "em", "i", "label"):
            # Invalid but common: a block inside an inline wrapper.
            return el.find(".//p") is not None or el.find(".//div") is not None
        return False

    @staticmethod
    def _custom_inline(el: HtmlElement) -> bool:
        """A custom element (a hyphen in its tag: <mjx-container>, <x-price>) holding no block.

        General pattern: browsers lay out unknown elements inline, and
        components such as MathJax's formulas sit inside a sentence; one
        walked as a block cut its sentence in three.
        """
        return el.find(".//p") is None and el.find(".//div") is None and el.find(".//li") is None

    def container(self, el: HtmlElement, kind: str, depth: int) -> None:
        para = _Paragraph()
        para.text(el.text)
        for child in el:
            check()
            if self.is_block(child):
                self.emit(para, kind)
                self.block(child, kind, depth + 1)
                para.text(child.tail)
            else:
                self.inline(child, para, depth + 1)
        self.emit(para, kind)

    def paragraph(self, el: HtmlElement, kind: str, depth: int) -> None:
        if kind == "p" and self._bold_heading(el):
            self.blocks.append(Block("heading", norm(el.text_content())))
            return
        self.container(el, kind, depth)

    @staticmethod
    def _bold_heading(el: HtmlElement) -> bool:
        """A short paragraph that is all bold and reads like a subhead."""
        if el.text and el.text.strip():
            return False
        children = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
        if not children or any(c.tag not in ("b", "strong") for c in children):
            return False
        if any(c.tail and c.tail.strip() for c in el):
            return False
        text = norm(el.text_content())
        if not text or len(text) > 100 or word_count(text) > 14:
            return False
        if text[0] in "\"“”'‘’«»„" or _SENTENCE_END.search(text):
            return False
        return sum(len(a.text_content()) for a in el.iter("a")) == 0

    def block(self, el: HtmlElement, kind: str, depth: int) -> None:
        check()
        tag = el.tag
        if not isinstance(tag, str):
            return
        if depth > _MAX_DEPTH:
            text = norm(el.text_content())
            if text:
                self.blocks.append(Block(kind, text))
            return
        if tag in HEADINGS:
            text = norm(el.text_content())
            if text:
                links = [
                    Link(norm(a.text_content()), u)
                    for a in el.iter("a")
                    if (u := absolute(a.get("href"), self.base)) and norm(a.text_content())
                ]
                chars = sum(
                    len(norm(a.text_content()))
                    for a in el.iter("a")
                    if is_link(a) and not a.get("href", "").startswith("#")
                )
                self.blocks.append(Block("heading", text, links, chars))
            return
        if tag == "figure" and _holds_text_block(el):
            # Editors (WordPress's table and code blocks, many CMSs' pull quotes) wrap a
            # data table, code or a quotation in <figure>: text of the story, not an image.
            for child in el:
                if child.tag != "figcaption":
                    self.block(child, kind, depth + 1)
            return
        if tag in ("figure", "picture"):
            self.figure(el)
            return
        features = el.get("class")
        if (
            features
            and _CAPTION.search(features)
            and len(el.text_content()) < 400
            and not any(True for _ in el.iter("h1", "h2", "h3", "h4"))
        ):
            # A caption or credit outside <figure>: image furniture, not text.
            for img in el.iter("img"):
                self.image(img, norm(el.text_content()))
            return
        if tag == "img":
            self.image(el)
            return
        if tag in _SKIP:
            return
        if tag == "pre":
            text = norm_pre(el.text_content())
            if text.strip():
                self.blocks.append(Block("pre", text))
            return
        if tag in ("ul", "ol"):
            # Old pages indent text with a bare <ul> (no <li>): its loose text is a paragraph.
            loose = _Paragraph()
            loose.text(el.text)
            for child in el:
                if child.tag == "li":
                    self.emit(loose, kind)
                    self.container(child, "li" if kind == "p" else kind, depth + 1)
                elif self.is_block(child):
                    self.emit(loose, kind)
                    self.block(child, kind, depth + 1)
                else:
                    self.inline(child, loose, depth + 1)
                    continue
                loose.text(child.tail)
            self.emit(loose, kind)
            return
        if tag == "li":
            self.container(el, "li" if kind == "p" else kind, depth)
            return
        if tag == "blockquote":
            self.container(el, "blockquote", depth)
            return
        # A data table: one paragraph per row. A layout table (nested tables, text in
        # paragraphs or divs) is walked like any container, so no text comes twice.
        if tag == "table" and el.find(".//p") is None and el.find(".//div") is None and el.find(".//table") is None:
            self.table(el)
            return
        if tag == "p":
            self.paragraph(el, kind, depth)
            return
        self.container(el, kind, depth)

    def table(self, el: HtmlElement) -> None:
        for row in el.iter("tr"):
            cells = [norm(cell.text_content()) for cell in row if cell.tag in ("td", "th")]
            cells = [c for c in cells if c]
            if cells:
                self.blocks.append(Block("p", " | ".join(cells)))


def walk(nodes: list[HtmlElement], base: str | None) -> tuple[list[Block], list[Image]]:
    """Blocks and images of the content nodes, in reading order."""
    walker = Walker(base)
    for node in nodes:
        walker.block(node, "p", 0)
    return walker.blocks, walker.images
