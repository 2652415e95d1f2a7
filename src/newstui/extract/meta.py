"""What the page says about itself: titles, site name, byline, date, lead, canonical URL.

Read from <meta>, JSON-LD and a few well-known elements before the tree is pruned.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, parse_qsl, unquote, urljoin, urlsplit

from newstui.extract.scoring import all_text
from newstui.extract.textutil import comparable, norm

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable

    from lxml.html import HtmlElement

# A kicker, section label or topic line set inside the h1 above the headline
# ('<span class="kicker">Tunisia</span>', '<div class="entry-section">Local News | </div>').
# The part's name may be run into the word for the story ('articleoverline', 'storyheadline').
_PART_OWNER = r"(?:^|[\s_-])(?:article|story|post|entry|news|page|content)?"
_KICKER = re.compile(
    _PART_OWNER
    + r"(?:\w*kicker\w*|sub-?headline|overline|high-?line|top-?line|top-?title|eyebrow|roofline|dachzeile|label|flag|"
    r"(?:entry|article|story|post)-?(?:section|category|rubric)|section|category|rubric|supertitle|pre-?title|strap-?line|"
    # a subtitle set in the h1 after the headline, and text for screen readers only
    r"sub-?title|sub-?line|sub-?heading|dek|element-invisible|sr-only|screen-?reader-?text|visually-?hidden|"
    # a field label set before the headline ('<span class="descriptor">Title:</span>')
    r"descriptor|field-?label)(?=$|[\s_-])",
    re.I,
)
# A part in small print by its class, like a <small> ('<span class="h1small">Topic</span>').
_SMALL_PRINT = re.compile(_PART_OWNER + r"(?:h[1-6]-?)?small(?=$|[\s_])", re.I)
_HEADLINE_PART = re.compile(_PART_OWNER + r"(?:headline|title)(?=$|[\s_-])", re.I)


# Elements whose text is not the heading's words: code (CSS-in-JS templates put <style> blocks
# inside headings) and ruby readings (<rt>, <rp>): the pronunciation printed over each word
# of a Japanese or Chinese heading, which would otherwise be read twice, run into it.
_CODE_TAGS = frozenset(("style", "script", "template", "rt", "rp"))


def _part_text(el: HtmlElement, skip: set[HtmlElement]) -> str:
    """el's text without the `skip` subtrees and <style>/<script> code; a <br> is a space."""
    out: list[str] = []

    def visit(node: HtmlElement) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child not in skip and child.tag not in _CODE_TAGS:
                if child.tag == "br":
                    out.append(" ")
                visit(child)
            elif child in skip:
                out.append(" ")  # the words either side of a dropped kicker are not one word
            if child.tail:
                out.append(child.tail)

    visit(el)
    return "".join(out)


def _names_of(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('itemprop', '')} {el.get('data-test-id', '')}"


# A heading part holding nothing but a separator: ' – ', ' | ', ': '.
_SEPARATOR_ONLY = re.compile(r"\s*[-–—|:/·•]\s*")


def _is_kicker(el: HtmlElement) -> bool:
    """A kicker, label, subtitle line or hidden part of a heading (by tag, aria-hidden or class).

    An aria-hidden part that is only a separator (' – ' between kicker and headline, hidden
    from screen readers because they read the two as one) is shown text, not a kicker.
    """
    names = _names_of(el)
    if len(names) < 4 and el.tag != "small":
        return False
    if el.tag == "small" or _KICKER.search(names) is not None:
        return True
    if _SMALL_PRINT.search(names) is not None:
        # Small print is a kicker wherever it stands, but a size on the headline's own part
        # ('headline-small', 'title-small': the headline as small screens set it) is no role; a
        # part too short for a headline (h1_text's bar: three words) is a kicker in a type scale's size.
        return _HEADLINE_PART.search(names) is None or len(all_text(el).split()) < 3
    return el.get("aria-hidden") == "true" and not _SEPARATOR_ONLY.fullmatch(all_text(el))


def h1_text(h1: HtmlElement) -> str:
    """An h1's headline: its headline-named part, else its text without kicker/label parts.

    General pattern: a kicker, a screen-reader label ('Headline:') or a subtitle line may
    sit inside the headline-named part too ('<span class="post-title"><small>Kicker</small>
    <br>Headline</span>'); it is left out of that part as it is out of the whole h1.
    """
    if len(h1) == 0:
        return all_text(h1)
    whole = norm(_part_text(h1, set()))
    kickers: set[HtmlElement] = set()
    for el in h1.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if _is_kicker(el):
            kickers.add(el)
        elif _HEADLINE_PART.search(_names_of(el)):
            inner = {sub for sub in el.iterdescendants() if isinstance(sub.tag, str) and _is_kicker(sub)}
            part = norm(_part_text(el, inner))
            if len(part.split()) >= 3 and len(part) >= 0.5 * len(whole):
                return part
    if kickers:
        rest = norm(_part_text(h1, kickers))
        if len(rest.split()) >= 2:
            return rest
    return whole


def _titled_part(h1: HtmlElement, text: str, title_keys: set[str], part_keys: set[str] | None = None) -> str:
    """The h1 less one of its parts, when what is left is exactly a title source; else `text`.

    General pattern: a kicker or subtitle is set in its own element inside the h1 ('<em>Topic
    </em> Headline', '<span class="x7f">Headline</span><span class="x8a">Subtitle</span>')
    under a class name no list knows, and og:title or the <title> gives the headline alone.
    The titles show which part is the headline's; a part they also carry stays. `part_keys`
    adds the parts of titles like 'Headline | Site'; they count only when no title begins
    with the whole h1 (then 'Headline - Subtitle | Site' carries both of its parts).
    """
    key = comparable(text)
    if key in title_keys or len(h1) == 0:
        return text
    if part_keys and not any(title.startswith(key) for title in title_keys):
        title_keys = title_keys | part_keys
    for el in itertools.islice((el for el in h1.iterdescendants() if isinstance(el.tag, str)), 8):
        if el.tag in _CODE_TAGS or not comparable(all_text(el)):
            continue
        rest = norm(_part_text(h1, {el}))
        rest_key = comparable(rest)
        # What is left must be a piece of the text read, never another part of the h1.
        if rest_key in title_keys and len(rest.split()) >= 2 and len(rest_key) < len(key) and rest_key in key:
            return rest
    return text


def _whole_if_titled(h1: HtmlElement, text: str, title_keys: set[str]) -> str:
    """The whole h1, subtitle included, when a title source begins with all of it; else `text`.

    General pattern: a template sets the headline's second half ('Main part: second part')
    in a part named like a subtitle, and the <title> or og:title gives both halves as one
    headline ('Main part: second part - Site'). What the titles carry whole is the headline.
    Only a part after the headline's start is taken back: a kicker before it ('Topic:
    Headline') is set in many <title>s too, and stays out of the h1's headline.
    """
    key = comparable(text)
    if key in title_keys or len(h1) == 0 or not text.split():
        return text
    whole = norm(_part_text(h1, set()))
    whole_key = comparable(whole)
    if (
        len(whole_key) > len(key)
        and whole_key.startswith(comparable(text.split()[0]))
        and any(title.startswith(whole_key) for title in title_keys)
    ):
        return whole
    return text


_HOME_PATHS = frozenset(("", "/", "./", "/index.html", "/index.htm", "/index.php"))


def heading_link(h1: HtmlElement) -> HtmlElement | None:
    """The link a heading is: one around it, or the one link inside holding nearly all its text."""
    link = next(h1.iterancestors("a"), None)
    if link is not None:
        return link
    links = h1.findall(".//a")
    if len(links) != 1 or len(norm(all_text(links[0]))) < 0.8 * len(norm(all_text(h1))):
        return None
    return links[0]


