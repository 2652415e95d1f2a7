"""Version 20: blocks named like a headline that hold a dateline.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Orchard growers count the cost of a late frost"
# The story confirms the headline (orchard, growers, frost).
STORY = (
    "<p>Orchard growers in the valley lost up to half of their apple blossom to a late frost on"
    " Tuesday night, the growers' association said, as temperatures fell to minus four degrees.</p>"
    "<p>Some farms ran sprinklers through the night to coat the buds in ice, which protects them,"
    " but smaller growers without wells could only wait and count the damage in the morning.</p>"
    "<p>The association will ask the regional government for help with insurance costs, which"
    " have risen every year since the last severe frost hit the valley's orchards in spring.</p>"
)
URL = "https://valleyfarmer.example/news/frost.aspx?id=88"


def test_a_dateline_named_as_a_headline_is_not_the_headline() -> None:
    # General pattern: old templates give the date line the same class as the headline
    # ('<span class="headline">Farm Weekly - March 3, 2026</span>'); a line of a name and a date
    # names no story, and the cell named as the story's title above it does.
    # (Before: 'Farm Weekly - March 3, 2026'.)
    body = (
        f'<span id="ctl00_Main_articleTitle" class="sections">{HEADLINE}</span><br>'
        '<span id="ctl00_Main_byline" class="byline">By Ann Example</span><br>'
        '<span id="ctl00_Main_date" class="headline">Farm Weekly - March 3, 2026</span><br>'
        f"<div>{STORY}</div>"
    )
    assert headline_of("", body, URL) == HEADLINE


def test_a_headline_naming_a_month_stays() -> None:
    # The other side: a headline that happens to name a month and a year is long enough to be one.
    title = "Growers warn the March 2026 frost will raise apple prices this autumn"
    body = f'<div class="headline">{title}</div><div>{STORY}</div>'
    assert headline_of("", body, URL) == title


def test_a_cell_named_article_head_is_the_headline_over_a_generic_title() -> None:
    # General pattern: old templates name the headline's cell 'ArticleHead' ('storyhead'); the
    # <title> says only the site and the page's kind ('Valley Farmer - Article').
    # (Before: 'Valley Farmer - Article'.)
    head = "<title>Valley Farmer - Article</title>"
    body = (
        f'<table><tr><td colspan="2" class="ArticleHead">{HEADLINE}</td></tr>'
        f"<tr><td>{STORY}<p>Valley Farmer, 2026</p></td></tr></table>"
    )
    assert headline_of(head, body, URL) == HEADLINE


def test_a_cell_named_article_header_is_not_taken_for_the_headline() -> None:
    # The other side: 'ArticleHeader' holds the byline and date row, not a headline.
    head = "<title>Valley Farmer - Article</title>"
    body = (
        '<table><tr><td class="ArticleHeader">Orchard and frost report by the farm desk</td></tr>'
        f"<tr><td>{STORY}</td></tr></table>"
    )
    assert headline_of(head, body, URL) != "Orchard and frost report by the farm desk"
