"""Find the article's content nodes: our own scoring (scoring.py), run on our own tree.

Furniture named by class/id is dropped, text held directly in <div>s becomes
paragraphs, scoring.py picks the container that holds the story, and the
choice is widened at the edges: a lead paragraph in its own container before
the body, or a closing paragraph after an ad slot, is taken back when it reads
like text. Only readability-lxml's public API is used anywhere (by the bench,
as a baseline); nothing here depends on another library's internals.
"""

from __future__ import annotations

import copy
import functools
import re
from typing import TYPE_CHECKING

from newstui.extract.budget import check
from newstui.extract.cjk import CLOSERS, SENTENCE_STOPS
from newstui.extract.prune import amounts_styled_by_part, state_free
from newstui.extract.scoring import all_text, is_link
from newstui.extract.textutil import DECORATED_AD_SLOT, QUOTE_CLOSERS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newstui.extract import scoring

_INLINE = frozenset("a b cite code em font i small span strong sub sup u abbr time mark q s del ins ruby".split())
_BLOCKISH = frozenset("blockquote dl div img ol pre table ul".split())
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_FRAME = frozenset(("article", "main", "body", "html"))
_WS = re.compile(r"\s+")
_FURNITURE_WORDS = (
    "agegate", "ad-break", "combx", "comment", "community", "disqus", "extra", "foot", "header", "menu",
    "pager", "pagination", "popup", "remark", "rss", "shoutbox", "sidebar", "sponsor", "tweet", "twitter",
)  # fmt: skip
_UNLIKELY = re.compile("|".join(_FURNITURE_WORDS), re.I)
"""Class/id words of blocks that are page furniture, dropped before scoring."""
_MAYBE = re.compile("|".join(("and", "article", "body", "column", "content", "main", "shadow")), re.I)
"""Class/id words that keep a block anyway: it may be the story's frame ('main-column', 'article-footer')."""


def _blockish(tag: object) -> bool:
    return isinstance(tag, str) and (tag in _BLOCKISH or tag.startswith("p"))


def _collapsed_len(el: HtmlElement) -> int:
    return len(" ".join(all_text(el).split()))


text_len = _collapsed_len


def link_density(el: HtmlElement, length: int | None = None) -> float:
    total = text_len(el) if length is None else length
    if not total:
        return 0.0
    links = sum(text_len(a) for a in el.iter("a") if is_link(a))
    return links / total


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def _unlikely_named(raw: str) -> bool:
    """Class/id text (page-state tokens aside) with an _UNLIKELY word and no _MAYBE word."""
    features = state_free(raw)
    return not (len(features) < 2 or not _UNLIKELY.search(features) or _MAYBE.search(features))


_NEVER_UNLIKELY = frozenset(("html", "body", "article", "main", "pre", "code", "blockquote"))
"""Tags the unlikely pass never drops by name."""
_SUBHEAD_PROSE = 80
"""Characters of a paragraph that make it prose, for a subhead among the story's paragraphs."""


def _subhead(el: HtmlElement) -> bool:
    """An h2-h6 set among the story's paragraphs: a section's title whatever its class says.

    General pattern: templates name a subhead for its anchor or its look
    ('header-anchor-post', 'styles_heading'), and utility-first CSS writes
    words such as 'extra' into its styles ('leading-extra-tight'); the
    unlikely pass read those as a page header or furniture and dropped the
    story's subheads one by one. A heading whose parent holds two paragraphs
    of _SUBHEAD_PROSE characters or more as its own children is such a
    subhead; a module's title ('big-header' over a list of other topics, a
    card's header) stands over no paragraphs of its own and still goes.
    """
    if el.tag not in _HEADINGS:
        return False
    parent = el.getparent()
    if parent is None:
        return False
    prose = 0
    for kid in parent.iterchildren("p"):
        if text_len(kid) >= _SUBHEAD_PROSE:
            prose += 1
            if prose >= 2:
                return True
    return False


_SENTENCE_HOSTS = frozenset(("p", "li", "dd", "blockquote", "figcaption", "td"))
"""Blocks whose inline children are words of one running text."""
_SENTENCE_WORDS = 25
"""Characters of an inline tag that make it words of the sentence, not a marker."""


def _in_sentence(el: HtmlElement) -> bool:
    """An inline element (<span>, <a>, <em>…) inside a paragraph: words of its text, not a page block.

    General pattern: the unlikely pass judges page blocks by their class
    names, but templates put those words on inline tags too: a span named
    for a context menu or a quotation style ('contextmenu Quotation') around
    a whole paragraph's text, a link named 'twitter-link' or 'rss' in the
    middle of a sentence. Dropping such a tag cut the paragraph or its words
    out of the story. An inline tag of _SENTENCE_WORDS characters or more
    whose nearest block ancestor is a paragraph, list item or quote is left
    to the paragraph's fate; a short one (a note marker, 'Table 1') still goes.
    """
    if el.tag not in _INLINE or text_len(el) < _SENTENCE_WORDS:
        return False
    for ancestor in el.iterancestors():
        if ancestor.tag in _INLINE:
            continue
        return ancestor.tag in _SENTENCE_HOSTS
    return False