def links_home(h1: HtmlElement) -> bool:
    """Whether the h1 (or another heading) is a link to the site's home page: the site's logo or name, not a headline.

    General pattern: templates set the site's name as '<h1><a href="/">Site</a></h1>' (or
    wrap the h1 in that link) on every page; the story's headline never links to the home page.
    """
    link = heading_link(h1)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    if not href or "#" in href:
        return False  # '#' is a link to the page itself
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return not parts.query and not parts.fragment and parts.path in _HOME_PATHS


_MODULE_TAGS = frozenset(("aside", "nav", "footer", "dialog"))
_MODULE_ROLES = frozenset(("complementary", "navigation", "dialog", "alertdialog", "contentinfo", "search"))


def _in_module(h1: HtmlElement) -> bool:
    """Whether an h1 sits in a page module: an <aside>, <nav>, <footer> or a dialog.

    General pattern: sidebars, newsletter forms, cookie dialogs and breadcrumb bars set
    their own title in an h1 ('More from the Herald', a consent dialog's title, the SEO
    line in a breadcrumb); the story's headline is never inside one of them. An h1 in
    an <article> or <main> inside the module still counts. <form> is no module here:
    ASP.NET templates wrap the whole page, headline and all, in one.
    """
    for ancestor in h1.iterancestors():
        if ancestor.tag in ("article", "main", "body"):
            return False
        if ancestor.tag in _MODULE_TAGS or (ancestor.get("role") or "").strip().lower() in _MODULE_ROLES:
            return True
    return False


_ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news", re.I)
# Types naming the publisher, not the page ('NewsMediaOrganization' is no article).
_SITE_TYPES = re.compile(r"WebSite|Organization|Corporation|Brand", re.I)
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|author-name|by-author|writer|contributor)(?:$|[\s_-])", re.I)
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|subhead|subheadline|sub-headline|subtitle|summary|lede|lead|intro|excerpt|deck|strapline)(?:$|[\s_-])",
    re.I,
)
_CLASS_HINT = re.compile(
    r"yline|uthor|riter|ontributor|tandfirst|dek|ubhead|ub-head|ubtitle|ummary|lede|lead|ntro|xcerpt|eck|trapline", re.I
)


@functools.lru_cache(maxsize=4096)  # a page repeats its class strings on thousands of elements
def _class_hint(classes: str) -> bool:
    return _CLASS_HINT.search(classes) is not None


_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|door|di|av|przez|od)\s*[:\s]\s*", re.I)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.I)


@dataclass
class PageMeta:
    """Everything read from the page head (and JSON-LD) before pruning."""

    titles: dict[str, str] = field(default_factory=dict)
    """'og', 'twitter', 'ld', 'dc', 'page', 'title' → raw text.

    'ld' is the JSON-LD headline of the most article-like object; 'dc' a Dublin Core,
    Parse.ly or Sailthru title; 'page' the JSON-LD WebPage's name (usually the <title> again).
    """
    h1s: list[tuple[str, bool]] = field(default_factory=list)
    """Each h1's text and whether it sits inside article/main (or has a headline-ish class)."""
    site_name: str | None = None
    site_names: list[str] = field(default_factory=list)
    """Every name the page gives itself: og:site_name, application-name, JSON-LD publisher and WebSite."""
    sections: list[str] = field(default_factory=list)
    """Section names: article:section and the JSON-LD breadcrumb trail above the page itself."""
    byline: str | None = None
    published: datetime | None = None
    description: str | None = None
    standfirst: str | None = None
    canonical: str | None = None
    ld_body: str | None = None
    """JSON-LD articleBody, when the page gives one."""
    page_title: str | None = None
    """The longest part of <title> (between separators) that the page also shows as text."""
    shown_title: str | None = None
    """On a page with no h1 whose og:title or <title> was not searched for page_title: the
    longest part of that title (between separators) the page shows as a heading or text."""
    classed_title: str | None = None
    whole_title_heading: str | None = None
    """On a page with no h1: og:title (else the <title>) when an h2–h6 shows it whole, separators and all."""
    heading_title: str | None = None
    """On a page whose h1s are all the site's logo or name: the first h2 in an <article> or <main>,
    or named like a headline, that does not link home; on a page with no h1 (outside its
    modules), that h2 only when it reads a title source less its 'Kicker:' prefix; on a page whose
    first h1 is a blog's banner reading one end of the <title>, the post's heading showing the rest
    (`logo_over_post`)."""
    """The first element named like a headline ('headline', 'title' in class/id), for pages without titles."""


def _content(root: HtmlElement, xpath: str) -> str | None:
    for value in root.xpath(xpath):
        text = norm(str(value))
        if text:
            return text
    return None


class _MetaTags:
    """The page's <meta> tags read in one pass: (property/name/itemprop values, content), in page order.

    One walk over the tree instead of one XPath query (a walk each) per field looked up.
    """

    def __init__(self, root: HtmlElement) -> None:
        self.tags: list[tuple[tuple[str, ...], str]] = []
        for el in root.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            # RDFa lets one tag carry several properties: property="og:title twitter:title".
            given = (el.get("property"), el.get("name"), el.get("itemprop"))
            names = tuple(part for value in given if value for part in value.split())
            if names:
                self.tags.append((names, content))

    def values(self, *keys: str) -> list[str]:
        """Contents of the tags named any of keys, in page order."""
        wanted = set(keys)
        return [content for names, content in self.tags if not wanted.isdisjoint(names)]

    def first(self, *keys: str) -> str | None:
        """The first non-empty content of a tag named any of keys, normalised."""
        for value in self.values(*keys):
            text = norm(value)
            if text:
                return text
        return None


def parse_date(value: str | None) -> datetime | None:
    """ISO-8601-ish date → aware UTC datetime (naive means UTC), else None."""
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    text = re.sub(r"\s+", "T", text, count=1) if re.match(r"^\d{4}-\d\d-\d\d\s+\d", text) else text
    # Python 3.11 reads 'Z' and most offsets; normalise '+0000' and trim fractions it dislikes.
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        match = re.match(r"^(\d{4}-\d\d-\d\d)", text)
        if not match:
            return None
        try:
            moment = datetime.fromisoformat(match.group(1))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _ld_json(raw: str) -> str:
    """The JSON inside a JSON-LD script, without the wrappers some templates put around it.

    General pattern: '<![CDATA[ … ]]>', '<!-- … -->' or a trailing ';' around the object
    (written for XHTML or old browsers); the JSON is from the first '{' or '[' to the last '}' or ']'.
    """
    text = raw.strip()
    if text[:1] in ("{", "[") and text[-1:] in ("}", "]"):
        return text
    for wrapper in ("<![CDATA[", "]]>", "<!--", "-->"):
        text = text.replace(wrapper, "")
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    end = max(text.rfind("}"), text.rfind("]"))
    return text[min(starts) : end + 1] if starts and end > min(starts) else text


