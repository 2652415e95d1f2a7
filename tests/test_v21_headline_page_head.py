"""Version 21: a block named 'page-head' is the page's banner, not the story's headline cell.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The ferry pier on the east side of the harbour opened again on Monday morning, two years"
    " after storm damage closed it and sent commuters on a long detour around the bay.</p>"
    "<p>Engineers replaced most of the wooden deck and rebuilt the pier's foundations, and the"
    " harbour board says the ferry crossing now takes twelve minutes instead of forty by road.</p>"
)
URL = "https://baytimes.example/article.aspx?id=3"
HEAD = "<title>Bay Times - Article</title>"
BANNER = "Harbour and ferry news from the bay every morning"


def test_a_page_head_banner_is_not_the_headline() -> None:
    # General pattern: templates name the banner over every page (the site's name and motto)
    # 'page-head'; its words may well turn up in a story about the place. Only the story's own
    # cell ('ArticleHead', 'story-head') is named as its headline. (Before: the banner.)
    body = f'<div class="page-head">{BANNER}</div><div>{STORY}</div>'
    assert headline_of(HEAD, body, URL) == "Bay Times - Article"


def test_a_story_head_cell_is_still_the_headline() -> None:
    # The other side: the story's headline cell under the banner is taken as before.
    headline = "Ferry pier reopens after two years of repairs"
    body = (
        f'<div class="page-head">{BANNER}</div>'
        f'<table><tr><td class="storyhead">{headline}</td></tr><tr><td>{STORY}</td></tr></table>'
    )
    assert headline_of(HEAD, body, URL) == headline