def remove_unlikely_candidates(root: HtmlElement) -> None:
    """Drop blocks whose class/id names page furniture (comments, menus, footers), before scoring.

    A block that also reads like a story frame ('article-comments' is not
    dropped for 'comment', 'main-menu' not for 'menu'), or that holds an
    <article> or <main>, or is code or inside code, stays. So does a
    <blockquote>: an embedded post ('twitter-tweet', 'tiktok-embed') is a
    blockquote holding the post's text, which a story quotes as its source.
    So does a list or table of amounts named only for a part of its own
    layout (prune.amounts_styled_by_part: 'ingredients table-header').
    """
    paragraphs = 0  # the page's paragraph text, measured only when a block is doomed
    doomed = []
    for count, el in enumerate(root.iter()):
        if not count % 1024:
            check()
        if not isinstance(el.tag, str) or el.tag in _NEVER_UNLIKELY:
            continue
        raw = f"{el.get('class', '')} {el.get('id', '')}"
        if not _unlikely_named(raw) or _footnotes(el, raw):
            continue
        if el.find(".//article") is not None or el.find(".//main") is not None:
            continue
        if any(a.tag in ("pre", "code") for a in el.iterancestors()):
            continue  # a highlighter's 'hljs-comment' span is code, not a comment thread
        if _subhead(el) or _formula(el) or _named_lead(el) or _headline_block(el) or _story_header(el):
            continue
        if _in_sentence(el):
            continue
        if amounts_styled_by_part(el, _UNLIKELY.findall(state_free(raw))):
            continue
        paragraphs = paragraphs or _paragraph_text(root) or 1
        if _holds_the_story(el, paragraphs):
            continue
        doomed.append(el)
    dropped: set[HtmlElement] = set()
    for el in doomed:
        if not any(a in dropped for a in el.iterancestors()):
            el.drop_tree()
            dropped.add(el)


_FOOTNOTE = re.compile(r"foot-?notes?", re.I)
_FOOTNOTE_BLOCKS = frozenset(("div", "section", "ol", "ul", "li", "p", "aside", "dl"))


def _footnotes(el: HtmlElement, raw: str) -> bool:
    """A block of the story's footnotes ('footnotes', 'wp-block-footnotes', 'footnote-content').

    General pattern: the unlikely pass reads 'foot' (a page footer) in
    'footnote'; the notes are the writer's own text, set after the body. Only
    blocks: an inline reference marker ('footnote-ref', a <sup> or link) still
    goes, so a note's number is not glued to the word it follows.
    """
    return el.tag in _FOOTNOTE_BLOCKS and _FOOTNOTE.search(raw) is not None


def _formula(el: HtmlElement) -> bool:
    """A wrapper around one formula (MathML inside, no paragraph or list): text of its sentence.

    General pattern: formula renderers hang their own class words on the
    wrapper ('MathJax CtxtMenu_Attached_0': a context menu's hook), which read
    as furniture ('menu') to the unlikely pass.
    """
    return el.find(".//math") is not None and el.find(".//p") is None and el.find(".//li") is None


_LEAD_TEXT = 60
"""Characters of prose a block named as a standfirst holds to be kept whatever other word names it."""


def _named_lead(el: HtmlElement) -> bool:
    """A block named as the story's standfirst ('intro-text', 'article-dek') holding a sentence or more.

    General pattern: the unlikely pass matches its words anywhere in the class
    names, and a template's layout tokens on the standfirst's block
    ('art-indent-extra': 'extra'; 'header-standfirst': 'header') dropped the
    story's opening before scoring. A block whose class or id names an
    editor's lead (scoring.lead_named), holding a paragraph of _LEAD_TEXT
    characters or more and no h1, few links, is the story's, not furniture.
    """
    from newstui.extract.scoring import lead_named

    if not (lead_named(el) or _LEAD_LAST.search(el.get("class") or "")) or el.find(".//h1") is not None:
        return False
    length = text_len(el)
    return length >= _LEAD_TEXT and link_density(el, length) < 0.2


_LEAD_LAST = re.compile(r"(?:^|[\s_-])lead(?=$|\s)", re.IGNORECASE)
"""A class token ending in the word 'lead' ('lead', 'Post__lead', 'uk-text-lead'): the story's lead paragraph.

Only as a token's last word: 'lead-image' and 'lead-story' name a picture and a teaser."""


def _story_header(el: HtmlElement) -> bool:
    """A block inside the page's <article> or <main> holding the story's named standfirst.

    General pattern: templates set the standfirst in the story's own header
    ('entry-header', 'listicle-header') with the kicker and the date, while
    the h1 stands elsewhere (above the picture, in a hero block); the
    unlikely pass drops the block for 'header' and the story's opening with
    it. A block inside <article> or <main>, with no <nav> and no h1, holding
    a descendant named as the story's lead (_named_lead), is the story's.
    """
    if el.find(".//nav") is not None or el.find(".//h1") is not None:
        return False
    if not any(a.tag in ("article", "main") for a in el.iterancestors()):
        return False
    return any(_named_lead(kid) for kid in el.iterdescendants() if isinstance(kid.tag, str))


def _headline_block(el: HtmlElement) -> bool:
    """A block holding the h1 and a standfirst named as such: the story's header, not a page header.

    General pattern: templates set the headline, the standfirst and the
    byline in one block named for its place ('list__header', 'article-header'),
    and the unlikely pass drops it for 'header' with the standfirst.
    A block holding an h1 and a descendant named as the story's lead
    (_named_lead) stays; the trims drop its byline and dates. So does one
    whose h1 stands in an <hgroup> with a paragraph of _LEAD_TEXT characters
    or more: HTML's own markup for a heading and its subtitle, the standfirst.
    """
    h1 = el.find(".//h1")
    if h1 is None:
        return False
    group = h1.getparent()
    if group is not None and group.tag == "hgroup" and any(_hgroup_lead(kid) for kid in group):
        return True
    return any(_named_lead(kid) for kid in el.iterdescendants() if isinstance(kid.tag, str))


def _hgroup_lead(el: HtmlElement) -> bool:
    """A paragraph of prose beside the h1 in its <hgroup>: the headline's subtitle."""
    if el.tag != "p":
        return False
    length = text_len(el)
    return length >= _LEAD_TEXT and link_density(el, length) < 0.2


def _paragraph_text(el: HtmlElement) -> int:
    return sum(len(all_text(p)) for p in el.iter("p"))


def _holds_the_story(el: HtmlElement, paragraphs: int) -> bool:
    """A block named like furniture that holds most of the page's paragraph text, with few links.

    General pattern: wrappers carry layout words that read as furniture
    ('sidebar-wrapper' around the main column, 'hasHeaderImage', 'mmenuwrapper'
    around the whole page); dropping one drops the story. A block with over
    half of the page's <p> text and under a fifth of its text in links stays.
    """
    if _paragraph_text(el) <= 0.5 * paragraphs:
        return False
    return link_density(el) < 0.2


