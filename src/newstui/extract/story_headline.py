"""The headline the story's own text confirms, when the title sources name only the site or a section.

General pattern: old and small-site templates give no og:title or JSON-LD, and their <title>
(and often an h1 in the page's banner) is the site's or the section's name ('Local Sports
Wire', 'Lifestyle & Entertainment', 'Bangkok Post'), or empty. The story's headline is then
the heading set nearest above the story's text: an h1–h4, a headline-named cell or block, or
a bold line alone in its paragraph (never one above a heading that reads the chosen headline:
that heading stands nearer the story). A real headline shares words with the story's opening; a
section name does not. So when the chosen headline shares no word with the opening, the last
such heading before the story's first paragraph that does share them (two words or more, and
two fifths of its own) takes its place. A headline that og:title, JSON-LD or twitter:title
agree with is never replaced: a pun shares no word with the story either; nor is one the
<title> shows before the heading found ('Headline - Subtitle : Site'): that heading is the
subtitle under it ('Headline - Site - Site's motto' puts the motto after), nor one whose h1
shares its block with the heading found (the standfirst set under the h1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newstui.extract.textutil import comparable, norm

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newstui.extract.meta import PageMeta
    from newstui.extract.walk import Block

_OPENING_CHARS = 1500
"""How much of the story's opening text a headline is checked against."""
_MIN_OPENING_CHARS = 200
"""Below this much opening text there is too little to confirm anything by."""
_WORD = re.compile(r"[^\W_]+")
_HEADLINE_NAMED = re.compile(
    r"headline|hdln|(?:^|[\s_-])(?:content|story|article|entry|post|page)-?(?:title|heading)", re.I
)
# Chinese, Japanese and Korean run words together: word overlap says nothing there.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CANDIDATE_TAGS = frozenset({"h1", "h2", "h3", "h4", "b", "strong", "td", "div", "span", "p", "font"})


def _content_words(text: str) -> set[str]:
    """Words that carry meaning across languages: four letters or more, or any non-Latin run."""
    return {w for w in _WORD.findall(text.casefold()) if len(w) >= 4 or not w.isascii()}


def _confirms(text: str, opening: set[str]) -> bool:
    """Whether a heading shares two words or more, and two fifths of its own, with the opening."""
    own = _content_words(text)
    shared = len(own & opening)
    return shared >= 2 and shared >= 0.4 * len(own)


def _agreed(headline: str, meta: PageMeta) -> bool:
    """Whether og:title, JSON-LD or twitter:title name the headline (they name the story, not a section)."""
    from newstui.extract.headline import _overlap

    return any(
        _overlap(headline, title) >= 0.5
        for key, title in meta.titles.items()
        if key in ("og", "ld", "twitter", "dc") and title
    )


def _opening(blocks: Sequence[Block]) -> str:
    """The text of the story's first paragraphs."""
    parts: list[str] = []
    size = 0
    for block in blocks:
        if block.kind != "p":
            continue
        parts.append(block.text)
        size += len(block.text)
        if size >= _OPENING_CHARS:
            break
    return " ".join(parts)[:_OPENING_CHARS]


def _heading_text(el: HtmlElement) -> str | None:
    """The element's text when it is set as a heading: a heading tag, a headline-named block or a lone bold line."""
    tag = el.tag
    if tag in ("h1", "h2", "h3", "h4"):
        return norm(el.text_content())
    names = f"{el.get('class', '')} {el.get('id', '')}"
    if tag in ("td", "div", "span", "p", "font") and _HEADLINE_NAMED.search(names):
        return norm(el.text_content())
    if tag in ("b", "strong"):
        parent = el.getparent()
        text = norm(el.text_content())
        if (
            parent is not None
            and parent.tag in ("p", "div", "td")
            and comparable(parent.text_content()) == comparable(text)
        ):
            return text
    return None


def _under_headline(el: HtmlElement, headline_key: str) -> bool:
    """Whether el shares its parent with an h1 reading the headline: the subtitle under it."""
    parent = el.getparent()
    if parent is None or not headline_key:
        return False
    return any(comparable(h1.text_content()) == headline_key for h1 in parent.iterchildren("h1"))


def story_heading(page: HtmlElement, blocks: Sequence[Block], headline: str = "") -> str | None:
    """The last heading above the story's first paragraph that the story's opening confirms."""
    from newstui.extract.meta import _in_module

    opening_text = _opening(blocks)
    if len(opening_text) < _MIN_OPENING_CHARS:
        return None
    opening = _content_words(opening_text)
    first = next((b.text for b in blocks if b.kind == "p"), "")
    start_key = comparable(first)[:40]
    body_key = comparable(" ".join(b.text for b in blocks if b.kind != "heading"))
    headline_key = comparable(headline)
    best: str | None = None
    for el in page.iter(*_CANDIDATE_TAGS):
        own = comparable(el.text or "")
        if len(own) >= 20 and start_key.startswith(own[:40]):
            break  # the story's first paragraph: the headline stands above it
        text = _heading_text(el)
        if text and headline_key and comparable(text) == headline_key:
            best = None  # the headline itself is set nearer the story: a heading above it is not the story's
            continue
        if not text or not 3 <= len(text.split()) <= 30 or len(text) > 250:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if links >= 0.5 * len(text) or _in_module(el):
            continue
        if comparable(text) in body_key or _under_headline(el, headline_key):
            continue  # a line of the story itself, set in bold, or the standfirst under the h1
        if _confirms(text, opening):
            best = text
    return best


def confirmed_headline(headline: str, meta: PageMeta, blocks: Sequence[Block], page_text: str) -> str:
    """The chosen headline, or the heading above the story when the story does not confirm the headline."""
    opening = _opening(blocks)
    if len(opening) < _MIN_OPENING_CHARS or _UNSPACED.search(opening[:300]):
        return headline
    if headline and (_content_words(headline) & _content_words(opening) or _agreed(headline, meta)):
        return headline
    from newstui.extract.article import parse_html

    heading = story_heading(parse_html(page_text), blocks, headline)
    if heading is None:
        return headline
    title = comparable(meta.titles.get("title", ""))
    at, heading_at = title.find(comparable(headline)), title.find(comparable(heading))
    if headline and 0 <= at < heading_at:
        return headline  # '<title>Headline - Subtitle : Site</title>': the heading is the subtitle
    return heading