def _ld_objects(root: HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in root.xpath("/descendant::script[@type='application/ld+json']"):
        raw = script.text or ""
        if not raw.strip() or len(raw) > 2_000_000:
            continue
        try:
            # strict=False: raw line breaks inside strings are common and harmless.
            data = json.loads(_ld_json(raw), strict=False)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 200:
            seen += 1
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                if "@graph" in node:
                    stack.append(node["@graph"])
                found.append(node)
    return found


def _ld_type(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(str(k) for k in kind) if isinstance(kind, list) else str(kind)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        out: list[str] = []
        for entry in value:
            out.extend(_names(entry))
        return out
    return []


def _crumbs(items: Any) -> list[str]:
    """Names on a JSON-LD breadcrumb trail but the last (the page itself, often its headline)."""
    if not isinstance(items, list):
        return []
    names: list[str] = []
    for item in items[:12]:
        if isinstance(item, dict):
            name = _ld_text(item.get("name"))
            if name is None and isinstance(item.get("item"), dict):
                name = _ld_text(item["item"].get("name"))
            if name:
                names.append(name)
    return names[:-1]


# UTF-8 bytes of accented letters and typographic marks read as windows-1252: 'Ã©' for 'é', 'Â´'
# for '´', 'â€™' for '’'.
_MOJIBAKE = re.compile(
    "[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€"
)


def _mojibake_repaired(text: str) -> str:
    """A title whose UTF-8 was read as windows-1252 by its CMS ('FranÃ§ais', 'NPCÂ´s'), repaired.

    General pattern: a template that decodes the stored title with the wrong charset prints
    it garbled in the <title> or a tag, while the page's h1 (written as entities, or stored
    apart) reads right; the garbled title then agrees with nothing on the page. Encoded back
    to windows-1252 bytes and read as UTF-8 it is the title as written; a text that does not
    survive that round trip (a real 'Â' or 'Ã' in a name) stays as it is.
    """
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def _url_key(url: str) -> str:
    """A URL without scheme, 'www.', query, fragment and trailing slash, for comparing pages."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else ""


def _ld_urls(obj: dict[str, Any]) -> set[str]:
    """The pages a JSON-LD article names as its own: 'url', '@id', 'mainEntityOfPage'."""
    values: list[Any] = [obj.get("url"), obj.get("@id")]
    entity = obj.get("mainEntityOfPage")
    values.extend([entity.get("@id"), entity.get("url")] if isinstance(entity, dict) else [entity])
    return {key for key in (_url_key(value) for value in values if isinstance(value, str)) if key}


def _page_article(articles: list[tuple[str, set[str]]], canonical: str | None, titles: dict[str, str]) -> str:
    """Of several JSON-LD articles, the headline of the one the page is: its URL, else the titles' words.

    General pattern: pages list related or recommended stories as JSON-LD articles of their
    own, sometimes before the page's own. The page's article names the canonical URL as its
    'url', '@id' or 'mainEntityOfPage'; failing that, its headline shares the most words with
    og:title or the <title>. With one article, or nothing to tell them apart, the first wins.
    """
    if len(articles) == 1:
        return articles[0][0]
    page = _url_key(canonical) if canonical else ""
    if page:
        for headline, urls in articles:
            if page in urls:
                return headline
    others = [comparable_words(titles[key]) for key in ("og", "twitter", "title") if titles.get(key)]
    if not others:
        return articles[0][0]

    def shared(headline: str) -> int:
        own = comparable_words(headline)
        return max(len(own & other) for other in others)

    best = max(articles, key=lambda article: shared(article[0]))  # max keeps the first of equals
    return best[0] if shared(best[0]) > shared(articles[0][0]) else articles[0][0]


def comparable_words(text: str) -> set[str]:
    """The lower-case words of a text, for telling which title another shares most with."""
    return set(re.findall(r"[^\W_]+", text.casefold()))


def _ld_text(value: Any) -> str | None:
    """A JSON-LD string field, normalised; None when absent, empty or not a string."""
    return (norm(value) or None) if isinstance(value, str) else None


def _clean_byline(text: str | None) -> str | None:
    if not text:
        return None
    text = norm(_BY_PREFIX.sub("", norm(text)))
    if not text or _URLISH.search(text) or len(text) > 120 or not re.search(r"[^\W\d_]", text):
        return None
    return text


# Letters of scripts written without spaces (Chinese, Japanese kana and kanji) and their
# full-width punctuation ('「」', '：', '［］').
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# Between the parts of a <title>: '|', dashes, '::', '»', ' // ', ': ', '_' and the like; next to
# those letters also an unspaced ':' or '_' and the full-width '：' and '｜' (_cjk_run).
_TITLE_SEP = re.compile(
    r"\s+(?:\|\|?|–|—|--?|::?|·|•|★|⋆|✦|//?|»|«|~|>)\s+|\s*[|¦❘│∣]\s*|:\s+|(?<=\w)-\s*|_(?=[A-Z])|\s+\(|\)\s*$|"
    rf"\s*[：｜]\s*|(?<=[{_CJK}])[:_]|[:_](?=[{_CJK}])"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Between a title and the site's or section's name ('Headline | Site', 'Headline – Site'); not ': ',
# which parts a kicker from its headline, both the headline's when the title tags carry them.
_SITE_SEP = re.compile(r"\s+(?:\|\|?|[–—―-]|::|·|•|»)\s+|\s*[|｜]\s*")


_SPACED_DASH = re.compile(r"\s[-–—]\s")
_UNSPACED_DASH = re.compile(r"(?<=\S)\s+-(?=[^\W\d_])")


def _respaced_dash(title: str) -> str:
    """'Site - Motto. -Headline' as 'Site - Motto. - Headline': a separator whose space after it was lost.

    General pattern: templates join the site's part and the headline with ' -', the space after
    the dash lost, in a title whose other parts are set off by ' - '. Only before a capital: a
    hyphen before a lower-case word ('Verkehrs- und -verwertung') joins words, not parts.
    """
    if not _SPACED_DASH.search(title):
        return title
    return _UNSPACED_DASH.sub(lambda m: " - " if title[m.end()].isupper() else m.group(0), title)


def _is_run(text: str) -> bool:
    """A <title> part long enough to be a headline: two words, or six letters of a script without spaces.

    General pattern: Chinese and Japanese titles ('見出し：サイト名', '标题_栏目_网站') part the
    headline from the site's name with an unspaced ':' or '_' or a full-width '：', and a
    headline there is one "word" between spaces; its length in letters shows it is one.
    """
    return len(text) >= 8 and (len(text.split()) >= 2 or len(_CJK_CHAR.findall(text)) >= 6)


def _longest(runs: list[str], found: set[str]) -> str:
    """The longest found run; of equally long ones the first in the <title> (the same on every run)."""
    return norm(max((run for run in runs if comparable(run) in found), key=len))


_MOST_TITLE_PARTS = 12
"""Parts a <title> may have for title_in_page to look for a run of them on the page."""


def title_in_page(root: HtmlElement, title: str) -> str | None:
    """The longest run of <title> parts, not the whole title, that the page shows on its own.

    Old pages have no og:title and no h1: the headline is a <font>/<b>/<td> whose
    text is one part of '<title>Site - Section - Headline</title>'. Matching the
    page's text, not guessing which part is the site, finds it whatever the order.
    """
    cuts = [0]
    for match in _TITLE_SEP.finditer(title):
        cuts += [match.start(), match.end()]
    cuts.append(len(title))
    if not 4 <= len(cuts) <= 2 * _MOST_TITLE_PARTS:
        # One part is no run; a title of dozens of parts is a keyword list, and its runs grow
        # with the cube of the parts (a hostile 2 KB title used the page's whole CPU budget).
        return None
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    runs: list[str] = []
    for i in range(len(spans)):
        for j in range(i, len(spans)):
            if i == 0 and j == len(spans) - 1:
                continue
            text = title[spans[i][0] : spans[j][1]].strip()
            if _is_run(text):
                runs.append(text)
    if not runs:
        return None
    wanted = {comparable(run): run for run in runs}
    longest = max(len(run) for run in runs) + 12
    found: set[str] = set()
    # Filtered in libxml2's XPath, so only a few short texts reach Python.
    lengths = {len(run) for run in runs}
    low, high = min(lengths) - 4, longest
    # A part shown as a heading beats one that is merely somewhere on the page (a logo's alt, a menu).
    for el in root.iter("h1", "h2", "h3"):
        key = comparable(all_text(el))
        if key in wanted:
            found.add(key)
    if found:
        return _longest(runs, found)
    body = root.find("body")
    for text in (body if body is not None else root).itertext():
        # Most text nodes are far longer or shorter than any part of the title.
        if low <= len(text) <= high:
            key = comparable(text)
            if key in wanted:
                found.add(key)
    if not found:
        # The headline split over inline tags: compare whole headings and headline-named blocks.
        for el in root.xpath(
            "//h1 | //h2 | //h3"
            " | //body//*[contains(@class, 'itle') or contains(@class, 'eadline') or contains(@id, 'itle')]"
        ):
            text = all_text(el)
            if low <= len(text) <= high * 2:
                key = comparable(text)
                if key in wanted:
                    found.add(key)
    if not found:
        return None
    return _longest(runs, found)


def _shown_as_heading(root: HtmlElement, title: str) -> bool:
    """Whether a heading (h2–h6) shows the whole <title>: then it is the page's own title.

    General pattern: pages without h1 or metadata set the story's title in an h2–h4 that
    reads exactly like the <title>, so no headline-named block need stand in for it. A
    heading linking to the home page is the site's logo and shows nothing of the kind.
    """
    key = comparable(title)
    if not key:
        return False
    return any(comparable(all_text(el)) == key and not links_home(el) for el in root.iter("h2", "h3", "h4", "h5", "h6"))


_HEADLINE_CLASS = re.compile(r"headline|(?:^|[\s_-])(?:title|heading|story-?head|art-?head)\w*", re.I)
_NOT_HEADLINE_TEXT = re.compile(
    r"^(?:by|posted|updated|published|last updated|filed)\b|\bcomments?\b|\b\d{1,2}:\d{2}\b|"
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
_NOT_HEADLINE_CLASS = re.compile(r"sub-?title|subhead|site-?title|logo|widget|sidebar|nav|menu", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)


def _is_named_dateline(text: str) -> bool:
    """A line of a name and a date: 'Farm Weekly - March 3, 2026', '3 March 2026 | Wire'.

    General pattern: old templates give the date line under the headline the headline's own
    class ('<span class="headline">'); six words or fewer holding a day, a month's name and a
    year name no story. A headline naming a date is longer than its name and the date.
    """
    return len(text.split()) <= 6 and bool(_YEAR.search(text)) and bool(_MONTH_NAME.search(text))


def _classed_title(root: HtmlElement) -> str | None:
    """Text of the first headline-named block or h2: 3–30 words, not a link list."""
    for el in root.xpath("//body//*[@class or @id][not(self::a)] | //body//h2"):
        features = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag != "h2" and (not _HEADLINE_CLASS.search(features) or _NOT_HEADLINE_CLASS.search(features)):
            continue
        text = norm(all_text(el))
        if _NOT_HEADLINE_TEXT.search(text) or _is_named_dateline(text):
            continue  # bylines, datelines and comment prompts share these class names
        if 3 <= len(text.split()) <= 30 and len(text) <= 300:
            links = sum(len(all_text(a)) for a in el.iter("a"))
            if links < 0.5 * len(text):
                return text
    return None


_HEADLINE_NAMED = re.compile(r"headline|(?:entry|post|article|story|page)-?title", re.I)
_SITE_LINE = re.compile(r"site|description|tagline|slogan|motto|logo|brand", re.I)


def _permalinked(h2: HtmlElement, canonical: str | None, bookmarks: int, address: str | None = None) -> bool:
    """Whether a heading is a link to the page itself: to its canonical URL, or the page's one rel="bookmark" link.

    General pattern: blog themes link the post's title to the post's own address (its
    permalink, marked rel="bookmark"); on a front page every teaser's title carries that mark,
    so a bookmark link counts only when it is the page's only one. A canonical URL names the
    page only when it has a host and is not the home page, and its query must match too:
    '/?p=123' and 'article.php?id=123' posts differ from each other in nothing else. A lone
    bookmark link to another page of the same site (a featured or previous post's teaser over
    the post) is no permalink: the page's addresses (the one it was fetched from and its
    canonical URL) tell them apart (`_other_page`).
    """
    link = heading_link(h2)
    if link is None:
        return False
    if bookmarks == 1 and "bookmark" in (link.get("rel") or "").lower().split():
        return not _other_page(link.get("href") or "", canonical, address)
    href = (link.get("href") or "").strip()
    # A relative canonical URL compares nothing; the home page is no post.
    own = _page_address(canonical, home=False)
    if own is None or not href:
        return False
    try:
        target = urlsplit(urljoin((canonical or "").strip(), href))
    except ValueError:
        return False
    return _url_key(target.geturl()) == _url_key(own.geturl()) and target.query == own.query


def _other_page(href: str, canonical: str | None, address: str | None) -> bool:
    """Whether a link goes to another page of the page's own site than the page itself.

    The link is read against the address the page was fetched from (else its canonical URL).
    It is the page itself when it names either of the page's addresses; it is another page
    only when one of them is on its host (less 'www.') and neither names it. A canonical URL
    naming the home page says nothing (some sites give every page that one), and nothing is
    proved without an address. Paths compare unescaped ('/caf%C3%A9/' is '/café/'); queries
    differ only in a value both give ('?p=1' and '?p=2'), not in keys one lacks (tracking tags).
    """
    href = href.strip()
    owns = [own for own in (_page_address(canonical, home=False), _page_address(address, home=True)) if own]
    if not (owns and href):
        return False
    try:
        target = urlsplit(urljoin((address or canonical or "").strip(), href))
    except ValueError:
        return False
    host = (target.hostname or "").removeprefix("www.")
    if not any(_same_page(own, target) for own in owns):
        return any((own.hostname or "").removeprefix("www.") == host for own in owns)
    return False


def _home_page_graph(
    og_url: str | None,
    address: str | None,
    titles: dict[str, str],
    story_keys: Collection[str],
    site_names: Callable[[], set[str]],
) -> bool:
    """Whether the page's Open Graph tags are its site's home page's, printed on every page.

    General pattern: themes and plugins that fill the Open Graph tags once for the whole site
    give every post the home page's og:url ('https://site.example/'), its og:title (the site's
    motto or name) and its og:description, while the post's <title> or JSON-LD names the
    story. An og:url naming the home page (a host, no path, no query) while another title source
    names a story otherwise, not holding og:title's words, marks og:title as the site's. A
    <title> that is only one of the site's names (`site_names`, read only when og:url is the
    home page), or a JSON-LD WebSite's motto (`story_keys` leaves it out), names no story:
    beside them an og:title is the post's own, its og:url a template's slip. A page fetched
    from its site's home page keeps them: they are its own.
    """
    home = _page_address(og_url, home=True)
    if home is None or home.path not in _HOME_PATHS or home.query or "og" not in titles:
        return False
    fetched = _page_address(address, home=True)
    if fetched is not None and fetched.path in _HOME_PATHS and not fetched.query:
        return False
    og = comparable(titles["og"])
    if not og:
        return False
    others = [other for key, value in titles.items() if key in story_keys and (other := comparable(value))]
    story_titles = [other for other in others if og not in other]
    if not story_titles:
        return False
    names = site_names()
    return any(other not in names for other in story_titles)


def _own_names(root: HtmlElement, sites: Iterable[str], address: str | None) -> set[str]:
    """The site's names (comparable) the page gives before its h1s are read: its tags' and logos'
    (`sites`), the text of an h1 linking home (its logo) and the labels of its host.

    General pattern: a page names its site in its metadata, in a logo heading that links to the
    home page ('<h1><a href="/">Site</a></h1>') or only in its address; a title reading one of
    these names no story.
    """
    names = {comparable(name) for name in sites}
    logos = (h1 for h1 in itertools.islice(root.iter("h1"), 6) if links_home(h1))
    names.update(comparable(h1_text(h1)) for h1 in logos)
    labels = _host(address or "").split(".")[:-1]
    names.update(comparable(label) for label in labels if len(label) >= 3 and label != "www")
    names.discard("")
    return names


def _page_address(url: str | None, *, home: bool) -> SplitResult | None:
    """`url` split, when it has a host (and is not the home page, unless `home` allows it)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if not parts.hostname or (not home and parts.path in _HOME_PATHS and not parts.query):
        return None
    return parts


