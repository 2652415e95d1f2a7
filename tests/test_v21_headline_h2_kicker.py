"""Version 21: on a page with no h1, the h2 that shows a title less its kicker is the headline.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Ferry pier reopens after two years of repairs"
STORY = (
    "<p>The ferry pier on the east side of the harbour opened again on Monday morning, two years"
    " after storm damage closed it and sent commuters on a long detour around the bay.</p>"
    "<p>Engineers replaced most of the wooden deck and rebuilt the pier's foundations, and the"
    " harbour board says the crossing now takes twelve minutes instead of forty by road.</p>"
)
URL = "https://baytimes.example/harbour/ferry-pier-reopens"


def _head(title: str) -> str:
    return (
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Bay Times">'
        f"<title>{title} | Bay Times</title>"
    )


def test_an_h2_without_the_titles_kicker_is_the_headline() -> None:
    # General pattern: a kicker is never the headline. A template with no h1 shows the headline
    # in an h2 over the lead and leaves the topic line out of it, while og:title and the <title>
    # read 'Kicker: Headline'. (Before: 'Harbour works: Ferry pier reopens after two years of repairs'.)
    head = _head(f"Harbour works: {HEADLINE}")
    body = f"<article><h2>{HEADLINE}</h2>{STORY}</article>"
    assert headline_of(head, body, URL) == HEADLINE


def test_an_h2_with_a_count_run_on_leaves_the_title() -> None:
    # The other side: an h2 that is not the title less a kicker (a comment count run on) decides nothing.
    head = _head(HEADLINE)
    body = f"<article><h2>{HEADLINE} 42</h2>{STORY}</article>"
    assert headline_of(head, body, URL) == HEADLINE


def test_a_long_prefix_before_the_colon_is_no_kicker() -> None:
    # A title whose part before the colon runs past four words is one headline: the h2 showing
    # only its second half does not cut it.
    title = f"Commuters who waited two long winters say: {HEADLINE}"
    head = _head(title)
    body = f"<article><h2>{HEADLINE}</h2>{STORY}</article>"
    assert headline_of(head, body, URL) == title
