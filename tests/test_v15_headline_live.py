"""Headline, version 15: live tickers' labels and entries (issue 11), on invented pages."""

from __future__ import annotations

import pytest

from extract_helpers import headline_of, title_everywhere

BODY = "<p>The ferry service was suspended on Friday as the storm pushed waves over the harbour wall.</p>" * 5
HEADLINE = "Storm closes the harbour ferry for the weekend"
SITE = "Estuary Echo"


def _headline(head: str, body: str, url: str | None = "https://estuaryecho.example/live/3") -> str:
    return headline_of(head, body, url)


def _everywhere(title: str) -> tuple[str, str]:
    """The same title in og:title, JSON-LD, <title> (with the site's name) and the h1."""
    return title_everywhere(title, site=SITE, body=BODY, ld_type="LiveBlogPosting")


@pytest.mark.parametrize(
    "labelled",
    [
        f"LIVE: {HEADLINE}",
        f"Live updates: {HEADLINE}",
        f"🔴 LIVE – {HEADLINE}",
        f"Liveblog: {HEADLINE}",
        f"Live-Ticker: {HEADLINE}",
        f"EN DIRECT - {HEADLINE}",
        f"{HEADLINE} – live",
        f"{HEADLINE} (LIVE)",
        f"+++ {HEADLINE} +++",
    ],
)
def test_a_live_label_in_every_source_is_not_the_headlines(labelled: str) -> None:
    # General pattern: a live ticker's label before or after the title, in every source alike,
    # says what kind of page it is; it is no part of the story's title.
    head, body = _everywhere(labelled)
    assert _headline(head, body) == HEADLINE


def test_live_inside_the_headlines_words_stays() -> None:
    # The other side: 'live' as a word of the headline, or a label with one word left, stays.
    for title in ("Live music returns to the harbour pier", "Harbour war live: ferries stay in port", "LIVE: Storm"):
        head, body = _everywhere(title)
        assert _headline(head, body) == title


def test_a_ticker_h1_of_entries_joined_by_plus_signs_gives_way_to_the_title_tags() -> None:
    # General pattern: German tickers print their newest entries in the h1, joined by '+++';
    # the ticker's own title is in og:title, JSON-LD and the <title>.
    ticker = "Sturm an der Küste: aktuelle Lage und Entwicklungen"
    ld = f'{{"@type": "NewsArticle", "headline": "{ticker}"}}'
    head = (
        f'<meta property="og:title" content="{ticker}"><title>{ticker} | {SITE}</title>'
        f"<script type='application/ld+json'>{ld}</script>"
    )
    h1 = "Fähre fällt aus: Hafen gesperrt +++ Deich bei Nordhafen hält"
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == ticker


def test_twitter_title_copied_from_og_title_is_no_second_witness() -> None:
    # General pattern: two wordings of one title; og:title and its copy in twitter:title against
    # JSON-LD and the <title>. The copy adds no vote, so the wording two independent tags give wins.
    og = "Storm: latest news and updates on the harbour ferry"
    plain = "Storm: news and updates on the harbour ferry"
    ld = f'{{"@type": "NewsArticle", "headline": "{plain}"}}'
    head = (
        f'<meta property="og:title" content="{og}"><meta name="twitter:title" content="{og}">'
        f"<title>{plain}</title><script type='application/ld+json'>{ld}</script>"
    )
    body = f"<article><div class='story'>{BODY}</div></article>"
    assert _headline(head, body) == plain


def test_the_labelled_h1_is_not_the_bodys_first_section_heading() -> None:
    # General pattern: the h1 'LIVE: Headline' stands above the standfirst; once the headline
    # is read without its label, that h1 is the headline shown again, not a section's heading.
    # A live entry's own heading repeating the headline after a label ('Update 2: …') stays.
    from newstui.extract import extract_article

    labelled = f"LIVE: {HEADLINE}"
    entries = "".join(f"<article><h2>Update {n}: {HEADLINE}</h2>{BODY}</article>" for n in range(2))
    head, _ = _everywhere(labelled)
    page = f"<html><head>{head}</head><body><main><h1>{labelled}</h1><p>{BODY[3:-4]}</p>{entries}</main></body></html>"
    article = extract_article(page.encode(), url="https://estuaryecho.example/live/3")
    assert article.headline == HEADLINE
    headings = [section.heading for section in article.sections if section.heading]
    assert labelled not in headings
    assert headings == [f"Update {n}: {HEADLINE}" for n in range(2)]