def _same_page(own: SplitResult, target: SplitResult) -> bool:
    """Whether two addresses name one page: host less 'www.', unescaped path, no clashing query value."""
    if (own.hostname or "").removeprefix("www.") != (target.hostname or "").removeprefix("www."):
        return False
    if unquote(own.path).rstrip("/") != unquote(target.path).rstrip("/"):
        return False
    ours, theirs = dict(parse_qsl(own.query)), dict(parse_qsl(target.query))
    return all(theirs[key] == value for key, value in ours.items() if key in theirs)


def _article_h2(root: HtmlElement, canonical: str | None = None, address: str | None = None) -> str | None:
    """The story's heading on a page whose h1 is the site's logo: the first h2 of the article.

    General pattern: blog and magazine themes set the site's name in the page's only h1 and the
    story's title in an h2 in the article's header ('<article><header><h2 class="entry-title">').
    An h2 inside <article> or <main>, named like a headline or linking to the page itself
    (`_permalinked`: old themes mark the post's title only so), of three words or more, that is
    not a link home, the site's motto ('site-description') nor in a sidebar, menu or footer, is
    that heading.
    """
    # '//h2//a' is quadratic in libxml2 on a page of thousands of h2s; 'ancestor::' is not.
    bookmarks = int(
        root.xpath(
            "count(/descendant::a[@rel][contains(concat(' ', normalize-space(@rel), ' '), ' bookmark ')][ancestor::h2])"
        )
    )
    for h2 in itertools.islice(root.iter("h2"), 40):
        names = f"{h2.get('class', '')} {h2.get('id', '')} {h2.get('itemprop', '')}"
        placed = any(a.tag in ("article", "main") for a in h2.iterancestors())
        placed = placed or bool(_HEADLINE_NAMED.search(names)) or _permalinked(h2, canonical, bookmarks, address)
        if not placed or _in_module(h2) or links_home(h2):
            continue
        if _SITE_LINE.search(names):
            continue  # the site's motto under its logo ('site-description')
        text = norm(h1_text(h2))
        if len(text.split()) >= 3 and len(text) <= 300:
            return text
    return None


