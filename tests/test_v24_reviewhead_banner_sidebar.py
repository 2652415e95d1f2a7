"""Review of version 24's story-text rule in `meta.logo_over_post`: pages written for these tests.

An unlinked banner h1 (a blog's name over its motto) lost its post's heading once 300
characters of any paragraphs came between them: a sidebar's 'About' text set before the post
(in an <aside> or a plain div) made the banner 'the story's h1', so the blog's name became the
headline of every post ('Harbour Log - Post', 'Notes from the Old Harbour Wall: Post').
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

STORY = (
    "<p>The ferry between the two harbours ran on its winter timetable for the first time this week,"
    " and the crew said the early crossing was nearly empty on each of the first three mornings.</p>"
    "<p>The harbour office expects the later sailings to fill up again once the schools close for"
    " the holidays, when families from the island travel to the market on the mainland.</p>"
)
ABOUT = "<p>" + "This blog is about boats, harbours and the people who work on the water here. " * 5 + "</p>"
HEADLINE = "Winter timetable on the harbour ferry"
URL = "https://harbourlog.example/2026/11/winter-timetable"


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Harbour Log - " + HEADLINE, "aside"),
        ("Harbour Log | " + HEADLINE, "div class='sidebar'"),
        ("Notes from the Old Harbour Wall: " + HEADLINE, "aside"),
    ],
)
def test_a_sidebars_text_before_the_post_leaves_the_banner_the_sites(title: str, side: str) -> None:
    # General pattern: the banner's own story text, if any, follows it; a heading that reads the
    # rest of the title and has the post's text under it is the post's heading, whatever
    # paragraphs (a sidebar's) came before it. (Before: the blog's name was the headline.)
    name = title[: -len(HEADLINE)].rstrip(" -|:")
    head = f"<meta property='og:title' content='{title}'><title>{title}</title>"
    body = (
        f"<div class='top'><h1>{name}</h1><h2>Notes from the quay</h2></div>"
        f"<{side}><h2>About</h2>{ABOUT}</{side.split()[0]}>"
        f"<div class='post'><h3>{HEADLINE}</h3>{STORY}</div>"
    )
    assert headline_of(head, body, URL) == HEADLINE
