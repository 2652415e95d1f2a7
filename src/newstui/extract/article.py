"""Page HTML → `model.Article`.

The page is parsed once with lxml. Metadata (titles, byline, date, lead) is read
first; then scripts, styles, hidden parts and site furniture are pruned; then
our own scoring picks the content on that same tree (content.py, scoring.py);
the chosen nodes are sanitised with lxml-html-clean and walked into sections.
"""

from __future__ import annotations

import functools
import re
import time
from typing import TYPE_CHECKING, Any

from newstui.errors import ExtractError
from newstui.extract.decode import C0_CONTROL_BYTES, to_text
from newstui.extract.furniture import trim
from newstui.extract.scoring import all_text
from newstui.extract.textutil import comparable, norm
from newstui.extract.walk import Block
from newstui.model import Article, Image, Link, Quote, Section

if TYPE_CHECKING:
    from lxml.html import HtmlElement

import contextlib

from newstui.extract import EXTRACTOR_VERSION  # noqa: F401  (one number, defined in __init__)

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

MIN_TEXT_CHARS = 250
"""Below this much text the first (ruthless) pass is retried without dropping 'unlikely' blocks by class name."""
MAX_QUOTE_PARAGRAPHS = 3000
"""Quotes are looked for in this many paragraphs at most (a long live blog has about a thousand)."""
MIN_ARTICLE_CHARS = 20
"""Below this much text there is no article on the page."""


def parse_html(text: str) -> HtmlElement:
    """Parse page text once; ExtractError when libxml2 finds no document at all."""
    import lxml.html
    from lxml import etree

    text = _close_headings(_past_html_end(text))
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    # lxml.html picks each element's proxy class in Python, once per proxy made (every
    # element of every tree walk); the extractor uses none of the form classes it adds.
    parser.set_element_class_lookup(_class_lookup())

    def document(text: str) -> HtmlElement:
        try:
            root = lxml.html.document_fromstring(_xml_valid_utf8(text), parser=parser)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
            raise ExtractError(f"cannot parse the page as HTML: {error}") from None
        if root is None:
            raise ExtractError("cannot parse the page as HTML: no document")
        return root

    root = document(text)
    if root.find("body") is None and (opened := _reopened_root(text)) is not None:
        # Empty, or a head alone: a closed empty document before the self-closed root.
        text = opened
        root = document(text)
    if (swallowed := _swallowed_by_scripts(root)) and (closed := _closed_scripts(text, swallowed)) is not None:
        text = closed
        root = document(text)
    title = root.find("head/title")
    if title is not None and title.text and len(title.text) > 2000 and "<" in title.text:
        # An unclosed <title> swallows the whole page as its text: parse it without that tag.
        return parse_html(re.sub(r"<title\b[^>]*>", "", _XML_INVALID.sub("", text), count=1, flags=re.I))
    return root


_SELF_CLOSED_ROOT = re.compile(r"<html\b([^<>]*?)/\s*>", re.IGNORECASE)


def _reopened_root(text: str) -> str | None:
    """text with the slash of a self-closed '<html …/>' start tag dropped; None when it has none.

    General pattern: a page cut or spliced at its start closes its root
    element's start tag with '/>' ('<html xmlns="…"/>', an image tag's tail
    run into the root's start tag). Browsers ignore that slash on any element
    that is not void and read the page; libxml2 ends the document there and
    returns an empty tree, so the page had 'no article'. Only called when the
    tree came back empty: one pass over the text (every such tag at once), and
    one more parse, on such pages only.
    """
    opened, count = _SELF_CLOSED_ROOT.subn(r"<html\1>", text)
    return opened if count else None


_MARKUP_END = re.compile(r"</(?:p|div|h[1-6]|li|td|table|article|section|span|a)\s*>", re.IGNORECASE)
_SWALLOWED_TAGS = 3
"""End tags of page markup in an external script's text from which on it swallowed the page."""


