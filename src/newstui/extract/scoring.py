"""Content scoring: which container on a page holds the story.

Our own implementation of the well-known text-density approach (the idea of
Arc90's Readability; no code taken from any project):

1. Every text block (p, pre, td, blockquote, a dd holding no block and reading
   as a paragraph) of at least MIN_TEXT characters is
   a vote for the container it sits in: it adds its worth (1, plus one per
   comma-separated clause, plus one per 100 characters up to three) to its
   parent and half of that to its grandparent. A block of <br><br>-separated
   runs votes once per run (_runs_worth); a paragraph whose parent and
   grandparent wrap only it also votes for the container above its wrappers
   (_frame_above_wrappers).
2. A container starts from a weight for its tag (a <div> or <article> is a
   likely frame, a list item or heading is not) and for its class and id
   words ("story", "content" up; "comment", "related", "widget" down).
3. Each container's score is scaled by (1 - link density): a block of links
   scores nothing however long it is.
4. The best-scoring container wins; a container marked itemprop=articleBody,
   or an <article> nested in the winner, is preferred when it is credible.
5. The chosen nodes are cleaned: headings, lists, tables and divs that score
   below zero, are link-heavy for their weight, hold more list items or
   images than paragraphs, or hold nothing, are dropped.

All functions work on a tree we already hold (no serialising, no re-parsing)
and call budget.check() in their loops.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newstui.extract.budget import check
from newstui.extract.cjk import clause_count, weighted_len
from newstui.extract.prune import Signature, class_signature
from newstui.extract.textutil import MONTH, QUOTE_CLOSERS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MIN_TEXT = 25
"""A text block shorter than this (characters, whitespace collapsed) casts no vote."""

MIN_WINNER_TEXT = 100
"""A container with less text than this cannot win while another holds more (its class words carried it)."""

_POSITIVE = re.compile("article|body|content|entry|hentry|main|page|post|text|blog|story", re.IGNORECASE)
"""Class/id words of containers that hold a story."""
_NEGATIVE = re.compile(
    "combx|comment|com-|contact|foot(?!-?note)|masthead|media|meta|outbrain|"
    "promo|related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget",
    re.IGNORECASE,
)
"""Class/id words of page furniture around a story ('foot' a page footer, not the story's 'footnotes')."""
_LEAD = re.compile(
    r"(?:^|[\s_-])(?:subhead|story[\s_-]*lead|standfirst|dek|subtitle|excerpt|intro|lede|summary)(?:$|[\s_-])",
    re.IGNORECASE,
)
"""Class/id words of an editor's lead above the body (a standfirst, a dek, a summary: 'story__summary')."""


def lead_named(el: HtmlElement) -> bool:
    """el's class or id names an editor's lead (_LEAD): a standfirst, a dek, an intro."""
    return _LEAD.search(f"{el.get('class', '')} {el.get('id', '')}") is not None


_CALL_TO_ACTION = re.compile(r"^\s*(?:sign up|subscribe|download|get the latest)\b", re.IGNORECASE)

_TAG_BASE = {
    "div": 5, "article": 5,
    "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3, "aside": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5, "header": -5, "footer": -5, "nav": -5,
}  # fmt: skip
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_VIDEO_HOSTS = re.compile(r"//(?:www\.)?(?:youtube(?:-nocookie)?\.com|player\.vimeo\.com|vimeo\.com)/", re.IGNORECASE)


@dataclass
class Candidate:
    """A container and its score."""

    elem: HtmlElement
    score: float


Candidates = dict["HtmlElement", Candidate]


def all_text(el: HtmlElement) -> str:
    """el's text, as el.text_content() reads it, as a plain str.

    libxml2 serialises the text in C; text_content() takes an XPath string()
    and wraps it in a 'smart' string: about twice the time, and the scorer asks
    for the text of every block and every candidate of every page.
    """
    global _tostring
    if _tostring is None:
        from lxml import etree  # lazy: importing the scorer does not load lxml

        _tostring = etree.tostring
    return str(_tostring(el, method="text", encoding=str, with_tail=False))


_tostring: Callable[..., object] | None = None


def text_len(el: HtmlElement) -> int:
    """Length of el's text with whitespace runs collapsed to one space (remembered inside `tree_unchanged`)."""
    lengths = _lengths.get()
    if lengths is None:
        return len(" ".join(all_text(el).split()))
    length = lengths.get(el)
    if length is None:
        length = lengths[el] = len(" ".join(all_text(el).split()))
    return length


_lengths: ContextVar[dict[HtmlElement, int] | None] = ContextVar("newstui_text_lengths", default=None)


@contextmanager
def tree_unchanged() -> Iterator[None]:
    """Within the block text_len reads each element's text once: for passes that only read the tree.

    Choosing the winner (score, rank, widen, join) asks for the length of the
    same blocks, links and containers again and again, and serialising a
    subtree's text is the scorer's main cost; while nothing changes the tree,
    a length once read holds. The caller promises the block changes no node.
    """
    token = _lengths.set({})
    try:
        yield
    finally:
        _lengths.reset(token)


def link_density(el: HtmlElement, length: int | None = None) -> float:
    """Share of el's text that is link text; in-page links in a section heading ('#top') and anchors do not count."""
    check()
    total = text_len(el) if length is None else length
    if not total:
        return 0.0
    links: Iterable[HtmlElement] = (a for a in el.iter("a") if is_link(a))
    if el.tag in _HEADINGS:
        links = (a for a in links if not a.get("href", "").startswith("#"))
    return sum(text_len(a) for a in links) / total


def is_link(a: HtmlElement) -> bool:
    """An <a> that links somewhere: not a named anchor target ('<a name="part2">' around a heading, no href).

    General pattern: old CMSs wrap each section heading in a named anchor for
    their jump menu; its text counted as link text, so the heading read as a
    linked teaser and the section holding it as a link box. An <a> without
    href but with a script hook (a class, no name) is a script's link and counts.
    """
    return a.get("href") is not None or a.get("name") is None


def class_weight(el: HtmlElement) -> int:
    """+25 for each of class and id that reads like a story frame, -25 for each that reads like furniture.

    Page-state tokens ('has-sidebar', 'with-comments') describe the page, not
    el, and are left out.
    """
    check()
    weight = 0
    for feature in (el.get("class"), el.get("id")):
        if not feature:
            continue
        if feature is not el.get("class") and el.tag in _ALL_HEADINGS and _own_slug(el, feature):
            continue
        weight += _feature_weight(feature)
    return weight


_SLUG_SPLIT = re.compile(r"[\W_]+")


def _own_slug(heading: HtmlElement, id_value: str) -> bool:
    """The heading's id is made of its own words (an anchor slug: 'h-what-is-social-shopping').

    General pattern: editors and table-of-contents plugins give each heading an
    id made from its text, so in-page links can reach it; the words are the
    heading's subject ('shopping', 'media', 'related'), not the furniture words
    they happen to be, and a heading whose id held one was dropped as furniture.
    """
    words = set(_SLUG_SPLIT.split(" ".join(all_text(heading).split()).lower()))
    parts = [part for part in _SLUG_SPLIT.split(id_value.lower()) if part]
    # Slug makers drop short words and add a prefix ('h-', 'toc-') or a counter.
    hits = sum(1 for part in parts if part in words)
    return len(parts) >= 2 and hits >= 2 and hits >= 0.6 * len(parts)


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def _feature_weight(feature: str) -> int:
    from newstui.extract.prune import state_free

    weight = 0
    if _NEGATIVE.search(state_free(feature)):
        weight -= 25
    if _POSITIVE.search(state_free(feature, modifiers=True)):  # 'node--article' still reads as a story
        weight += 25
    return weight


def base_score(el: HtmlElement) -> Candidate:
    """A container's starting score: its tag's weight plus its class/id weight."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    return Candidate(el, float(class_weight(el) + _TAG_BASE.get(tag, 0)))


def _descendants(node: HtmlElement, *tags: str) -> Iterator[HtmlElement]:
    for tag in tags:
        yield from node.iterdescendants(tag)


def score_paragraphs(root: HtmlElement) -> Candidates:
    """Every container that holds a text block, scored (steps 1-3 of the module docstring)."""
    candidates: Candidates = {}
    wrapped: dict[HtmlElement, list[float]] = {}  # frames above paragraphs in wrappers of their own
    lengths = _lengths.get()  # kept for the later passes when the caller holds the tree unchanged
    for block in _descendants(root, "p", "pre", "td", "blockquote", "dd"):
        check()
        parent = block.getparent()
        if parent is None or (block.tag == "dd" and not _definition_text(block)):
            continue
        text = " ".join(all_text(block).split())
        if lengths is not None:
            lengths[block] = len(text)
        if len(text) < MIN_TEXT and (text.isascii() or weighted_len(text) < MIN_TEXT):
            continue
        if block.tag == "dd" and not _reads_as_paragraph(text):
            continue  # a spec's or a fact box's value, not a paragraph
        worth = _runs_worth(block) if block.tag != "pre" and _holds_runs(block) else _worth(text)
        if parent not in candidates:
            candidates[parent] = base_score(parent)
            if block.tag == "dd" and parent.tag == "dl":
                # A list of paragraphs, not of links or labels: it starts as a <div> would.
                candidates[parent].score += _TAG_BASE["div"] - _TAG_BASE["dl"]
        candidates[parent].score += worth
        grandparent = parent.getparent()
        if grandparent is not None:
            if grandparent not in candidates:
                candidates[grandparent] = base_score(grandparent)
            candidates[grandparent].score += worth / 2
            frame = _frame_above_wrappers(block, parent, grandparent)
            if frame is not None:
                wrapped.setdefault(frame, []).append(worth)
    for frame, worths in wrapped.items():
        if len(worths) >= _WRAPPED_ROW:
            if frame not in candidates:
                candidates[frame] = base_score(frame)
            candidates[frame].score += sum(worths) / 2
    links: dict[HtmlElement, tuple[int, bool]] = {}  # each <a>, read once for all the candidates around it
    for candidate in candidates.values():
        candidate.score *= 1 - _candidate_link_density(candidate.elem, links)
    return candidates


def _candidate_link_density(el: HtmlElement, links: dict[HtmlElement, tuple[int, bool]]) -> float:
    """link_density(el), each <a> read once into `links`: its link text length and whether it links in-page.

    Candidates nest (a paragraph's parent, grandparent, frame): every link was
    measured and tested once per candidate around it; the figure is the same.
    """
    check()
    total = text_len(el)
    if not total:
        return 0.0
    heading = el.tag in _HEADINGS
    chars = 0
    for a in el.iter("a"):
        read = links.get(a)
        if read is None:
            read = links[a] = _link_read(a)
        length, in_page = read
        if not (heading and in_page):
            chars += length
    return chars / total


def _link_read(a: HtmlElement) -> tuple[int, bool]:
    """An <a>'s link text length (0 when it links nowhere: `is_link`) and whether its href is in-page ('#top')."""
    if not is_link(a):
        return 0, False
    return text_len(a), a.get("href", "").startswith("#")


_WRAPPED_ROW = 3
"""Paragraphs in wrappers of their own a container must hold to be voted for past the wrappers."""


def _lone_wrapper(el: HtmlElement, child: HtmlElement) -> bool:
    """el holds child and nothing else that reads: no loose text, no other child with text (an anchor, an icon)."""
    if el.text and el.text.strip():
        return False
    for kid in el:
        if kid.tail and kid.tail.strip():
            return False
        if kid is not child and isinstance(kid.tag, str) and _has_text(kid):
            return False
    return True


def _has_text(el: HtmlElement) -> bool:
    """el holds some text: stops at the first, where text_content() would copy a whole sibling subtree per paragraph."""
    return any(text.strip() for text in el.itertext())


def _frame_above_wrappers(block: HtmlElement, parent: HtmlElement, grandparent: HtmlElement) -> HtmlElement | None:
    """The container block sits in when its parent and grandparent wrap only it; None when they do not.

    General pattern: page builders and block editors wrap each paragraph of
    the story in blocks of its own ('<div class="block"><div
    class="inner"><p>…'), one paragraph per wrapper; a paragraph's votes
    went to its parent and grandparent, both wrappers of that one paragraph,
    and never reached the container holding the story, so a box of four
    short paragraphs elsewhere outscored a story of thirty. The grandparent's
    half vote also goes to the first ancestor above the wrappers that holds
    something else, when _WRAPPED_ROW paragraphs or more are so wrapped in it
    (score_paragraphs): a single boxed paragraph beside the story (a 'Post
    your comment' box) adds nothing to the frame around both. Never <body>
    or <html>: a page is no story frame.
    """
    if not _lone_wrapper(parent, block) or not _lone_wrapper(grandparent, parent):
        return None
    inner, frame = grandparent, grandparent.getparent()
    while frame is not None and frame.tag not in ("body", "html") and _lone_wrapper(frame, inner):
        inner, frame = frame, frame.getparent()
    if frame is None or frame.tag in ("body", "html"):
        return None
    return frame


def _definition_text(dd: HtmlElement) -> bool:
    """A <dd> whose own text is the paragraph: it holds no paragraph, list, table or <div> of its own.

    General pattern: some templates and converters set a story's paragraphs
    as the bodies of a definition list (a <dl> of <dd>s, an indented reply,
    a glossary-style interview: a <dt> for the speaker, a <dd> for the
    answer); the walk reads each <dd> as a paragraph, but the scorer counted
    only <p>, <td>, <pre> and <blockquote> votes, so nothing of the story
    voted and a box of short paragraphs elsewhere won. A <dd> votes like a
    paragraph unless it wraps blocks, whose own paragraphs vote instead, or is
    a value rather than a paragraph (_reads_as_paragraph); a
    <dl> its <dd>s vote for starts from a <div>'s weight, not a list's (a
    list's weight is for menus and link lists, whose items cast no vote).
    """
    return not any(True for _ in dd.iterdescendants("p", "div", "ul", "ol", "table", "dl", "pre", "blockquote"))


def _reads_as_paragraph(text: str) -> bool:
    """A <dd>'s text reads as a paragraph: it ends like a sentence, or runs to a paragraph's length.

    General pattern: a definition list is a story's paragraphs only in some templates; more often
    it is a spec sheet or a fact box ('Width 4 metres, oak and steel'), values that neither end
    like a sentence nor run long. Fourteen of them voting as paragraphs outweighed a short story
    beside them and the page's body won, specs and all.
    """
    return len(text) >= _LINE_PARAGRAPH or _LINE_END.search(text) is not None


def _worth(text: str) -> float:
    """A text block's vote: 1, plus one per comma-separated clause, plus one per 100 characters (at most 3).

    Chinese and Japanese text counts its own commas ('，', '、') and each Han or
    kana character as three Latin ones (cjk.py): a sentence there is about a
    third as long, so Latin thresholds made a whole CJK story cast few votes.
    """
    return 1 + clause_count(text) + min(weighted_len(text) / 100, 3)


_RUN_BLOCKS = frozenset(("p", "div", "td", "th", "blockquote", "pre", "table", "ul", "ol", "dl", "li", "section"))
"""Tags inside a text block that make it a frame of blocks, not one paragraph of <br>-separated runs."""


def _holds_runs(block: HtmlElement) -> bool:
    """block holds two <br>s or more and no block of its own: its text may be several paragraphs."""
    breaks = 0
    for el in block.iterdescendants():
        tag = el.tag
        if tag == "br":
            breaks += 1
        elif tag in _RUN_BLOCKS:
            return False
    return breaks >= 2


_LINE_PARAGRAPH = 100
"""Characters of a line ended by one <br> that make it a paragraph: hard-wrapped lines are shorter."""
_LINE_END = re.compile(rf"[.!?…。！？][{QUOTE_CLOSERS})\]]?$")


def _line_paragraph(line: list[str]) -> bool:
    """The text since the last <br> is a paragraph of its own: long, and ending like a sentence."""
    text = " ".join("".join(line).split())
    return len(text) >= _LINE_PARAGRAPH and _LINE_END.search(text) is not None


def _runs_worth(block: HtmlElement) -> float:
    """The vote of a block whose text is runs set apart by a blank line (<br><br>): one vote per run.

    General pattern: old and hand-made templates set a whole story in one
    <p>, <td> or <div> (or a <font> in one), its paragraphs only set apart
    by double <br>s. As one block it cast one vote, its length capped, so an
    unnamed box of a few short paragraphs (opening hours, a contact note)
    elsewhere on the page outscored the story and the page's text was the
    box. Each run after a blank line votes as its own paragraph would (runs
    under MIN_TEXT characters cast none, as short paragraphs cast none); the
    walk already reads such runs as paragraphs. A single <br> ends a run
    only after a line of _LINE_PARAGRAPH characters or more that ends like a
    sentence (a paragraph set on one line); after a shorter line it is a
    line break inside a paragraph (a hard-wrapped text, an address) and does
    not split the vote. A block never votes less than it did as one paragraph.
    """
    from lxml import etree

    runs: list[list[str]] = [[]]
    line: list[str] = []  # the text since the last <br>
    breaks = 0

    def add(text: str | None) -> None:
        nonlocal breaks
        if text and text.strip():
            if runs[-1] and (breaks >= 2 or (breaks == 1 and _line_paragraph(line))):
                runs.append([])
            if breaks:
                line.clear()
            breaks = 0
            runs[-1].append(text)
            line.append(text)

    for event, el in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if el.tag == "br":
                breaks += 1
            add(el.text)
        elif el is not block:
            add(el.tail)
    worth = 0.0
    for run in runs:
        text = " ".join("".join(run).split())
        if len(text) >= MIN_TEXT or (not text.isascii() and weighted_len(text) >= MIN_TEXT):
            worth += _worth(text)
    return max(worth, _worth(" ".join(all_text(block).split())))


def best_candidate(candidates: Candidates) -> Candidate | None:
    """The winner: the top score, unless the page marks its body (itemprop=articleBody) or nests an <article> in it.

    A publisher's own articleBody marker beats a score when the marked node is
    not a link list; an <article> inside the winner with a quarter of its score
    and real text is the story inside a wrapper that also holds teasers. An
    <article> with under _NESTED_SHARE of the winner's text is not: templates
    mark each related-story card set among the story's paragraphs as an
    <article> too, and a card with a long summary has a quarter of the score
    of a short story's body.
    """
    if not candidates:
        return None
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)
    # A container with less text than a short paragraph wins only on its class words
    # ('page-title-content'): it never beats one holding real text.
    ranked = [c for c in ranked if text_len(c.elem) >= MIN_WINNER_TEXT] or ranked
    best = ranked[0]
    marked = [
        c for c in ranked if "articleBody" in (c.elem.get("itemprop") or "").split() and link_density(c.elem) <= 0.1
    ]
    if marked:
        best = marked[0]
    inside = set(best.elem.iterdescendants())
    whole = text_len(best.elem)
    for candidate in ranked:
        check()
        if (
            candidate.elem.tag == "article"
            and candidate.elem in inside
            and candidate.score >= best.score * 0.25
            and text_len(candidate.elem) >= max(250, _NESTED_SHARE * whole)
        ):
            return candidate
    return best


_NESTED_SHARE = 0.25
"""Share of the winner's text an <article> inside it must hold to be the story rather than a teaser card."""

_NAMED_SHORT = 300
"""Prose characters under which a winner named like a story frame may have won on its name alone."""
_RIVAL_GAIN = 3
"""Times the short winner's prose a rival must hold to take its place."""
_RIVAL_LINKS = 0.2
_RIVAL_PROSE = 500
"""Prose characters a rival holds at least: a story, not another short block."""


def outweighed_by_prose(candidates: Candidates, best: Candidate) -> Candidate:
    """A short winner that won on its class/id words yields to a candidate holding far more prose.

    General pattern: class and id words that read like a story frame ('post',
    'content', 'entry') add 25 to a container's score, so a short block so
    named (a comment form's note in a 'postbox', a notice in an
    'entry-meta' box) outscored an unnamed container holding the whole
    story: a table cell, or one paragraph of <br>-separated runs, that casts
    few votes. When the winner holds under _NAMED_SHORT characters of prose
    and its score without its name's weight is below a candidate's that holds
    _RIVAL_GAIN times its prose (and at least _RIVAL_PROSE), has few links and
    no furniture name, the best such candidate wins. A block the page marks as
    its articleBody keeps its place; a brief of _NAMED_SHORT characters or more
    is a story, and keeps it too.
    """
    elem = best.elem
    weight = class_weight(elem)
    if weight <= 0 or "articleBody" in (elem.get("itemprop") or "").split():
        return best
    prose = _prose_chars(elem, _NAMED_SHORT)
    if prose >= _NAMED_SHORT:
        return best
    unnamed = best.score - weight * (1 - link_density(elem))
    wanted = max(_RIVAL_GAIN * prose, _RIVAL_PROSE)
    for rival in sorted(candidates.values(), key=lambda c: c.score, reverse=True):
        check()
        if rival.score <= unnamed:
            break
        if rival is best or class_weight(rival.elem) < 0 or link_density(rival.elem) > _RIVAL_LINKS:
            continue
        if _prose_chars(rival.elem, wanted) >= wanted:
            return rival
    return best


def _in_chrome(el: HtmlElement) -> bool:
    return bool(el.xpath("ancestor-or-self::form | ancestor-or-self::aside | ancestor-or-self::nav"))


def prefer_semantic(root: HtmlElement, candidates: Candidates, best: Candidate) -> Candidate:
    """Move a winner out of page chrome, or up to a <main> that holds much more text.

    A winner inside a form, aside or nav (a newsletter box with long text) loses
    to an <article> whose list items read as text. A winner outside any
    <article> but inside a <main> with twice its text and few links is a part of
    the story: <main> is taken instead.
    """
    if _in_chrome(best.elem):
        rivals: list[Candidate] = []
        for article in root.iter("article"):
            if _in_chrome(article):
                continue
            density = link_density(article)
            if density > 0.25:
                continue
            rival = base_score(article)
            items = 0
            for item in article.xpath(".//li[not(.//li)]"):
                text = " ".join(all_text(item).split())
                if len(text) < MIN_TEXT or link_density(item) > 0.25:
                    continue
                items += 1
                rival.score += _worth(text)
            if items:
                rival.score *= 1 - density
                rivals.append(rival)
        if rivals:
            top = max(rivals, key=lambda c: c.score)
            if top.score > best.score:
                candidates[top.elem] = top
                best = top
        return best
    ancestors = list(best.elem.iterancestors())
    if best.elem.tag == "article" or any(a.tag == "article" for a in ancestors):
        return best
    inside = _into_main(root, candidates, best, ancestors)
    if inside is not best:
        return inside
    main = next((a for a in ancestors if a.tag == "main"), None)
    if main is None or text_len(main) < max(500, 2 * text_len(best.elem)) or link_density(main) > 0.15:
        return best
    candidates[main] = base_score(main)
    return candidates[main]


_MAIN_SHARE = 1
"""How many times the winner's prose the page's <main> must hold to take the story from a winner outside it.

Measured on the development sets: at 2 one trafilatura-set page changed, at 1 two (both
for the better, no page worse on any set)."""


def _into_main(root: HtmlElement, candidates: Candidates, best: Candidate, ancestors: list[HtmlElement]) -> Candidate:
    """The best candidate inside the page's <main> when the winner sits outside it and <main> holds the prose.

    General pattern: the page marks its one <main>, and a block outside it (a
    slideshow's captions, a login dialog, a testimonial strip, a hero box)
    outscores the story's own container on commas and class words. When the
    winner is neither in nor around the page's only <main>, and <main> holds
    more prose than the winner (_MAIN_SHARE times; paragraphs with few links),
    the top-scoring candidate inside <main> (or <main> itself) wins instead.
    """
    mains = [el for el in root.iter("main") if text_len(el)]
    if len(mains) != 1:
        return best
    main = mains[0]
    if main in ancestors or main is best.elem or any(a is best.elem for a in main.iterancestors()):
        return best
    mine = _prose_chars(best.elem, 10**9)
    if _prose_chars(main, _MAIN_SHARE * mine + 1) <= _MAIN_SHARE * mine:
        return best
    inner = [c for el, c in candidates.items() if el is main or any(a is main for a in el.iterancestors())]
    if not inner:
        candidates[main] = base_score(main)
        return candidates[main]
    return max(inner, key=lambda c: c.score)


def headline_articles(root: HtmlElement, headline: str) -> list[HtmlElement]:
    """The <article>s holding an h1/h2 that reads as the page's headline (read before furniture is dropped)."""
    from newstui.extract.textutil import comparable

    key = comparable(headline)
    if len(key) < 10:
        return []
    found: list[HtmlElement] = []
    for article in root.iter("article"):
        for heading in article.iter("h1", "h2"):
            check()
            text = comparable(all_text(heading))
            if text == key or (key in text and len(text) < 2 * len(key)):
                found.append(article)
                break
    return found


def headline_story(candidates: Candidates, best: Candidate, titled: list[HtmlElement]) -> Candidate:
    """On a page holding several stories in one template, the one headed by the page's headline.

    General pattern: news sites append the next stories below the one the page
    is about (infinite scroll), each in the same <article> template (same
    class); the scorer then picks whichever is longest. When the winner's
    <article> carries no heading that is the page's headline and another
    <article> of the same class does (`titled`, from headline_articles), the
    best container inside that one wins. Pages where no story carries the
    headline (section fronts, tabbed parts of one story) keep the scorer's choice.
    """
    if not titled:
        return best
    elem = best.elem
    frame = elem if elem.tag == "article" else next((a for a in elem.iterancestors() if a.tag == "article"), None)
    if frame is None or frame in titled:
        return best
    kind = frame.get("class")
    related = set(frame.iterancestors()) | set(frame.iterdescendants())
    for other in titled:
        if other.get("class") != kind or other in related or other.getparent() is None:
            continue  # another template, the winner's own frame, or dropped as furniture
        inside = [c for c in candidates.values() if c.elem is other or other in set(c.elem.iterancestors())]
        return max(inside, key=lambda c: c.score) if inside else best
    return best


_PROSE_BLOCKS = ("p", "pre", "blockquote", "li", "dd", "td")
_CLIMB_LEVELS = 8
_CLIMB_GAIN = 2.0
"""The frame must hold this many times the winner's prose."""
_CLIMB_SHARE = 0.6
"""Share of a frame's text that must be prose for the winner to widen to it."""
_CLIMB_LINKS = 0.2
_FRAGMENT = 1500
"""A winner with this much prose or more is a whole story, not a fragment of one."""


def _prose(node: HtmlElement) -> Iterator[tuple[HtmlElement, int]]:
    """The prose blocks under node with their lengths: MIN_TEXT or more, under 30% links, not wrapping paragraphs."""
    for block in _descendants(node, *_PROSE_BLOCKS):
        check()
        if block.tag in ("li", "td") and block.find(".//p") is not None:
            continue  # its paragraphs count
        length = text_len(block)
        if length >= MIN_TEXT and link_density(block, length) <= 0.3:
            yield block, length


def _prose_chars(node: HtmlElement, enough: int) -> int:
    """Characters of prose under node, counted until `enough` is reached."""
    total = 0
    for _, length in _prose(node):
        total += length
        if total >= enough:
            break
    return total


prose_chars = _prose_chars


def widen_fragments(best: Candidate) -> Candidate:
    """The winner widened to the ancestor holding the whole story when it is one fragment of it.

    General pattern: templates cut one story into many small containers of
    the same weight (accordion panels, asciidoc section blocks, CMS text
    modules, listing blocks); the scorer then picks one fragment, often a code
    listing or one panel, and drops the rest. An ancestor within a few levels
    that holds at least twice the winner's prose, where prose (paragraphs,
    list items, quotes and code of MIN_TEXT or more with few links) is most of
    its text and links are few, is the story's frame: the highest such
    ancestor wins, reached without passing a level that fails the test. A
    winner with _FRAGMENT characters of prose is a story already and stays.
    """
    elem = best.elem
    if _prose_chars(elem, _FRAGMENT) >= _FRAGMENT:
        return best
    chain: list[HtmlElement] = [elem]
    for ancestor in elem.iterancestors():
        if ancestor.tag in ("body", "html") or len(chain) > _CLIMB_LEVELS:
            break
        chain.append(ancestor)
    if len(chain) < 2:
        return best
    index = {el: i for i, el in enumerate(chain)}
    prose = [0] * len(chain)
    for block, length in _prose(chain[-1]):
        for ancestor in block.iterancestors():
            at = index.get(ancestor)
            if at is not None:
                for level in range(at, len(chain)):
                    prose[level] += length
                break
    base = max(prose[0], 1)
    chosen = 0
    for level in range(1, len(chain)):
        el = chain[level]
        total = text_len(el)
        if not total or prose[level] < _CLIMB_SHARE * total or link_density(el, total) > _CLIMB_LINKS:
            break
        if prose[level] >= _CLIMB_GAIN * base:
            chosen = level
    if not chosen:
        return best
    return Candidate(chain[chosen], best.score)


_SEGMENT = 200
"""Prose characters that make a sibling block a segment of the story."""


def join_segments(best: Candidate) -> Candidate:
    """A long winner that is the largest of several like blocks of one story widened to their parent.

    General pattern: page builders and tabbed layouts cut a story into a row of
    same-tag blocks (text modules between image modules, tab panels, one
    block per section); the scorer picks the longest, and widen_fragments
    leaves a winner of _FRAGMENT characters alone. At the first ancestor
    where other blocks hold prose, the parent is taken when at least two
    siblings of the winner's branch with its tag hold _SEGMENT characters of
    prose, none more than the winner (a longer sibling is another story or a
    comment thread), the prose at least doubles, and the parent reads as
    prose with few links.
    """
    elem = best.elem
    enough = 10**9
    mine = _prose_chars(elem, enough)
    if mine < _FRAGMENT:
        return best
    branch = elem
    for _ in range(_CLIMB_LEVELS):
        parent = branch.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        # Counting stops past the winner's prose: a longer sibling ends the rule anyway.
        kids = [kid for kid in parent if kid is not branch and isinstance(kid.tag, str)]
        others = [(kid, _prose_chars(kid, mine + 1)) for kid in kids]
        if not any(prose >= _SEGMENT for _, prose in others):
            branch = parent
            continue
        segments = [prose for kid, prose in others if prose >= _SEGMENT and kid.tag == branch.tag]
        total = text_len(parent)
        prose_total = mine + sum(prose for _, prose in others)
        if (
            len(segments) >= 2
            and all(prose <= mine for _, prose in others)
            and (prose_total >= _CLIMB_GAIN * mine or (_folded(elem, parent) and prose_total - mine >= _FRAGMENT))
            and prose_total >= _CLIMB_SHARE * total
            and link_density(parent, total) <= _CLIMB_LINKS
        ):
            return Candidate(parent, best.score)
        return best
    return best


def _folded(elem: HtmlElement, frame: HtmlElement) -> bool:
    """elem sits in a panel the reader opens (an accordion's, a collapsible's) below frame.

    General pattern for join_segments: pages fold what goes with a story (an
    interview in full, notes, a chronology) into an accordion under it; the
    folded part can be longer than the story, so the story's own blocks beside
    it never doubled the winner's prose. When the winner is folded, the visible
    blocks beside it need only _FRAGMENT characters of prose to be the story.
    """
    from newstui.extract.prune import openable_named

    for ancestor in elem.iterancestors():
        if ancestor is frame:
            return False
        if openable_named(ancestor):
            return True
    return False


def _frame(el: HtmlElement) -> HtmlElement | None:
    return next((a for a in el.iterancestors() if a.tag in ("article", "main")), None)


def heading_preamble(candidates: Candidates, best: HtmlElement, threshold: float) -> None:
    """A section heading just before the winner (a block holding an <h2>) is kept with it."""
    previous = best.getprevious()
    if previous is None or previous in candidates:
        return
    if previous.tag != "h2" and previous.find(".//h2") is None:
        return
    if text_len(previous) < MIN_TEXT or link_density(previous) > 0.2:
        return
    candidates[previous] = Candidate(previous, threshold)


def merge_segments(candidates: Candidates, best: Candidate, threshold: float) -> None:
    """A story split over sibling containers of one kind: move the other parts into the winner, in order.

    Templates cut a body into several same-class blocks ('story-body' … ad …
    'story-body') under one article frame. Parts are the candidates with the
    winner's tag and its content class (or, for a classless winner inside an
    <article>, exactly its classes), a real score and few links.
    """
    elem = best.elem
    classes = set((elem.get("class") or "").split())
    content_classes = {name for name in classes if _POSITIVE.search(name)}
    frame = _frame(elem)
    in_article = frame is not None and frame.tag == "article"
    neutral = not content_classes and elem.tag != "article" and bool(classes) and in_article
    if not content_classes and elem.tag != "article" and not neutral:
        return
    floor = max(10.0, best.score * 0.05) if neutral else threshold
    parent = elem.getparent()
    ancestors = set(elem.iterancestors())
    parent_classes = set((parent.get("class") or "").split()) if parent is not None else set()

    def is_part(other: HtmlElement) -> bool:
        if other is elem or other not in candidates:
            return False
        bare_article = not content_classes and other.tag == "article"
        if candidates[other].score < floor and not bare_article:
            return False
        if other.getparent() is parent or other.tag != elem.tag:
            return False
        other_classes = set((other.get("class") or "").split())
        if content_classes and not content_classes & other_classes:
            return False
        if neutral and other_classes != classes:
            return False
        if bare_article:
            other_parent = other.getparent()
            if other_parent is None or not parent_classes & set((other_parent.get("class") or "").split()):
                return False
        if link_density(other) > 0.2:
            return False
        return other not in ancestors and elem not in set(other.iterancestors())

    if frame is None:
        for ancestor in elem.iterancestors():
            check()
            if _POSITIVE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}") and any(
                is_part(c) and ancestor in set(c.iterancestors()) for c in candidates
            ):
                frame = ancestor
                break
    if frame is None:
        return
    taken: set[HtmlElement] = set()
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    past = False
    for other in frame.iter():
        check()
        if other is elem:
            past = True
            continue
        if not is_part(other) or taken & set(other.iterancestors()):
            continue
        taken.add(other)
        lead = _quote_lead(other)
        group = [other] if lead is None else [lead, other]
        (after if past else before).extend(group)
    for part in reversed(before):
        elem.insert(0, part)
    for part in after:
        elem.append(part)


