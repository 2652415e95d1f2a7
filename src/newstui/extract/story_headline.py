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

Version 18 adds the heading the story's text opens with (`opened_headline`), which may replace
a <title>-only headline the story confirms only by the site's name in its dateline, and, on
pages with no title at all, a line alone in a styled block or the story's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newstui.extract.headline import (
    MONTH_PATTERN,
    is_label_trail,
    is_prose,
    is_site_name,
    registered_name,
    word_overlap,
)
from newstui.extract.scoring import all_text
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
# 'ArticleHead', 'story-head' too: old templates' name for the headline's cell ('ArticleHeader' holds more).
# Not 'page-head': templates name the page's banner so (the site's name and motto over every page).
_HEADLINE_NAMED = re.compile(
    r"headline|hdln|(?:^|[\s_-])(?:(?:content|story|article|entry|post|page)-?(?:title|heading)"
    r"|(?:content|story|article|entry|post)-?head(?![a-z]))",
    re.I,
)
# A camelCase name ending in 'Title' or 'Heading' ('lblTitle', 'articalTitle', 'newsTitle'), the
# capital marking the word; the names of a site's, a box's or a section's title excepted, and of
# whatever else a page titles: a writer's post ('jobTitle'), the blog, column or category the story
# is filed under ('blogTitle', 'columnTitle'), a card or list of other stories ('cardTitle').
_CAMEL_TITLE = re.compile(r"(?:^|[\s_-])(?P<word>[a-z]{2,12})(?:Title|Heading)(?=$|[\s_\d-])")
_NOT_STORY_WORDS = frozenset(
    "site sub box block widget module section sidebar side nav menu header footer logo brand "
    "teaser related promo gallery video photo image caption tab page window dialog popup modal "
    "job author byline user profile blog column category cat channel series topic tag "
    "card list tile slide poll event shop product form search comment feed rss ad newsletter signup".split()
)


def _el_named_as_headline(el: HtmlElement) -> bool:
    """Whether an element's class or id names it as the story's headline (`_named_as_headline`)."""
    return _named_as_headline(f"{el.get('class', '')} {el.get('id', '')}")


def _named_as_headline(names: str) -> bool:
    """Whether a block's class or id names it as the story's headline.

    General pattern: templates name the headline's cell or span 'headline', 'article-title',
    'story_heading', or in camelCase, the way server-side frameworks name their controls
    ('ctl00_Main_lblTitle', 'articalTitle', 'newsTitle'). A camelCase name whose first word
    says a site's, box's or section's title ('siteTitle', 'boxTitle', 'sectionHeading'), or the
    title of something other than the story (a writer's 'jobTitle', a 'blogTitle', a 'cardTitle'
    of another story) does not: those lines sit above the text and share its words too.
    """
    if _HEADLINE_NAMED.search(names):
        return True
    return any(match.group("word") not in _NOT_STORY_WORDS for match in _CAMEL_TITLE.finditer(names))