def _swallowed_by_scripts(root: HtmlElement) -> list[str]:
    """The texts of external scripts (with src) that hold page markup.

    General pattern: a template leaves a `<script src="…">` without its end
    tag, or its src value without a closing quote (a spliced include, a tag
    cut in two). The element then reads the rest of the page, story and all,
    as script text up to the next `</script>` or the end. A script with src
    runs the file it names and ignores its own text, so page markup there
    (several end tags of paragraphs, divs, headings) is a swallowed page, not
    code; a line of code that writes one tag does not count. One pass over
    the scripts, cheap.
    """
    return [
        script.text
        for script in root.iter("script")
        if script.text
        and script.get("src") is not None
        and len(_MARKUP_END.findall(script.text, 0, 20_000)) >= _SWALLOWED_TAGS
    ]


def _closed_scripts(text: str, swallowed: list[str]) -> str | None:
    """text with a `</script>` where each swallowed script text starts; None when none is found.

    libxml2 keeps a script's text as written, so it is found in the page as
    it is; the page is then read as markup from there, as its author meant.
    A text that its own `</script>` ends and that holds no later script's
    start tag swallowed nothing: it is code passing markup strings (a
    widget's template given inline), and stays code. The texts follow one
    another in the page, so each is searched from where the last one ended
    (one pass over the text), and only the first _SWALLOWED_SCRIPTS.
    """
    pieces: list[str] = []
    last = searched = 0
    for code in swallowed[:_SWALLOWED_SCRIPTS]:
        at = text.find(code, searched)
        if at < 0:
            continue
        searched = at + len(code)
        if _SCRIPT_END.match(text, searched) and not _SCRIPT_START.search(code):
            continue
        pieces += (text[last:at], "</script>")
        last = at
    return "".join((*pieces, text[last:])) if pieces else None


_SCRIPT_START = re.compile(r"<script[\s>/]", re.IGNORECASE)
_SCRIPT_END = re.compile(r"\s*</script", re.IGNORECASE)
_SWALLOWED_SCRIPTS = 16
"""Scripts with markup in their text that are looked for in the page: a broken template leaves a few."""


_HEADING_TAG = re.compile(r"<(/?)h([1-6])(?=[\s>/])", re.IGNORECASE)


def _close_headings(text: str) -> str:
    """text with each heading's end tag naming the heading it closes ('<h2>…</h3>' → '<h2>…</h2>').

    General pattern: templates open a heading with one level and close it with
    another ('<h2 class="excerpt">standfirst</h3>'). Browsers end the open
    heading at any heading end tag; libxml2 ignores the stray one, and the
    heading swallows what follows, story and all: the standfirst was lost,
    and the story sat inside a heading. A mismatched end tag is rewritten to
    the open heading's level, as browsers read it; one regex pass, and the
    text is rebuilt only when a mismatch is found.
    """
    fixes = _heading_fixes(text, None)
    if not fixes:
        return text
    # Tags written inside a script, a style or a comment are no tags ('"<h3>"' in code):
    # read again without them, only on the rare page with a mismatch.
    from newstui.extract.budget import raw_spans

    fixes = _heading_fixes(text, raw_spans(text))
    parts: list[str] = []
    at = 0
    for where, level in fixes:
        parts.append(text[at:where])
        parts.append(level)
        at = where + 1
    parts.append(text[at:])
    return "".join(parts)


def _heading_fixes(text: str, raw: list[tuple[int, int]] | None) -> list[tuple[int, str]]:
    """(offset of the level digit, the open heading's level) for each mismatched heading
    end tag in `text`, tags inside the `raw` spans (script, style, comment) left out."""
    from newstui.extract.budget import inside_spans

    fixes: list[tuple[int, str]] = []
    open_level = ""
    for tag in _HEADING_TAG.finditer(text):
        if raw and inside_spans(raw, tag.start()):
            continue
        closing, level = tag.group(1), tag.group(2)
        if not closing:
            open_level = level
            continue
        if open_level and level != open_level:
            fixes.append((tag.start(2), open_level))
        open_level = ""
    return fixes


_HTML_END = re.compile(r"</html\s*>", re.IGNORECASE)