def divs_to_paragraphs(root: HtmlElement) -> None:
    """Make text held directly in <div>s into paragraphs, so it can be scored.

    A <div> with no block inside it is a paragraph; inside a <div> that holds
    blocks, each run of loose text and inline elements between blocks (or
    <br>s) becomes its own <p>. One pass over the tree (no serialising).
    Loose text held directly in other frames (<section>, <article>, <main>,
    <center>: hand-written and old pages put <br>-separated text there) is
    wrapped the same way; without it such a page had no paragraph to vote
    and "no article". So is the loose text of an inline tag or a table cell
    that holds blocks besides it (`_BLOCK_HOLDING_HOSTS`: '<font><h1>…</h1>
    Text<br><br>Text</font>'). The text after a <br> or a block runs on into the
    inline elements that follow it.
    """
    from lxml.html import fragment_fromstring

    custom = _custom_blocks(root)
    has_block: set[HtmlElement] = set()
    for el in reversed(list(root.iter())):
        parent = el.getparent()
        if parent is not None and (el in has_block or _blockish(el.tag) or el in custom):
            has_block.add(parent)
    divs = list(root.iter("div")) + custom
    for el in divs:
        if el not in has_block:
            el.tag = "p"
    hosts = [el for el in root.iter(*_LOOSE_HOSTS) if _loose_text(el)]
    hosts += [
        el
        for el in root.iter(*_BLOCK_HOLDING_HOSTS)
        if el in has_block and (_loose_text(el) or _inline_lead(el, has_block))
    ]
    for el in divs + hosts:
        check()
        if el.tag == "p":
            continue  # a <div> without blocks, already a paragraph
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
            if child.tag == "br" or child in has_block or not _inline_in(el, child.tag):
                paragraph = None
                if child.tail and child.tail.strip():
                    # The text after a break runs on into the inline elements that follow it
                    # ('see the list (<a>PDF</a>) for…' is one paragraph, not two).
                    paragraph = fragment_fromstring("<p/>")
                    paragraph.text = child.tail
                    child.tail = None
                    child.addnext(paragraph)
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
    # Judged once the loose text is in paragraphs: a page written in <br>-parted text has paragraphs.
    for heading in _prose_headings(root, has_block):
        heading.tag = "p"


_PROSE_HEADING = 150
"""Characters of a heading's text from which, ending like a sentence, it is a paragraph set in heading type."""
_PROSE_HEADINGS = 2
"""Such headings a page holds at least before they are read as paragraphs (one alone is a dek or a pull quote)."""


def _prose_headings(root: HtmlElement, has_block: set[HtmlElement]) -> list[HtmlElement]:
    """Minor headings (h3–h6) that hold paragraphs of prose: the page's body type, not its headings.

    General pattern: hand-made pages pick a heading tag for its type size
    and set every paragraph of the text in it ('<h4>This new stand can
    save…</h4>'); no <p> voted, so the page had no article, or a short
    note elsewhere won. A minor heading of _PROSE_HEADING characters or more
    that ends like a sentence, holds no block and few links is such a
    paragraph, once the page holds _PROSE_HEADINGS of them and they hold
    more text than its paragraphs (<p>s, loose text already wrapped into
    them, <dd>s and quotes): a page that sets one long heading sets a dek or
    a pull quote, and one whose paragraphs hold most of its text writes in
    them (a blog's post that sets a few paragraphs in heading type is one
    among the posts of its front page; a page of long questions heads the
    answers written under them, in <br>-parted text or a <dl>). h1 and h2
    stay (a headline, a standfirst).
    """
    found = []
    prose = 0
    for heading in root.iter("h3", "h4", "h5", "h6"):
        check()
        if heading in has_block:
            continue
        text = " ".join(all_text(heading).split())
        if len(text) >= _PROSE_HEADING and _sentence_end(text) and link_density(heading, len(text)) < 0.3:
            found.append(heading)
            prose += len(text)
    if len(found) < _PROSE_HEADINGS:
        return []
    paragraphs = sum(len(all_text(p)) for p in root.iter("p", "dd", "blockquote"))
    return found if prose > paragraphs else []


_CUSTOM_PARENTS = frozenset(("div", "section", "article", "main", "body", "center", "header", "aside", "footer"))


def _custom_blocks(root: HtmlElement) -> list[HtmlElement]:
    """Custom elements (web components: '<story-paragraph>') set as blocks, read like <div>s.

    General pattern: pages built from web components hold each paragraph of
    the story in an element of the site's own inside a custom container, with
    no <p> or <div> around the text; nothing there was a paragraph, so
    nothing of the story voted and the page had no article, or a box of
    offers won. A custom element (a tag with a hyphen) whose nearest ancestor
    that is not one is a block container (_CUSTOM_PARENTS) is read as a <div>:
    alone it is a paragraph, around blocks its loose text is wrapped. One
    inside a paragraph, a heading, a link or a cell ('<fare-price>', a formula)
    is a word of its sentence and stays inline.
    """
    found = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or "-" not in tag:
            continue
        for ancestor in el.iterancestors():
            if isinstance(ancestor.tag, str) and "-" in ancestor.tag:
                continue
            if ancestor.tag in _CUSTOM_PARENTS:
                found.append(el)
            break
    return found


# Not <body>: a page that is nothing but loose text (a text file, a dump) has no article.
_LOOSE_HOSTS = ("section", "article", "main", "center")
# Inline tags and table cells that hold blocks (an h1, a <div>) besides <br>-separated text:
# old templates set the whole story so ('<font><h1>…</h1><div>…</div>Text<br><br>Text</font>').
# Their text is no paragraph of the block around them (a block stands between), so without
# wrapping it no paragraph of the story votes and a teaser list wins.
_BLOCK_HOLDING_HOSTS = ("font", "span", "b", "strong", "em", "i", "td", "form")


