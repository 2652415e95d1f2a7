"""Headline choice, version 14 rules, on pages written for these tests (not from any development set)."""

from __future__ import annotations

import json

from extract_helpers import headline_of

BODY = "<p>The lock keepers on the old canal voted on Monday to open the gates an hour earlier all summer.</p>" * 5
REST = "Lock keepers open the gates an hour earlier"


def _headline(head: str, body: str, url: str | None = "https://canalwatch.example/story/7") -> str:
    return headline_of(head, body, url)


def _head(title: str, *, og: bool = True, ld: bool = True, tail: str = " | Canal Watch") -> str:
    parts = [f"<title>{title}{tail}</title>", '<meta property="og:site_name" content="Canal Watch">']
    if og:
        parts.append(f'<meta property="og:title" content="{title}">')
    if ld:
        obj = {"@type": "NewsArticle", "headline": title}
        parts.append(f'<script type="application/ld+json">{json.dumps(obj)}</script>')
    return "".join(parts)


def test_a_kicker_every_title_source_joins_to_the_headline_is_the_pages_title() -> None:
    # General pattern: the topic line is shown above the h1, and og:title, JSON-LD and the
    # <title> all give 'Kicker: Headline': the title as written is the joined one.
    joined = f"Summer hours: {REST}"
    body = f'<article><div class="topic">Summer hours</div><h1>{REST}</h1>{BODY}</article>'
    assert _headline(_head(joined), body) == joined


def test_a_kicker_part_of_the_h1_with_a_hidden_colon_joins_too() -> None:
    # General pattern: the kicker sits in its own part of the h1, the colon hidden for sighted
    # readers; the kicker-named part is left out of the h1's text, and the titles put it back.
    joined = f"Summer hours: {REST}"
    h1 = (
        '<h1><span class="article-kicker">Summer hours<span class="visually-hidden">:</span></span> '
        f'<span class="article-title">{REST}</span></h1>'
    )
    assert _headline(_head(joined), f"<article>{h1}{BODY}</article>") == joined


def test_a_title_with_a_dash_kicker_in_json_ld_joins() -> None:
    # The same with a dash in JSON-LD and a date run on after the <title>'s comma.
    joined = f"Summer hours: {REST}"
    obj = {"@type": "NewsArticle", "headline": f"Summer hours - {REST}"}
    head = (
        f'<title>{joined}, Canal Watch, 04.06.2026</title><meta property="og:title" content="{joined}">'
        f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    )
    body = f'<article><div class="overline">Summer hours</div><h1>{REST}</h1>{BODY}</article>'
    assert _headline(head, body) == joined


def test_without_json_ld_the_h1_stays() -> None:
    # og:title and the <title> alone are often SEO lines with a topic put before the headline.
    joined = f"Summer hours: {REST}"
    body = f'<article><div class="topic">Summer hours</div><h1>{REST}</h1>{BODY}</article>'
    assert _headline(_head(joined, ld=False), body) == REST


def test_a_title_source_giving_the_h1_alone_keeps_it() -> None:
    joined = f"Summer hours: {REST}"
    head = _head(joined) + f'<meta name="twitter:title" content="{REST}">'
    body = f'<article><div class="topic">Summer hours</div><h1>{REST}</h1>{BODY}</article>'
    assert _headline(head, body) == REST


def test_a_label_section_or_site_before_the_colon_is_never_joined() -> None:
    # General pattern: 'Live', 'Opinion', 'Politics', the site's own name say what kind of item
    # or whose it is; they are not part of the headline however many sources carry them.
    for kicker in ("Live", "Opinion", "Politics", "Canal Watch"):
        joined = f"{kicker}: {REST}"
        body = f'<article><div class="topic">{kicker}</div><h1>{REST}</h1>{BODY}</article>'
        assert _headline(_head(joined), body) == REST, kicker


def test_a_section_the_page_names_is_never_joined() -> None:
    # The kicker is the page's own section (article:section), not a word any list knows.
    joined = f"Towpaths: {REST}"
    head = _head(joined) + '<meta property="article:section" content="Towpaths">'
    body = f'<article><div class="topic">Towpaths</div><h1>{REST}</h1>{BODY}</article>'
    assert _headline(head, body) == REST
