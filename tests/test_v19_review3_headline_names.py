"""Review of version 19's camelCase headline cells: a name whose first word says whose or what else the title is.

'jobTitle' under a byline is the writer's post, 'blogTitle' the blog's name, 'columnTitle' the column's,
'categoryTitle' the section's: none names the story's headline, even when the story's words confirm it.
Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import head_body_page
from newstui.extract import extract_article

HEADLINE = "Keepers return to the northern cape lighthouse"
STORY = (
    "<p>Two volunteers will keep the old lighthouse on the northern cape from June to August, the"
    " heritage trust said, the first keepers to live there since the light was automated.</p>"
    "<p>The keepers will guide visitors up the tower, log the weather three times a day and repaint"
    " the lantern room, which has not been touched for thirty years.</p>"
)
OTHER_NAMES = [
    "jobTitle",
    "authorTitle",
    "blogTitle",
    "columnTitle",
    "categoryTitle",
    "cardTitle",
    "adTitle",
    "newsletterTitle",
]


@pytest.mark.parametrize("name", OTHER_NAMES)
def test_a_line_named_for_something_else_does_not_replace_the_named_headline(name: str) -> None:
    # A table template: the headline in a 'newsTitle' cell, then the byline with the writer's post.
    # (Before: the post, confirmed by the story's words and nearer the text, became the headline.)
    body = (
        f"<table><tr><td class='newsTitle'>{HEADLINE}</td></tr>"
        f"<tr><td><span class='byline'>By Ana Ruiz</span> <span class='{name}'>Heritage trust volunteer"
        f" coordinator</span></td></tr><tr><td class='col'>{STORY}</td></tr></table>"
    )
    page = head_body_page("<title>Harbour Herald</title>", body)
    assert extract_article(page.encode()).headline == HEADLINE


@pytest.mark.parametrize("name", OTHER_NAMES)
def test_a_line_named_for_something_else_is_no_headline(name: str) -> None:
    # No named headline at all: the site's title stays rather than the writer's post or the blog's name.
    body = f"<span class='{name}'>Heritage trust volunteer coordinator</span><div class='col'>{STORY}</div>"
    page = head_body_page("<title>Harbour Herald</title>", body)
    assert extract_article(page.encode()).headline == "Harbour Herald"


def test_a_story_named_camel_cell_still_counts() -> None:
    # The other side: 'newsTitle' alone still names the headline over a site-name title.
    body = f"<div class='newsTitle'>{HEADLINE}</div><div class='col'>{STORY}</div>"
    page = head_body_page("<title>Harbour Herald</title>", body)
    assert extract_article(page.encode()).headline == HEADLINE
