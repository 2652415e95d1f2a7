"""Find the article's content nodes with readability-lxml's scoring, run on our own tree.

We call readability's internals on the already parsed and pruned tree (no
serialising, no re-parsing), replace its one quadratic step (it serialises
every <div> to look for block children) with a single pass, and widen its
choice at the edges: a lead paragraph in its own container before the body,
or a closing paragraph after an ad slot, is taken back when it reads like text.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from newstui.extract.budget import check

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_INLINE = frozenset("a b cite code em font i small span strong sub sup u abbr time mark q s del ins".split())
_BLOCKISH = frozenset("blockquote dl div img ol pre table ul".split())
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_FRAME = frozenset(("article", "main", "body", "html"))
_WS = re.compile(r"\s+")
# readability's own lists, applied by our remove_unlikely_candidates (which spares protected wrappers).
_UNLIKELY = re.compile(
    r"combx|comment|community|disqus|extra|foot|header|menu|remark|rss|shoutbox|sidebar|sponsor|ad-break|"
    r"agegate|pagination|pager|popup|tweet|twitter",
    re.I,
)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.I)


def _blockish(tag: object) -> bool:
    return isinstance(tag, str) and (tag in _BLOCKISH or tag.startswith("p"))


def _collapsed_len(el: HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


text_len = _collapsed_len


def link_density(el: HtmlElement, length: int | None = None) -> float:
    total = text_len(el) if length is None else length
    if not total:
        return 0.0
    links = sum(text_len(a) for a in el.iter("a"))
    return links / total


@functools.cache
def _document_class() -> type[Any]:
    from lxml.html import fragment_fromstring
    from readability.readability import REGEXES, Document

    from newstui.extract.prune import state_free

    class TreeDocument(Document):  # type: ignore[misc]
        """readability's Document over a tree we already hold."""

        def class_weight(self, e: HtmlElement) -> int:
            # readability's weights, on class/id without page-state tokens
            # ('has-sidebar', 'with-comments'), which describe the page, not e.
            check()  # readability calls this for every element it scores
            weight = 0
            for feature in (e.get("class"), e.get("id")):
                if not feature:
                    continue
                feature = state_free(feature)
                if REGEXES["negativeRe"].search(feature):
                    weight -= 25
                if REGEXES["positiveRe"].search(feature):
                    weight += 25
            return weight

        def remove_unlikely_candidates(self) -> None:
            doomed = []
            for count, el in enumerate(self.html.iter()):
                if not count % 1024:
                    check()
                if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main", "pre", "code"):
                    continue
                features = state_free(f"{el.get('class', '')} {el.get('id', '')}")
                if len(features) < 2 or not _UNLIKELY.search(features) or _MAYBE.search(features):
                    continue
                if el.find(".//article") is not None or el.find(".//main") is not None:
                    continue
                doomed.append(el)
            dropped: set[HtmlElement] = set()
            for el in doomed:
                if not any(a in dropped for a in el.iterancestors()):
                    el.drop_tree()
                    dropped.add(el)

        def transform_misused_divs_into_paragraphs(self) -> None:
            # Same outcome as readability's, in one pass instead of one
            # serialisation of every div's subtree.
            root = self.html
            has_block: set[HtmlElement] = set()
            for el in reversed(list(root.iter())):
                parent = el.getparent()
                if parent is not None and (el in has_block or _blockish(el.tag)):
                    has_block.add(parent)
            divs = list(root.iter("div"))
            for el in divs:
                if el not in has_block:
                    el.tag = "p"
            for el in divs:
                check()
                if el.tag != "div":
                    continue
                paragraph = None
                if el.text and el.text.strip():
                    paragraph = fragment_fromstring("<p/>")
                    paragraph.text = el.text
                    el.text = None
                    el.insert(0, paragraph)
                for child in list(el):
                    check()
                    if child is paragraph:
                        continue
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if child.tag not in _INLINE or child in has_block:
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = fragment_fromstring("<p/>")
                        child.addprevious(paragraph)
                    paragraph.append(child)
                for child in reversed(list(el)):
                    check()
                    if child.tail and child.tail.strip():
                        p = fragment_fromstring("<p/>")
                        p.text = child.tail
                        child.tail = None
                        child.addnext(p)  # not el.insert(pos + 1): that walks the children, quadratic in <br>s
                    if child.tag == "br":
                        child.drop_tree()

        def get_link_density(self, elem: HtmlElement) -> float:
            # readability measures each text with three regex passes; a split
            # and join gives the same whitespace-collapsed length much faster.
            check()  # and this for every element it sanitises
            total = _collapsed_len(elem)
            if not total:
                return 0.0
            links = elem.iter("a")
            if elem.tag in _HEADINGS:
                # A section heading that links back to the table of contents is still a heading.
                links = (a for a in links if not a.get("href", "").startswith("#"))
            return sum(_collapsed_len(a) for a in links) / total

        scored: dict[Any, Any] = {}  # noqa: RUF012 - set per document before sanitize

        def get_preserved_elements(self, node: HtmlElement) -> dict[HtmlElement, bool]:
            # readability counts a class weight twice (in the score and again in
            # sanitize), so a wrapper named 'widget-container' holding the whole
            # story scores below zero and is dropped with it. The chain of
            # wrappers that hold nearly all of the chosen text is always kept.
            allowed: dict[HtmlElement, bool] = super().get_preserved_elements(node)
            el, total = node, len(node.text_content())
            while total >= 200:
                kids = [child for child in el if isinstance(child.tag, str)]
                if not kids:
                    break
                lengths = [len(child.text_content()) for child in kids]
                top = max(range(len(kids)), key=lengths.__getitem__)
                if lengths[top] < 0.8 * total:
                    break
                el = kids[top]
                # Only a wrapper readability itself scored as holding the paragraphs (not a
                # gallery or list that happens to be long) is spared.
                entry = self.scored.get(el)
                if entry is not None and entry["content_score"] - self.class_weight(el) >= 10:
                    allowed[el] = True
            return allowed

        def get_clean_html(self) -> str:
            # sanitize() ends by serialising; we keep working on the tree.
            return ""

    return TreeDocument


