"""Version 26: a blog post's comments-feed link names the post when its page names only the blog.

WordPress (and the engines that copy it) links, on a post's page, the feed of that post's
comments: '<link rel="alternate" title="Blog » Post title Comments Feed">'. Pages, names and
titles written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

URL = "https://harbournotes.example/2026/05/mending-nets"
POST = (
    "<div class='entry'><p>Every May the nets come up from the sheds to the east quay, where the older"
    " crews spread them on the stones and mend the winter's tears before the boats go out again.</p>"
    "<p>It takes three weeks, a great deal of twine and more tea than anyone will admit to, and the"
    " younger hands learn the knots the same way their grandparents did, by watching.</p></div>"
)
# The theme's widgets set their own headings where a headline would be.
SIDEBAR = "<div class='sidebar'><h2>Things worth knowing</h2><ul><li><a href='/about'>About</a></li></ul></div>"


def _feeds(site: str, post: str | None, tail: str = "Comments Feed", site_tail: str = "Comments Feed") -> str:
    links = [
        f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="/feed/">',
        f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; {site_tail}" href="/comments/feed/">',
    ]
    if post is not None:
        links.append(f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; {post} {tail}" href="x">')
    return "".join(links)


def test_the_posts_comments_feed_names_it_on_a_page_titled_only_by_the_blog() -> None:
    # Before: 'Things worth knowing', the widget's heading (the <title> gives only the blog's name).
    head = "<title>Harbour Notes</title>" + _feeds("Harbour Notes", "Mending nets on the east quay")
    body = f"<h1><a href='/'>Harbour Notes</a></h1>{SIDEBAR}{POST}"
    assert headline_of(head, body, URL) == "Mending nets on the east quay"


@pytest.mark.parametrize(
    ("tail", "site_tail"), [("Comments Feed", "Comments Feed"), ("Kommentar-Feed", "Kommentar-Feed")]
)
def test_a_blog_name_holding_a_separator_is_cut_where_its_own_feeds_end(tail: str, site_tail: str) -> None:
    # 'Harbour Notes - Life on the quay » Mending nets … Comments Feed': the blog's own feeds show that
    # its name runs to the '»', so the motto after its dash is not the post's title.
    site = "Harbour Notes - Life on the quay"
    head = f"<title>{site}</title>" + _feeds(site, "Mending nets on the east quay", tail, site_tail)
    body = f"<h1><a href='/'>Harbour Notes</a></h1>{SIDEBAR}{POST}"
    assert headline_of(head, body, URL) == "Mending nets on the east quay"


def test_the_blogs_own_comments_feed_names_no_post() -> None:
    # Guard: cut at the name's first separator, the blog's own comments feed would give its motto,
    # 'Life on the quay »', as a post's title.
    site = "Harbour Notes - Life on the quay"
    head = f"<title>Mending nets on the east quay | {site}</title>" + _feeds(site, None)
    body = f"<article><h1>Mending nets on the east quay</h1>{POST}</article>"
    assert headline_of(head, body, URL) == "Mending nets on the east quay"


def test_a_blog_name_holding_a_dash_ends_at_the_guillemet_when_its_own_feeds_are_named_otherwise() -> None:
    # The theme names the blog's own feed 'Blog – Motto RSS Feed' (no separator to learn the name
    # from) and spells the dash differently there; WordPress's '»' still ends the name.
    site = "Harbour Notes - Life on the quay"
    head = (
        f"<title>{site}</title>"
        '<link rel="alternate" type="application/rss+xml" title="Harbour Notes &#8211; Life on the quay RSS Feed"'
        ' href="/feed/">'
        f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Mending nets on the east quay'
        ' Comments Feed" href="x">'
    )
    body = f"<h1><a href='/'>Harbour Notes</a></h1>{SIDEBAR}{POST}"
    assert headline_of(head, body, URL) == "Mending nets on the east quay"


def test_the_blogs_own_feed_names_the_blog_whose_long_name_the_logo_and_title_show() -> None:
    # No comments feed here: the blog's feed ('Blog – Motto RSS Feed') names the blog, so neither the
    # unlinked logo h1 nor the <title>'s tail, both that name, is the headline. Before: the logo's text.
    site = "Harbour Notes – Life on the quay and everything that floats past it"
    head = (
        f"<title>Mending nets on the east quay – {site}</title>"
        f'<link rel="alternate" type="application/rss+xml" title="{site} RSS Feed" href="/feed/">'
    )
    body = f"<div class='logo'><h1>{site}</h1></div>{SIDEBAR}{POST}"
    assert headline_of(head, body, URL) == "Mending nets on the east quay"