def _inline_in(host: HtmlElement, tag: object) -> bool:
    """tag runs on with the text around it inside host (a <div>: the usual inline tags).

    In the other frames, whose loose text is wrapped only since it is there,
    the walk's own inline set and custom elements (<mjx-container>) count too,
    so no sentence is cut at an <img> icon or a formula.
    """
    if tag in _INLINE:
        return True
    if host.tag == "div" or not isinstance(tag, str):
        return False
    from newstui.extract.walk import INLINE

    return tag in INLINE or "-" in tag


def _loose_text(el: HtmlElement) -> bool:
    """el holds text of its own, outside any child element."""
    if el.text and el.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in el)


_INLINE_LEAD = 25
"""Characters of text in an inline child of a block-holding host that make it a paragraph, not a label."""


_LEAD_BLOCK = 200
"""Characters of the block after an inline lead: the rest of the story, not an icon or a button."""


def _inline_lead(host: HtmlElement, has_block: set[HtmlElement]) -> bool:
    """host holds, beside its blocks, an inline child with a paragraph's worth of text.

    General pattern: old templates set the story's opening paragraph in bold
    (`<strong>`, `<b>`) straight inside the `<span>`, `<font>` or cell that
    also holds the block with the rest of the story. That text is no loose
    text of the host, so it was never wrapped: it cast no vote, and the edge
    scan read the bold run as no text and stopped, so the story lost its
    opening. Such a host is wrapped like one with loose text when an inline
    child before its first block (after it: a reader prompt under the story)
    holds a sentence of _INLINE_LEAD characters or
    more, mostly unlinked; a short bold word ('Update') stays a label, a link a
    link, and a bold dateline or byline ('Wire Service - 14 May 2008 12:53 PM')
    is no sentence: it is no paragraph to take in before the story. The
    first block after it must hold _LEAD_BLOCK characters (the story): a
    promo box whose only block is a linked icon is no such host.
    """
    lead = False
    for child in host:
        if child in has_block or _blockish(child.tag):
            # The first block must hold the story's text: after a lead, an icon or a button is no story.
            return lead and _collapsed_len(child) >= _LEAD_BLOCK
        if lead or not isinstance(child.tag, str) or child.tag not in _INLINE:
            continue
        text = " ".join(all_text(child).split())
        lead = len(text) >= _INLINE_LEAD and _sentence_end(text) and link_density(child, len(text)) < 0.5
    return False


def _kind(el: HtmlElement) -> str:
    """'text', 'heading', 'skip' (empty, images), 'slot' (an ad's label), 'strip' (a short link strip or prompt)
    or 'stop' for edge scanning."""
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
    if _slot_label(el, length):
        return "slot"
    if link_density(el, length) > 0.3:
        # A short link strip (key events, jump links) may sit between a lead and the body.
        return "strip" if length < 100 else "stop"
    if teasers(el):
        return "stop"
    size = length if length >= 80 else _dense_len(el, length)  # Chinese/Japanese text counts thrice
    if tag in ("p", "blockquote", "pre") and size >= 25:
        return "text"
    if tag in ("ul", "ol") and size >= 80:
        return "text"
    # A data table between the story's paragraphs (a rate chart in an embed block) is text too.
    cells = ("td", "th") if _data_table(el) else ()
    paragraphs = sum(text_len(p) for p in el.iter("p", "blockquote", "li", "pre", *cells, *_HEADINGS))
    if size >= 60 and paragraphs >= 0.6 * length:
        return "text"
    return "strip" if _short_aside(el, length) else "stop"


_SLOT_LABEL = re.compile(
    rf"^(?:advertising|ad|ads|werbung|{DECORATED_AD_SLOT}|"
    r"(?:the )?(?:story|article|text) continues (?:below|after (?:the|this) (?:advertisement|ad))|"
    r"continue reading (?:below|the (?:story|article))|weiterlesen nach der anzeige|"
    r"(?:advertisement|anzeige|werbung)\s*[-–—:]?\s*(?:scroll|read|lesen) (?:to continue|on|weiter)\w*)\W*$",
    re.IGNORECASE,
)
"""Text of a slot the page leaves between two parts of one story: an ad's label, 'Story continues below'."""


def _slot_label(el: HtmlElement, length: int) -> bool:
    """A block holding nothing but an ad's label or a 'story continues below' line: a slot inside the story.

    General pattern: templates cut the story's body around an ad slot, and
    what is left of the slot once its script is gone is its label
    ('Advertisement', 'Anzeige', 'Story continues below advertisement'); the
    closing paragraphs sit in a container of their own after it. The edge
    scan read the label as a prompt and ended there, so the story's end was
    lost. Such a block (under _SHORT_ASIDE characters, no heading, list or
    table) is stepped over like an empty slot when scanning forwards: the
    label says the story goes on. Scanning backwards it stays a prompt
    (_short_aside): templates also set an ad between the byline and the body.
    'Sponsored' is no such label: it heads paid text of its own (a promoted
    offer), which the scan must not take as the story's end.
    """
    if length >= _SHORT_ASIDE or not _SLOT_LABEL.match(" ".join(all_text(el).split())):
        return False
    return not any(True for _ in el.iter("h1", "h2", "h3", "h4", "ul", "ol", "table"))


_SHORT_ASIDE = 100
"""Characters of a block between a lead and the body that is a prompt or a label, not a part of the page."""


def _short_aside(el: HtmlElement, length: int) -> bool:
    """A short block that is no text (a newsletter prompt, a 'Listen' label, a follow line): stepped over.

    General pattern: templates set the story's opening paragraph in a box of
    its own, then a short prompt or label, then the body container; the scan
    for text before the body stopped at the prompt and the opening was lost.
    A block of under _SHORT_ASIDE characters holding no heading, list, table
    or picture counts as a strip: scanning backwards it is stepped over, and
    beyond it only a whole lead (200 characters or more) is taken; scanning
    forwards it still ends the scan.
    """
    if length >= _SHORT_ASIDE:
        return False
    return el.find(".//h1") is None and not any(True for _ in el.iter("h2", "h3", "h4", "ul", "ol", "table", "img"))


