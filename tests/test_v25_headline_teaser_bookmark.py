"""Version 25: a lone rel="bookmark" teaser over the post is not the post's permalinked heading.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The harbour board voted on Tuesday night to close the old pier road for the winter, after"
    " engineers found that the sea wall beneath it had cracked in two places during the autumn gales.</p>"
    "<p>Fishing crews will use the north slipway until the repairs are finished, which the board expects"
    " to take until the spring, at a cost it has not yet put a figure on.</p>"
)
HEADLINE = "Harbour board closes the old pier road"
TEASER = "Last month at the lighthouse museum"
URL = "https://gullnotes.example/2026/11/pier-road"
LOGO = "<div id='header'><h1><a href='https://gullnotes.example/'>Gull Notes</a></h1></div>"
HEAD = "<title>Gull Notes</title>"


def _page(teaser_href: str) -> str:
    return (
        f"{LOGO}<div class='featured'><h2><a href='{teaser_href}' rel='bookmark'>{TEASER}</a></h2>"
        "<p>From the archive.</p></div>"
        f"<div class='post'><div class='title'>{HEADLINE}</div>{STORY}</div>"
    )


def test_a_lone_bookmark_teaser_to_another_post_is_not_the_headline() -> None:
    # General pattern: old blog themes mark the post's own title as a rel="bookmark" link to
    # its permalink, and version 24 takes the page's only such h2 for the post's heading when
    # no canonical link says where the page is. A theme's featured or previous post, set over
    # the post as a lone bookmark-linked h2, links to another page of the same site: the
    # address the page was fetched from tells them apart. (Before: the teaser's title.)
    assert headline_of(HEAD, _page("/2026/10/lighthouse-museum"), URL) == HEADLINE


def test_a_lone_bookmark_link_to_the_page_itself_still_counts() -> None:
    # The post's own permalinked h2 over a logo h1 stays the headline (version 24), the fetched
    # address carrying tracking tags the link does not.
    body = f"{LOGO}<div class='post'><h2><a href='/2026/11/pier-road' rel='bookmark'>{HEADLINE}</a></h2>{STORY}</div>"
    assert headline_of(HEAD, body, URL + "?utm_source=feed") == HEADLINE