_TWIN_LEVELS = 6
"""Levels above the winner searched for the frame its twins share."""
_TWIN_PROSE = 200
"""Prose characters of a twin branch at either end of the story's run of branches (one inside it needs less)."""
_TWIN_LINKS = 0.5
"""Share of a twin branch's text in links from which it is a link box, not a run of the story."""


def _twin_chain(branch: HtmlElement, path: list[Signature]) -> list[HtmlElement]:
    """The nodes on the way from branch down path, each step a child with that tag and those classes.

    [] when no way reaches path's end.
    """
    if class_signature(branch) != path[0]:
        return []
    chain = level = [branch]
    for step in path[1:]:
        check()
        level = [kid for node in level for kid in node if isinstance(kid.tag, str) and class_signature(kid) == step]
        if not level:
            return []
        chain = chain + level
    return chain


def merge_twins(best: HtmlElement) -> list[HtmlElement]:
    """A story cut into parallel branches of one template: move the other branches into the winner, in order.

    General pattern: CMS templates set each run of a story's paragraphs in
    its own module (a text module, then a video or teaser module, then text
    again), each wrapped in the same few levels of containers; the scorer
    picks the longest run and the others, cousins of the winner rather than
    siblings, are lost, often the story's opening. Climbing from the winner
    to the first ancestor whose other children hold prose (within
    _TWIN_LEVELS levels, never past an <article> or <main> or the block that
    holds the h1), a child of that ancestor is a part of the story when the
    same chain of tags and class sets that leads from the winner's branch
    down to the winner leads down from it too (teasers and ad slots between
    the runs are other modules: their classes differ), the chain names a
    class somewhere (bare <div>s match anything), and it holds prose, no h1,
    no linked teaser headings and under _TWIN_LINKS of its text in links.
    A branch with under _TWIN_PROSE characters of prose is taken only between
    two longer ones. Returns the containers moved in, down to the winner's
    twins: cleaning must not drop them whole (an in-page contents box can
    make one look link-heavy).

    The ancestor may be <body> itself: landing-page templates set each module
    page-wide, straight under <body> (band > wrap > grid > column), so the
    runs meet nowhere lower; the same chain of named containers is asked for.
    """
    from newstui.extract.content import teasers

    path = [class_signature(best)]
    node = best
    for _ in range(_TWIN_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag == "html":
            return []
        if node.tag in ("article", "main") or node.find(".//h1") is not None:
            return []  # the story's whole frame: beside it are other stories
        others = [kid for kid in parent if kid is not node and isinstance(kid.tag, str)]
        if not any(_prose_chars(kid, MIN_TEXT) >= MIN_TEXT for kid in others):
            node = parent
            path.insert(0, class_signature(node))
            continue
        if len(path) < 2 or not any(classes for _, classes in path):
            return []  # siblings of the winner itself are content._story_part's
        runs: list[tuple[HtmlElement, bool]] = []  # (branch, long enough to stand alone)
        chains: dict[HtmlElement, list[HtmlElement]] = {}
        for kid in parent:
            if kid is node:
                runs.append((kid, True))
                continue
            chain = _twin_chain(kid, path) if isinstance(kid.tag, str) else []
            if not chain:
                continue
            if kid.find(".//h1") is not None or teasers(kid) or link_density(kid) >= _TWIN_LINKS:
                continue
            prose = _prose_chars(kid, _TWIN_PROSE)
            if prose >= MIN_TEXT:
                runs.append((kid, prose >= _TWIN_PROSE))
                chains[kid] = chain
        # A short run counts between two long ones; at either end it is a source line or a programme note.
        long = [i for i, (_, alone) in enumerate(runs) if alone]
        mine = next(i for i, (kid, _) in enumerate(runs) if kid is node)
        before = [kid for kid, _ in runs[long[0] : mine]]
        after = [kid for kid, _ in runs[mine + 1 : long[-1] + 1]]
        for kid in reversed(before):
            best.insert(0, kid)
        for kid in after:
            best.append(kid)
        return [el for kid in before + after for el in chains[kid]]
    return []


def _quote_lead(el: HtmlElement) -> HtmlElement | None:
    """The sentence ending in ':' just before a block holding a blockquote (the quote's introduction)."""
    if el.find(".//blockquote") is None:
        return None
    for container in (el, el.getparent()):
        lead = container.getprevious() if container is not None else None
        if lead is None or lead.xpath("ancestor-or-self::aside | ancestor-or-self::nav"):
            continue
        text = " ".join(all_text(lead).split())
        if len(text) >= MIN_TEXT and text.endswith(":"):
            return lead
    return None


def editorial_leads(best: HtmlElement) -> list[HtmlElement]:
    """Blocks named as a standfirst/dek before the winner inside its article frame, outermost first.

    General pattern: templates set the standfirst apart from the body, above
    pictures and link strips ('standfirst', 'dek', 'subtitle', 'excerpt',
    'intro', 'lede'); a block that holds the h1 is the headline block, not the
    standfirst.
    """
    frame = _frame(best)
    if frame is None:
        return []
    ancestors = set(best.iterancestors())
    leads: list[HtmlElement] = []
    for el in frame.iter():
        check()
        if el is best:
            break
        if el in ancestors or not isinstance(el.tag, str):
            continue
        if not lead_named(el) or link_density(el) > 0.2:
            continue
        if el.find(".//h1") is not None:
            continue  # a whole headline block ('article-lede' with headline, byline, picture), not its standfirst
        if any(a in leads for a in el.iterancestors()):
            continue
        leads.append(el)
    return leads


_TITLED_PROSE = 80
"""Characters of the paragraph under a linked heading that make it a section title, not a teaser."""


def _linked_title(heading: HtmlElement) -> bool:
    """A linked heading in the story's own flow, followed by its section's prose: a title, not a teaser.

    General pattern: list articles ('10 tools for …', '25 schools to …') head
    each entry with the entry's name linked to its site; the heading is all
    link, and such headings were dropped as teasers, leaving the entries
    untitled. A linked heading whose next block is a paragraph of prose
    (_TITLED_PROSE characters, few links) in a container that holds the
    story's paragraphs (four or more) titles a section.
    """
    following = next((el for el in heading.itersiblings() if isinstance(el.tag, str) and text_len(el)), None)
    if following is None or following.tag not in ("p", "ul", "ol"):
        return False
    length = text_len(following)
    if length < _TITLED_PROSE or link_density(following, length) > 0.3:
        return False
    parent = heading.getparent()
    return parent is not None and sum(1 for _ in parent.iterchildren("p")) >= 2


def _toc_list(el: HtmlElement) -> bool:
    """A <ul> under a 'Table of contents' heading is part of the document, not a link strip."""
    if el.tag != "ul":
        return False
    for node in (el, *el.iterancestors()):
        previous = node.getprevious()
        if (
            node.tag == "ul"
            and previous is not None
            and previous.tag in ("h2", "h3", "h4")
            and " ".join(all_text(previous).split()).lower() == "table of contents"
        ):
            return True
    return False


def _holds_blockquote(node: HtmlElement) -> bool:
    """Whether the tree node is in (from its topmost ancestor down) has a <blockquote>."""
    ancestors = list(node.iterancestors())
    top = ancestors[-1] if ancestors else node
    return top.find(".//blockquote") is not None


def _introduces_quote(el: HtmlElement) -> bool:
    check()  # walks all of el's ancestors: quadratic in a tower of nested <div>s
    for node in (el, *el.iterancestors()):
        following = node.getnext()
        if following is None or following.find(".//blockquote") is None:
            continue
        text = " ".join(all_text(node).split())
        if len(text) >= MIN_TEXT and text.endswith(":"):
            return True
    return False


def _wrapper_chain(node: HtmlElement, candidates: Candidates) -> set[HtmlElement]:
    """Wrappers holding nearly all of node's text that scoring saw as holding paragraphs.

    Their class weight counts in the score and again in cleaning, so a
    'widget-container' holding the whole story would score below zero and go
    with it; the chain of wrappers with ≥ 80% of the text is always kept.
    """
    kept: set[HtmlElement] = set()
    el, total = node, len(all_text(node))
    while total >= 200:
        kids = [child for child in el if isinstance(child.tag, str)]
        if not kids:
            break
        lengths = [len(all_text(child)) for child in kids]
        top = max(range(len(kids)), key=lengths.__getitem__)
        if lengths[top] < 0.8 * total:
            break
        el = kids[top]
        entry = candidates.get(el)
        if entry is not None and entry.score - class_weight(el) >= 10:
            kept.add(el)
    return kept


def _reversed(node: HtmlElement, *tags: str) -> Iterator[HtmlElement]:
    for tag in tags:
        yield from reversed(list(node.iterdescendants(tag)))


def clean(
    node: HtmlElement, candidates: Candidates, parts: Iterable[HtmlElement] = (), base: str | None = None
) -> None:
    """Drop furniture inside a chosen node (step 5 of the module docstring).

    parts (branches of the story moved into the winner, see merge_twins) are cleaned inside, never dropped whole;
    base is the page's address (its site tells the story's outbound link lists from its own, _announced_lists).
    """
    for heading in list(_descendants(node, *_ALL_HEADINGS)):
        if class_weight(heading) < 0 or (link_density(heading) > 0.33 and not _linked_title(heading)):
            heading.drop_tree()
    for p in list(node.iterdescendants("p")):
        if _CALL_TO_ACTION.search(all_text(p)) and link_density(p) > 0.2:
            p.drop_tree()
    for el in list(_descendants(node, "form", "textarea")):
        el.drop_tree()
    for frame in list(node.iterdescendants("iframe")):
        if _VIDEO_HOSTS.search(frame.get("src", "")):
            frame.attrib.pop("srcdoc", None)
            frame.text = "VIDEO"
        else:
            frame.drop_tree()
    kept = {ul for ul in node.iterdescendants("ul") if _toc_list(ul)}
    if _holds_blockquote(node):  # else no sibling of node or its ancestors holds one
        kept.update(el for el in _descendants(node, "div", "section") if _introduces_quote(el))
    kept |= _wrapper_chain(node, candidates)
    kept.update(parts)
    kept.update(el for el in _descendants(node, "div", "section") if _builder_widget(el) or _table_scroller(el))
    announced = _announced_lists(node, _site(base)) | _amount_lists(node)
    kept |= announced
    # Judged before anything goes: a module's link box dropped first would leave its title over prose.
    kept.update(el for el in _descendants(node, "div", "section") if _wrapped_heading(el))
    for el in _reversed(node, "table", "ul", "div", "aside", "header", "footer", "section"):
        check()
        if el in kept:
            continue
        if _is_furniture(el, candidates, kept, announced):
            el.drop_tree()


_INTRO_RECIRCULATION = re.compile(
    r"\b(?:related|also|more|further|recommended|popular|latest|trending|similar|other|read|see|watch|"
    r"check out|you may|you might|don'?t miss|stories|articles|posts|news|links?|jump|weitere|mehr|auch|"
    r"lesen|aussi|lire|también|lea|lee|anche|leggi|veja|leia|ook|lees|czytaj|zobacz)\b",
    re.IGNORECASE,
)
"""Words of a lead-in that announces other stories ('You may also like:', 'Read more:', 'Mehr zum Thema:')."""
_ANNOUNCED_ITEM = 160
"""Characters of a list item beyond which it is no link label (a teaser with its summary)."""
_INTRO_TAGS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "strong", "b"))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[¿¡]?[A-Z0-9À-ÖØ-ÞА-Я])")
"""Where a paragraph's sentences may part: a stop (a closing quote or bracket allowed), a space, a capital or figure
('the U.S. plan is:' stays one sentence); an abbreviation's stop parts none (FULL_STOP_ABBREV)."""