_PART_LABEL = 60
"""Characters of a label line over a closing part of the story ('Addendum', 'Update')."""


_OTHER_MATTER = re.compile(
    r"\b(?:sponsor\w*|promot\w*|advert\w*|paid|partner\w*|anzeige|werbung|publicit\w*|comments?|"
    r"related|more|also|trending|popular|recommended|newsletters?|share|follow|"
    r"you|your|readers?|views|reactions?|feedback|letters|leserbrief\w*|kommentar\w*|forum)\b",
    re.IGNORECASE,
)
"""Words of a label over matter that is not the story's: paid text, comments, other stories, prompts.
Readers' words too ('Your views', 'Readers respond', 'What you said', 'Leserbriefe'): a label
of the story's own closing part ('Addendum', 'Update') never addresses the reader."""


def _part_label(el: HtmlElement) -> bool:
    """A short unlinked line that does not end like a sentence: a label set as large text, read like a heading.

    General pattern: hand-made and old pages set a closing part of the story
    ('Addendum', 'Postscript', 'Update') in a block of its own under a label
    in big type, not a heading tag; the forward edge scan read the label as a
    prompt and stopped, and the closing part was lost. Scanning forwards such
    a block (under _PART_LABEL characters, no link, no sentence end, and by
    _short_aside no heading, list, table or picture) is stepped over and taken
    only when a whole part follows it (a text block of _WHOLE_PART characters
    or more), so a label over links ('More stories'), over a credit line or an
    author's bio ('Written by …', '© 2008 …') still ends the scan. A prompt that is a sentence ('Thanks for reading.')
    is no label.
    """
    text = " ".join(all_text(el).split())
    if len(text) >= _PART_LABEL or _sentence_end(text) or text.endswith(":") or _OTHER_MATTER.search(text):
        return False
    return not any(True for a in el.iter("a") if a.get("href"))


def _data_table(el: HtmlElement) -> bool:
    """el is or holds a table of data: two or more rows of two or more cells, no form controls.

    General pattern for the edge scan: a chart or comparison table set between
    the story's paragraphs stopped the scan, so the paragraphs beyond it were
    lost; a layout table of one-cell rows or a form's table is no such chart.
    """
    rows = 0
    for row in el.iter("tr"):
        if sum(1 for cell in row if cell.tag in ("td", "th")) >= 2:
            rows += 1
            if rows >= 2:
                return el.find(".//input") is None and el.find(".//label") is None
    return False


def _dense_len(el: HtmlElement, length: int) -> int:
    """el's collapsed text length, each Han or kana character counted as three (see cjk.py)."""
    from newstui.extract.cjk import DENSE_WEIGHT, dense_chars

    return length + (DENSE_WEIGHT - 1) * dense_chars(all_text(el))


def _in_page_links(el: HtmlElement) -> bool:
    """All of its links point inside the page ('#section'): a table-of-contents backlink, not a teaser."""
    hrefs = [a.get("href", "") for a in el.iter("a") if is_link(a)]
    return bool(hrefs) and all(href.startswith("#") for href in hrefs)


def teasers(el: HtmlElement) -> bool:
    """Teaser cards: headings that are links to other stories."""
    for heading in el.iter("h2", "h3", "h4", "h5"):
        if link_density(heading) > 0.5 and not _in_page_links(heading):
            return True
    return False


_WHOLE_PART = 200
"""Characters of a block taken past a strip or a label: a whole lead or closing part, not a credit line."""


def _scan(start: HtmlElement, preceding: bool, limit: int = 12) -> list[HtmlElement]:
    """Contiguous text-like siblings of start in one direction (nearest first)."""
    taken: list[HtmlElement] = []
    pending: list[HtmlElement] = []
    stripped = labelled = False
    for steps, sibling in enumerate(start.itersiblings(preceding=preceding)):
        if steps >= limit:
            break
        kind = _kind(sibling)
        if kind == "slot":
            # Past the body an ad's label is an empty slot; before it, a prompt (it may stand under a byline).
            kind = "strip" if preceding else "skip"
        if kind == "strip" and preceding:
            stripped = True
            continue
        if kind == "skip":
            continue
        if labelled and (kind != "text" or text_len(sibling) < _WHOLE_PART):
            break  # under a label only a whole part of the story is taken, not a credit or a bio
        if kind == "strip" and _part_label(sibling):
            labelled = True
            pending.append(sibling)  # taken only when a whole part of the story follows it
            continue
        if kind in ("stop", "strip"):
            break
        if stripped and (kind == "heading" or text_len(sibling) < _WHOLE_PART):
            break  # beyond a link strip only a whole lead (a live blog's opening entry) is taken
        if kind == "heading":
            pending.append(sibling)
            continue
        # A heading counts once text is on its far side too.
        taken.extend(pending)
        pending.clear()
        taken.append(sibling)
        labelled = False
    if preceding:
        taken.extend(pending)  # a heading right above the first paragraph
    return taken


def select_content(
    root: HtmlElement, *, ruthless: bool, headline: str = "", base: str | None = None
) -> list[HtmlElement]:
    """The content nodes in reading order, cleaned; [] when none is found (headline, base: the page's, if known)."""
    from newstui.extract import scoring

    titled = scoring.headline_articles(root, headline) if headline else []
    if ruthless:
        remove_unlikely_candidates(root)
    divs_to_paragraphs(root)
    # Scoring and choosing the winner only read the tree: each text length is read once.
    with scoring.tree_unchanged():
        candidates = scoring.score_paragraphs(root)
        best = scoring.best_candidate(candidates)
        if best is None:
            return []
        best = scoring.outweighed_by_prose(candidates, best)
        best = scoring.prefer_semantic(root, candidates, best)
        story = scoring.headline_story(candidates, best, titled)
        widened = scoring.widen_fragments(story)
        # Widening the headline's story must not take back the other stories around it.
        best = story if story is not best and widened.elem.find(".//article") is not None else widened
        if best is widened:
            best = scoring.join_segments(best)
    candidates[best.elem] = best
    parts: set[HtmlElement] = set()  # branches of the story moved into the winner: cleaned inside, never dropped
    nodes = [best.elem] if best.elem.tag in ("html", "body") else _with_siblings(candidates, best, parts)
    nodes = _whole_tables(nodes)
    for node in nodes:
        scoring.clean(node, candidates, parts, base)
    opening = standfirst(root, nodes, headline)
    if opening:
        nodes = [node for node in nodes if node is best.elem or not _headline_echo(node, headline)]
    return opening + key_points(root, nodes, headline) + nodes