def _kind(el: HtmlElement) -> str:
    """'text', 'heading', 'skip' (empty, images), 'strip' (a short link strip) or 'stop' for edge scanning."""
    tag = el.tag
    if not isinstance(tag, str):
        return "skip"
    if tag in _HEADINGS:
        return "heading" if text_len(el) and (not link_density(el) > 0.5 or _in_page_links(el)) else "stop"
    if tag == "h1" or el.find(".//h1") is not None:
        return "stop"
    length = text_len(el)
    if length == 0:
        return "skip"
    if tag in ("figure", "img", "picture"):
        return "skip"
    if link_density(el, length) > 0.3:
        # A short link strip (key events, jump links) may sit between a lead and the body.
        return "strip" if length < 100 else "stop"
    if _teasers(el):
        return "stop"
    if tag in ("p", "blockquote", "pre") and length >= 25:
        return "text"
    if tag in ("ul", "ol") and length >= 80:
        return "text"
    paragraphs = sum(text_len(p) for p in el.iter("p", "blockquote", "li", "pre", *_HEADINGS))
    if length >= 60 and paragraphs >= 0.6 * length:
        return "text"
    return "stop"


def _in_page_links(el: HtmlElement) -> bool:
    """All of its links point inside the page ('#section'): a table-of-contents backlink, not a teaser."""
    hrefs = [a.get("href", "") for a in el.iter("a")]
    return bool(hrefs) and all(href.startswith("#") for href in hrefs)


def _teasers(el: HtmlElement) -> bool:
    """Teaser cards: headings that are links to other stories."""
    for heading in el.iter("h2", "h3", "h4", "h5"):
        if link_density(heading) > 0.5 and not _in_page_links(heading):
            return True
    return False


def _scan(start: HtmlElement, preceding: bool, limit: int = 12) -> list[HtmlElement]:
    """Contiguous text-like siblings of start in one direction (nearest first)."""
    taken: list[HtmlElement] = []
    pending: list[HtmlElement] = []
    stripped = False
    for steps, sibling in enumerate(start.itersiblings(preceding=preceding)):
        if steps >= limit:
            break
        kind = _kind(sibling)
        if kind == "strip" and preceding:
            stripped = True
            continue
        if kind == "skip":
            continue
        if kind in ("stop", "strip"):
            break
        if stripped and (kind == "heading" or text_len(sibling) < 200):
            break  # beyond a link strip only a whole lead (a live blog's opening entry) is taken
        if kind == "heading":
            pending.append(sibling)
            continue
        # A heading counts once text is on its far side too.
        taken.extend(pending)
        pending.clear()
        taken.append(sibling)
    if preceding:
        taken.extend(pending)  # a heading right above the first paragraph
    return taken


def select_content(root: HtmlElement, *, ruthless: bool) -> list[HtmlElement]:
    """The content nodes in reading order, sanitised by readability; [] when none is found."""
    document = _document_class()(root)
    document.html = root
    if ruthless:
        document.remove_unlikely_candidates()
    document.transform_misused_divs_into_paragraphs()
    candidates = document.score_paragraphs()
    best = document.select_best_candidate(candidates)
    if not best:
        return []
    best = document.get_semantic_article_candidate(candidates, best)
    best = document.get_semantic_main_candidate(candidates, best)
    best_elem: HtmlElement = best["elem"]
    if best_elem.tag in ("html", "body"):
        nodes = [best_elem]
    else:
        nodes = _with_siblings(document, candidates, best)
    document.scored = candidates
    for node in nodes:
        document.sanitize(node, candidates)
    return nodes


def _with_siblings(document: Any, candidates: dict[Any, Any], best: dict[str, Any]) -> list[HtmlElement]:
    best_elem: HtmlElement = best["elem"]
    threshold = max(10.0, best["content_score"] * 0.2)
    document.add_heading_preamble(candidates, best_elem, threshold)
    document.merge_article_segments(candidates, best, threshold)
    for lead in reversed(document.get_editorial_leads(best_elem)):
        best_elem.insert(0, lead)

    chosen: set[HtmlElement] = {best_elem}
    parent = best_elem.getparent()
    if parent is not None:
        for sibling in parent:
            if sibling is best_elem or not isinstance(sibling.tag, str):
                continue
            entry = candidates.get(sibling)
            if entry is not None and entry["content_score"] >= threshold and link_density(sibling) < 0.3 and not _teasers(sibling):
                chosen.add(sibling)
    chosen.update(_scan(best_elem, preceding=True))
    chosen.update(_scan(best_elem, preceding=False))
    ordered = [el for el in parent if el in chosen] if parent is not None else [best_elem]
    # Climb: a lead in its own container before the body, a last paragraph after an ad slot.
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    level = parent
    for depth in range(3):
        if level is None or level.tag in _FRAME or level.getparent() is None:
            break
        before = list(reversed(_scan(level, preceding=True))) + before
        if depth < 2:
            after = after + _scan(level, preceding=False)
        level = level.getparent()
    return before + ordered + after
