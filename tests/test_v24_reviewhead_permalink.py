"""Review of version 24's permalinked post heading (`meta._permalinked`): pages written for these tests.

- A link was taken to point at the page itself when it matched the canonical URL less its query:
  with query-string addresses ('/?p=123', 'article.php?id=123') every link to another post did,
  and with a relative canonical URL (no host to compare) every relative link did; a canonical URL
  naming the home page matched every '/?cat=3'. A featured teaser's h2 then became the headline.
- Counting the page's bookmark links with '//h2//a[…]' took time quadratic in the number of
  h2s (24,000 linked h2s: about 5 s of CPU in one XPath call, past the page's budget).
"""

from __future__ import annotations

import pytest

from extract_helpers import head_body_page, headline_of
from newstui.extract import budget
from newstui.extract.article import parse_html
from newstui.extract.meta import read_meta

STORY = (
    "<p>The allotment society opened its seed library in the old potting shed this spring, and by"
    " the end of the month members had borrowed more than two hundred packets of beans and peas.</p>"
    "<p>Borrowers promise to bring back seed from their own best plants in the autumn, so that the"
    " shelves fill up again for next year with varieties that grow well in the valley's soil.</p>"
)
HEADLINE = "The seed library opens in the old potting shed"
OTHER = "Last month on the plots: the big dig"
LOGO = "<div id='header'><h1><a href='https://plotnotes.example/'>Plot Notes</a></h1></div>"


@pytest.mark.parametrize(
    ("canonical", "teaser_href", "url"),
    [
        # plain query-string permalinks: another post differs only in its query
        ("https://plotnotes.example/?p=123", "/?p=99", "https://plotnotes.example/?p=123"),
        (
            "https://plotnotes.example/article.php?id=123",
            "article.php?id=99",
            "https://plotnotes.example/article.php?id=123",
        ),
        # a relative canonical URL: no host, so every relative link compared equal
        ("/2026/04/seed-library", "/2026/03/the-big-dig", "https://plotnotes.example/2026/04/seed-library"),
        # a canonical URL naming the home page on every page
        ("https://plotnotes.example/", "/?cat=3", "https://plotnotes.example/2026/04/seed-library"),
    ],
)
def test_a_teaser_linking_to_another_page_is_no_permalinked_post_heading(
    canonical: str, teaser_href: str, url: str
) -> None:
    # General pattern: only a link to the page's own address is its permalink; the query tells
    # query-string posts apart, and a relative or home-page canonical URL names no post.
    # (Before: the featured teaser 'Last month on the plots: the big dig' was the headline.)
    head = f"<link rel='canonical' href='{canonical}'><title>Plot Notes</title>"
    teaser = f"<div class='featured'><h2><a href='{teaser_href}'>{OTHER}</a></h2></div>"
    body = f"{LOGO}{teaser}<div class='post'><h2>{HEADLINE}</h2>{STORY}</div>"
    assert headline_of(head, body, url) == HEADLINE


def test_a_query_string_permalink_to_the_page_itself_still_counts() -> None:
    url = "https://plotnotes.example/?p=123"
    head = f"<link rel='canonical' href='{url}'><title>Plot Notes</title>"
    body = f"{LOGO}<div class='post'><h2><a href='/?p=123'>{HEADLINE}</a></h2>{STORY}</div>"
    assert read_meta(parse_html(head_body_page(head, body))).heading_title == HEADLINE


def test_thousands_of_linked_h2s_are_counted_well_inside_the_budget() -> None:
    # A hostile page of 24,000 h2 links under a logo h1 (the XPath ran ~5 s before; now ~0.1 s).
    h2s = "".join(f"<h2><a href='/a/{k}' rel='bookmark'>Post number {k} here</a></h2>" for k in range(24000))
    root = parse_html(head_body_page("<title>Plot Notes</title>", f"{LOGO}{h2s}"))
    with budget.deadline(budget.SECONDS):
        found = read_meta(root)
        budget.check()  # raises "too large/complex" once the page's time is up
    assert found.heading_title is None  # many bookmark links: none is the page's own