# 'Kicker: Headline' in a title source: the topic line before a colon (four words at most).
_TITLE_KICKER = re.compile(r"^\s*(?P<kicker>[^:]{1,60}?):\s+(?P<rest>.+)$")


def _kicker_free_h2(root: HtmlElement, titles: Iterable[str]) -> str | None:
    """On a page with no h1: the article's h2 when it reads a title source less its 'Kicker:' prefix.

    General pattern: a kicker is never the headline. Templates without an h1 show the headline
    in an h2 over the lead, with the topic line ('Dachzeile') set apart or left out, while
    og:title and the <title> give 'Kicker: Headline' as one line. An h2 (`_article_h2`'s bar)
    that reads exactly what follows the colon of a title source, the part before it being four
    words at most, is the headline as the reader sees it. An h2 reading a title whole, a teaser
    or a heading with a comment count run on decides nothing here: which of two differing title
    sources the reader sees is left to the titles.
    """
    heading = _article_h2(root)
    if heading is None:
        return None
    key = comparable(heading)
    for title in titles:
        match = _TITLE_KICKER.match(title)
        if match and len(match.group("kicker").split()) <= 4 and comparable(match.group("rest")) == key:
            return heading
    return None


# Between a blog's name and its post's title in the <title>: the site separators and ': '.
_POST_SEP = re.compile(rf"{_SITE_SEP.pattern}|:\s+")


def _is_linked(h1: HtmlElement, canonical: str | None) -> bool:
    """Whether the h1's text is a link (inside one, or one link holding nearly all of it) to
    another page: a link marked rel="bookmark" or to the canonical URL is the post's permalink,
    which blog themes set on the post's own h1."""
    link = heading_link(h1)
    if link is None:
        return False
    if "bookmark" in (link.get("rel") or "").lower().split():
        return False
    href = (link.get("href") or "").strip()
    return not (canonical and href and _url_key(urljoin(canonical, href)) == _url_key(canonical))


_STORY_TEXT = 300
"""Characters of paragraphs under an h1 that make it the story's heading: two short paragraphs."""


def logo_over_post(root: HtmlElement, title: str, canonical: str | None = None) -> tuple[str, str] | None:
    """A logo h1 reading one end of the <title>, and the post's heading showing the rest.

    General pattern: a blog's logo is an h1 banner (outside any <article> or <main>) holding its
    name, linked to the blog's root (not to the post itself: a link to the canonical URL or
    marked rel="bookmark" is the post's own h1) or set with its motto ('Name - Motto'); the <title> is
    'Name - Post', 'Name: Post' or 'Post - Name - Motto', and the post's own heading, an h2–h6
    after the banner, outside the page's modules, shows the rest of the title alone. The banner's
    text names the site and the heading is the headline. An unlinked h1 without a separator of its
    own reading the title's end ('Headline' in 'Site - Headline') is the story's, and so is one
    after which no heading shows the rest of the title (a masthead above it, a footer naming the
    site). An unlinked h1 reading the title's start ('Name' in 'Name: Post') is a banner when
    another heading comes between it and the post's (the blog's motto, a date): a heading right
    under it may be its second line ('Artist' over 'Album') or a standfirst. For such an
    unlinked h1, a heading reached only after its story text (`_STORY_TEXT` characters of
    paragraphs) is a sidebar's or the footer's naming the section or blog, and the h1 over that
    text is the story's own, unless as much text follows that heading before the next one: then
    it is the post's, and the text before it a sidebar's ('About'). A linked banner keeps its
    post's heading past a sidebar's text.
    Returns (the banner's text, the heading's text).
    """
    seps = list(_POST_SEP.finditer(title))
    if not seps:
        return None
    h1 = next(iter(root.iter("h1")), None)
    if h1 is None or any(a.tag in ("article", "main") for a in h1.iterancestors()):
        return None
    logo = norm(all_text(h1))
    key = comparable(logo)
    if not key:
        return None
    banner = bool(_SITE_SEP.search(logo)) or _is_linked(h1, canonical)
    rest_key = ""
    for match in seps:
        head, tail = comparable(title[: match.start()]), comparable(title[match.end() :])
        if key == head or (key == tail and banner):
            rest_key = tail if key == head else head
            break
    if not rest_key:
        return None
    between = -1  # headings seen between the banner and the post's heading
    story = 0  # characters of paragraphs seen after the h1
    late: tuple[str, str] | None = None  # the post's heading if found past that much text
    owned = 0  # characters of paragraphs under `late`, up to the next heading
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p"):
        if el is h1:
            between = 0
            continue
        if between < 0 or el.tag == "h1":
            continue
        if el.tag == "p":
            size = len(all_text(el).strip())
            story += size
            if late is not None:
                owned += size
                if owned >= _STORY_TEXT:
                    return late  # the post's own text under it: what came before was a sidebar's
            continue
        if late is not None:
            return None  # a module's heading after the h1's story: the h1 is the story's
        text = norm(all_text(el))
        if comparable(text) == rest_key and len(text.split()) >= 2 and not links_home(el) and not _in_module(el):
            if story >= _STORY_TEXT and not banner and between:
                late = (logo, text)  # past that much text: only the post's heading if its text follows
                continue
            return (logo, text) if banner or between else None
        between += 1
    return None


# Words a logo's alt text adds to the site's name ('Valley Courier logo'), or says alone.
_LOGO_WORDS = re.compile(r"^(?:the\s+)?(?:logo|home(?:\s*page)?|startseite|accueil|inicio)$|\s+logo$|^logo\s+", re.I)


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower().removeprefix("www.")
    except ValueError:
        return ""