def _whole_tables(nodes: list[HtmlElement]) -> list[HtmlElement]:
    """nodes with a table read whole where one of them is its body: a long table's rows are read as the table's.

    General pattern: in a list page set as one long table (films, results, a
    timeline), the <tbody> holds the scored cells and wins; read as a plain
    container, each cell became a paragraph of its own and the row's head
    cell (a linked title in <th scope="row">) went as a link line. Its table
    is read whole instead, one line per row with its header, as a short table
    already is. A table grouped in several bodies (or with its caption or
    header taken beside the winning body) is read once, where its first part
    stood: each part read on its own as well repeated the table's rows.
    """
    whole = {
        parent
        for node in nodes
        if node.tag in ("tbody", "thead", "tfoot")
        and (parent := node.getparent()) is not None
        and parent.tag == "table"
    }
    taken: dict[HtmlElement, None] = {}  # in reading order, each once
    for node in nodes:
        parent = node.getparent()
        taken.setdefault(parent if parent in whole else node, None)
    return list(taken)


_KEY_POINTS = re.compile(
    r"^(?:the\s+)?(?:key\s+(?:points?|takeaways?|facts|findings|highlights)|at\s+a\s+glance|in\s+(?:brief|short)|"
    r"summary|tl;?\s?dr|highlights|das\s+wichtigste(?:\s+in\s+kürze)?|auf\s+einen\s+blick|in\s+kürze|"
    r"l['’]essentiel|en\s+bref|lo\s+esencial|claves|in\s+sintesi|w\s+skrócie|kort\s+samengevat)\s*[:.]?$",
    re.IGNORECASE,
)
"""Labels of a summary list set over the story ('Key takeaways', 'At a glance', 'Das Wichtigste in Kürze')."""
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "dt")
_LABEL_CHARS = 40
_POINT_ITEMS = 2
_POINT_CHARS = 15
"""Characters of each item of a summary list: points, not one-word tags."""
_POINT_ALONE = 100
"""Characters of a one-item list of points (points run together with <br>s)."""
_POINTS_MAX = 2000
_POINT_LINKS = 0.5


def key_points(root: HtmlElement, nodes: list[HtmlElement], headline: str = "") -> list[HtmlElement]:
    """A summary list under the headline, before the story's first block: [label and list], or [].

    General pattern: news, finance and guide pages open with their key points
    ('Key takeaways', 'At a glance', 'Das Wichtigste in Kürze') as a short
    list under a label of its own, in a card between the headline and the
    body container; the scorer picks the body, and the edge scan stops at
    the card, so the story's summary was lost. The first such label after the
    headline's h1 and before the first chosen block, outside them, whose next
    block is a list (_summary_list) is taken, as a copy: a heading over the
    list's items.
    """
    if not nodes:
        return []
    first = nodes[0]
    h1 = _headline_h1(root, first, headline)
    if h1 is None:
        return []
    after = False
    for el in root.iter():
        if el is first:
            return []
        if el is h1:
            after = True
            continue
        if not after or el.tag not in _LABEL_TAGS or el in first.iterancestors():
            continue
        points = _summary_list(el)
        if points is None:
            continue
        label, listed = points
        block = root.makeelement("div", {})
        heading = root.makeelement("h2", {})
        heading.text = " ".join(all_text(label).split())
        block.append(heading)
        points = copy.deepcopy(listed)
        points.tail = None
        for item in list(points.iterchildren("li")):
            if link_density(item) > _POINT_LINKS:
                points.remove(item)  # a teaser set as the last point ('These 10 stocks … ›')
        block.append(points)
        return [block]
    return []


