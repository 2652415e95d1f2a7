"""Strip scripts, styles, hidden elements and site furniture before content scoring.

Pruning first makes the tree the scorer walks much smaller (menus, comment
threads and recirculation blocks are often most of a page) and stops furniture
from winning or leaking into the article. Rules are deliberately conservative:
an element that holds the headline, an <article>, or most of the page's
paragraph text is never dropped for its class name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

from newstui.extract.budget import check
from newstui.extract.textutil import PAID_LINKS_LABEL

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Removed with their content wherever they are (tail text is kept).
KILL_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "button", "select", "input", "textarea", "nav", "aside", "footer", "dialog", "link", "meta",
    "audio", "video", "map", "title",
)  # fmt: skip
# Not "math": MathML is the readable text of a formula (MathJax and KaTeX keep it for
# screen readers next to an aria-hidden visual copy); walk.py reads it inline.
# Not "head": libxml2 leaves the whole page inside <head> when a body element
# comes before <body> on some old templates; its title/meta/script/style go above.
# <nav> and <aside> go with the landmark roles: dropped unless an unclosed one swallowed
# the story (or a theme put the story in an <aside>), i.e. it holds most of the page's
# paragraph text. <footer> stays in KILL_TAGS.
_LANDMARK_TAGS = frozenset(("nav", "aside"))
_BLOCKS = frozenset("div section ul ol li aside header footer nav form table dl p figure article".split())
# Furniture that is never the article: dropped unless it holds the headline or an <article>.
_STRONG = re.compile(
    r"(?:^|[\s_-])(?:"
    r"comments?(?!ary)\w*|disqus|respond|reply|"
    r"related\w*|recirc\w*|more-?(?:stories|news|articles|from)|most-?(?:popular|read|viewed|shared)|trending|"
    r"read-?next|also-?read|recommend\w*|you-?may-?like|outbrain|taboola|zergnet|"
    r"share\w*|sharing|social\w*|follow-?us|"
    r"newsletter\w*|signup|sign-up|"
    r"cookie\w*|consent|gdpr|"
    r"advert\w*|ads?|adslot\w*|adunit\w*|ad-\w+|dfp\w*|sponsor\w*|promo\w*|"
    r"breadcrumbs?|skip-?link\w*|screen-?reader-?text|sr-only|visually-?hidden|"
    r"popup|modal|overlay|tooltip|toolbar|print-?only"
    r")(?=$|[\s_-])",
    re.I,
)
# Strong words that scripts and themes also hang on the story's own wrapper (share
# buttons injected into it, ad slots placed between its paragraphs); never the
# words of comment threads or recirculation blocks.
# A newsletter's own archive page names its body 'newsletter-content' too.
_SOFT_STRONG = re.compile(
    r"^(?:share\w*|sharing|social\w*|advert\w*|ads?|ad-\w+|sponsor\w*|promo\w*|newsletter\w*)$", re.I
)
# Usually furniture, but page wrappers carry these words too: also kept when
# they hold most of the page's paragraph text.
_WEAK = re.compile(
    r"(?:^|[\s_-])(?:"
    r"menu\w*|nav|navbar|navigation|site-?nav\w*|masthead|site-?header|global-?header|top-?bar|"
    r"footer\w*|site-?footer|sidebar\w*|side-?bar|rail|right-?rail|widget\w*|"
    r"byline|dateline|post-?meta|entry-?meta|article-?meta|author-?(?:box|bio|info|card)|"
    r"tags?|tag-?list|topics|keywords|pagination|pager|post-?navigation|"
    r"banner|tools?|actions|utility|read-?more\w*|subscri\w*"
    r")(?=$|[\s_-])",
    re.I,
)
# State classes on page wrappers ('has-sidebar', 'with-comments', 'comments-enabled')
# describe the page, not the element: they never mark furniture.
_STATE_TOKEN = re.compile(
    r"^(?:has|with|no|show|hide|is|enable|disable)[-_]|[-_](?:enabled|disabled|open|active|on|off)$", re.I
)


# Utility-first CSS names each style it applies ('scroll-mt-8': the margin kept when the
# page scrolls to a heading's anchor, 'overflow-x-scroll', 'md:scroll-smooth'): such a
# token describes the layout, and its words ('scroll') name no furniture.
_UTILITY_TOKEN = re.compile(r"^(?:[\w\[\]-]+:)*(?:scroll-[mp][trblxyse]?-|scroll-(?:smooth|auto)$|overflow-|snap-)")


# Page builders wrap every block, text included, in a 'widget' ('elementor-widget-container');
# the word names the layout unit there, not a sidebar widget. What follows it still counts
# ('elementor-widget-share-buttons' is a share bar).
_BUILDER_WIDGET = re.compile(r"\belementor-widget(?:-wrap|-container)?\b", re.I)


# Blog engines name a post's categories and tags on its wrapper ('category-advertising',
# 'tag-social-media', Movable Type's 'entry-category-comments'): the post's topics, not the
# block's role. Read only beside a token the engine prints on a post's wrapper alone ('hentry',
# 'type-post', 'post-123'): themes call all kinds of boxes 'post' or 'entry' ('post tag-cloud').
_TAXONOMY_TOKEN = re.compile(r"^(?:entry-)?(?:category|tag|cat|topic)-[\w-]+$", re.I)
_POST_TOKEN = re.compile(r"^(?:hentry|h-entry|type-post|entry-type-post|status-publish|post-\d+)$", re.I)


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def state_free(features: str, *, modifiers: bool = False) -> str:
    """Class/id text without page-state tokens, blog taxonomy tokens and BEM modifiers.

    A BEM modifier ('section--ads', 'o-section--has-ads') names a variant of
    the block before the '--' (this section carries ad slots), not what the
    block is: only the block name counts ('c-related--row' is still related).
    With modifiers=True they stay (a modifier may still say 'node--article').
    A post's category and tag tokens ('category-advertising', 'tag-quotation',
    'entry-category-comments') go when the text also marks a post's wrapper
    ('hentry', 'type-post', 'post-6759', 'entry-type-post'): WordPress and
    Movable Type print each topic of the post there, so a post filed under
    advertising or tagged 'related' lost its whole text as an ad box or a
    related list. A bare 'post' or 'entry' marks no post: themes give it to
    tag clouds and comment boxes too ('post tag-cloud', 'entry
    category-comments').
    """
    if not features.strip():
        return ""
    if "elementor-widget" in features:
        features = _BUILDER_WIDGET.sub("elementor-block", features)
    tokens = features.split()
    if any(_POST_TOKEN.match(token) for token in tokens):
        tokens = [token for token in tokens if not _TAXONOMY_TOKEN.match(token)]
    if not modifiers:
        tokens = [token.split("--", 1)[0] if token.find("--") > 0 else token for token in tokens]
    return " ".join(token for token in tokens if not _STATE_TOKEN.search(token) and not _UTILITY_TOKEN.search(token))


def _id_name(value: str) -> str:
    """An id, unless it is a slug of a heading ('sharing-with-a-single-developer'), which names no furniture."""
    return "" if value.count("-") >= 3 else value


def class_features(el: HtmlElement) -> str:
    return state_free(f"{el.get('class', '')} {_id_name(el.get('id', ''))}")


# Utility classes that hide an element from every reader ('hidden', 'd-none', 'sr-only',
# 'visually-hidden', 'h-offscreen', 'hideCompletely'): whole tokens only, so a variant
# for one screen size ('md:hidden', 'hidden-xs', 'hide-on-mobile') or a BEM modifier
# ('field--label-hidden', whose element shows) is not one.
_HIDING_TOKEN = re.compile(
    r"^(?:hidden|hide|hideme|hidecompletely|is-hidden|u-hidden|u-hide-for-all|invisible|w-condition-invisible|d-none|"
    r"sr-only|visually-?hidden|o-visuallyhidden|screen-reader-(?:text|only)|a11y-hidden|h-offscreen|offscreen)$",
    re.I,
)
# A token that shows the element again from some screen size on ('md:block', 'd-lg-flex').
_SHOWN_AT = re.compile(
    r"^(?:[\w-]+:)+(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)$|"
    r"^d-\w+-(?:block|flex|inline|inline-block|grid|table)$"
)


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def hidden_by_class(classes: str) -> bool:
    """Class text that hides its element from sighted and screen readers alike, at every screen size.

    General pattern: CSS frameworks and site themes hide boxes with a utility
    class instead of a style attribute ('hidden', 'd-none', 'hideCompletely');
    screen-reader-only text ('sr-only', 'h-offscreen') is a label read out for
    a control or a box ('Expand box', 'End of further information'). The
    reader of the page never sees either. A class that shows the element again
    from some screen size on ('hidden md:block', 'd-none d-lg-flex') does not hide it,
    and `prune` spares the closed part of an accordion or a collapsible panel
    (`_openable`: FAQ answers the reader opens with a click).
    """
    tokens = classes.split()
    return any(_HIDING_TOKEN.match(token) for token in tokens) and not any(_SHOWN_AT.match(token) for token in tokens)


# Widgets that show their hidden part when the reader opens it: accordions (FAQ answers),
# collapsible and tabbed panels, 'read more' reveals.
_OPENABLE = re.compile(
    r"accordion|collaps|toggle|expand|faq|disclosure|reveal|spoiler|tab-?(?:panel|pane|content)", re.I
)


def openable_named(el: HtmlElement) -> bool:
    """el's class names an accordion, a collapsible or a tab panel."""
    return _OPENABLE.search(el.get("class", "")) is not None


def _openable(el: HtmlElement) -> bool:
    """The element or one of its two nearest ancestors is an accordion, a collapsible or a tab panel."""
    node: HtmlElement | None = el
    for _ in range(3):
        if node is None:
            return False
        if _OPENABLE.search(node.get("class", "")):
            return True
        node = node.getparent()
    return False


_PULL_QUOTE = re.compile(r"(?:^|[\s_-])pull-?quotes?(?=$|[\s_-])", re.I)
_WORD = re.compile(r"\w+")


_HIDING, _PULLING = 1, 2


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def _class_mark(classes: str) -> int:
    """What a class attribute says to prune before any furniture word: _HIDING, _PULLING (a pull quote) or 0."""
    if hidden_by_class(classes):
        return _HIDING
    return _PULLING if "ull" in classes and _PULL_QUOTE.search(classes) else 0


def _pairs(text: str) -> Counter[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return Counter(zip(words, words[1:], strict=False))


def _repeated_pull_quotes(root: HtmlElement, quotes: list[HtmlElement]) -> list[HtmlElement]:
    """The pull quotes whose words the story prints too: most (60%) of their word pairs occur elsewhere.

    General pattern: a pull quote repeats a sentence of the story in large type,
    with its speaker's name and job line under it; the reader reads the sentence
    twice. A box named 'pullquote' whose words the page prints nowhere else is
    the only place of that text (a quotation set apart) and stays.
    """
    page = _pairs(root.text_content())
    repeated = []
    for quote in quotes:
        own = _pairs(quote.text_content())
        elsewhere = sum(1 for pair, count in own.items() if page[pair] > count)
        if len(own) >= 3 and elsewhere >= 0.6 * len(own):
            repeated.append(quote)
    return repeated


_ROLES = frozenset("navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar".split())
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
_KEEP_MARKERS = ".//h1 | .//article | .//main | .//*[@itemprop='articleBody']"


def _p_text(el: HtmlElement) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


# Class/id names of an article's own text container ('story-body', 'content_text', 'entry-content').
_BODY_NAME = re.compile(
    r"(?:^|[\s_-])(?:(?:article|story|entry|post|news|main)[-_]?(?:body|content|text)|content[-_]?(?:text|body)|"
    r"articlebody|storybody|bodytext|body-?text)(?=$|[\s_-])",
    re.I,
)


def _holds_body(el: HtmlElement) -> bool:
    """A block named like furniture ('content_byline') that wraps the article's text container."""
    for child in el.iter():
        if child is not el and isinstance(child.tag, str):
            features = f"{child.get('class', '')} {child.get('id', '')}"
            if len(features) > 5 and _BODY_NAME.search(features) and len(child.text_content()) > 500:
                return True
    return False


def _link_chars(el: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


# Controls and players whose markup, left open, can swallow the page: libxml2 nests what follows
# an unclosed <button> or <video> inside it.
_SWALLOWERS = ("button", "select", "map", "object", "canvas", "audio", "video")


def _unwrap_swallowers(root: HtmlElement) -> None:
    """A control or player element that holds the story is a parse accident: it becomes a plain <div>.

    General pattern: an unclosed <button> (a menu toggle in the site header) or
    <video> makes libxml2 nest the rest of the page, <main> and the article
    included, inside it; dropping it with its content drops the story. One that
    holds a <main> or <article>, or most of the page's paragraph text, is kept.
    """
    suspects = [el for el in root.iter(*_SWALLOWERS) if el.find(".//p") is not None]
    if not suspects:
        return
    everything = _p_text(root)
    for el in suspects:
        if el.xpath(".//main | .//article") or _p_text(el) > 0.6 * everything:
            el.tag = "div"


_PANEL_PROSE = 80
"""Characters of text, under a third of it links, that make a disclosure's panel part of the story."""
_TITLE_CHARS = 200
"""A disclosure button's title is a question or a heading: longer text is no title."""


def open_disclosures(root: HtmlElement) -> None:
    """An accordion's or a tab's closed panel of prose is shown, and its button's title kept as a heading.

    General pattern: FAQ and explainer pages set each question as a
    <button aria-expanded aria-controls="id"> (a disclosure widget), its
    answer in the element of that id, hidden until the reader opens it
    ('hidden', aria-hidden, 'height:0;overflow:hidden'); <button> is chrome
    (KILL_TAGS) and the answer reads as hidden, so both were lost. A button
    with aria-controls or aria-expanded, holding a title of two words or
    more and under _TITLE_CHARS characters, whose panel (the element it
    names, else the element after it) holds _PANEL_PROSE characters of text
    with under a third in links, becomes a heading (or a plain block around
    a heading it holds), and the panel is shown. A menu toggle's panel is
    links, and stays as it was.
    """
    buttons = [b for b in root.iter("button") if b.get("aria-controls") or b.get("aria-expanded")]
    if not buttons:
        return
    by_id: dict[str, HtmlElement] | None = None
    for button in buttons:
        title = " ".join(button.text_content().split())
        if len(title.split()) < 2 or len(title) > _TITLE_CHARS:
            continue
        panel = None
        parent = button.getparent()
        name = (button.get("aria-controls") or "").split()
        if name:
            if by_id is None:
                by_id = {str(el.get("id")): el for el in root.xpath("//*[@id]")}
            panel = by_id.get(name[0])
        if panel is None:
            # The panel follows the button, or the heading the button sits in.
            holder = parent if parent is not None and parent.tag in _HEADING_TAGS else button
            panel = holder.getnext()
        if panel is None or not isinstance(panel.tag, str) or any(a is panel for a in button.iterancestors()):
            continue
        text = len(" ".join(panel.text_content().split()))
        if text < _PANEL_PROSE or _link_chars(panel) >= text / 3:
            continue
        if button.find(".//h2") is not None or button.find(".//h3") is not None or button.find(".//h4") is not None:
            button.tag = "div"
        elif parent is not None and parent.tag in _HEADING_TAGS:
            button.tag = "span"
        else:
            button.tag = "h3"
        for el in panel.iter():
            if isinstance(el.tag, str):
                _show(el)


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _show(el: HtmlElement) -> None:
    """Take off what hides el: the hidden attribute, aria-hidden, a hiding style or class."""
    attrib = el.attrib
    attrib.pop("hidden", None)
    if attrib.get("aria-hidden") == "true":
        del attrib["aria-hidden"]
    if "style" in attrib:
        del attrib["style"]
    classes = attrib.get("class")
    if classes and hidden_by_class(classes):
        attrib["class"] = " ".join(token for token in classes.split() if not _HIDING_TOKEN.match(token))


_SEGMENT_ID = re.compile(r"^S:([0-9a-f]+)$")
_PLACEHOLDER_ID = re.compile(r"^[BP]:[0-9a-f]+$")
_STREAM_CALL = re.compile(r'\$R([CS])\("([BPS]:[0-9a-f]+)","([BPS]:[0-9a-f]+)"')
"""React's inline calls that move a streamed part: $RC("B:x","S:y") fills boundary x, $RS("S:y","P:y") a segment."""


def _stream_targets(root: HtmlElement) -> dict[str, str]:
    """The placeholder each streamed part goes to, read from React's inline calls ({'S:9': 'P:9'})."""
    targets: dict[str, str] = {}
    for script in root.iter("script"):
        text = script.text or ""
        if "$R" not in text:
            continue
        for kind, first, second in _STREAM_CALL.findall(text):
            if kind == "C":
                targets[second] = first
            else:
                targets[first] = second
    return targets


def place_streamed_segments(root: HtmlElement) -> None:
    """A streamed part of a server-rendered page goes where its placeholder is, shown.

    General pattern: React's streaming renderer sends a part that was slow to
    render (often the story's body) later in the document, as a hidden
    <div id="S:n">, with a script that moves its content into an empty
    placeholder left at its place: a boundary's <template id="B:n"> ($RC) or a
    segment's <template id="P:n"> ($RS, Next.js pages stream each part of a
    story so); browsers show the part there. Without running the script the
    part reads as hidden and the story is cut. A hidden segment goes to the
    placeholder the page's own calls name, else to the boundary of its number;
    one without a placeholder on the page stays hidden.
    """
    holders: dict[str, HtmlElement] = {}
    for template in root.iter("template"):
        name = template.get("id") or ""
        if _PLACEHOLDER_ID.match(name):
            holders[name] = template
    if not holders:
        return
    targets = _stream_targets(root)
    segments = [el for el in root.iter("div") if "hidden" in el.attrib and _SEGMENT_ID.match(el.get("id") or "")]
    for segment in segments:  # in document order: a segment may carry the placeholder of a later one
        name = segment.get("id") or ""
        holder = holders.pop(targets.get(name, "B:" + name[2:]), None)
        parent = holder.getparent() if holder is not None else None
        if holder is None or parent is None or any(a is segment for a in holder.iterancestors()):
            continue
        segment.drop_tree()  # its tail stays where it was
        segment.tail = holder.tail
        holder.tail = None
        parent.replace(holder, segment)
        del segment.attrib["hidden"]
        del segment.attrib["id"]
        segment.drop_tag()  # the content takes the placeholder's place, as the script puts it


def layout_widget(el: HtmlElement, features: str) -> bool:
    """A page builder's 'widget' block of prose inside the story's <main> or <article>.

    General pattern: page builders (HubSpot modules, SiteOrigin panels, product
    cards) name every layout unit of a page a 'widget', text blocks included;
    the word names a sidebar gadget only outside the page's main frame. Such a
    block is kept when all its furniture words are 'widget' words, it sits in a
    <main> or <article> or in a row of blocks of its own kind that hold the
    story's paragraphs (a page with no such frame sets its story as a run of text
    widgets), and it reads as text: a paragraph of 80 characters or more, and
    under a fifth of its text in links.
    """
    words = [word.strip(" _-").lower() for word in _WEAK.findall(features)]
    if not words or not all(word.startswith("widget") for word in words):
        return False
    if not el.xpath("ancestor::main | ancestor::article") and not _text_row(el):
        return False
    if not any(len(" ".join(p.text_content().split())) >= 80 for p in el.iter("p")):
        return False
    return _link_chars(el) < 0.2 * len(el.text_content())


_ROW_REACH = 4
"""How many siblings on each side _text_row reads for a twin."""


Signature = tuple[str, frozenset[str]]


def class_signature(el: HtmlElement) -> Signature:
    """An element's kind as a template sets it: its tag and its set of classes."""
    return el.tag, frozenset((el.get("class") or "").split())


def _text_row(el: HtmlElement) -> bool:
    """el is one of a row of blocks of its kind (same tag and classes) of which another, among
    its nearest siblings, holds over 500 characters of paragraphs: the story set as a run of
    text modules. Only the nearest siblings are read, so a page of thousands stays linear."""
    if el.getparent() is None:
        return False
    kind = class_signature(el)
    for preceding in (True, False):
        for k in islice(el.itersiblings(preceding=preceding), _ROW_REACH):
            if class_signature(k) == kind and _p_text(k) > 500:
                return True
    return False


_THREAD_WORD = re.compile(r"^(?:comments?\w*|disqus|respond|reply)$", re.I)


def _story_named_as_furniture(el: HtmlElement, strong: list[str], total: int) -> bool:
    """The story's own text block inside its <article>/<main>, named with a furniture word by a script hook.

    General pattern: scripts hang behaviour classes on the body itself
    ('js-truncate-related-to-my-size', 'recommend-tracking'); a block inside
    the page's <article> or <main> that holds most (60%) of the page's
    paragraph text, with few links, is the story whatever its class says.
    Comment threads are never taken so: under a short story they can hold
    most of the text.
    """
    if any(_THREAD_WORD.match(word.strip(" _-")) for word in strong):
        return False
    if _p_text(el) <= 0.6 * total or not el.xpath("ancestor::article | ancestor::main"):
        return False
    return _link_chars(el) < 0.2 * len(el.text_content())


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def _furniture_named(raw: str) -> bool:
    """Class/id text (page-state tokens aside) holding a _STRONG or _WEAK furniture word."""
    if len(raw) < 4 or not (_STRONG.search(raw) or _WEAK.search(raw)):
        return False
    features = state_free(raw)
    return bool(_STRONG.search(features) or _WEAK.search(features))


# A heading that labels a box of paid links ('Sponsored Links', 'Advertisements', 'Ads by
# Google', 'Anzeigen'). Not a bare 'Ad'/'Ads' nor 'Sponsored': those may title a story's section.
AD_HEADING = re.compile(rf"^(?:advertisements?|advertising|{PAID_LINKS_LABEL})\s*:?$", re.IGNORECASE)
_AD_BOX_CHARS = 1200
"""Characters of a box under an ad heading beyond which it holds more than ads (the story's own section)."""
_AD_LABEL_CHARS = 40
_AD_BOXES_READ = 100
"""Boxes under ad headings read at most on one page (a page has a few; more is a hostile page)."""
_AD_LINKS = 2
"""Links a box under an ad heading holds at least: its ads (a story's slot label stands over prose)."""


def _ad_boxes(root: HtmlElement) -> list[HtmlElement]:
    """Boxes of paid links headed by an ad label: the heading's parent, when short.

    General pattern: templates set a box of text ads inside or beside the story
    under a heading of its own ('<div><h3>Sponsored Links</h3><ul><li><h4><a>
    Ad title</a></h4>Blurb…</li>…</ul></div>'); its class names nothing the
    furniture words know (or camel case hides them: 'YahooAds'), the linked ad
    titles went as linked headings and the blurbs read as the story's text. A
    box of under _AD_BOX_CHARS characters whose heading is such a label goes
    whole when the heading comes first in it and _AD_LINKS links or more open
    their lines (ad titles; a story's section headed 'Advertising' links words
    inside its sentences); never the body, an article or main frame, nor a box
    holding the h1 (a short story with an 'Advertisement' label set as a heading
    in its body).
    """
    boxes: list[HtmlElement] = []
    read = 0
    for heading in root.iter("h2", "h3", "h4", "h5", "h6"):
        check()
        text = " ".join(heading.text_content().split())
        if len(text) > _AD_LABEL_CHARS or not AD_HEADING.match(text):
            continue
        box = heading.getparent()
        if box is None or box.tag in ("body", "html", "article", "main"):
            continue
        # The label titles the box (its first element), the box is short, and it holds ads: links opening lines.
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if first is not heading:
            continue
        read += 1
        if read > _AD_BOXES_READ:
            break  # a page of ad-headed boxes nested in one another: each would read those inside it
        if not _text_at_most(box, _AD_BOX_CHARS) or box.find(".//h1") is not None:
            continue
        if _line_opening_links(box, _AD_LINKS) >= _AD_LINKS:
            boxes.append(box)
    return boxes


_LINE_TAGS = frozenset("div section ul ol li p dl dt dd table tr td th h1 h2 h3 h4 h5 h6 br header".split())
"""Tags that start a new line of text: an ad's title link opens one."""


def _line_opening_links(box: HtmlElement, enough: int) -> int:
    """Links in `box` with no text before them on their line, counted up to `enough`.

    A box of text ads opens each ad's line with its linked title (or its linked
    address); a story's section links words inside its sentences.
    """
    from lxml import etree

    count = 0
    line_empty = True
    for event, el in etree.iterwalk(box, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _LINE_TAGS:
            line_empty = True
        if event == "start":
            if el.tag == "a" and el.get("href") and line_empty and el.text_content().strip():
                count += 1
                if count >= enough:
                    break
            if el.text and el.text.strip():
                line_empty = False
        elif el is not box and el.tail and el.tail.strip():
            line_empty = False
    return count


def _text_at_most(box: HtmlElement, limit: int) -> bool:
    """Whether the box's text (spaces folded) is at most `limit` characters; stops reading once past it."""
    total = 0
    for piece in box.itertext():
        total += len(" ".join(piece.split()))  # the folded whole is never shorter than its folded pieces
        if total > limit:
            return False
    return len(" ".join(box.text_content().split())) <= limit


# Furniture words that also name a part of a list's or table's own layout ('table-header',
# 'list-footer', 'table-tools'): its look, where 'sidebar', 'rail', 'widget', 'menu' say where it sits.
_PART_WORD = re.compile(r"^(?:header|foot(?:er)?\w*|tools?)$", re.I)


def amounts_styled_by_part(el: HtmlElement, words: list[str]) -> bool:
    """A list or table of amounts (scoring.amount_list) whose furniture words (words) all name a part of its layout.

    General pattern: recipe and kit templates name a list by its look
    ('ingredients table-header': a table with a header row; 'materials
    list-footer', 'kit table-tools'), and the story's ingredients went with the
    page's header, footer and tool bars before the scorer saw them. A list of
    offers or specs in a box named for its place or role ('sidebar-offers',
    'rail', 'widget-deals', 'menu') is still furniture, however many amounts
    it lists. Read by this module's pruning (weak words) and by
    content.remove_unlikely_candidates (its furniture words).
    """
    from newstui.extract.scoring import amount_list  # scoring imports this module

    if el.tag not in ("ul", "ol", "table"):
        return False
    return bool(words) and all(_PART_WORD.match(word) for word in words) and amount_list(el)


def prune(root: HtmlElement, *, light: bool = False) -> None:
    """Remove scripts, styles, hidden parts and furniture from the tree in place.

    light=True removes only the KILL_TAGS (scripts, styles, forms controls,
    nav/aside/footer…): the second opinion on a weak page, where a class-name
    rule may have dropped the story.
    """
    from lxml import etree

    _unwrap_swallowers(root)
    place_streamed_segments(root)
    open_disclosures(root)
    if light:
        etree.strip_elements(root, *KILL_TAGS, with_tail=False)
        return
    etree.strip_elements(root, *(tag for tag in KILL_TAGS if tag not in _LANDMARK_TAGS), with_tail=False)
    # A <nav>/<aside> holding most of the page's paragraph text is the story's box (or an
    # unclosed one swallowed it): it becomes a plain <div>; all others go, in one C pass.
    everything = _p_text(root)
    stripped = 0  # paragraph text of the outermost landmarks that go
    for el in list(root.iter(*_LANDMARK_TAGS)):
        text = _p_text(el)
        if text > 0.6 * everything and _link_chars(el) < 0.3 * len(el.text_content()):
            el.tag = "div"
        elif not any(a.tag in _LANDMARK_TAGS for a in el.iterancestors()):
            stripped += text
    etree.strip_elements(root, *_LANDMARK_TAGS, with_tail=False)
    # Comments and processing instructions were dropped by the parser.
    for box in _ad_boxes(root):
        if box.getparent() is not None:
            box.drop_tree()

    total = max(everything - stripped, 1)
    all_text = 0  # the page's whole text, measured only if a <form> needs it
    doomed: list[HtmlElement] = []
    hard: set[HtmlElement] = set()  # hidden: no text-share reprieve
    roled: set[HtmlElement] = set()  # a landmark role: kept only when it holds most of the story
    pulls: list[HtmlElement] = []  # pull quotes: dropped when the story prints their words too
    for count, el in enumerate(root.iter(etree.Element)):
        if not count % 1024:
            check()
        tag = el.tag
        if not isinstance(tag, str):
            continue
        attrib = el.attrib
        if not attrib:
            continue
        if "hidden" in attrib or attrib.get("aria-hidden") == "true" and tag in ("div", "section", "ul", "span"):
            doomed.append(el)
            hard.add(el)
            continue
        style = attrib.get("style")
        if style and _HIDDEN_STYLE.search(style):
            doomed.append(el)
            hard.add(el)
            continue
        classes = attrib.get("class")
        mark = _class_mark(classes) if classes else 0
        if mark == _HIDING and not _openable(el):
            doomed.append(el)  # not `hard`: a story block hidden behind a 'Read more' toggle may stay
            continue
        role = attrib.get("role")
        if role and role.lower() in _ROLES:
            doomed.append(el)
            roled.add(el)
            continue
        if tag == "form":
            doomed.append(el)
            continue
        if mark == _PULLING and tag in ("div", "blockquote", "figure", "section", "p"):
            pulls.append(el)
            continue
        if tag not in _BLOCKS:
            continue
        raw = f"{attrib.get('class', '')} {_id_name(attrib.get('id', ''))}"
        if _furniture_named(raw):
            doomed.append(el)
    if pulls:
        # Outermost only; they go with the other doomed blocks (never one holding the h1).
        pulled = set(pulls)
        outer = [el for el in pulls if not any(a in pulled for a in el.iterancestors())]
        doomed.extend(_repeated_pull_quotes(root, outer))
    if not doomed:
        return
    dropped: set[HtmlElement] = set()
    for el in doomed:
        check()
        if any(a in dropped for a in el.iterancestors()):
            continue
        if el.tag in ("html", "body", "article", "main") or el.get("itemprop") == "articleBody":
            continue
        if el.xpath(_KEEP_MARKERS):
            continue
        if el in roled:
            # A role="complementary"/"banner" block holding most of the page's paragraph text
            # is a mislabelled wrapper (or a header left unclosed), not furniture. Dialogs
            # (pop-ups with a long text of their own) never are the story.
            holds_story = _p_text(el) > 0.6 * total and _link_chars(el) < 0.3 * len(el.text_content())
            if "dialog" not in el.get("role", "").lower() and holds_story:
                continue
            dropped.add(el)
            continue
        features = class_features(el)
        if _BODY_NAME.search(features) and _p_text(el) > 0.5 * total and not el.get("role"):
            continue  # the story's own container ('entry-content print-only'), whatever else it is called
        strong = _STRONG.findall(features)
        if strong and all(_SOFT_STRONG.match(word.strip(" _-")) for word in strong) and _p_text(el) > 0.5 * total:
            # Share/ad hooks on the story's own wrapper ('entry share', 'js-dynamic-advertorial'):
            # a block holding most of the page's paragraph text, with few links, is the story.
            text = len(el.text_content())
            if _link_chars(el) < 0.3 * text:
                continue
        if strong and el not in hard and _story_named_as_furniture(el, strong, total):
            continue
        weak_only = el not in hard and (el.tag == "form" or not strong)
        if weak_only and _p_text(el) > 0.4 * total:
            continue
        if weak_only and _holds_body(el):
            continue
        if weak_only and el.tag != "form" and layout_widget(el, features):
            continue
        if weak_only and amounts_styled_by_part(el, [word.strip(" _-") for word in _WEAK.findall(features)]):
            continue
        if el.tag == "form" or weak_only:
            # ASP.NET pages wrap the whole page in one <form>; old templates keep the story as
            # <br>-separated text in a wrapper named like furniture ('content_byline'). Such a
            # block holds most of the page's text and little of it is links.
            all_text = all_text or len(root.text_content()) or 1
            text = len(el.text_content())
            if text > 0.4 * all_text and (el.tag == "form" or _link_chars(el) < 0.3 * text):
                continue
            if el.tag == "form" and text >= 800 and _link_chars(el) < 0.2 * text:
                continue  # a form around the story (print/e-mail tools), not a comment box
        dropped.add(el)
    for el in dropped:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
