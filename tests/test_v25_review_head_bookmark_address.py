"""Review of version 25's teaser rule: the post's own bookmark-linked h2 must not read as
"another page" when the page's addresses are set or written differently.

Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

STORY = (
    "<p>The ferry company said on Monday that the evening crossing to the island will stop for"
    " the season, after two of its three boats failed their winter safety checks in the yard.</p>"
    "<p>Islanders who work on the mainland will be offered seats on the early morning bus, the"
    " council added, until the boats are back in service some time before the summer.</p>"
)
HEADLINE = "Evening ferry to the island stops for the season"
LOGO = "<div id='header'><h1><a href='https://tidewatch.example/'>Tide Watch</a></h1></div>"


def _page(href: str) -> str:
    return f"{LOGO}<div class='post'><h2><a href='{href}' rel='bookmark'>{HEADLINE}</a></h2>{STORY}</div>"


def test_a_canonical_naming_the_home_page_does_not_make_the_post_another_page() -> None:
    # General pattern: some sites set every page's canonical link to their home page (a theme
    # or plugin misconfiguration). The home page is no post (`_permalinked` says so for the
    # canonical branch), so it cannot prove that the post's own bookmark link leads elsewhere.
    # (Before: the post's heading was dropped as a teaser and the logo's name was left.)
    head = "<title>Tide Watch</title><link rel='canonical' href='https://tidewatch.example/'>"
    url = "https://tidewatch.example/2026/11/evening-ferry"
    assert headline_of(head, _page("/2026/11/evening-ferry"), url) == HEADLINE


def test_a_canonical_on_another_host_does_not_resolve_the_pages_own_relative_link() -> None:
    # General pattern: a syndicated story names the original outlet's page as canonical; the
    # copy's own relative permalink is relative to the copy's address, not the canonical's.
    head = "<title>Tide Watch</title><link rel='canonical' href='https://harbourwire.example/stories/ferry-stops'>"
    url = "https://tidewatch.example/2026/11/evening-ferry"
    assert headline_of(head, _page("/2026/11/evening-ferry"), url) == HEADLINE


def test_tracking_tags_added_to_a_query_address_leave_the_page_the_same() -> None:
    # General pattern: 'article.php?id=N' sites fetched from a feed whose links add tracking
    # tags ('&utm_source=rss'): a query differing only in keys one side lacks is the same page.
    url = "https://tidewatch.example/article.php?id=4417&utm_source=rss"
    assert headline_of("<title>Tide Watch</title>", _page("article.php?id=4417"), url) == HEADLINE


@pytest.mark.parametrize("href", ["/2026/11/паром/", "/2026/11/%d0%bf%d0%b0%d1%80%d0%be%d0%bc/"])
def test_a_slug_in_another_script_is_the_same_page_however_it_is_escaped(href: str) -> None:
    # General pattern: non-Latin slugs are written raw or percent-escaped (in lower or upper
    # case hex) in links, while the fetched address comes percent-escaped by the HTTP client.
    url = "https://tidewatch.example/2026/11/%D0%BF%D0%B0%D1%80%D0%BE%D0%BC/"
    assert headline_of("<title>Tide Watch</title>", _page(href), url) == HEADLINE


def test_a_teaser_to_another_post_is_still_refused() -> None:
    # The version 25 rule itself, with each of the addresses above.
    link = "<a href='/2026/10/lighthouse-open-day' rel='bookmark'>Open day at the old lighthouse</a>"
    teaser = f"<div class='featured'><h2>{link}</h2></div>"
    body = f"{LOGO}{teaser}<div class='post'><div class='title'>{HEADLINE}</div>{STORY}</div>"
    for head, url in (
        ("<link rel='canonical' href='https://tidewatch.example/2026/11/evening-ferry'>", None),
        ("<link rel='canonical' href='https://tidewatch.example/'>", "https://tidewatch.example/2026/11/evening-ferry"),
        ("", "https://tidewatch.example/2026/11/evening-ferry?utm_source=rss"),
    ):
        assert headline_of(f"<title>Tide Watch</title>{head}", body, url) == HEADLINE


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://m.tidewatch.example/2026/11/evening-ferry", "/2026/11/evening-ferry"),
        ("https://m.tidewatch.example/2026/11/evening-ferry", "https://www.tidewatch.example/2026/11/evening-ferry"),
        ("https://tidewatch.example/2026/11/evening-ferry/amp/", "https://tidewatch.example/2026/11/evening-ferry/"),
    ],
)
def test_mobile_and_amp_copies_keep_the_posts_own_heading(url: str, href: str) -> None:
    # A mobile host or an AMP copy fetched, the canonical URL naming the desktop page: the
    # post's own link names one of the page's two addresses, so it is the permalink.
    head = "<title>Tide Watch</title><link rel='canonical' href='https://www.tidewatch.example/2026/11/evening-ferry'>"
    assert headline_of(head, _page(href), url) == HEADLINE
