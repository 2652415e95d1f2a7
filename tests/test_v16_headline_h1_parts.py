"""Headline, version 16: the site's name and notes printed in the h1 (issue 11), on invented pages."""

from __future__ import annotations

from extract_helpers import headline_of

BODY = "<p>The orchard society counted more apple varieties this autumn than in any year before.</p>" * 5
HEADLINE = "Orchard society counts a record number of apples"
SITE = "Valley Orchard Post"


def _headline(head: str, body: str, url: str | None = "https://valleyorchardpost.example/story/12") -> str:
    return headline_of(head, body, url)


def test_the_sites_name_printed_after_the_h1s_headline_goes_when_og_title_lacks_it() -> None:
    # General pattern: the template prints the <title> whole in the heading; og:title gives
    # the headline alone and og:site_name names the part after the bar.
    head = (
        f'<meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="{SITE}">'
        f"<title>{HEADLINE} | {SITE}</title>"
    )
    assert _headline(head, f"<div><h1>{HEADLINE} | {SITE}</h1>{BODY}</div>") == HEADLINE


def test_the_sites_name_printed_before_the_h1s_headline_goes_too() -> None:
    head = f'<meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="{SITE}">'
    assert _headline(head, f"<article><h1>{SITE} – {HEADLINE}</h1>{BODY}</article>") == HEADLINE


def test_a_sites_name_every_source_carries_stays() -> None:
    # The other side: og:title, JSON-LD and the h1 all end in the name: that is how the site
    # titles its stories, not a template's leftover.
    titled = f"{HEADLINE} – {SITE}"
    ld = f'{{"@type": "NewsArticle", "headline": "{titled}"}}'
    head = (
        f'<meta property="og:title" content="{titled}"><meta property="og:site_name" content="{SITE}">'
        f"<script type='application/ld+json'>{ld}</script>"
    )
    assert _headline(head, f"<article><h1>{titled}</h1>{BODY}</article>") == titled


def test_a_longer_name_holding_the_sites_stays() -> None:
    # 'Valley Orchard Post #4' is the series' issue, not the site's name.
    titled = f"{SITE} #4 – {HEADLINE}"
    head = f'<meta property="og:title" content="{titled}"><meta property="og:site_name" content="{SITE}">'
    assert _headline(head, f"<article><h1>{titled}</h1>{BODY}</article>") == titled


def test_a_series_line_and_a_broadcast_note_around_the_title_in_the_h1_go() -> None:
    # General pattern: a media library prints 'Series: Title | Video of the show of …' in the
    # heading; og:title and the <title> give the title alone.
    head = f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | Video | {SITE}</title>'
    h1 = f"Orchard hour: {HEADLINE} | Video of the show of 3 May 2026, 18:15"
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == HEADLINE


def test_extra_parts_a_title_source_carries_are_the_headlines() -> None:
    # A letters page: og:title lists every letter, the <title> only the first three.
    letters = "Letters: Apple prices | Orchard roads | Cider tax | Bee keeping"
    head = f'<meta property="og:title" content="{letters}"><title>Letters: Apple prices | Orchard roads</title>'
    assert _headline(head, f"<article><h1>{letters}</h1>{BODY}</article>") == letters


def test_a_kicker_in_its_own_unnamed_part_of_the_h1_goes_when_the_titles_give_the_headline_with_the_sites_name() -> (
    None
):
    # General pattern: '<h1><span>Topic</span><span>Headline</span></h1>' under class names no
    # list knows; og:title and the <title> give 'Headline | Site', never the topic.
    head = f'<meta property="og:title" content="{HEADLINE} | {SITE}"><title>{HEADLINE} - {SITE}</title>'
    body = f'<article><h1><span class="k7">Harvest</span><span class="t9">{HEADLINE}</span></h1>{BODY}</article>'
    assert _headline(head, body) == HEADLINE


def test_a_subtitle_part_the_titles_carry_whole_stays() -> None:
    # The other side: og:title gives 'Headline - Subtitle' whole; the h1's subtitle part is the title's.
    titled = f"{HEADLINE} - A season of record crops"
    head = f'<meta property="og:title" content="{titled}"><title>{titled} - {SITE}</title>'
    body = (
        f'<article><h1><span class="entry-title-primary">{HEADLINE}</span> '
        f'<span class="entry-subtitle">A season of record crops</span></h1>{BODY}</article>'
    )
    assert _headline(head, body) == f"{HEADLINE} A season of record crops"


def test_an_h1_of_headline_and_subtitle_parts_a_title_carries_both_of_stays_whole() -> None:
    # The other side: '<title>Headline - Subtitle | Site' parts into 'Headline' and 'Subtitle'; the
    # h1 '<span>Headline</span><span>Subtitle</span>' is neither alone.
    subtitle = "A season of record crops"
    head = f"<title>{HEADLINE} - {subtitle} | {SITE}</title>"
    body = f'<article><h1><span class="q1">{HEADLINE}</span> <span class="q2">{subtitle}</span></h1>{BODY}</article>'
    assert _headline(head, body) == f"{HEADLINE} {subtitle}"
