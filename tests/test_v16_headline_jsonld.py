"""Headline, version 16: the JSON-LD headline of the page's own article (issue 11), on invented pages."""

from __future__ import annotations

import json

BODY = "<p>The tide tables for the estuary were printed wrong, the harbour office said on Monday.</p>" * 5
HEADLINE = "Harbour office corrects the misprinted tide tables"
RELATED = "Lifeboat crew rescues two kayakers off the point"
URL = "https://tidewatch.example/2026/05/tide-tables"


def _headline(scripts: list[object], title: str, url: str | None = URL) -> str:
    from newstui.extract import extract_article

    ld = "".join(f"<script type='application/ld+json'>{json.dumps(obj)}</script>" for obj in scripts)
    canonical = f'<link rel="canonical" href="{URL}">' if url else ""
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{canonical}{ld}</head>'
        f"<body><div>{BODY}</div></body></html>"
    )
    return extract_article(page.encode(), url=url).headline


def test_a_related_article_listed_first_loses_to_the_one_naming_the_pages_url() -> None:
    # General pattern: the page lists a related story as a JSON-LD article before its own; the
    # page's article names the canonical URL (here as mainEntityOfPage, with 'www.' and a slash).
    related = {"@type": "NewsArticle", "headline": RELATED, "url": "https://tidewatch.example/2026/05/lifeboat"}
    own = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "mainEntityOfPage": {"@id": "https://www.tidewatch.example/2026/05/tide-tables/"},
    }
    assert _headline([related, own], "Tide tables | Tidewatch") == HEADLINE


def test_without_urls_the_article_sharing_the_titles_words_wins() -> None:
    related = {"@type": "NewsArticle", "headline": RELATED}
    own = {"@type": "NewsArticle", "headline": HEADLINE}
    assert _headline([related, own], "Misprinted tide tables corrected", url=None) == HEADLINE


def test_one_article_is_the_pages_whatever_its_url() -> None:
    own = {"@type": "NewsArticle", "headline": HEADLINE, "url": "https://tidewatch.example/amp/77"}
    assert _headline([own], "Tidewatch") == HEADLINE


def test_a_websites_motto_loses_to_the_pages_headline() -> None:
    # A WebSite object's 'headline' is the site's motto; a WebPage's is the page's.
    site = {"@type": "WebSite", "name": "Tidewatch", "headline": "All the news from the estuary, every day"}
    page = {"@type": "WebPage", "headline": HEADLINE}
    assert _headline([site, page], "Tidewatch") == HEADLINE
