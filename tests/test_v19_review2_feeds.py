"""Review of the v19 feed rules: a permalink guid with no "/" is no link, but only when the
guid is where the link came from. An item whose own <link> names a page relative to the
feed ("page-7.html") and repeats it as its guid lost that link, which it had before."""

from __future__ import annotations

import pytest

from feed_builders import rss_document
from newstui.feeds.parse import parse_feed

URL = "http://feeds.test/news/feed.xml"


def rss(items: str, attributes: str = "") -> bytes:
    return rss_document(items, title="Test", channel="<link>http://feeds.test/</link>", attributes=attributes)


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
@pytest.mark.parametrize("order", ["link-first", "guid-first"])
def test_an_items_own_relative_link_stays_when_its_guid_repeats_it(broken: bool, order: str) -> None:
    description = "<description>Salt & vinegar</description>" if broken else ""
    parts = ["<link>page-7.html</link>", "<guid>page-7.html</guid>"]
    if order == "guid-first":
        parts.reverse()
    body = rss(f"<item><title>Relative</title>{''.join(parts)}{description}</item>")
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].link == "http://feeds.test/page-7.html"  # the channel link is the base, as newsboat


def test_an_items_own_link_under_xml_base_stays_when_its_guid_repeats_it() -> None:
    body = rss(
        "<item xml:base='https://site.example/blog/'><title>Based</title>"
        "<link>entry-12.html</link><guid>entry-12.html</guid></item>"
    )
    feed = parse_feed(body, URL)
    assert feed.items[0].link == "https://site.example/blog/entry-12.html"


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
def test_a_bare_permalink_guid_alone_is_still_no_link(broken: bool) -> None:
    description = "<description>Salt & vinegar</description>" if broken else ""
    body = rss(f"<item><title>Bare</title><guid>item-4411</guid>{description}</item>")
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].link is None
