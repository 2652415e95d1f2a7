"""Version 24: a post's h2 linking to the post itself is its headline under a logo h1.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The allotment society opened its seed library in the old potting shed this spring, and by"
    " the end of the month members had borrowed more than two hundred packets of beans and peas.</p>"
    "<p>Borrowers promise to bring back seed from their own best plants in the autumn, so that the"
    " shelves fill up again for next year with varieties that grow well in the valley's soil.</p>"
)
HEADLINE = "The seed library opens in the old potting shed"
URL = "https://plotnotes.example/2026/04/seed-library"
LOGO = "<div id='header'><h1><a href='https://plotnotes.example/'>Plot Notes</a></h1></div>"


def test_a_post_heading_linking_to_the_canonical_url_beats_the_logo() -> None:
    # General pattern: old blog themes give the page only the blog's name as <title>, set that
    # name as a logo h1 linking home, and the post's title as an h2 linking to the post's own
    # address (its permalink, the canonical URL). A site's name is never the headline; the
    # permalinked h2 is. (Before: 'Plot Notes'.)
    head = f"<link rel='canonical' href='{URL}'><title>Plot Notes</title>"
    body = f"{LOGO}<div class='post'><h2><a href='{URL}'>{HEADLINE}</a></h2>{STORY}</div>"
    assert headline_of(head, body, URL) == HEADLINE


def test_a_lone_bookmark_linked_post_heading_beats_the_logo() -> None:
    # The same with the link marked rel="bookmark" (the permalink's mark) and no canonical tag.
    head = "<title>Plot Notes</title>"
    body = (
        f"{LOGO}<div class='post'><h2><a href='/2026/04/seed-library' rel='bookmark'>{HEADLINE}</a></h2>{STORY}</div>"
    )
    assert headline_of(head, body, URL) == HEADLINE


def test_a_list_of_bookmark_linked_teasers_names_no_story() -> None:
    # A front page lists several posts, each h2 a bookmark link: none of them is the page's own.
    head = "<title>Plot Notes</title>"
    teasers = "".join(
        f"<div class='post'><h2><a href='/2026/04/p{n}' rel='bookmark'>Post number {n} from the plots</a></h2>"
        f"{STORY}</div>"
        for n in range(3)
    )
    assert headline_of(head, f"{LOGO}{teasers}", "https://plotnotes.example/") != "Post number 0 from the plots"