def _announcing_sentence(text: str) -> str:
    """The last sentence of a lead-in: the one ending in the colon that announces the list.

    General pattern: a story's paragraph often ends by announcing a list ('…
    The seven papers in this issue are:') after sentences of its own that use
    words a related-stories lead-in also uses ('read', 'see', 'more', 'check
    out', 'news'); only the sentence that ends in the colon says what the list
    is. A lead-in of one sentence ('You may also like:') is read whole, and
    so is one whose stops end abbreviations ('More from Dr. Ann Kell:',
    'More news from the U.S. Senate race:'): they name who or what the
    other stories are about.
    """
    from newstui.extract.quotes.vocabulary import FULL_STOP_ABBREV  # the quote finder's; it runs on every page

    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        stop = brk.start()  # just past the stop: the closing marks after it are the break's
        if not FULL_STOP_ABBREV.search(text, max(0, stop - 13), stop):
            start = brk.end()
    return text[start:]


def _announced_lists(node: HtmlElement, host: str) -> set[HtmlElement]:
    """Lists of links the story announces in its own words: the story's, however link-heavy.

    General pattern: guides, reviews and reports introduce a list of links
    with a sentence or a label ending in a colon ('Buying options:', 'Here are
    some of the courses it offers:', 'Many patches were sent for review:');
    each item is a name linked to where it is sold or kept, so the list (and
    the section around it) was cleaned out as a link box. Related-story boxes
    look alike; they differ in their lead-in, which speaks of other stories
    ('Read more:', 'You may also like:', _INTRO_RECIRCULATION), and in their
    items, which are headlines or teasers. A <ul>/<ol> is announced when its
    previous sibling is a paragraph or heading ending in a colon with under
    half its text in links and no such words in the sentence that ends in
    the colon (_announcing_sentence), the list holds no heading,
    image or nested list, and each item is a label of under _ANNOUNCED_ITEM
    characters.
    """
    found: set[HtmlElement] = set()
    for el in _descendants(node, "ul", "ol"):
        intro = _lead_in(el)
        if intro is None:
            continue
        text = " ".join(all_text(intro).split())
        if not text.endswith((":", "：")) or _INTRO_RECIRCULATION.search(_announcing_sentence(text)):
            continue
        if class_weight(el) < 0 or el.find(".//img") is not None or el.find(".//li//li") is not None:
            continue
        if next(el.iterdescendants(*_ALL_HEADINGS), None) is not None:
            continue
        items = [text_len(item) for item in el.iterchildren("li")]
        if not items or max(items) > _ANNOUNCED_ITEM or not any(True for a in el.iter("a") if is_link(a)):
            continue
        if link_density(intro) >= 0.5:
            continue
        if len(text.split()) < _INTRO_SENTENCE and not _outbound(el, host):
            continue  # a label over the site's own links is a module ('MBA reports:'), a jump menu
        found.add(el)
    return found