def _summary_list(el: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """(label, list) when el is a key-points label (_KEY_POINTS) followed by a list of points, else None.

    The label may sit in wrappers holding nothing else; the list may be wrapped
    once or twice. A list of points has _POINT_ITEMS items or more of
    _POINT_CHARS characters each (or one of _POINT_ALONE), under _POINT_LINKS
    of its text in links, no heading and under _POINTS_MAX characters in all.
    """
    length = text_len(el)
    if not length or length > _LABEL_CHARS or not _KEY_POINTS.match(" ".join(all_text(el).split())):
        return None
    label = el
    while (parent := label.getparent()) is not None and parent.tag not in _FRAME and text_len(parent) == length:
        label = parent
    following = label.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    for _ in range(3):
        if following is None or following.tag in ("ul", "ol"):
            break
        if following.tag not in ("div", "section"):
            return None
        following = next((kid for kid in following if isinstance(kid.tag, str)), None)
    if following is None or following.tag not in ("ul", "ol"):
        return None
    items = [text_len(item) for item in following.iterchildren("li")]
    total = text_len(following)
    if not items or min(items) < _POINT_CHARS or total > _POINTS_MAX:
        return None
    if len(items) < _POINT_ITEMS and total < _POINT_ALONE:
        return None
    if following.find(".//h2") is not None or following.find(".//h3") is not None:
        return None
    if link_density(following, total) >= _POINT_LINKS:
        return None
    return label, following


def _headline_echo(node: HtmlElement, headline: str) -> bool:
    """A block beside the story holding nothing but the headline again (a sticky title bar, a print title).

    General pattern: the edge scan takes a title strip next to the body; the
    leading trim of furniture.py drops it while it opens the text, but a
    standfirst taken from the headline's block now comes first, and the
    strip stayed as a line of text under it.
    """
    from newstui.extract.textutil import comparable

    key = comparable(headline)
    return bool(key) and comparable(all_text(node)) == key


_STANDFIRST_MIN = 60
_STANDFIRST_MAX = 1200
_STANDFIRST_TAGS = frozenset(("p", "h2", "h3"))
_DEK_WORDS = 10
"""A heading just under the headline with this many words is a dek (a standfirst set as a heading), not a section."""
_OUTSIDE_PROSE = frozenset(
    ("figure", "figcaption", "nav", "aside", "footer", "ul", "ol", "table", "a", "form", "button", "blockquote")
)
_NOT_STANDFIRST = re.compile(
    r"(?:^|[\s_-])(?:caption|credit|cta|call-?to-?action|byline|author\w*)(?=$|[\s_-])", re.IGNORECASE
)
"""Class words of blocks near a headline that are not its standfirst: captions, credits, bylines, calls to action."""
_BYLINE = re.compile(r"^(?:by|posted by|written by|von)\s", re.IGNORECASE)


_SENTENCE_END = re.compile(rf"[.!?…{SENTENCE_STOPS}][{QUOTE_CLOSERS}{CLOSERS}]?$")


def _sentence_end(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def standfirst(root: HtmlElement, nodes: list[HtmlElement], headline: str = "") -> list[HtmlElement]:
    """The prose between the page's h1 and the story's first block: a standfirst set in the headline's header.

    General pattern: templates put the standfirst (a sentence or two that
    opens the story) in the header block with the headline, kicker, byline
    and date, apart from the body container the scorer picks; the edge scan
    stops at that header since it holds the h1. Paragraphs after the h1 and
    before the first chosen block, in the same frame (h1 and body share an
    ancestor below <body>), that read as prose (_STANDFIRST_MIN characters or
    more ending like a sentence, few links, not a caption, credit, byline,
    call to action, list, table or link) are taken, up to _STANDFIRST_MAX
    characters. A dek set as a heading (an h2/h3 of _DEK_WORDS words or more,
    the first heading after the h1, before any standfirst paragraph) is taken
    too, as a paragraph: it opens the text and heads no section.
    """
    if not nodes:
        return []
    first = nodes[0]
    h1 = _headline_h1(root, first, headline)
    if h1 is None:
        return []
    h1_ancestors = set(h1.iterancestors())
    common = next((a for a in first.iterancestors() if a in h1_ancestors), None)
    hero = None
    if common is None or common.tag in ("body", "html"):
        hero = _hero_block(h1, first, headline)
        if hero is None:
            return []
        common = hero
    chosen = set(nodes)
    taken: list[HtmlElement] = []
    total = 0
    started = headed = opened = False
    for el in common.iter():
        if el is h1:
            started = True
            continue
        if el is first or el in chosen:
            return taken if started else []
        if not started or el.tag not in _STANDFIRST_TAGS:
            continue
        check()
        text = " ".join(all_text(el).split())
        kicker = _kicker(text)
        dek = el.tag != "p" and not headed and not taken
        headed = headed or (el.tag != "p" and not kicker)
        ancestors = []
        for ancestor in el.iterancestors():
            if ancestor is common:
                break
            ancestors.append(ancestor)
        if h1 in ancestors or any(a in chosen for a in ancestors):
            continue
        # The first text under the headline: a standfirst here needs no full stop (see _open_dek).
        opening = el.tag == "p" and not opened and not taken
        opened = opened or (bool(text) and not kicker)
        if any(a.tag in _OUTSIDE_PROSE or _NOT_STANDFIRST.search(a.get("class") or "") for a in [el, *ancestors]):
            continue
        if len(text) < _STANDFIRST_MIN or _BYLINE.match(text) or link_density(el, len(text)) > 0.2:
            continue
        if el.tag == "p":
            if not (_sentence_end(text) or (opening and _open_dek(text))):
                continue
        elif not (dek and len(text.split()) >= _DEK_WORDS):
            continue
        if total + len(text) > _STANDFIRST_MAX:
            break
        el.tag = "p"  # a dek heading opens the text; it heads no section
        for inner in el.iterdescendants(*_HEADINGS):
            inner.tag = "span"  # nor does one set inside the standfirst's paragraph
        taken.append(el)
        total += len(text)
    return taken if hero is not None else []  # else the story does not follow the headline


_HERO_TEXT = 3000
"""Characters of a hero block: a headline's own block (h1, kicker, standfirst, byline), not a page column."""


def _hero_block(h1: HtmlElement, first: HtmlElement, headline: str) -> HtmlElement | None:
    """The page-wide block holding the headline above the story, when h1 and story share no frame but <body>.

    General pattern: magazine and news templates set the headline, kicker,
    standfirst and byline in a full-width 'hero' block (a <header> or a
    section with the lead picture) that is a sibling of the <main> holding the
    body text, so the headline and the story meet only at <body> and the
    standfirst was never looked for. The block is taken as the frame when the
    h1 is the page's headline, the block is a child of <body> before the one
    holding the story, and it holds under _HERO_TEXT characters.
    """
    from newstui.extract.textutil import comparable

    key = comparable(headline)
    if not key or key not in comparable(all_text(h1)):
        return None

    def top(el: HtmlElement) -> HtmlElement | None:
        for node in (el, *el.iterancestors()):
            parent = node.getparent()
            if parent is not None and parent.tag in ("body", "html"):
                return node
        return None

    block, story = top(h1), top(first)
    if block is None or story is None or block is story or block.tag in ("head", "body"):
        return None
    if not any(sibling is story for sibling in block.itersiblings()):
        return None
    return block if text_len(block) <= _HERO_TEXT else None


_KICKER_WORDS = 4


def _kicker(text: str) -> bool:
    """A kicker: a label of a few words, no figures ('Supreme Court', 'Analysis'), set with the headline.

    General pattern: templates write the kicker after the h1 in the markup
    (CSS shows it above); read as the first heading or text under the
    headline, it kept the dek under it from being taken as the dek (a
    heading) or as the opening text (a paragraph without a full stop).
    Text of _KICKER_WORDS words or fewer, under _STANDFIRST_MIN characters
    and with no digit (a date or a time is no kicker), counts as neither.
    """
    return 0 < len(text) < _STANDFIRST_MIN and len(text.split()) <= _KICKER_WORDS and not any(c.isdigit() for c in text)


def _headline_h1(root: HtmlElement, first: HtmlElement, headline: str = "") -> HtmlElement | None:
    """The h1 of the headline before first (the story's first block), else the last h1 with text before it.

    General pattern: templates set the site's logo, a section name, a menu
    toggle or a stray module title as an h1 too, above or below the story's
    own; the standfirst follows the headline. The h1 whose words are the
    page's headline wins; without one, the h1 nearest above the story.
    """
    from newstui.extract.textutil import comparable

    key = comparable(headline)
    found = titled = None
    for el in root.iter():
        if el is first:
            break
        if el.tag == "h1" and text_len(el):
            found = el
            if key and titled is None and key in comparable(all_text(el)):
                titled = el
    return titled if titled is not None else found


def _open_dek(text: str) -> bool:
    """A paragraph right under the headline that reads as a dek though it has no full stop.

    General pattern: news templates set the standfirst as one sentence
    without a final stop ('Penalties are to be raised to £10,000 for repeat
    offenders'), as headlines are. The first text after the h1 with
    _DEK_WORDS words or more, not a label ending in ':', is taken like a
    standfirst that ends like a sentence (a dateline taken so is dropped
    again by the leading trim of furniture.py).
    """
    return len(text.split()) >= _DEK_WORDS and not text.endswith((":", "："))


_PART_PROSE = 200
"""Prose characters that make a sibling of the winner's own kind a part of the story."""


def _story_part(sibling: HtmlElement, best: HtmlElement) -> bool:
    """A sibling with the winner's tag and all of its classes, holding prose: the story's next part.

    General pattern: templates cut a story into blocks of one kind (the same
    'rich-text' or 'article-body' block) around a promo, an inline form or a
    table-of-contents box; a part with a short intro or a linked list scores
    under the share of the winner's score that admits a sibling. A sibling of
    the winner's kind (same tag, all of the winner's non-empty classes) with
    _PART_PROSE characters of prose and under half of its text in links is taken.
    """
    from newstui.extract.scoring import prose_chars

    classes = set((best.get("class") or "").split())
    if not classes or sibling.tag != best.tag or not classes <= set((sibling.get("class") or "").split()):
        return False
    return link_density(sibling) < 0.5 and prose_chars(sibling, _PART_PROSE) >= _PART_PROSE


def _with_siblings(
    candidates: scoring.Candidates, best: scoring.Candidate, parts: set[HtmlElement]
) -> list[HtmlElement]:
    """The winner, its high-scoring or text-like siblings, and text-like blocks just outside its parent.

    Branches of a story cut over one template's modules (scoring.merge_twins) are moved into the
    winner and added to parts.
    """
    from newstui.extract import scoring

    best_elem: HtmlElement = best.elem
    threshold = max(10.0, best.score * 0.2)
    scoring.heading_preamble(candidates, best_elem, threshold)
    parts.update(scoring.merge_twins(best_elem))
    scoring.merge_segments(candidates, best, threshold)
    for lead in reversed(scoring.editorial_leads(best_elem)):
        best_elem.insert(0, lead)

    chosen: set[HtmlElement] = {best_elem}
    parent = best_elem.getparent()
    if parent is not None:
        for sibling in parent:
            if sibling is best_elem or not isinstance(sibling.tag, str):
                continue
            entry = candidates.get(sibling)
            if entry is None or teasers(sibling):
                continue
            if (entry.score >= threshold and link_density(sibling) < 0.3) or _story_part(sibling, best_elem):
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


_STORY_PARAGRAPHS = 5
"""Paragraphs (or list items) a marked story block needs before its link text is read as the story's."""
_STORY_PROSE = 100
"""Characters of an unlinked sentence-ending paragraph: the author's own words opening a link-heavy story."""
_STORY_HEADLINE_WORDS = 4
"""Words of a story's headline; a section front's or an archive's title is a name of one to three words."""


def story_block(root: HtmlElement, headline: str) -> HtmlElement | None:
    """The page's one marked story block, when it clearly holds a story; None otherwise.

    General pattern: some stories are mostly link text (a shopping-deals
    roundup: each paragraph a linked product name and price; a weekly list of
    links), which the link-density rules read as a link list and the page as
    having no article. Such a story still sits in the one block the page marks
    as its story, with the headline above its text and a few sentences of the
    author's own. Taken when all of these hold: exactly one outermost
    <article> (a section front marks each teaser card as one, so several mean
    a front), or else an itemprop=articleBody element; the <article> holds an
    h1 (the articleBody is marked by the page itself); the block holds
    _STORY_PARAGRAPHS paragraphs or list items and one unlinked paragraph of
    _STORY_PROSE characters or more that ends like a sentence; the page's
    headline has _STORY_HEADLINE_WORDS words (a section's or archive's name
    is shorter), or is a Chinese/Japanese run of twice as many letters.
    """
    from newstui.extract.cjk import dense_chars

    if len(headline.split()) < _STORY_HEADLINE_WORDS and dense_chars(headline) < 2 * _STORY_HEADLINE_WORDS:
        return None
    articles = [el for el in root.iter("article") if not any(a.tag == "article" for a in el.iterancestors())]
    articles = [el for el in articles if text_len(el)]
    if len(articles) > 1:
        return None
    block = articles[0] if articles else None
    if block is not None and not any(text_len(h1) for h1 in block.iter("h1")):
        block = None
    if block is None:
        block = next(iter(root.xpath("//*[@itemprop='articleBody']")), None)
    if block is None:
        return None
    paragraphs = 0
    prose = False
    for el in block.iter("p", "li"):
        check()
        length = text_len(el)
        if not length:
            continue
        paragraphs += 1
        if not prose and length >= _STORY_PROSE and link_density(el, length) < 0.2:
            prose = _sentence_end(" ".join(all_text(el).split()))
    return block if paragraphs >= _STORY_PARAGRAPHS and prose else None