# Chinese, Japanese and Korean run words together: word overlap says nothing there.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
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
    """Whether og:title, JSON-LD or twitter:title name the headline (they name the story, not a section).

    A tag that reads the site's own name (og:title = og:site_name: the home page's tags printed
    on every page) names no story and agrees with nothing.
    """
    names = {comparable(name) for name in (meta.site_name, *meta.site_names) if name}
    return any(
        word_overlap(headline, title) >= 0.5
        for key, title in meta.titles.items()
        if key in ("og", "ld", "twitter", "dc") and title and comparable(title) not in names
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


_BLOCK_TAGS = frozenset({"div", "p", "table", "tr", "td", "ul", "ol", "li", "h1", "h2", "h3", "h4", "br", "dl"})


def _line_text(el: HtmlElement) -> str | None:
    """The text of a block that holds one line and no other block: a heading set without markup.

    General pattern: pages with no title of any kind (no <title>, og:title or h1: a template's
    head lost or never written) still set the story's headline as a line of its own in a
    styled div or cell ('<div class="sh">', '<td class="header">') above the text.
    """
    if el.tag not in ("div", "td", "p", "span", "font") or any(child.tag in _BLOCK_TAGS for child in el):
        return None
    return norm(all_text(el)) or None


def _heading_text(el: HtmlElement, loose: bool = False) -> str | None:
    """The element's text when it is set as a heading: a heading tag, a headline-named block or a lone bold line.

    `loose`: the page has no title at all, so a line alone in its block counts too (`_line_text`).
    """
    tag = el.tag
    if tag in ("h1", "h2", "h3", "h4"):
        return norm(all_text(el))
    if loose and (line := _line_text(el)) is not None:
        return line
    if tag in ("td", "div", "span", "p", "font") and _el_named_as_headline(el):
        return _text_before_blocks(el)
    if tag in ("b", "strong"):
        parent = el.getparent()
        text = norm(all_text(el))
        if parent is not None and parent.tag in ("p", "div", "td") and comparable(all_text(parent)) == comparable(text):
            return text
    return None


def _text_before_blocks(el: HtmlElement) -> str:
    """A block's text up to its first block child: the headline of a cell that also holds a table of links or dates."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in _BLOCK_TAGS:
            break
        parts.append(all_text(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return norm("".join(parts))


def _under_headline(el: HtmlElement, headline_key: str) -> bool:
    """Whether el shares its parent with an h1 reading the headline: the subtitle under it."""
    parent = el.getparent()
    if parent is None or not headline_key:
        return False
    return any(comparable(all_text(h1)) == headline_key for h1 in parent.iterchildren("h1"))


def story_heading(
    page: HtmlElement, blocks: Sequence[Block], headline: str = "", *, named_only: bool = False
) -> str | None:
    """The last heading above the story's first paragraph that the story's opening confirms.

    `named_only`: only a block whose class or id names it the headline counts (`_named_as_headline`).
    """
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
    # With no headline at all and no heading opening the text, a line alone in its block may be the headline.
    loose = not headline and _opening_heading(blocks) is None
    for el in page.iter(*_CANDIDATE_TAGS):
        own = comparable(el.text or "")
        text = _heading_text(el, loose=loose)
        if named_only and text and not _el_named_as_headline(el):
            text = None
        if len(own) >= 20 and start_key.startswith(own[:40]):
            if not (text and _named_line_atop(el, text, body_key)):
                break  # the story's first paragraph: the headline stands above it
            # The headline's named cell kept as the text's first line: the story starts after it.
            start_key = comparable(next((b.text for b in blocks if b.kind == "p" and comparable(b.text) != own), ""))[
                :40
            ]
        if text and headline_key and comparable(text) == headline_key:
            best = None  # the headline itself is set nearer the story: a heading above it is not the story's
            continue
        if not text or not 3 <= len(text.split()) <= 30 or len(text) > 250:
            continue
        links = sum(len(all_text(a)) for a in el.iter("a"))
        if links >= 0.5 * len(text) or _in_module(el):
            continue
        if _under_headline(el, headline_key):
            continue  # the standfirst under the h1
        if comparable(text) in body_key:
            if not _named_line_atop(el, text, body_key):
                continue  # a line of the story itself, set in bold
            # The headline's cell kept as the story's first line: the rest of the opening must confirm it.
            if _confirms(text, _content_words(opening_text.replace(text, " ", 1))):
                best = text
            continue
        if _confirms(text, opening):
            best = text
    return best


_ATOP_CHARS = 300
"""How far into the story's text a headline-named line may stand and still be its headline."""


def _named_line_atop(el: HtmlElement, text: str, body_key: str) -> bool:
    """Whether a headline-named block's text is one of the first lines of the story's kept text.

    General pattern: old table templates set the headline in a named cell ('articleTitle',
    'lblTitle') inside the block the text finder keeps, so the story's text opens with it. It
    is the headline all the same; a bold line further down is the story's own.
    """
    if el.tag in ("b", "strong", "h1", "h2", "h3", "h4"):
        return False
    if not _el_named_as_headline(el):
        return False
    return 0 <= body_key.find(comparable(text)) < _ATOP_CHARS


_LEAD_IN_CHARS = 120
"""Short lines (a breadcrumb, a date) the story's text may hold before its heading."""


def _opening_heading(blocks: Sequence[Block], headline: str = "") -> str | None:
    """The heading the story's text opens with: the last heading block before its first paragraph.

    Only short lines (a breadcrumb trail, a dateline) may stand before it; once a paragraph
    of the story has begun, later headings are its section headings. Under a heading that
    reads the headline, none is: that one is the standfirst.
    """
    nearest: str | None = None
    for block in blocks[:4]:
        if block.kind == "heading":
            if headline and comparable(block.text) == comparable(headline):
                return None  # the headline heads the text itself: a heading under it is its standfirst
            nearest = block.text  # of headings stacked over the text, the last stands nearest it
        elif len(block.text) > _LEAD_IN_CHARS:
            break
    return nearest


def _titled_only(meta: PageMeta) -> bool:
    """Whether the page's only title sources are its <title> (and a JSON-LD WebPage name)."""
    return not any(meta.titles.get(key) for key in ("og", "ld", "twitter", "dc"))


def _title_opening_text(title: str, blocks: Sequence[Block]) -> str | None:
    """The story's first line when it reads the page's <title> word for word.

    General pattern: the headline set in a cell or a plain block the text finder keeps as the
    story's first line, and the <title> giving the same words: the page states its headline
    twice, whatever headline-named block (a 'Related News' module's title) stands elsewhere.
    """
    key = comparable(title)
    if not key or len(_LETTERS.findall(title)) < 3:
        return None
    for block in blocks[:4]:
        if comparable(block.text) == key:
            return block.text
        if len(block.text) > _LEAD_IN_CHARS:
            break
    return None


def opened_headline(headline: str, meta: PageMeta, blocks: Sequence[Block], page_text: str = "") -> str:
    """The heading the story opens with, when the page's <title> names something else.

    General pattern: old and small-site templates give no og:title or JSON-LD; their <title>
    (and often an h1 in the banner) names the site or the section ('Lifestyle & Entertainment',
    'The Sports Desk - Hockey League'), while the story's text starts with its own heading. The
    site's name may turn up in the story's dateline ('(Sports Desk) -'), so the story seems to
    confirm the title; but a title that names the story shares more than half its words with
    it, and the heading the story opens with shares more of them than a site's name does. That
    heading (three words or more, no date in figures: a dateline) then takes the title's place.
    A title sharing half its words with the heading words the same story otherwise and stays;
    so does a headline shown just before the heading, which is then its standfirst. A <title>
    the story's first line repeats word for word is the headline (`_title_opening_text`).
    """
    if not _titled_only(meta):
        return headline
    shown = _title_opening_text(meta.titles.get("title", ""), blocks)
    if shown is not None:
        return shown
    heading = _opening_heading(blocks, headline)
    if heading is None or not 3 <= len(_LETTERS.findall(heading)) <= 30 or len(heading) > 250:
        return headline
    if _NUMERIC_DATE.search(heading):
        return headline  # 'Bern, 17.08.2007 - Speech by …': a dateline over the text, not its headline
    own = _content_words(headline)
    if len(own & _content_words(heading)) >= 0.5 * len(own) > 0:
        return headline  # the title words the heading otherwise: the page's own title
    if is_label_trail(meta.titles.get("title", "")) and not own & _content_words(heading):
        # 'News | Region - Wire': the story's dateline and trail say the labels, which proves nothing.
        return headline if headline and page_text and _shown_before(headline, heading, page_text) else heading
    opening = _content_words(_opening(blocks))
    confirmed = len(own & opening)
    if confirmed > 0.5 * len(own) or len(_content_words(heading) & opening) <= confirmed:
        return headline
    if headline and page_text and _shown_before(headline, heading, page_text):
        return headline
    return heading


def _shown_before(headline: str, heading: str, page_text: str) -> bool:
    """Whether the page shows the headline right before the heading, no text between (a pun over its standfirst).

    General pattern: '<h1>Pun</h1><h2>What the story is about</h2>' outside the block the text
    finder keeps: the h2 shares the story's words, the pun none, yet the h1 is the headline. A
    section's name over the story has other lines between (a date, 'E-mail | Print', a menu).
    """
    from lxml import etree

    from newstui.extract.article import parse_html

    body = parse_html(page_text).find("body")
    if body is None:
        return False
    etree.strip_elements(body, "script", "style", "noscript", with_tail=False)
    text = comparable(all_text(body))
    head, sub = comparable(headline), comparable(heading)
    return bool(head and sub) and head + sub in text


# A full stop inside a closing quote or bracket ends the sentence too ('… said: "We are ready."').
_SENTENCE_END = re.compile(r"[.:;,][\"'”’»)\]]*$")


def _first_line_headline(blocks: Sequence[Block]) -> str:
    """On a page with no title at all, the story's first line when it reads as its headline.

    General pattern: a page with no <title>, og:title or heading tag whose headline cell the
    text finder keeps as the first paragraph ('<td class="contentheading">'). A short line
    (three to twenty words) not ending like a sentence, that the paragraphs after it confirm
    (`_confirms`) and do not say again, is that headline; a byline or dateline shares no words
    with the story. A heading block above it is the headline instead, the line its standfirst.
    """
    texts = [block.text for block in blocks if block.kind == "p"]
    if len(texts) < 2 or _opening_heading(blocks) is not None:
        return ""
    first = texts[0]
    if not 3 <= len(_LETTERS.findall(first)) <= 20 or _SENTENCE_END.search(first):
        return ""
    if comparable(first) in comparable(" ".join(texts[1:])):
        return ""  # a line the text says again is one of its paragraphs (or a template's), not its headline
    rest = _content_words(" ".join(texts[1:])[:_OPENING_CHARS])
    return first if _confirms(first, rest) else ""


def confirmed_headline(headline: str, meta: PageMeta, blocks: Sequence[Block], page_text: str) -> str:
    """The chosen headline, or the heading above the story when the story does not confirm the headline."""
    headline = opened_headline(headline, meta, blocks, page_text)
    opening = _opening(blocks)
    if len(opening) < _MIN_OPENING_CHARS or _UNSPACED.search(opening[:300]):
        return headline
    from newstui.extract.article import parse_html

    page: HtmlElement | None = None  # the page as fetched (the caller's tree is cleaned), parsed once if needed
    if (
        headline
        and _titled_only(meta)
        and not _shown_as_h1(headline, meta)
        and not _confirms(headline, _content_words(_paragraphs_opening(blocks)))
    ):
        page = parse_html(page_text)
        heading = _unrelated_story_heading(headline, blocks, page, page_text)
        if heading is not None:
            return heading
    # Where the title-made headline would stand (no heading above the story said otherwise),
    # the page's one h1 that the story confirms and the headline does not stands instead.
    if headline and (_content_words(headline) & _content_words(opening) or _agreed(headline, meta)):
        return _lone_confirmed_h1(headline, meta, opening, blocks) or headline
    heading = story_heading(page if page is not None else parse_html(page_text), blocks, headline)
    if heading is None:
        return (
            _lone_confirmed_h1(headline, meta, opening, blocks)
            or _other_title_part(headline, meta, opening)
            or headline
            or _first_line_headline(blocks)
        )
    title = comparable(meta.titles.get("title", ""))
    at, heading_at = title.find(comparable(headline)), title.find(comparable(heading))
    if headline and 0 <= at < heading_at:
        return headline  # '<title>Headline - Subtitle : Site</title>': the heading is the subtitle
    return heading


_PIPE_SPLIT = re.compile(r"\s+[|｜¦]\s+")


def _other_title_part(headline: str, meta: PageMeta, opening: str) -> str | None:
    """On a page titled only by its <title>, the part before its pipe when the story confirms it instead.

    General pattern: a page with no h1 and no og/JSON-LD/twitter title leaves the title's shape
    to say which of its two parts is the site's, and a short headline in Title Case before a
    pipe reads like a name ('Pier Road Closes | The Northern Valley Evening Post': the longer
    part was taken, `headline._short_head`). The story tells them apart: it speaks of its
    headline's subject, not of the site. When the part after the pipe, chosen, shares no word
    with the story's opening and the part before it is confirmed by it (`_confirms`: two words,
    two fifths of its own), that part is the headline, unless it is the site's name
    (`_names_the_site`): a story may use its site's words while a feature headline shares none.
    (Only this shape: a '<title>' cut at a dash into a column's name and its topic line reads
    the same way and names neither the story.)
    """
    if not headline or meta.h1s or not _titled_only(meta):
        return None
    parts = [part.strip() for part in _PIPE_SPLIT.split(meta.titles.get("title", ""))]
    if len(parts) != 2 or comparable(parts[1]) != comparable(headline):
        return None
    words = _content_words(opening)
    if _content_words(headline) & words or _names_the_site(parts[0], meta, opening):
        return None
    return parts[0] if _confirms(parts[0], words) else None


def _names_the_site(part: str, meta: PageMeta, opening: str) -> bool:
    """Whether a title part is the site's name: a name the page's tags or host give, or one the
    story cites with its capitals mid-sentence ('…, the Harbour Town Gazette has learned').

    General pattern: a name keeps its capitals in running text; a Title Case headline's words
    do not ('Pier Road Closes' is written 'the pier road closes' in the story).
    """
    if is_site_name(part, [n for n in (meta.site_name, *meta.site_names) if n], registered_name(meta.canonical)):
        return True
    if len(part.split()) < 2:
        return False
    return any(
        opening[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", '"', "“")
        for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", opening)
    )


def _lone_confirmed_h1(headline: str, meta: PageMeta, opening: str, blocks: Sequence[Block]) -> str | None:
    """The page's one h1 when the story confirms it and not the title-made headline chosen over it.

    General pattern: a template outside <article> markup sets the story's headline in the page's
    only h1 while its <title> and og:title carry an SEO line or a product page's name ('Service X
    | Company'); the headline choice follows the titles when they disagree with an h1 outside the
    article. An h1 of six words or more (a site's, section's or box's name is shorter), that is no
    sentence-long description, and that the story's opening confirms (`_confirms`: two words and
    two fifths of its own) while it does not confirm the chosen headline, is what the reader sees
    over the story. A headline the story's text shows as a heading is the page's own, not a
    title-made line: it stays. An h1 that opens with one of the site's names (og:site_name, a
    logo's) is the site's logo or banner, which a story about its subject confirms too: it is
    never taken (a headline naming a product the site is named for, further on, still is).
    """
    if not headline or len(meta.h1s) != 1 or meta.h1s[0][1]:
        return None
    key = comparable(headline)
    if any(block.kind == "heading" and comparable(block.text) == key for block in blocks):
        return None
    h1 = meta.h1s[0][0]
    if len(h1.split()) < 6 or is_prose(h1) or comparable(h1) == comparable(headline):
        return None
    sites = (comparable(name) for name in (meta.site_name, *meta.site_names) if name)
    if any(len(site) >= 4 and comparable(h1).startswith(site) for site in sites):
        return None
    words = _content_words(opening)
    if _confirms(h1, words) and not _confirms(headline, words):
        return h1
    return None


def _paragraphs_opening(blocks: Sequence[Block]) -> str:
    """The opening of the story's paragraphs proper: short lines (datelines, credits, trails) left out."""
    return _opening([block for block in blocks if len(block.text) > _LEAD_IN_CHARS])


def _unrelated_story_heading(headline: str, blocks: Sequence[Block], page: HtmlElement, page_text: str) -> str | None:
    """The story's heading when a <title>-only headline is the site's: the bar a heading meets, the title must too.

    General pattern: a page whose only title is its <title> ('Press Channel', 'News | World -
    Wire Service') has its headline in a headline-named cell over the story. The
    site's or section's name may turn up once in the story (a dateline's '(Wire Service)', a
    'press reports' in the text), so sharing a word proves nothing; a title that names the story
    shares two words or more, and two fifths of its own, with the story's paragraphs proper, as a
    heading must (`_confirms`). When it does not, and a block the template names as the headline
    ('lblTitle', 'articleTitle') that the story confirms shares no word with it, that block is the
    headline; unless the title is shown right before it (a pun over its standfirst). Only a named
    block will do: a bold line or a numbered heading over the text of a page about the site
    itself ('Donate Now', 'Party Manifesto') is no surer a title than the title is.
    """
    heading = story_heading(page, blocks, headline, named_only=True)
    if heading is None or _content_words(heading) & _content_words(headline) or _is_dateline(heading):
        return None
    if _shown_before(headline, heading, page_text):
        return None
    return heading


def _shown_as_h1(headline: str, meta: PageMeta) -> bool:
    """Whether an h1 of the page reads the headline: the page shows it as its title."""
    key = comparable(headline)
    return any(comparable(text) == key for text, _ in meta.h1s)


def _is_dateline(text: str) -> bool:
    """A short line giving a date in words ('Tuesday 15th of January 2026'), not a headline."""
    if len(text.split()) > 6 or not re.search(r"\b(?:19|20)\d\d\b", text):
        return False
    return re.search(rf"\b(?:{MONTH_PATTERN})[a-z]*\b", text, re.I) is not None