_AMOUNT = re.compile(r"\s*(?:(\d+)(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])")
"""A quantity opening a list item: '300 g butter', '1.5 litres', '½ cup', '2/3 tsp'."""
_AMOUNT_ITEM = 100
"""Characters of a list item beyond which it is no line of an amounts list."""
_AMOUNT_ITEMS = 3
_AMOUNT_NAME_WORDS = 4
"""Words of a linked name in an amounts list at most: a longer link is a headline."""
_DATE_WORDS = re.compile(rf"\W*{MONTH}\W*(?:\d{{2,4}}\W*)?$", re.IGNORECASE)
"""The unlinked words after an item's figure that make it a date ('12 Jan', '3 März 2024:'), not an amount."""


def amount_list(el: HtmlElement) -> bool:
    """el is a list or table of amounts (ingredients, materials, parts): the story's, however many of its names link.

    General pattern: recipes, guides and kit reviews list what is needed as
    short items opening with a quantity ('300 g butter', '2 tsp baking powder',
    '4 m of rope'), and their names link to a shop or a glossary; the list
    read as a link box and was cleaned out, leaving its heading over nothing.
    A <ul>/<ol> (or a table, a row per item) of _AMOUNT_ITEMS items or more, each under _AMOUNT_ITEM
    characters, two in three opening with a quantity, half of them with
    unlinked words besides it (a unit, a name: a box of linked teaser titles
    that open with a figure, '<a>5 cheap cars</a>', has none), is such a
    list, unless the figures count 1, 2, 3… (a ranked box of most-read stories
    numbers its linked titles so) or a link runs past _AMOUNT_NAME_WORDS words
    (a headline under its date). A figure followed by a month alone is a date
    ('12 Jan <a>Budget vote</a>': a box of events), and one before two linked
    names a score or a fixture ('3-1 <a>Arsenal</a> v <a>Spurs</a>': a results
    box): an amount line names one thing. No image, nested list or table,
    nor a heading but a table's group title. Read by the cleaner
    (_amount_lists) and, for lists named for their look, by the passes that
    drop blocks by class (prune.amounts_styled_by_part).
    """
    if el.tag == "table":
        # A table of amounts: a row per item ('| 100 g | Butter |'); a group's title may head it in a <th>.
        if el.find(".//table") is not None:
            return False  # a layout table
        items = [row for row in el.iter("tr") if row.find("td") is not None]
    elif el.tag in ("ul", "ol"):
        items = list(el.iterchildren("li"))
        if el.find(".//li//li") is not None or next(el.iterdescendants(*_ALL_HEADINGS), None) is not None:
            return False
    else:
        return False
    if len(items) < _AMOUNT_ITEMS or el.find(".//img") is not None:
        return False
    figures: list[int] = []
    amounts = worded = 0
    for item in items:
        text = " ".join(all_text(item).split())
        if len(text) > _AMOUNT_ITEM:
            return False
        match = _AMOUNT.match(text)
        if match is None:
            continue
        links = [" ".join(all_text(a).split()) for a in item.iter("a") if is_link(a)]
        if any(len(link.split()) > _AMOUNT_NAME_WORDS for link in links):
            return False  # a dated or numbered headline ('12 March: <a>Mayor opens the new bridge</a>')
        if len(links) > 1:
            continue  # a score between two linked names ('3-1 <a>Arsenal</a> v <a>Spurs</a>'): a results box
        unlinked = text
        for link in links:
            unlinked = unlinked.replace(link, " ", 1)
        # The words besides the figure outside the links: '300 g <a>butter</a>', not '2023 <a>Jan</a>
        # <a>Feb</a>' nor '<a>5 cheap cars</a>' (a teaser's linked title that opens with a figure).
        opening = _AMOUNT.match(unlinked)
        words = unlinked[opening.end() :] if opening else unlinked
        if _DATE_WORDS.match(words):
            continue  # a date over a linked title ('12 Jan <a>Budget vote</a>'): an events box
        amounts += 1
        if match.group(1) is not None:
            figures.append(int(match.group(1)[:6]))
        worded += any(ch.isalpha() for ch in words)
    ranked = len(figures) >= 2 and figures == list(range(figures[0], figures[0] + len(figures)))
    return amounts * 3 >= len(items) * 2 and worded * 2 >= amounts and not ranked