def _past_html_end(text: str) -> str:
    """text without its </html> end tags when markup follows the first one.

    General pattern: templates close the document early (a header include that
    ends with '</body></html>') and go on with the page, story and all;
    browsers read on and put what follows in the body, but libxml2 ends the
    document at the first </html> and drops the rest. The end tags go, so the
    parser reads on as a browser does; a page that ends with its </html> is
    parsed as it is.
    """
    end = _HTML_END.search(text)
    if end is None or "<" not in text[end.end() :]:
        return text
    return _HTML_END.sub("", text)


def _xml_valid_utf8(text: str) -> bytes:
    """text as UTF-8 without the characters of _XML_INVALID.

    libxml2 keeps C0 control characters, but lxml refuses them when text is
    moved or set later (divs_to_paragraphs does both): they go now. Done on the
    bytes, where C0 bytes are never part of another character and U+FFFE/U+FFFF
    are whole 3-byte sequences: one C pass instead of a regex over every character.
    """
    data = text.encode("utf-8", "replace").translate(None, C0_CONTROL_BYTES)
    if "\ufffe" in text or "\uffff" in text:
        data = data.replace("\ufffe".encode(), b"").replace("\uffff".encode(), b"")
    return data


@functools.cache
def _class_lookup() -> Any:
    """lxml.html's element classes, chosen in C: HtmlElement for every tag (no FormElement, InputElement…)."""
    import lxml.html
    from lxml import etree

    return etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )


@functools.cache
def _cleaner() -> Any:
    from lxml_html_clean import Cleaner

    # Keep attributes (lazy-image data-src, hrefs); remove anything executable.
    return Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=True,
        inline_style=True,
        links=True,
        meta=True,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=True,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )


def _base_url(root: HtmlElement, url: str | None, canonical: str | None) -> str | None:
    from urllib.parse import urljoin

    base = url if url and re.match(r"^https?://", url, re.I) else None
    if base is None and canonical and re.match(r"^https?://", canonical, re.I):
        base = canonical
    # The first <base href>, found by a walk in C (an XPath '//base/@href' builds node sets).
    href = next((h for h in (el.get("href") for el in root.iter("base")) if h is not None), None)
    if href is not None:
        with contextlib.suppress(ValueError):
            base = urljoin(base or "", href.strip()) or base
    return base


def _content_blocks(
    root: HtmlElement, base: str | None, ruthless: bool, light: bool = False, headline: str = ""
) -> tuple[list[Block], list[Image]]:
    from newstui.extract import budget
    from newstui.extract.content import select_content
    from newstui.extract.prune import prune
    from newstui.extract.walk import walk

    prune(root, light=light)
    budget.check()
    nodes = select_content(root, ruthless=ruthless, headline=headline, base=base)
    if not nodes:
        return [], []
    cleaner = _cleaner()
    for node in nodes:
        budget.check()
        cleaner(node)
    budget.check()
    return walk(nodes, base)


WEAK_SHARE = 0.05
"""A first pass keeping less than this share of the page's visible text is weak: a second opinion is taken.

Measured on the development sets: at 0.2 the second opinion cost the trafilatura
set 0.004 of its snippet scores; at 0.05 no set lost and wceb gained 0.002 F1."""


LD_BODY_SHARE = 5
"""The page's own text is a teaser when the JSON-LD articleBody is this many times longer."""


def _from_ld_body(kept: int, ld_body: str) -> bool:
    """Whether the JSON-LD articleBody replaces the text read from the page (kept characters of it).

    General pattern: pages rendered by script carry the story in their JSON-LD
    and show in the served HTML only what the server renders: nothing, or an
    author card, a teaser, a consent notice. The articleBody is taken when the
    page gave no article text, or when it is LD_BODY_SHARE times longer than
    what the page gave (a page's text that is the story is about as long as
    its articleBody, or longer with its subheads and lists).
    """
    if len(ld_body) < MIN_ARTICLE_CHARS:
        return False
    return kept < MIN_ARTICLE_CHARS or LD_BODY_SHARE * kept < len(ld_body)


