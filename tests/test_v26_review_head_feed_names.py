"""Review of v26's blog feed links: a feed of something on the blog names no site.

WordPress links, on a post's page, the blog's own feeds ('Blog » Feed', 'Blog » Comments Feed')
and the feed of the post's comments ('Blog » Post Comments Feed'), its words translated with the
blog's language. A feed link naming a post (or a category, a tag) whose title ends in 'feed' is
not the blog's own feed: read as one, the post's words became a site name, and the headline, a
piece of that name, was set aside as the site's. Pages, names and titles written for these
tests (no data set).
"""

from __future__ import annotations

import time

import lxml.html

from extract_helpers import head_body_page, headline_of
from newstui.extract.meta import read_meta

URL = "https://quillnotes.example/2026/04/lantaarns"
DUTCH_POST = (
    "<p>De lantaarnmakers van de Quillstraat staken zaterdagavond alle ramen aan, voor het eerst sinds"
    " de oude gieterij haar poorten sloot en de straat stil werd.</p>"
    "<p>Kinderen droegen papieren bootjes naar de gracht en de makers zeiden dat ze het in de herfst"
    " opnieuw willen doen als het weer meezit.</p>"
    "<p>De bewonersvereniging beslist volgende maand over de datum, zei haar secretaris.</p>"
)
ENGLISH_POST = (
    "<div class='entry'><p>The ducks on the mill pond have grown fat on the bakery's leftovers all"
    " autumn, and the warden asked on Monday that walkers bring oats and peas instead.</p>"
    "<p>Bread swells in their stomachs and leaves them too full for the weeds they should eat, she"
    " said, and the pond's edges have turned green since the summer.</p></div>"
)
SIDEBAR = "<div class='sidebar'><h2>Worth a look</h2><ul><li><a href='/about'>About</a></li></ul></div>"


def _feed_links(*titles: str) -> str:
    return "".join(
        f'<link rel="alternate" type="application/rss+xml" title="{title}" href="/feed/{n}/">'
        for n, title in enumerate(titles)
    )


def test_a_posts_comments_feed_in_another_language_names_no_site() -> None:
    # A Dutch blog: 'Blog » Post reacties feed'. Before: the post's title became a site name
    # ('Quill Notities » Een avond vol licht reacties'), the h1 a piece of it: headline 'Quill Notities'.
    blog = "Quill Notities"
    head = f"<title>{blog}</title>" + _feed_links(
        f"{blog} &raquo; Feed", f"{blog} &raquo; Reactiesfeed", f"{blog} &raquo; Een avond vol licht reacties feed"
    )
    body = f"<article><h1 class='entry-title'>Een avond vol licht</h1>{DUTCH_POST}</article>"
    assert headline_of(head, body, URL) == "Een avond vol licht"


def test_a_category_feed_names_no_site() -> None:
    blog = "Quill Notes"
    head = f"<title>{blog}</title>" + _feed_links(f"{blog} &raquo; Feed", f"{blog} &raquo; Ducks Category Feed")
    page = head_body_page(head, f"<h1><a href='/'>{blog}</a></h1>{ENGLISH_POST}")
    assert read_meta(lxml.html.fromstring(page), URL).site_names == [blog]


def test_a_post_titled_with_feed_last_is_named_by_its_comments_feed() -> None:
    # 'Blog » … winter feed Comments Feed': the post's title ends in 'feed'. Before: read as the
    # blog's own feed, its words a site name ('Quill Notes » Bread is poor winter'), the post unnamed.
    blog = "Quill Notes"
    post = "Bread is poor winter feed"
    head = f"<title>{blog}</title>" + _feed_links(
        f"{blog} &raquo; Feed", f"{blog} &raquo; Comments Feed", f"{blog} &raquo; {post} Comments Feed"
    )
    body = f"<h1><a href='/'>{blog}</a></h1>{SIDEBAR}{ENGLISH_POST}"
    assert headline_of(head, body, URL) == post
    page = head_body_page(head, body)
    assert read_meta(lxml.html.fromstring(page), URL).site_names == [blog]


def test_a_page_of_forty_thousand_feed_links_reads_its_feeds_in_linear_time() -> None:
    # Each post's title is cut after the longest blog name it starts with: every post against every
    # name. A hostile page of 20,000 blogs' feeds and 20,000 posts' comments feeds took 21 s of CPU
    # read whole; the first 20 feed links are read (a blog links three or four).
    blogs = (f"Harbour Blog {k} &raquo; Feed" for k in range(20_000))
    posts = (f"Harbour Blog &raquo; Mending net {k} Comments Feed" for k in range(20_000))
    root = lxml.html.fromstring(head_body_page(_feed_links(*blogs, *posts), ENGLISH_POST))
    started = time.process_time()
    read_meta(root, URL)
    assert time.process_time() - started < 2.0