def _amount_lists(node: HtmlElement) -> set[HtmlElement]:
    """The lists and tables of amounts inside node (amount_list)."""
    return {el for el in _descendants(node, "ul", "ol", "table") if amount_list(el)}


_LEAD_IN_LEVELS = 2
"""Wrappers climbed to find a list's lead-in (<div class="para"><p>…:</p></div><div class="list"><ul>)."""
_LEAD_IN_TEXT = 300


def _lead_in(el: HtmlElement) -> HtmlElement | None:
    """The paragraph or heading just before list el, each possibly in a wrapper of its own; None if none."""
    node = el
    for _ in range(_LEAD_IN_LEVELS + 1):
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None:
            break
        node = node.getparent()
        if node is None or node.tag not in ("div", "section"):
            return None
    else:
        return None
    if previous.tag in _INTRO_TAGS:
        return previous
    if previous.tag == "div" and text_len(previous) <= _LEAD_IN_TEXT and previous.find(".//li") is None:
        return previous
    return None


_INTRO_SENTENCE = 6
"""Words of a lead-in that make it the author's sentence rather than a label."""


def _site(url: str | None) -> str:
    """The site of url: the last two labels of its host ('' when it has none)."""
    try:
        host = urlsplit((url or "").strip()).hostname or ""
    except ValueError:
        return ""
    return ".".join(host.split(".")[-2:])