def logo_alt_names(root: HtmlElement, canonical: str | None) -> list[str]:
    """The alt texts of images in links to the home page: the site's logo names the site.

    General pattern: templates set the site's logo as an image linking to the home page, and
    its alt text is the site's name ('Valley Courier', 'Valley Courier logo'), even on pages
    whose metadata never names the site. A title part reading that name is the site's, not
    the headline's. Alt texts of one to six words; 'logo' around the name goes, and an alt
    saying only 'Logo' or 'Home' names nothing. The link must stay on the page's own site
    (relative, or to its canonical host): a shop's banner linking to another site's home page
    names that site. The first three such logos only.
    """
    names: list[str] = []
    own = _host(canonical or "")
    # One walk over the images: the XPath `//a[@href]//img[@alt]` merged a node set per link,
    # quadratic in a page of tens of thousands of links (59,000: 30 s, before the budget looks).
    for img in root.iter("img"):
        if img.get("alt") is None or not any(a.get("href") is not None for a in img.iterancestors("a")):
            continue
        if not links_home(img):
            continue
        link = next(img.iterancestors("a"))
        host = _host(link.get("href") or "")
        if host and host != own:
            continue
        alt = norm(img.get("alt") or "")
        if _LOGO_WORDS.fullmatch(alt):
            continue
        alt = _LOGO_WORDS.sub("", alt).strip()
        if alt and 1 <= len(alt.split()) <= 6 and re.search(r"[^\W\d_]{2}", alt):
            names.append(alt)
        if len(names) >= 3:
            break
    return names


def in_breadcrumb(el: HtmlElement) -> bool:
    """Whether an element sits in a breadcrumb trail ('<ol class="breadcrumb"><li><h1>…').

    General pattern: templates set the page's SEO line as the trail's last crumb, in an h1,
    while the story's header shows the headline as the reader reads it in a heading of its
    own; the crumb is a page label, not the shown headline.
    """
    for ancestor in itertools.islice(el.iterancestors(), 8):
        if ancestor.tag in ("article", "main", "body"):
            return False
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')} {ancestor.get('aria-label', '')}"
        if "breadcrumb" in names.lower():
            return True
    return False


# A part named as the story's headline: 'headline', 'story__headline', 'page-headline-title', 'hero__title'.
_SHOWN_HEADLINE_NAME = re.compile(r"headline|(?:^|[\s_-])title(?=$|[\s_-])", re.I)
_SHOWN_HEADLINE_TAGS = frozenset(("h2", "h3", "div", "p", "span", "header", "strong"))


def _is_shown_headline(el: HtmlElement) -> bool:
    """An element named as the headline (microdata itemprop, or a class naming it), not a kicker or a module's."""
    if el.tag not in _SHOWN_HEADLINE_TAGS or _in_module(el) or in_breadcrumb(el) or links_home(el):
        return False
    if (el.get("itemprop") or "").strip().lower() == "headline":
        return True
    names = el.get("class") or ""
    return (
        _SHOWN_HEADLINE_NAME.search(names) is not None
        and _KICKER.search(names) is None
        and _NOT_HEADLINE_CLASS.search(names) is None
    )


def _story_words(text: str) -> set[str]:
    """Words of four letters or more (a run of Chinese or Japanese letters counts whole)."""
    return {word for word in comparable_words(text) if len(word) >= 4 or _CJK_CHAR.search(word)}


def _social_reads(titles: dict[str, str], text: str) -> bool:
    """Whether og:title or twitter:title, the titles written for people, read `text` (its site's name aside).

    A crumb whose wording og:title gives too is the page's headline twice over: the header's
    heading reading otherwise is a second wording, and the title for people breaks the tie.
    """
    key = comparable(text)
    return any(
        comparable(value) == key or comparable(_SITE_SEP.split(value)[0]) == key
        for name, value in titles.items()
        if name in ("og", "twitter")
    )


def headline_named(root: HtmlElement, titles: dict[str, str]) -> list[tuple[set[str], str]]:
    """The words and texts (in their title sources' spellings) of the page's headline-named elements.

    For `shown_headline`.

    Read once per page, however many breadcrumb h1s it has: a page repeating its trail
    searched the whole page again for each crumb (quadratic in the page's size).
    The first 60 such elements outside the page's modules, of three to thirty words, not
    mostly links nor inside one (a teaser card's title). A kicker inside one is left out as
    in an h1; read as a title source reads (its parts set in spans without the ': ' between
    them), it takes that source's spelling.
    """
    spelled = {comparable(title): title for title in titles.values()}
    named: list[tuple[set[str], str]] = []
    for el in itertools.islice(
        root.xpath("//body//*[@itemprop='headline' or contains(@class, 'eadline') or contains(@class, 'itle')]"), 60
    ):
        if not _is_shown_headline(el):
            continue
        text = _whole_if_titled(el, norm(h1_text(el)), set(spelled))
        if not 3 <= len(text.split()) <= 30 or len(text) > 300:
            continue
        inside_link = any(a.get("href") for a in el.iterancestors("a"))  # a teaser card's title: all link
        if inside_link or sum(len(all_text(a)) for a in el.iter("a")) >= 0.5 * len(text):
            continue
        named.append((_story_words(text), spelled.get(comparable(text), text)))
    return named


def shown_headline(named: list[tuple[set[str], str]], seo_line: str, titles: dict[str, str]) -> str | None:
    """The headline the story's header shows, standing in for an h1 set in a breadcrumb trail.

    General pattern: a template puts the page's SEO line in the trail's last crumb as its h1
    (`in_breadcrumb`) and shows the headline in an element named for it: microdata's
    itemprop="headline", or a heading or block whose class names the headline ('headline',
    'article__title'). The first such element (`named`, from `headline_named`) sharing two
    words of four letters or more, and half of its own, with the crumb or a title source
    (the same story, not a teaser's), is what the reader reads as the headline.
    """
    sources = [_story_words(source) for source in (seo_line, *titles.values())]
    for words, spelling in named:
        if any(len(shared := words & source) >= 2 and len(shared) >= 0.5 * len(words) for source in sources):
            return spelling
    return None


def _trackback_title(root: HtmlElement) -> str | None:
    """The post's title in a blog's trackback RDF block, when the page holds exactly one.

    General pattern: Movable Type and WordPress themes print, for trackback discovery, an
    '<rdf:Description dc:title="Post title" trackback:ping="…">' block on every post page: the
    post's title as the blog stores it, free of the blog's name and of the navigation or date
    line a theme may set where a heading would be. A front page lists one block per post, so only
    a page with a single title (a value, not an address) counts. (Most themes wrap the block in
    an HTML comment, which the parser drops before this reads the page; those are not seen.)
    """
    found = {
        norm(_strip_markup(value)) for el in root.iter("rdf:description") if (value := el.get("dc:title")) is not None
    }
    found.discard("")
    if len(found) != 1:
        return None
    title = found.pop()
    return None if _URLISH.search(title) else title


# WordPress's feed links: 'Site » Feed', 'Site » Comments Feed' and, on a post, 'Site » Post Comments
# Feed' (the separator a theme's choice), in the languages they are most often set in ('Site » Post
# Kommentar-Feed', 'Site » Post Flux des commentaires', 'Site » Post RSS de los comentarios').
_FEED_SEP = r"(?:»|›|\||–|—|-|·|::)"
_COMMENTS_FEED_TAIL = re.compile(
    r"(?:\s+|-)(?:comments?\s+feed|kommentar-?feed|flux\s+des\s+commentaires|rss\s+de\s+los\s+comentarios)$", re.I
)
# The blog's own feeds: 'Blog » Feed', 'Blog » Comments Feed' (its tail cut), 'Blog RSS Feed', 'Blog Feed'.
_SITE_FEED = re.compile(
    rf"^(?P<site>.+?)(?:\s+{_FEED_SEP}\s*(?:(?:rss|atom)\s*)?(?:feed)?|\s+(?:(?:rss|atom)\s*(?:\d(?:\.\d+)?\s*)?)?feed)$",
    re.I,
)
# The blog's own comments feed, its tail cut: 'Blog »' ('Blog » Comments Feed'); any other text after the
# separator is a post's title, whatever its last word ('Blog » Winter feed for the ducks Comments Feed').
_OWN_COMMENTS_FEED = re.compile(rf"^(?P<site>.+?)\s+{_FEED_SEP}(?:\s*(?:rss|atom))?$", re.I)
_FIRST_FEED_SEP = re.compile(rf"\s+{_FEED_SEP}\s+")
_FIRST_GUILLEMET = re.compile(r"\s+[»›]\s+")
_MOST_FEED_LINKS = 20