def _body_text(root: HtmlElement) -> str:
    """The body's text, scripts and whitespace included: its length bounds the visible text from above.

    One pass of the tree; the tighter bounds (`_collapsed_chars`, then the exact
    `_visible_from`) are only read when the first pass keeps under WEAK_SHARE of
    this one, which few pages do.
    """
    body = root.find("body")
    return "" if body is None else all_text(body)


_UNSEEN = ("script", "style", "noscript", "template")
"""Elements whose text the page does not show."""

EARLY_UNSEEN_CHARS = 50_000
"""Body text (scripts included) above which the unseen texts are read from the first tree, before pruning.

Modern news pages carry most of their body text in inline scripts, and their first
pass keeps under WEAK_SHARE of it: of the dev pages with over 60,000 characters,
17 of 28 (mozilla), 37 of 52 (fundus), 62 of 102 (trafilatura's set). The exact
visible count then cost them a second parse; reading the unseen texts first costs
one pass over the elements, a small part of a parse. Smaller pages (the median
page among them) rarely need the count and keep the parse for the few that do."""


def _unseen_texts(root: HtmlElement) -> list[str]:
    """The texts of the body's scripts, styles, noscripts and templates (one in another counts twice)."""
    body = root.find("body")
    return [] if body is None else [all_text(el) for el in body.iter(*_UNSEEN)]


def _collapsed_chars(text: str) -> int:
    """Characters of text with its whitespace runs counted as one and its ends stripped."""
    return len(" ".join(text.split()))


def _visible_from(body_chars: int, unseen: list[str]) -> int:
    """Characters of the visible text: the body's (`_collapsed_chars`) less its unseen texts'."""
    return max(body_chars - sum(_collapsed_chars(text) for text in unseen), 0)


def _visible_chars(root: HtmlElement) -> int:
    """Characters of the page's visible text (whitespace runs count as one), before pruning."""
    return _visible_from(_collapsed_chars(_body_text(root)), _unseen_texts(root))


def _weak(blocks: list[Block], visible: int) -> bool:
    """The first pass kept under WEAK_SHARE of the page's visible text.

    General pattern: when the story's container was dropped for its class
    name, or lost to a short block (a teaser, a caption, one fragment), the
    text kept is small next to what the page shows. (A short first pass alone
    is no sign: brief stories are short; measured, taking a second opinion on
    every page under 500 characters made the Mozilla set worse.) The second
    opinion is taken only when it keeps more text.
    """
    return _text_chars(blocks) < WEAK_SHARE * visible


_FIRST_KEPT = 0.5
"""Share of a real first pass's words that a second opinion must hold to replace it."""
_WORD = re.compile(r"\w+")


def _keeps_first(first: list[Block], second: list[Block]) -> bool:
    """The second opinion reads the same story as a first pass that kept real text, only more of it.

    General pattern: the second opinion leaves furniture named by class in, so
    on a page whose story is short next to a consent dialog, a cookie notice
    or a login box (all visible text), it may pick that box: longer, but
    another block. A first pass of MIN_TEXT_CHARS or more is replaced only by
    a second opinion holding _FIRST_KEPT of its distinct words (a wider read
    of the same story); a shorter first pass kept no story to lose.
    """
    if _text_chars(first) < MIN_TEXT_CHARS:
        return True
    mine = {w.lower() for b in first if b.kind != "heading" for w in _WORD.findall(b.text)}
    theirs = {w.lower() for b in second if b.kind != "heading" for w in _WORD.findall(b.text)}
    return len(mine & theirs) >= _FIRST_KEPT * len(mine)


def _text_chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks if b.kind != "heading")


_TEASER_TEXT = 250
"""Text under a linked heading, up to the next heading, below which the heading reads as a teaser."""


def _is_link_list(blocks: list[Block]) -> bool:
    """A section front or link list: linked teaser headlines, or text that is mostly links."""
    chars = _text_chars(blocks) or 1
    link_chars = sum(b.link_chars for b in blocks if b.kind != "heading")
    return _teaser_front(blocks) or link_chars / chars > 0.6