def _outbound(el: HtmlElement, host: str) -> bool:
    """Most of el's links lead to other sites than host (in-page and relative links are the site's own).

    With no host known (a page read without its address or canonical URL) no list is outbound.
    """
    if not host:
        return False
    hrefs = [a.get("href", "") for a in el.iter("a") if is_link(a)]
    away = 0
    for href in hrefs:
        target = _site(href)
        away += bool(target) and target != host
    return bool(hrefs) and away * 2 > len(hrefs)


_SCROLL = re.compile("scroll", re.IGNORECASE)


def _table_scroller(el: HtmlElement) -> bool:
    """A wrapper named for scrolling ('table-scroll', 'scrollable-table') around a data table.

    General pattern: stories put wide tables in a box that scrolls sideways on
    small screens and name it for that; 'scroll' is a furniture word in the
    class weights (infinite-scroll strips), so the box and the table in it
    were dropped as furniture. A box whose text is mostly in its tables holds
    a table of the story.
    """
    if not _SCROLL.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False
    total = text_len(el)
    tables = [t for t in el.iter("table") if t.getparent() is not None and _outer_table(t, el)]
    return bool(total) and sum(text_len(t) for t in tables) >= 0.8 * total


def _outer_table(table: HtmlElement, frame: HtmlElement) -> bool:
    """table is not nested in another table inside frame."""
    for ancestor in table.iterancestors():
        if ancestor is frame:
            return True
        if ancestor.tag == "table":
            return False
    return True


