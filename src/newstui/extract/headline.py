"""Choose the headline among og:title, twitter:title, JSON-LD, the h1s and <title>."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from newstui.extract.meta import PageMeta
from newstui.extract.textutil import comparable, norm

_SEP_RE = re.compile(r"\s+(?:\|\|?|–|—|-|::|·|•|/|»|«|~)\s+")


def _host_key(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "mobile", "edition", "news")]
    # 'theguardian.com' → 'theguardian', 'bbc.co.uk' → 'bbc'
    return max(parts[:-1] or parts, key=len, default="") if parts else ""


def _is_site(part: str, site: str | None, host: str) -> bool:
    key = comparable(part)
    if not key:
        return False
    if site and (key == comparable(site) or (len(key) > 3 and key in comparable(site)) or comparable(site) in key):
        return True
    bare = host.replace("-", "")
    # 'Guardian' ↔ 'theguardian', 'BBC News' ↔ 'bbc'; but a headline that merely holds the
    # host's letters ('Frauen im THW: …' on thw.de) is not the site's name.
    if bare and len(key) >= 3 and (key in bare or (bare in key and len(key) <= len(bare) + 6)):
        return True
    return False


def strip_site(title: str, site: str | None, host: str, others: Sequence[str] = ()) -> str:
    """Remove a '… | Site' suffix or 'Site: …' prefix naming the site."""
    title = norm(title)
    for _ in range(3):  # 'Headline | Section | Site'
        matches = list(_SEP_RE.finditer(title))
        if not matches:
            break
        head, tail = title[: matches[-1].start()], title[matches[-1].end() :]
        first_head, first_tail = title[: matches[0].start()], title[matches[0].end() :]
        if _is_site(tail, site, host) or (
            any(comparable(o) == comparable(head) for o in others if o)
        ):
            title = head.strip()
            continue
        if _is_site(first_head, site, host) and len(first_tail.split()) >= 2:
            title = first_tail.strip()
            continue
        # A pipe is almost never part of a headline: 'Long headline here | Short Site'
        sep = matches[-1].group(0).strip()
        if sep in ("|", "||", "::") and len(tail.split()) <= 4 and len(head.split()) >= 4:
            title = head.strip()
            continue
        break
    if site and ":" in title:
        prefix, rest = title.split(":", 1)
        if _is_site(prefix, site, host) and len(rest.split()) >= 2:
            title = rest.strip()
    return title


def _overlap(a: str, b: str) -> float:
    wa = set(re.findall(r"\w+", a.casefold()))
    wb = set(re.findall(r"\w+", b.casefold()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


_LEFT_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def unescape_twice_escaped(text: str) -> str:
    """'SQL &#x26; AI' → 'SQL & AI': an entity still in text after parsing was escaped twice by the CMS.

    General pattern: templates that escape an already escaped title print the
    entity itself; a headline that really means the characters '&amp;' is rarer
    than that bug.
    """
    if "&" not in text or not _LEFT_ENTITY.search(text):
        return text
    import html

    return norm(html.unescape(text))


_SENTENCE_BREAK = re.compile(r"[.?!][\"'”’)]?\s+[A-Z\"“‘]")


def _is_prose(text: str) -> bool:
    """Two or more sentences and over 120 characters: a description or intro, not a headline.

    General pattern: some templates set the page's description in the <h1>; a
    headline is one sentence (or a phrase with a colon), never a paragraph.
    """
    return len(text) > 120 and _SENTENCE_BREAK.search(text) is not None


def choose_headline(meta: PageMeta, url: str | None) -> str:
    """The page's real headline: an h1 that agrees with the metadata titles, else the best meta title."""
    return unescape_twice_escaped(_choose(meta, url))


def _choose(meta: PageMeta, url: str | None) -> str:
    host = _host_key(url or meta.canonical)
    h1_texts = [text for text, _ in meta.h1s]
    metas: list[str] = []
    for key in ("og", "ld", "twitter", "title"):
        raw = meta.titles.get(key)
        if key == "title" and meta.page_title:
            metas.append(meta.page_title)
        elif raw:
            metas.append(strip_site(raw, meta.site_name, host, h1_texts))
    # Parts of the <title> around separators: an h1 equal to one of its short
    # outer parts is the site's name in a logo, not the headline.
    raw_title = meta.titles.get("title", "")
    parts = [comparable(p) for p in _SEP_RE.split(raw_title)] if _SEP_RE.search(raw_title) else []
    outer = {p for p in (parts[0], parts[-1]) if p != max(parts, key=len)} if len(parts) >= 2 else set()
    short_parts = {comparable(p) for p in _SEP_RE.split(raw_title) if len(p.split()) <= 3}
    outer &= short_parts
    h1s = [
        (text, inside)
        for text, inside in meta.h1s
        if not _is_site(text, meta.site_name, host) and len(text) >= 3 and (inside or comparable(text) not in outer)
    ]
    if meta.classed_title and not h1s and set(meta.titles) <= {"title"}:
        return meta.classed_title
    # An h1 that og:title/JSON-LD/twitter agree with beats one only the <title> agrees with
    # ('News' matching '<title>News - Site</title>' above the story's own h1).
    social = [strip_site(meta.titles[key], meta.site_name, host, h1_texts) for key in ("og", "ld", "twitter") if meta.titles.get(key)]
    agreed = [(text, inside) for text, inside in h1s if max((_overlap(text, m) for m in social), default=0.0) >= 0.8]
    candidates = agreed or h1s
    best_h1: str | None = None
    best_score = best_agreement = 0.0
    for index, (text, inside) in enumerate(candidates):
        agreement = max((_overlap(text, m) for m in metas), default=0.0)
        score = agreement + (0.2 if inside else 0.0) - index * 0.01
        if score > best_score:
            best_h1, best_score, best_agreement = text, score, agreement
    if best_h1 is not None and metas and best_agreement < 0.5 and _is_prose(best_h1):
        best_h1 = None  # a description set in the h1: the metadata titles decide
    if best_h1 is not None and (best_score >= 0.5 or not metas):
        if meta.page_title and len(best_h1) > len(meta.page_title) + 5 and comparable(meta.page_title) in comparable(best_h1):
            return meta.page_title  # an h1 logo holding 'Site | Headline' like the <title>
        return best_h1
    # The visible headline of the article beats an SEO title that reads differently.
    visible = [text for text, within in h1s if within and len(text.split()) >= 3 and not _is_prose(text)]
    if len(visible) == 1:
        return visible[0]
    if metas:
        # Titles that agree with each other beat a lone one; og/ld come first.
        ranked = sorted(
            enumerate(metas),
            key=lambda pair: (-sum(_overlap(pair[1], other) >= 0.6 for other in metas), pair[0]),
        )
        return ranked[0][1]
    if h1s:
        return h1s[0][0]
    return meta.classed_title or ""