def _teaser_front(blocks: list[Block]) -> bool:
    """A section front: the 'paragraphs' are mostly linked teaser headlines.

    A linked heading with a section's worth of text under it (_TEASER_TEXT) is
    a list article's entry title ('3. Acme Tools', linked to the maker), not a teaser.
    """
    headings = [b for b in blocks if b.kind == "heading"]
    linked = [
        b for i, b in enumerate(blocks) if b.kind == "heading" and b.link_density >= 0.6 and _teaser_at(blocks, i)
    ]
    return len(linked) >= 3 and len(linked) * 2 >= len(headings)


def _teaser_at(blocks: list[Block], index: int) -> bool:
    """The heading at index has under _TEASER_TEXT characters of text under it."""
    under = 0
    for block in blocks[index + 1 :]:
        if block.kind == "heading":
            break
        under += len(block.text)
        if under >= _TEASER_TEXT:
            return False
    return True


_TIME_LABEL = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:\s?(?:[A-Z]{2,4}|GMT[+-]\d{1,2}))?\s*$",
    re.IGNORECASE,
)
"""A paragraph that is only a clock time ("10:45", "9.30am", "14:05 GMT"): a live-blog entry's stamp."""


def build_sections(blocks: list[Block]) -> list[Section]:
    """Split blocks at headings; the text before the first heading has heading None."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    kinds: list[Any] = []
    for block in blocks:
        if block.kind == "heading":
            stamp = None
            if paragraphs and kinds[-1] == "p" and _TIME_LABEL.match(paragraphs[-1]):
                # A live blog's entry opens with its time, then its heading: the time is
                # that entry's, not the end of the one before.
                stamp = paragraphs.pop()
                kinds.pop()
            if paragraphs or heading is not None:
                sections.append(Section(heading, paragraphs, kinds))
            heading, paragraphs, kinds = (f"{stamp} · {block.text}" if stamp else block.text), [], []
        else:
            paragraphs.append(block.text)
            kinds.append(block.kind)
    if paragraphs or heading is not None:
        sections.append(Section(heading, paragraphs, kinds))
    return sections


def settle_headings(sections: list[Section], headline: str) -> tuple[list[Section], str | None]:
    """Leave no heading without text under it where a reader would see a gap; return the dek.

    Headings before the story's first paragraph are a dek or kicker, not a
    section: the first that is not the headline is returned as the dek (the
    caller makes it the lead, or the opening paragraph when the page has a
    description), the rest go. Headings after the last
    paragraph ("Related", "Share this") are furniture. An empty heading
    between two sections stays: it heads the part below it.
    """
    first = next((i for i, s in enumerate(sections) if s.paragraphs), None)
    if first is None:
        return sections, None
    last = max(i for i, s in enumerate(sections) if s.paragraphs)
    deks = (s.heading for s in sections[:first] if s.heading and comparable(s.heading) != comparable(headline))
    return sections[first : last + 1], next(deks, None)


def _opening(sections: list[Section], text: str) -> list[Section]:
    """sections with text as the first paragraph, ahead of any heading."""
    first = sections[0]
    if first.heading is None:
        kinds = ["p", *first.kinds] if first.kinds else []
        return [Section(None, [text, *first.paragraphs], kinds), *sections[1:]]
    return [Section(None, [text], []), *sections]


def quotes_for(sections: list[Section]) -> list[Quote]:
    """Run find_quotes over all paragraphs and place each quote by section and paragraph."""
    flat: list[str] = []
    where: list[tuple[int, int]] = []
    for s_index, section in enumerate(sections):
        for p_index, paragraph in enumerate(section.paragraphs):
            flat.append(paragraph)
            where.append((s_index, p_index))
    if not flat:
        return []
    # The quote finder costs ~20 µs a paragraph; no story has this many, an absurd page may.
    del flat[MAX_QUOTE_PARAGRAPHS:]
    try:
        from newstui.extract.quotes import find_quotes
    except ModuleNotFoundError as error:  # the quote finder is optional while it is being written
        if error.name != "newstui.extract.quotes":
            raise
        return []
    from newstui.extract import budget

    try:
        # The finder checks the CPU budget as it goes: a page's (the sooner deadline is kept),
        # or a budget of its own for a feed entry's text, which has no page around it.
        with budget.deadline():
            found = find_quotes(flat)
    except (ExtractError, RecursionError):
        # Out of time, or a paragraph of a thousand unclosed quotes nested the span scan too
        # deep: the article is the product, so it is kept without its quotes.
        return []
    placed: list[Quote] = []
    for quote in found:
        index = min(max(quote.paragraph, 0), len(where) - 1)
        s_index, p_index = where[index]
        placed.append(Quote(text=quote.text, speaker=quote.speaker, section=s_index, paragraph=p_index))
    return placed


def extract_article(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> Article:
    """Extract the article from a web page.

    Args:
        html: the page, as text or as the bytes fetched (the charset comes from
            a BOM or <meta>, else `charset`, with sane fallbacks: see
            `decode.decode_html`). Input beyond 5 MB or 100,000 tags is cut; a page
            too large or complex to extract in about 1.5 s is refused.
        url: where the page came from; relative links and images are resolved
            against it (else against the page's canonical URL).
        charset: the charset the page's transport named (HTTP's Content-Type
            charset parameter), for bytes whose page declares none.

    Returns:
        The Article, with source='page'.

    Raises:
        ExtractError: empty or binary input, unparseable HTML, or no article text.
    """
    from newstui.extract import budget

    text = budget.cap_tags(to_text(html, charset))
    try:
        with budget.deadline():
            return _extract(text, url)
    except RecursionError:
        # Each step bounds its own depth; this is the net for one that does not.
        raise budget.too_complex("nested too deeply") from None


def _extract(text: str, url: str | None) -> Article:
    from newstui.extract import budget
    from newstui.extract.headline import choose_headline, drop_shown_headline
    from newstui.extract.meta import read_meta
    from newstui.extract.story_headline import confirmed_headline

    root = parse_html(text)
    budget.check_elements(int(root.xpath("count(//*)")))
    meta = read_meta(root, url)
    base = _base_url(root, url, meta.canonical)
    headline = choose_headline(meta, url or base)

    body_text = _body_text(root)
    # Read before pruning, on a big page only (see EARLY_UNSEEN_CHARS): None, a fresh parse tells.
    unseen = _unseen_texts(root) if len(body_text) > EARLY_UNSEEN_CHARS else None
    started = time.thread_time()
    blocks, images = _content_blocks(root, base, ruthless=True, headline=headline)
    budget.check()
    pass_cost = time.thread_time() - started
    if _text_chars(blocks) < MIN_TEXT_CHARS:
        # A second pass without dropping 'unlikely' elements. It needs a fresh tree.
        retry_blocks, retry_images = _content_blocks(parse_html(text), base, ruthless=False)
        if _text_chars(retry_blocks) > _text_chars(blocks):
            blocks, images = retry_blocks, retry_images
    if _text_chars(blocks) < MIN_TEXT_CHARS and "<noscript" in text.lower():
        # Pages rendered by script may keep the story in a <noscript> fallback.
        from lxml import etree

        fallback = parse_html(text)
        etree.strip_tags(fallback, "noscript")
        retry_blocks, retry_images = _content_blocks(fallback, base, ruthless=True)
        if _text_chars(retry_blocks) > _text_chars(blocks):
            blocks, images = retry_blocks, retry_images
    # On a huge page near the CPU budget a second opinion (one more pass) is skipped:
    # it would refuse a page whose story the first pass found.
    # Three bounds of the visible text, each dearer and tighter: the body's text, scripts and
    # all; that text with its whitespace collapsed (the unseen texts still in it); and the
    # visible text itself, its unseen texts read from a fresh tree unless read above.
    if _weak(blocks, len(body_text)) and _retry_fits(pass_cost) and _weak(blocks, shown := _collapsed_chars(body_text)):
        fresh = None
        if unseen is None:
            fresh = parse_html(text)
            unseen = _unseen_texts(fresh)
        if _weak(blocks, _visible_from(shown, unseen)):
            # Second opinion: the page read again with furniture named by class left in
            # (only scripts, styles and chrome tags go) and no 'unlikely' drop.
            tree = fresh if fresh is not None else parse_html(text)
            retry_blocks, retry_images = _content_blocks(tree, base, ruthless=False, light=True)
            if _text_chars(retry_blocks) > _text_chars(blocks) and _keeps_first(blocks, retry_blocks):
                blocks, images = retry_blocks, retry_images
    budget.check()
    headline = confirmed_headline(headline, meta, blocks, text)  # not a section name the story never mentions
    blocks = drop_shown_headline(blocks, headline)  # an h1 'Live: <headline>' above the text
    blocks = trim(blocks, headline, meta.byline)
    if meta.ld_body and _from_ld_body(_text_chars(blocks), meta.ld_body):
        # Pages rendered by script often still carry the text in their JSON-LD.
        blocks = [Block("p", t) for t in (norm(line) for line in meta.ld_body.splitlines()) if t]
        images = []
    linked_story = False
    kept = 0 if _is_link_list(blocks) else _text_chars(blocks)  # a link list is no article text
    if kept < MIN_TEXT_CHARS:
        # No text, too little, or mostly links: the page may hold a story made of links.
        story = _story_fallback(text, base, headline, meta.byline)
        if story is not None and _text_chars(story[0]) > 2 * kept:
            (blocks, images), linked_story = story, True
    if _text_chars(blocks) < MIN_ARTICLE_CHARS or (not linked_story and _is_link_list(blocks)):
        where = f" at {url}" if url else ""
        raise ExtractError(f"no article text found on the page{where}")

    if not headline:
        headline = next((b.text for b in blocks if b.kind == "heading"), "")
    sections, dek = settle_headings(build_sections(blocks), headline)
    lead = meta.standfirst or meta.description
    if lead and comparable(lead) == comparable(headline):
        lead = None
    if dek and lead is None:
        lead = dek
    elif dek and lead is not None and comparable(dek) != comparable(lead):
        # The page shows its own dek besides the description: keep it as the opening text.
        sections = _opening(sections, dek)
    budget.check()
    links = _links(blocks)
    canonical = meta.canonical if meta.canonical and re.match(r"^https?://", meta.canonical, re.I) else None
    return Article(
        headline=headline,
        byline=meta.byline,
        published=meta.published,
        sections=sections,
        quotes=quotes_for(sections),
        links=links,
        images=images,
        lead=lead,
        source="page",
        url=canonical or url,
    )


def _retry_fits(pass_cost: float) -> bool:
    """Whether one more content pass (about the first's cost, plus parsing and the rest) fits the CPU time left."""
    from newstui.extract import budget

    left = budget.left()
    return left is None or left > 2 * pass_cost + 0.1


def _story_fallback(
    text: str, base: str | None, headline: str, byline: str | None
) -> tuple[list[Block], list[Image]] | None:
    """The paragraphs of the page's marked story block, link text and all; None when there is none.

    General pattern: the pipeline answers "no article" when it keeps no text
    or text that is mostly links, which is right for section fronts and link
    lists but wrong for a story made of links (a deals roundup, a weekly list
    of links) inside the block the page marks as its one story
    (`content.story_block`: one <article> holding the headline's h1, or an
    itemprop=articleBody, with the author's own prose in it). That block is
    read again on a fresh tree, pruned as usual but not scored: its
    paragraphs are kept with their link text, and the furniture trim runs
    over them, except its rules for lines that are all link. A block whose
    headings are linked teasers (`_teaser_front`) is a front, not such a story.
    """
    from newstui.extract import budget
    from newstui.extract.content import story_block
    from newstui.extract.prune import prune
    from newstui.extract.walk import walk

    root = parse_html(text)
    prune(root)
    block = story_block(root, headline)
    if block is None:
        return None
    budget.check()
    _cleaner()(block)
    blocks, images = walk([block], base)
    blocks = trim(blocks, headline, byline, linked_story=True)
    if _text_chars(blocks) < MIN_TEXT_CHARS or _teaser_front(blocks):
        return None  # linked teaser headlines are a front's, however the page marks them
    return blocks, images


def _links(blocks: list[Block]) -> list[Link]:
    return [link for block in blocks for link in block.links]