def _builder_widget(el: HtmlElement) -> bool:
    """A page builder's text block named 'widget' inside the story frame (see prune._layout_widget)."""
    from newstui.extract.prune import class_features, layout_widget

    raw = f"{el.get('class', '')} {el.get('id', '')}"
    if "widget" not in raw.lower():
        return False
    names = class_features(el)
    return "widget" in names.lower() and layout_widget(el, names)


def _is_furniture(
    el: HtmlElement, candidates: Candidates, kept: set[HtmlElement], announced: AbstractSet[HtmlElement] = frozenset()
) -> bool:
    weight = class_weight(el)
    entry = candidates.get(el)
    below = weight + (entry.score if entry is not None else 0.0) < 0
    if below and not (_quiet_list(el) if weight >= 0 else _media_object(el)):
        return True
    if all_text(el).count(",") >= 10:
        return False  # prose: many clauses
    count = {tag: sum(1 for _ in el.iterdescendants(tag)) for tag in ("p", "img", "li", "embed", "input")}
    count["li"] -= 100  # only a very long list outweighs the paragraphs
    count["input"] -= len(el.xpath('.//input[@type="hidden"]'))
    length = text_len(el)
    density = link_density(el, length)
    inside = [ul for ul in announced if ul is not el and el in ul.iterancestors()] if announced else []
    if inside:
        # The story's announced lists (_announced_lists) do not make the block around them a link box.
        listed = sum(text_len(ul) for ul in inside)
        linked = sum(link_density(ul) * text_len(ul) for ul in inside)
        count["li"] -= sum(len(ul) for ul in inside)
        density = max(density * length - linked, 0.0) / max(length - listed, 1)
    if count["p"] and count["img"] > 1 + count["p"] * 1.3:
        return True  # a gallery
    if count["li"] > count["p"] and el.tag not in ("ol", "ul"):
        return True
    if count["input"] > count["p"] / 3:
        return True  # a form
    if length < MIN_TEXT and (count["img"] == 0 or count["img"] > 2) and not _wrapped_heading(el):
        return True
    in_story = el.tag in ("ul", "section") and bool(el.xpath("ancestor::main | ancestor::article"))
    if (
        weight < 25
        and density > (0.25 if in_story else 0.2)
        and not _prose_list(el, length, density)
        and not _sentence_items(el, density)
        and not _linked_sentences(el, count, length, density)
        and not _lines_beside_sentence(el, density)
    ):
        return True
    if weight >= 25 and density > 0.5:
        return True
    if (count["embed"] == 1 and length < 75) or count["embed"] > 1:
        return True
    if not length:
        # An empty slot between long text blocks (an ad placeholder) is left alone, with what it holds.
        neighbours = [_first_text(el.itersiblings()), _first_text(el.itersiblings(preceding=True))]
        if sum(neighbours) > 1000:
            kept.update(_descendants(el, "table", "ul", "div", "section"))
            return False
        return True
    return False


def _wrapped_heading(el: HtmlElement) -> bool:
    """A wrapper holding nothing but one unlinked subhead: the story's section title, however short.

    General pattern: block editors and page builders set each block of a
    story in a wrapper of its own (<section><h2>Bold colours</h2></section>,
    then a section for the picture, one for the paragraphs); a wrapper with
    under MIN_TEXT characters was dropped as an empty slot, and a short
    subhead went with it. A wrapper whose text is all in one h2-h6 without
    links stays when the next block with text after it (pictures are passed
    over) is prose: _TITLED_PROSE characters, few links, and the wrapper's
    name has no furniture word; it is asked before the cleaning starts and
    again when the wrapper's turn comes. A module's title ('More on this
    topic:', 'related-posts') over a link box stays out.
    """
    if len(el) > 2:
        return False  # more than a heading (and a spacer)
    headings = list(_descendants(el, *_HEADINGS))
    if len(headings) != 1 or _NEGATIVE.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False  # 'related-posts-container': a module's title
    length = text_len(el)
    if not length or length >= MIN_TEXT or text_len(headings[0]) != length:
        return False
    if any(is_link(a) for a in headings[0].iter("a")):
        return False
    for following in el.itersiblings():
        if not isinstance(following.tag, str):
            continue
        size = text_len(following)
        if size:
            # It titles prose (a module's title over its links was left alone when the links went).
            return size >= _TITLED_PROSE and link_density(following, size) <= 0.3
    return False


_MEDIA_PARAGRAPHS = 3
"""Paragraphs of sentences that make a media object part of the story's text."""
_MEDIA_PROSE = 80
_MEDIA_LINKS = 0.1
_MEDIA_PICTURES = 2
_MEDIA_NAME = re.compile(r"(?:^|[\s_-])media(?=$|[\s_-])", re.IGNORECASE)


