"""Version 24: an h1 whose story text follows it is the story's, whatever a later heading says.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import head_body_page, headline_of
from newstui.extract.article import parse_html
from newstui.extract.meta import read_meta

STORY = (
    "<p>The ferry between the two harbours ran on its winter timetable for the first time this week,"
    " and the crew said the early crossing was nearly empty on each of the first three mornings.</p>"
    "<p>The harbour office expects the later sailings to fill up again once the schools close for"
    " the holidays, when families from the island travel to the market on the mainland.</p>"
)
URL = "https://harbourlog.example/2026/11/winter-timetable"


def test_a_heading_after_the_story_naming_the_title_end_leaves_the_h1_the_headline() -> None:
    # General pattern: '<title>Post: Section</title>' over an unlinked h1 'Post', a standfirst
    # heading right under it, the story, and further down a heading naming the section (a
    # sidebar's or the footer's). The h1 owns the text that follows it; the section's heading
    # after that text is no post heading under a blog's banner. (Before: 'The early boat runs
    # empty', the standfirst, since the section's name was taken as the headline.)
    head = "<title>Winter timetable on the harbour ferry: Harbour Log</title>"
    body = (
        "<h1>Winter timetable on the harbour ferry</h1><h2>The early boat runs empty</h2>"
        f"{STORY}<div class='more'><h2>Harbour Log</h2><p>More notes from the quay.</p></div>"
    )
    assert headline_of(head, body, URL) == "Winter timetable on the harbour ferry"


def test_a_post_title_h1_is_not_learned_as_the_sites_name() -> None:
    # General pattern: '<title>Post - Blog</title>', an unlinked h1 'Post', a date heading, the
    # post, and the blog's name in a later heading: the h1 is the post's, not a banner, so its
    # text is no name of the site. (Before: read_meta listed the post's title among site names.)
    head = "<title>Winter timetable on the harbour ferry - Harbour Log</title>"
    body = (
        "<h1>Winter timetable on the harbour ferry</h1><h3>November 4, 2026</h3>"
        f"{STORY}<div class='about'><h3>Harbour Log</h3><p>Notes from the quay.</p></div>"
    )
    meta = read_meta(parse_html(head_body_page(head, body)))
    assert "Winter timetable on the harbour ferry" not in meta.site_names
    assert headline_of(head, body, URL) == "Winter timetable on the harbour ferry"


def test_a_banner_h1_over_a_motto_and_the_posts_heading_stays_the_sites() -> None:
    # The case the banner rule serves still holds: an unlinked h1 'Blog' over a motto heading,
    # then the post's heading and its text: the post's heading is the headline.
    head = "<title>Harbour Log: Winter timetable on the harbour ferry</title>"
    body = (
        "<div class='top'><h1>Harbour Log</h1><h2>Notes from the quay</h2></div>"
        f"<div class='post'><h3>Winter timetable on the harbour ferry</h3>{STORY}</div>"
    )
    assert headline_of(head, body, URL) == "Winter timetable on the harbour ferry"


def test_a_linked_banner_over_a_sidebars_text_keeps_the_posts_heading() -> None:
    # A linked banner h1 (the blog's name, to the blog's root), a sidebar's 'About' text before
    # the post, then the post's heading: the sidebar's paragraphs are no story under the banner,
    # so the banner still names the site and the post's heading stands in for the h1. (The
    # story-text rule without this exception read neither, and such a page's headline became
    # 'Blog: Post'.)
    about = "<p>" + "This blog is about boats, harbours and the people who work on the water here. " * 5 + "</p>"
    title = "Harbour Log: Winter timetable on the harbour ferry"
    head = f"<meta property='og:title' content='{title}'><title>{title}</title>"
    body = (
        "<div class='top'><h1><a href='https://pages.example/harbourlog/'>Harbour Log</a></h1></div>"
        f"<div class='side'><h2>About</h2>{about}</div>"
        f"<h2>November 4, 2026</h2><div class='post'><h3>Winter timetable on the harbour ferry</h3>{STORY}</div>"
    )
    meta = read_meta(parse_html(head_body_page(head, body)))
    assert "Harbour Log" in meta.site_names
    assert meta.heading_title == "Winter timetable on the harbour ferry"
    assert headline_of(head, body, URL) == "Winter timetable on the harbour ferry"
