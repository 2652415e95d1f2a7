"""Version 17: a headline the story's own text confirms, on pages written for these tests (no data set)."""

from __future__ import annotations

from extract_helpers import GRAIN_PIER_HEADLINE, GRAIN_PIER_STORY


def _headline(page: str) -> str:
    from newstui.extract import extract_article

    return extract_article(page.encode(), url="https://harbourgazette.example/news/77").headline


def test_a_section_name_in_the_title_yields_to_the_heading_above_the_story() -> None:
    # General pattern: old templates put only the site's section in <title> and in the banner's
    # h1 ('Port News Wire'), with no og:title; the story's headline is an h2 in its column.
    page = (
        "<html><head><title>harbourgazette.example - Port News Wire</title></head><body>"
        '<div class="masthead"><h1>Port News Wire</h1></div>'
        f'<div class="story"><h2>{GRAIN_PIER_HEADLINE}</h2>{GRAIN_PIER_STORY}</div></body></html>'
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE


def test_a_bold_line_heads_the_story_when_the_page_has_no_title() -> None:
    # General pattern: table layouts set the headline as a bold line or a 'contentheading'
    # cell over the text, with an empty <title>.
    page = (
        "<html><head><title></title></head><body><table><tr>"
        f'<td class="contentheading">{GRAIN_PIER_HEADLINE}</td></tr>'
        f"<tr><td>{GRAIN_PIER_STORY}</td></tr></table></body></html>"
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE


def test_the_story_h1_beats_a_section_title_that_shares_no_word() -> None:
    # General pattern: the h1 over the story is the headline; a <title> naming the section
    # ('Lifestyle & Leisure') shares no word with the story and agrees with nothing.
    page = (
        "<html><head><title>Lifestyle &amp; Leisure</title></head><body>"
        f'<div><h1 class="stry_hd">{GRAIN_PIER_HEADLINE}</h1>{GRAIN_PIER_STORY}</div></body></html>'
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE


def test_a_title_the_story_confirms_is_kept() -> None:
    # The other side: a <title> sharing words with the story stays, whatever headings the page has.
    page = (
        f"<html><head><title>{GRAIN_PIER_HEADLINE} - Harbour Gazette</title></head><body>"
        "<div><h2>Quay road works update</h2></div>"
        f"<div><h1>{GRAIN_PIER_HEADLINE}</h1>{GRAIN_PIER_STORY}</div></body></html>"
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE


def test_a_punning_h1_is_not_replaced_by_a_teaser_heading() -> None:
    # The other side: a short h1 sharing no word with the story is still the page's headline
    # when it is the visible h1 the titles agree with; a teaser heading elsewhere is no headline.
    pun = "Piling on the pressure"
    page = (
        f'<html><head><title>{pun} | Harbour Gazette</title><meta property="og:title" content="{pun}">'
        f"</head><body><article><h1>{pun}</h1>{GRAIN_PIER_STORY}</article>"
        "<aside><h3>Divers survey grain pier piles after cracks found</h3></aside></body></html>"
    )
    assert _headline(page) == pun


def test_a_subtitle_the_title_shows_beside_the_headline_stays_the_subtitle() -> None:
    # The other side: '<title>Headline - Subtitle : Site</title>' with the headline in the h1 and
    # the subtitle in an h2 under it: the h1 is the headline even when only the subtitle shares
    # the story's words.
    pun = "Piling on the pressure"
    sub = "Harbour board closes the cracked grain pier to heavy lorries"
    page = (
        f"<html><head><title>{pun} - {sub} : harbourgazette.example</title></head><body>"
        f"<h1>{pun}</h1><h2>{sub}</h2><div>{GRAIN_PIER_STORY}</div></body></html>"
    )
    assert _headline(page) == pun


def test_a_motto_after_the_site_in_the_title_is_no_headline() -> None:
    # General pattern: '<title>Headline - Site - Motto</title>' where the page shows the motto as
    # text: the motto comes after the headline in the title; the story's heading wins.
    motto = "Independent Coverage of Coastal Trade"
    page = (
        f"<html><head><title>{GRAIN_PIER_HEADLINE} - Harbour Gazette - {motto}</title></head><body>"
        f'<div class="top"><span>{motto}</span></div>'
        f'<div class="story"><h3>{GRAIN_PIER_HEADLINE}</h3>{GRAIN_PIER_STORY}</div>'
        "</body></html>"
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE


def test_a_standfirst_under_the_headline_h1_is_not_the_headline() -> None:
    # The other side: an h1 pun with the standfirst set under it in the same header block (as an
    # h2, or a block named 'subheadline'): that line is the subtitle, however many words it shares.
    pun = "Piling on the pressure"
    dek = "Harbour board closes the cracked grain pier to heavy lorries"
    for sub in (f"<h2>{dek}</h2>", f'<div class="subheadline">{dek}</div>'):
        page = (
            f"<html><head><title>{pun} | Harbour Gazette</title></head><body>"
            f'<div class="header"><h1>{pun}</h1>{sub}</div><div class="body">{GRAIN_PIER_STORY}</div></body></html>'
        )
        assert _headline(page) == pun