def _media_object(el: HtmlElement) -> bool:
    """Text set beside a picture in a 'media object' ('o-media', 'media-body'): the story's, not furniture.

    General pattern: CSS frameworks name the block that sets a picture beside
    its text 'media' ('o-media', 'media media--left', 'media-body'), a word
    that weighs against a block ('social-media', 'media-gallery'); a run of
    the story's paragraphs set that way scored too little to outweigh the
    name and went from the middle of the story. A block whose only furniture
    word is 'media', holding _MEDIA_PARAGRAPHS paragraphs of _MEDIA_PROSE
    characters or more ending like sentences, under _MEDIA_LINKS of its text
    in links and no more than _MEDIA_PICTURES pictures, is not dropped for
    its name (the other tests still apply).
    """
    names = f"{el.get('class', '')} {el.get('id', '')}"
    if not _MEDIA_NAME.search(names) or {word.lower() for word in _NEGATIVE.findall(names)} != {"media"}:
        return False
    length = text_len(el)
    if length < _MEDIA_PARAGRAPHS * _MEDIA_PROSE or link_density(el, length) >= _MEDIA_LINKS:
        return False
    if sum(1 for _ in el.iter("img")) > _MEDIA_PICTURES:
        return False  # a gallery with a caption under each picture
    found = 0
    for p in el.iter("p"):
        text = " ".join(all_text(p).split())
        if len(text) >= _MEDIA_PROSE and _SENTENCE_END.search(text):
            found += 1
            if found >= _MEDIA_PARAGRAPHS:
                return True
    return False


_SENTENCES = 200
"""Characters of one paragraph that, ending like a sentence, make its wrapper text whatever it links."""
_SENTENCE_END = re.compile(rf"[.!?…。！？][{QUOTE_CLOSERS}]?$")


def _linked_sentences(el: HtmlElement, count: dict[str, int], length: int, density: float) -> bool:
    """A wrapper around one paragraph of sentences that links a phrase or two: text, not a link box.

    General pattern: templates set every paragraph of a story in its own
    wrapper (<div class="paragraph"><p>…</p></div>); a paragraph that links a
    company or a report by a long name has over a fifth of its text in links,
    and its wrapper was dropped as a link box, a whole paragraph out of the
    middle of the story. A wrapper holding one paragraph, no list, of
    _SENTENCES characters or more ending like a sentence, under half of it
    link text, is kept.
    """
    any_list_item = count["li"] > -100  # _is_furniture offsets count["li"] by -100
    if count["p"] != 1 or any_list_item or density >= 0.5 or length < _SENTENCES:
        return False
    return _SENTENCE_END.search(" ".join(all_text(el).split())) is not None


_LINE_TAGS = ("p", "div", "li", "dd")
_LINE_INNER = ("p", "div", "li", "dd", "ul", "ol", "table", "blockquote", "section")
_UNLINKED_LINES = 3
"""Unlinked lines a wrapper holds at least to be the author's list beside a linking sentence."""
_LINKED_LINE_SHARE = 0.25
"""Share of a wrapper's lines holding links at most, for its lines to be text, not a link box."""
_MOST_LINES = 50
"""Lines (and wrappers of lines) a wrapper holds at most for the test to speak: an author's list is
short, and reading no further keeps the test from reading a long page once per nested wrapper."""


def _lines_beside_sentence(el: HtmlElement, density: float) -> bool:
    """Lines without links beside a sentence that links a few words: the author's list, not a link box.

    General pattern: old blog engines set a list as one <div> per line
    ('• Garden shears') and the sentence after it, linking a guide or a shop
    ('… can be found here. You can order it through the shop (we linked it
    from our front page).'), in one more line of the same wrapper; that
    sentence's links put the wrapper over the link share of a link box and
    the list went out of the story. A link box is made of its links: its
    lines are linked titles, with at most a date or a summary under each.
    A wrapper under half links, with _UNLINKED_LINES or more lines (p, div,
    li, dd holding no block) without links, at most _LINKED_LINE_SHARE of its
    lines holding links, each of those ending like a sentence after its last
    link, and no link outside those lines, is text. A wrapper of more than
    _MOST_LINES lines is left to the other tests.
    """
    if density >= 0.5:
        return False
    unlinked = 0
    linked = 0
    in_sentences = 0.0
    for seen, line in enumerate(el.iterdescendants(*_LINE_TAGS)):
        check()
        if seen >= _MOST_LINES:
            return False
        if next(line.iterdescendants(*_LINE_INNER), None) is not None or not text_len(line):
            continue
        opening, closing = _around_links(line)
        if opening is None:
            unlinked += 1
        elif _SENTENCE_END.search(closing.rstrip()):
            linked += 1
            in_sentences += link_density(line) * text_len(line)
        else:
            return False  # a linked title: a link box's line
    if unlinked < _UNLINKED_LINES or linked > _LINKED_LINE_SHARE * (linked + unlinked):
        return False
    # Every link sits in one of those sentences: a title linked outside them (in a heading, or
    # bare beside its summary) makes the wrapper a box of teasers.
    return in_sentences >= density * text_len(el) - 1


_PROSE_ITEM = 60
"""Mean characters per item of a list whose items are sentences, not link labels."""


def _prose_list(el: HtmlElement, length: int, density: float) -> bool:
    """A list of sentences that link a few words each (key points, notes), not a list of links.

    General pattern: stories list their key points or sources as sentences
    with a linked name in each; the list's link share then passes the limit
    for link lists although most of its text is not linked. A <ul>/<ol> whose
    items average _PROSE_ITEM characters and whose text is under half links
    is text.
    """
    if el.tag not in ("ul", "ol") or density > 0.5:
        return False
    items = [item for item in el.iterchildren("li")]
    return bool(items) and length / len(items) >= _PROSE_ITEM


_ITEM_OPENING = 3
"""Unlinked words before an item's first link that make the item the author's sentence, not a link's label."""
_SENTENCE_ITEM_LINKS = 0.7
"""Share of a list's text in links from which it is a link list, however its items read."""


def _sentence_items(el: HtmlElement, density: float) -> bool:
    """A list whose items are the author's sentences or named facts with links in them: text, not a link list.

    General pattern: reviews, guides and travel or shopping stories list
    their picks as sentences that link each name they give ('This hotel is
    on my lists of the best spas, the best beach hotels and …', 'Read my
    review of it here.') or as facts under labels of their own ('Official
    website: <link>', 'Best for families: <link>'); an item naming several
    places is mostly link text, so the list passed the limit for link lists
    and went out of the story. A related-stories list differs in how its
    items read: each is a linked headline, alone or after one repeated label
    ('Read more:'), ending inside its link. A <ul>/<ol> under
    _SENTENCE_ITEM_LINKS links, of two or more items, each either opening
    with _ITEM_OPENING unlinked words and ending like a sentence outside any
    link, or opening with an unlinked label ending in a colon that no other
    item repeats, is text.
    """
    if el.tag not in ("ul", "ol") or density >= _SENTENCE_ITEM_LINKS:
        return False
    items = [item for item in el.iterchildren("li") if text_len(item)]
    if len(items) < 2:
        return False
    labels: set[str] = set()
    for item in items:
        opening, closing = _around_links(item)
        if opening is None:
            continue  # no links: the item is text
        if len(opening.split()) >= _ITEM_OPENING and _SENTENCE_END.search(closing):
            continue
        label = opening.strip().lower()
        if not label.endswith(":") or label in labels:
            return False
        labels.add(label)
    return True


def _around_links(item: HtmlElement) -> tuple[str | None, str]:
    """The text of item before its first link and after its last one; (None, text) without links."""
    text = " ".join(all_text(item).split())
    links = [a for a in item.iter("a") if is_link(a) and text_len(a)]
    if not links:
        return None, text
    first, last = " ".join(all_text(links[0]).split()), " ".join(all_text(links[-1]).split())
    opening = text[: text.find(first)] if first in text else ""
    closing = text[text.rfind(last) + len(last) :] if last in text else ""
    return opening, closing


_QUIET_LINKS = 0.2
"""Share of a list's text in links under which a score below zero does not make it furniture."""


def _quiet_list(el: HtmlElement) -> bool:
    """A list with few links, whatever its items hold: the story's own, though it scored below zero.

    General pattern: a list scores only from the paragraphs inside its items,
    and its tag weighs against it (lists are menus more often than text); a
    story's points set each in its own <li><p>, pros and cons, a photo essay
    set as one-item lists of captioned pictures (<ul><li><img><p>caption</p>
    </li></ul>) score below zero and were dropped with the story's text in
    them, while the same lists without the <p>s, never scored, stayed.
    Menus, tag lists and related links are mostly link text; a <ul>/<ol> with
    under _QUIET_LINKS of its text in links, two or more items with text or
    one of _PROSE_ITEM characters, is not dropped for its score (the other
    tests still apply). This replaces two narrower rules of version 13 (lists of
    sentences; lists without links of two or more items).
    """
    if el.tag not in ("ul", "ol") or link_density(el) >= _QUIET_LINKS:
        return False
    items = [text_len(item) for item in el.iterchildren("li")]
    items = [length for length in items if length]
    # A lone short item is a label set as a list (a related link's title), not a point or a caption.
    return len(items) >= 2 or (len(items) == 1 and items[0] >= _PROSE_ITEM)


def _first_text(siblings: Iterable[HtmlElement]) -> int:
    for sibling in siblings:
        length = text_len(sibling)
        if length:
            return length
    return 0