def _blog_feeds(root: HtmlElement) -> tuple[str | None, list[str]]:
    """The post's title in the link to its comments feed (when the page links exactly one), and the
    blog's names in the links to its own feeds.

    General pattern: WordPress, and the themes and blog engines that copy it, announce on a
    post's page the feed of that post's comments as '<link rel="alternate"
    type="application/rss+xml" title="Site » Post title Comments Feed">': the post's title as
    the blog stores it, with no kicker, date line or widget heading a theme may set where the
    headline would be, on pages whose <title> is often only the blog's name. The site's own
    feeds ('Site » Feed', 'Site » Comments Feed') name no post, and show where the site's
    name ends when it holds a separator itself ('Site - Motto » Post Comments Feed'), and name
    the site (a theme's 'Site - Motto RSS Feed' too); a page linking the comments feeds of
    several posts names none of them. A feed of something on the blog ('Site » Post reacties
    feed', a comments feed in a language not read here; 'Site » Topic Category Feed') names no
    site: its name would hold the post's or topic's words, and a headline reading them would
    be taken for the site's name.
    """
    # A blog links three or four feeds; the first few are read (a hostile page may link thousands).
    titles = list(
        itertools.islice(
            (
                norm(link.get("title") or "")
                for link in root.iter("link")
                if "alternate" in (link.get("rel") or "").lower().split() and link.get("title")
            ),
            _MOST_FEED_LINKS,
        )
    )
    sites: set[str] = set()
    posts: list[str] = []
    for title in titles:
        rest = _COMMENTS_FEED_TAIL.sub("", title)
        if rest != title:
            own = _OWN_COMMENTS_FEED.match(rest)
            if own is not None:
                sites.add(own.group("site"))  # the blog's own comments feed
            else:
                posts.append(rest)
        elif (site := _SITE_FEED.match(title)) is not None and not _FIRST_GUILLEMET.search(site.group("site")):
            # The blog's own feed. WordPress's '»' inside the name marks the feed of something on the
            # blog: a post's comments in a language the tail above does not read ('Blog » Post
            # reacties feed'), a category's, a tag's, a podcast's; their names hold no site's name.
            sites.add(site.group("site"))
    found: set[str] = set()
    for rest in posts:
        # After the longest name of the site's own feeds that it starts with, else after the first of
        # WordPress's own separators ('»': a blog's name holds dashes and pipes, rarely that), else
        # after its first separator.
        cuts = [cut for site in sites if rest.startswith(site) and (cut := _FIRST_FEED_SEP.match(rest, len(site)))]
        cut = (
            max(cuts, key=lambda match: match.start(), default=None)
            or _FIRST_GUILLEMET.search(rest)
            or _FIRST_FEED_SEP.search(rest)
        )
        if cut is not None:
            found.add(norm(_strip_markup(rest[cut.end() :])))
    found.discard("")
    names = sorted(name for site in sites if (name := norm(site)))
    if len(found) != 1:
        return None, names
    title = found.pop()
    return (None if _URLISH.search(title) else title), names


def _newsml_headline(root: HtmlElement) -> str | None:
    """The item's headline in NewsML markup printed into the page ('<NewsLines><HeadLine>…').

    General pattern: wire-agency feeds in NewsML are printed by some
    portals with their tags as they came, the story's <HeadLine> first in its <NewsLines>, the
    photos' captions after it in their own NewsLines; such a page often has no title of its own.
    Only a page with no title source at all is searched (by the caller).
    """
    for el in itertools.islice(root.iter("headline"), 1):
        if el.getparent() is not None and el.getparent().tag == "newslines":
            text = norm(all_text(el))
            if 2 <= len(text.split()) <= 40:
                return text
    return None


def _strip_markup(text: str) -> str:
    """Text without tags or a CDATA wrapper ('<![CDATA[Title with <i>stress</i>]]>')."""
    return re.sub(r"<[^>]*>", " ", re.sub(r"<!\[CDATA\[|\]\]>", "", text))


