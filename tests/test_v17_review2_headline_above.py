"""Version 17 review: the story-confirmed headline (extract/story_headline.py) is the heading
nearest above the story; a heading set above the page's own headline heading is not it.
Pages written for these tests (no data set)."""

from __future__ import annotations

from extract_helpers import GRAIN_PIER_HEADLINE, GRAIN_PIER_STORY

PUN = "Piling on the pressure"
DEK = "Divers survey grain pier piles after engineers find cracks"


def _headline(page: str) -> str:
    from newstui.extract import extract_article

    return extract_article(page.encode(), url="https://harbourgazette.example/news/78").headline


def test_a_heading_above_the_headline_h1_does_not_replace_it() -> None:
    # General pattern: a strip above the article (a ticker, an overline, a 'latest' box) holds an
    # unlinked heading that shares the story's words; the h1 over the story reads the headline
    # the <title> gives. The h1 stands nearer the story: it is the headline, pun or not.
    # (Before: the strip's heading became the headline.)
    page = (
        f"<html><head><title>{PUN} | Harbour Gazette</title></head><body>"
        f'<div class="ticker"><h4>{DEK}</h4></div>'
        f'<div class="story"><h1>{PUN}</h1>{GRAIN_PIER_STORY}</div></body></html>'
    )
    assert _headline(page) == PUN


def test_a_section_h1_above_the_story_heading_still_yields_to_it() -> None:
    # The other side: the banner's h1 reads the section the <title> names; the story's own
    # heading comes after it, nearer the story, and is the headline.
    page = (
        "<html><head><title>Port News Wire</title></head><body>"
        '<div class="masthead"><h1>Port News Wire</h1></div>'
        f'<div class="story"><h3>{GRAIN_PIER_HEADLINE}</h3>{GRAIN_PIER_STORY}</div></body></html>'
    )
    assert _headline(page) == GRAIN_PIER_HEADLINE
