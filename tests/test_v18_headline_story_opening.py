"""Version 18: the heading the story opens with, on pages written for these tests (no data set)."""

from __future__ import annotations

import pytest

STORY = (
    "<p>QUAYSIDE (Harbour Wire) - The harbour board voted on Monday to close the old grain pier to"
    " heavy lorries after engineers found cracks in three of its concrete piles.</p>"
    "<p>Lorries bound for the grain silos will use the eastern quay road from next week, the"
    " board said, while divers survey the remaining piles.</p>"
    "<p>Hauliers said the detour adds twenty minutes to each trip but welcomed the survey of the"
    " pier, which opened in 1931.</p>"
    "<p>The board expects the divers' report on the piles before the end of the month.</p>"
)
HEADLINE = "Harbour board shuts grain pier to lorries"


def _headline(page: str, url: str | None = "https://harbourwire.example/story/12") -> str:
    from newstui.extract import extract_article

    return extract_article(page.encode(), url=url).headline


@pytest.mark.parametrize("url", ["https://harbourwire.example/story/12", None])
def test_a_site_and_section_title_yields_to_the_heading_the_story_opens_with(url: str | None) -> None:
    # General pattern: an old template's <title> is the site's and the section's name (no og:title,
    # no JSON-LD, no h1); its words turn up in the story's dateline ('(Harbour Wire)'), so the
    # story seems to confirm it. The heading the story's text opens with shares more of the
    # story's words: it is the headline.
    page = (
        "<html><head><title>The Harbour Wire - Regional Shipping</title></head><body>"
        '<div class="nav"><a href="/">Home</a> <a href="/ships">Ships</a></div>'
        f'<div class="column"><h3>{HEADLINE}</h3>{STORY}</div></body></html>'
    )
    assert _headline(page, url) == HEADLINE


def test_a_breadcrumb_line_before_the_opening_heading_is_passed_over() -> None:
    # General pattern: a short 'You are here' line may stand between the column's top and the
    # story's heading; the heading still opens the story.
    page = (
        "<html><head><title>The Harbour Wire - Regional Shipping</title></head><body><div class='column'>"
        f"<p>You are here: Home &gt; News &gt; Article</p><h3>{HEADLINE}</h3>{STORY}</div></body></html>"
    )
    assert _headline(page, None) == HEADLINE


@pytest.mark.parametrize(
    "opening",
    [
        "By Ann Marsh and Tom Reed, Coast Press Service",  # a byline set as a heading
        "Members Only Story!",  # a label of the site's
        "Quayside, 17.03.2026 - Statement of the harbour board on the grain pier",  # a dateline
    ],
)
def test_a_title_naming_the_story_keeps_it_over_an_opening_line(opening: str) -> None:
    # The other side: a <title> that is the story's headline shares more words with the story
    # than a byline, a site's label or a dateline heading set over the text.
    title = "Cracked piles close the grain pier"
    page = (
        f"<html><head><title>{title}</title></head><body><div class='column'>"
        f"<h4>{opening}</h4>{STORY}</div></body></html>"
    )
    assert _headline(page, None) == title


def test_a_line_in_a_styled_block_heads_the_story_on_a_page_with_no_title() -> None:
    # General pattern: a page whose head is lost (no <title>, no og:title, no h1) still sets the
    # headline as a line of its own in a styled div over the text.
    page = (
        '<html><body><div class="top"><a href="/">Home</a></div><table><tr><td>'
        f'<div class="wrap"><div class="sh">{HEADLINE}</div></div></td></tr>'
        f"<tr><td>{STORY}</td></tr></table></body></html>"
    )
    assert _headline(page, None) == HEADLINE


def test_a_first_line_the_story_confirms_is_the_headline_of_a_page_with_no_title() -> None:
    # General pattern: the headline cell is kept by the text finder as the story's first line;
    # with no title anywhere, a short line not ending like a sentence that the story confirms is it.
    page = f"<html><body><div class='text'><p>{HEADLINE}</p>{STORY}</div></body></html>"
    assert _headline(page, None) == HEADLINE


def test_a_byline_first_line_is_no_headline() -> None:
    # The other side: a first line sharing no words with the story (a byline) is not taken.
    page = f"<html><body><div class='text'><p>By Ann Marsh, Coast Press</p>{STORY}</div></body></html>"
    assert _headline(page, None) != "By Ann Marsh, Coast Press"


def test_a_short_h1_keeps_its_place_over_the_standfirst_set_right_under_it() -> None:
    # The other side: an h1 sharing one word with the story, then the standfirst as the first
    # heading of the text's block, no text between, no og:title: the h1 is the headline, the
    # line under it its standfirst, though the standfirst shares more of the story's words.
    short = "Pier pressure mounts"
    dek = "Harbour board shuts the cracked grain pier to heavy lorries"
    page = (
        f"<html><head><title>{short} | Harbour Gazette</title></head><body>"
        f'<div class="head"><h1>{short}</h1></div><div class="story"><h2>{dek}</h2>{STORY}</div></body></html>'
    )
    assert _headline(page, None) == short


def test_a_title_the_story_repeats_as_its_first_line_beats_a_module_heading() -> None:
    # General pattern: the <title> is the headline and the story's first line repeats it (a
    # plain cell); a headline-named module elsewhere ('Related Shipping News') is no headline.
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        '<div class="side"><div class="newsheadline">Related Shipping News</div></div>'
        f"<table><tr><td><p>{HEADLINE}</p>{STORY}</td></tr></table></body></html>"
    )
    assert _headline(page, None) == HEADLINE


def test_an_og_title_naming_only_the_site_does_not_guard_the_site_name() -> None:
    # General pattern: the home page's tags printed on every page (og:title = og:site_name =
    # <title> = the logo's h1) name no story; the story's own heading above the text wins.
    site = "Tidewater Magazine"
    page = (
        f'<html><head><meta property="og:title" content="{site}">'
        f'<meta property="og:site_name" content="{site}"><title>{site}</title></head><body>'
        f'<div class="logo"><h1>{site}</h1></div>'
        f'<div class="main"><div class="x"><h3>{HEADLINE}</h3></div><div class="y">{STORY}</div></div></body></html>'
    )
    assert _headline(page, None) == HEADLINE