def read_meta(root: HtmlElement, address: str | None = None) -> PageMeta:
    """Collect titles, site name, byline, date, lead and canonical URL from the whole page.

    `address`: the URL the page was fetched from, if known (the canonical URL comes first).
    """
    meta = PageMeta()
    classed: list[HtmlElement] | None = None

    def with_hint_classes() -> list[HtmlElement]:
        # One pass, made only when metadata is missing, for the class-based lookups.
        nonlocal classed
        if classed is None:
            # '/descendant::*' visits the elements only; '//*' (descendant-or-self::node()/child::*)
            # also every text node: the whole-page lookups here take a fifth less time.
            classed = [el for el in root.xpath("/descendant::*[@class]") if _class_hint(el.get("class", ""))]
        return classed

    tags = _MetaTags(root)
    for key, title_tags in (
        ("og", ("og:title",)),
        ("twitter", ("twitter:title",)),
        (
            "dc",
            (
                "dc.title",
                "DC.title",
                "dcterms.title",
                "dc:title",
                "dcterm:title",
                "parsely-title",
                "sailthru.title",
                "citation_title",
                "headline",
            ),
        ),
    ):
        value = tags.first(*title_tags)
        if value:
            meta.titles[key] = value
    feed_post, feed_sites = _blog_feeds(root)
    if "dc" not in meta.titles and (trackback := _trackback_title(root) or feed_post):
        meta.titles["dc"] = trackback
    title_el = root.find(".//title")
    if title_el is not None:
        value = _respaced_dash(norm(all_text(title_el)))
        if value:
            meta.titles["title"] = value
    meta.site_name = tags.first("og:site_name", "application-name")
    sites = [norm(v) for v in tags.values("og:site_name", "application-name", "apple-mobile-web-app-title")]
    sites.extend(feed_sites)
    meta.canonical = _content(root, "/descendant::link[@rel='canonical']/@href") or tags.first("og:url")
    meta.description = tags.first("og:description", "twitter:description", "description")
    meta.sections = [norm(v) for v in tags.values("article:section") if norm(v)]

    ld_author: list[str] = []
    ld_date: str | None = None
    # JSON-LD headlines by rank: an article's headline, an article's name, any other headline, a site's.
    ld_titles: dict[int, str] = {}
    ld_articles: list[tuple[str, set[str]]] = []  # each article's headline and the URLs it names
    for obj in _ld_objects(root):
        kind = _ld_type(obj)
        headline, name = _ld_text(obj.get("headline")), _ld_text(obj.get("name"))
        is_site = bool(_SITE_TYPES.search(kind))
        if is_site and name:
            sites.append(name)
            if not meta.site_name and re.search(r"WebSite|Organization", kind):
                meta.site_name = name
        if re.search(r"WebPage", kind) and name:
            meta.titles.setdefault("page", name)
        if "BreadcrumbList" in kind:
            meta.sections.extend(_crumbs(obj.get("itemListElement")))
        is_article = bool(_ARTICLE_TYPES.search(kind)) and not is_site
        if not is_article and "headline" not in obj:
            continue
        if headline and is_article:
            ld_articles.append((headline, _ld_urls(obj)))
        elif headline:
            # A WebSite's 'headline' is often its motto: only when no other object has one.
            ld_titles.setdefault(3 if is_site else 2, headline)
        elif name and is_article:
            ld_titles.setdefault(1, name)
        sites.extend(_names(obj.get("publisher")))
        if not ld_author:
            ld_author = [norm(n) for n in _names(obj.get("author")) if norm(n)]
        if ld_date is None and isinstance(obj.get("datePublished"), str):
            ld_date = obj["datePublished"]
        if meta.ld_body is None and isinstance(obj.get("articleBody"), str):
            meta.ld_body = obj["articleBody"]
        if not meta.site_name:
            names = _names(obj.get("publisher"))
            if names and norm(names[0]):
                meta.site_name = norm(names[0])
    if ld_articles:
        ld_titles[0] = _page_article(ld_articles, meta.canonical, meta.titles)
    if ld_titles:
        meta.titles["ld"] = ld_titles[min(ld_titles)]
    if not meta.titles and (newsml := _newsml_headline(root)):
        meta.titles["dc"] = newsml
    meta.titles = {key: _mojibake_repaired(value) for key, value in meta.titles.items()}
    sites.extend(logo_alt_names(root, meta.canonical))
    # A JSON-LD title read from a WebSite alone is its motto: it names no story.
    story_keys = ("title", "dc") if ld_titles and min(ld_titles) == 3 else ("title", "ld", "dc")
    if _home_page_graph(
        tags.first("og:url"),
        address,
        meta.titles,
        story_keys,
        lambda: _own_names(root, sites, address or meta.canonical),
    ):
        # The site's og tags on every page: its og:title and og:description name no story.
        home_title = meta.titles.pop("og")
        if comparable(meta.titles.get("twitter", "")) == comparable(home_title):
            del meta.titles["twitter"]
        home_description = tags.first("og:description")
        meta.description = next(
            (v for v in (tags.first("twitter:description"), tags.first("description")) if v and v != home_description),
            None,
        )
    meta.site_names = list(dict.fromkeys(name for name in (norm(n) for n in sites) if name))

    title_keys = {comparable(title) for title in meta.titles.values()}
    # Each part of 'Headline | Site' too: an h1 '<span>Kicker</span><span>Headline</span>' shows the first.
    part_keys = {comparable(part) for title in meta.titles.values() for part in _SITE_SEP.split(title)[:3]}
    part_keys.discard("")
    # Whether every h1 is the site's logo or name (or in a sidebar): then an h2 may be the story's.
    logos_only = True
    links_only = True  # every h1 a link to the home page: the logo, whatever its text
    named = {comparable(name) for name in meta.site_names}
    headline_named_texts: list[tuple[set[str], str]] | None = None  # read at the first breadcrumb h1
    for h1 in root.iter("h1"):
        text = norm(h1_text(h1)).rstrip("¶ ")  # documentation pages end headings with a ¶ permalink
        if not text or len(text) > 400:
            continue
        text = _titled_part(h1, _whole_if_titled(h1, text, title_keys), title_keys, part_keys)
        # A logo's name, kept among the h1s too (the headline choice drops it as the site's); a logo
        # printing the whole <title> ('Site | Headline') names more than the site.
        home = links_home(h1)
        if len(text.split()) <= 6 and comparable(text) not in title_keys and home:
            meta.site_names.append(text)
        if in_breadcrumb(h1) and not _social_reads(meta.titles, text):
            if headline_named_texts is None:
                headline_named_texts = headline_named(root, meta.titles)
            shown = shown_headline(headline_named_texts, text, meta.titles)
        else:
            shown = None
        if shown is not None:
            meta.h1s.append((shown, True))
            logos_only = links_only = False
            if len(meta.h1s) >= 6:
                break
            continue
        if _in_module(h1):
            continue
        logos_only = logos_only and (home or comparable(text) in named)
        links_only = links_only and home
        inside = any(a.tag in ("article", "main") for a in h1.iterancestors()) or bool(
            re.search(r"headline|title|heading", f"{h1.get('class', '')} {h1.get('itemprop', '')}", re.I)
        )
        meta.h1s.append((text, inside))
        if len(meta.h1s) >= 6:
            break

    if meta.h1s and logos_only:
        meta.heading_title = _article_h2(root, meta.canonical, address)
    if meta.h1s and meta.titles.get("title") and (found := logo_over_post(root, meta.titles["title"], meta.canonical)):
        meta.site_names.append(found[0])
        meta.heading_title = found[1]
    elif not meta.h1s:
        meta.heading_title = _kicker_free_h2(root, meta.titles.values())
    if "title" in meta.titles and "og" not in meta.titles and "ld" not in meta.titles:
        # Pages with og:title or JSON-LD name their headline; the search is for old templates.
        meta.page_title = title_in_page(root, meta.titles["title"])
    elif not meta.h1s and (meta.titles.get("og") or meta.titles.get("title")):
        # No h1 to show where the headline ends in 'Headline - Long Site Name': the page's text may.
        meta.shown_title = title_in_page(root, meta.titles.get("og") or meta.titles["title"])
        whole = meta.titles.get("og") or meta.titles["title"]
        # A heading showing a part alone ('Headline' over the story, the whole in a share box) shows
        # where the headline ends.
        parts = {comparable(part) for part in _SITE_SEP.split(whole)} - {""}
        if len(parts) > 1 and _shown_as_heading(root, whole):
            # One pass over the headings, however many parts a (hostile) title has.
            headings = root.iter("h2", "h3", "h4", "h5", "h6")
            if not any(comparable(all_text(el)) in parts and not links_home(el) for el in headings):
                meta.whole_title_heading = whole
    # Titles that are only the site's name (the home page's og:title on every page) name no story.
    site_keys = {comparable(name) for name in meta.site_names}
    story_titles = {key for key, value in meta.titles.items() if comparable(value) not in site_keys}
    # A page whose h1s are only the site's logo (links home) and whose titles name only the site (the
    # home page's og:title on every page) shows its headline where only a headline-named block finds it.
    logo_page = bool(meta.h1s) and links_only and meta.heading_title is None and not story_titles - {"title"}
    if (
        (not meta.h1s or logo_page)
        and story_titles <= {"title", "page"}
        and meta.page_title is None
        and not _shown_as_heading(root, meta.titles.get("title", ""))
    ):
        # Nothing but a <title> that the page never shows: likely the site's name.
        meta.classed_title = _classed_title(root)

    byline = _clean_byline(tags.first("author", "byl", "sailthru.author"))
    if byline is None and ld_author:
        joined = " and ".join(dict.fromkeys(ld_author)) if len(ld_author) <= 3 else ", ".join(ld_author)
        byline = _clean_byline(joined)
    if byline is None:
        byline = _clean_byline(tags.first("article:author"))
    if byline is None:
        # One pass (not a union of two), the cheap test for the attribute first.
        for el in root.xpath("/descendant::*[@rel or @itemprop][@rel='author' or @itemprop='author']"):
            byline = _clean_byline(all_text(el))
            if byline:
                break
    if byline is None:
        for el in with_hint_classes():
            if _BYLINE_CLASS.search(el.get("class", "")) and el.tag not in ("body", "html", "article", "main"):
                text = norm(all_text(el))
                if 0 < len(text) <= 80:
                    byline = _clean_byline(text)
                    if byline:
                        break
    meta.byline = byline

    published = None
    for value in tags.values(
        "article:published_time",
        "og:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "DC.date.issued",
        "parsely-pub-date",
        "sailthru.date",
    ):
        published = parse_date(value)
        if published:
            break
    if published is None:
        published = parse_date(ld_date)
    if published is None:
        for value in root.xpath("/descendant::*[@datetime][@itemprop='datePublished' or self::time]/@datetime"):
            published = parse_date(str(value))
            if published:
                break
    meta.published = published

    # The page's description is the lead; a standfirst element only stands in for a missing one.
    for el in [] if meta.description else with_hint_classes():
        if el.tag not in ("p", "div", "h2"):
            continue
        if not _STANDFIRST_CLASS.search(el.get("class", "")):
            continue
        if el.tag == "div" and len(el.findall(".//p")) > 2:
            continue
        if el.find(".//li") is not None or el.find(".//h2") is not None or el.find(".//h3") is not None:
            continue
        text = norm(all_text(el))
        if 30 <= len(text) <= 600:
            meta.standfirst = text
            break
    return meta
