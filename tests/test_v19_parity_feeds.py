"""Where newstui, next to a real newsboat on tests/data/v19feeds/ (bench/newsboat_side_by_side.py),
broke a rule of its own. Real loopback HTTP and a real SQLite store for the corpus files;
`parse_feed` on invented documents for the rules themselves.

Decisions where newsboat is no guide (it shows an empty title, or the guid as the link):
- an item titled only by a media:title inside its media:content or media:group takes it,
  as it takes one directly in the item (Media RSS lets either carry it);
- an item whose only text is a media:description directly in the item takes it as its summary;
- a permalink guid with no "/" in it (a bare word or number: the feed forgot
  isPermaLink="false") is no address, so it is not made the item's link.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import feeds_config
from feed_builders import rss_document
from httpserver import TestServer
from newstui.feeds.parse import parse_feed
from newstui.feeds.refresh import refresh_feeds
from newstui.model import Item, ItemFilter
from newstui.store import Store

URL = "http://feeds.test/feed.xml"
FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}
MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"'


def rss(items: str, namespaces: str = "", declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> bytes:
    return rss_document(
        items,
        title="Test",
        channel="<link>http://feeds.test/</link>",
        declaration=declaration,
        attributes=f" {namespaces}",
    )


async def corpus_items(http_server: TestServer, store: Store, tmp_path: Path, name: str) -> dict[str | None, Item]:
    url = http_server.url(f"v19feeds/{name}")
    summary = await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    assert summary.failed == []
    return {item.guid: item for item in store.items(ItemFilter("feed", url), limit=None)}


# -- Media RSS titles and text --------------------------------------------------------------------


async def test_media_titles_inside_content_and_group_title_the_items(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    items = await corpus_items(http_server, store, tmp_path, "media-titles.rss")
    assert items["chirp-1"].title == "Robin at first light"  # media:content/media:title
    assert items["chirp-2"].title == "Wren in the hedge"  # media:group/media:title
    assert items["chirp-3"].title == "Blackbird & thrush duet"  # media:title in the item (as before)
    assert items["chirp-5"].title == "Channel title wins"  # an RSS title still wins


async def test_an_item_level_media_description_is_the_summary(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    items = await corpus_items(http_server, store, tmp_path, "media-titles.rss")
    assert items["chirp-6"].summary == "Only a media description: goldfinch flock"
    assert items["chirp-6"].title == "Only a media description: goldfinch flock"


@pytest.mark.parametrize("where", ["content", "group"])
@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
def test_a_nested_media_title_titles_an_untitled_item(where: str, broken: bool) -> None:
    """Both readers: a well-formed document (lxml) and one with a bare '&' (feedparser)."""
    inner = (
        '<media:content url="http://feeds.test/v.mp4" type="video/mp4">'
        "<media:title>Heron fishing</media:title></media:content>"
    )
    if where == "group":
        inner = (
            '<media:group><media:title>Heron fishing</media:title><media:content url="http://feeds.test/v.mp4"'
            ' type="video/mp4"/></media:group>'
        )
    text = "<description>Fish & chips</description>" if broken else ""
    body = rss(f"<item><guid isPermaLink='false'>m1</guid>{inner}{text}</item>", MEDIA)
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].title == "Heron fishing"


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
def test_an_item_level_media_description_is_read_by_both_readers(broken: bool) -> None:
    title = "<title>Bar & grill</title>" if broken else ""
    body = rss(
        f"<item><guid isPermaLink='false'>m2</guid>{title}<media:description>Kingfisher on the post"
        '</media:description><media:content url="http://feeds.test/k.mp4" type="video/mp4"/></item>',
        MEDIA,
    )
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].summary == "Kingfisher on the post"


def test_a_description_still_wins_over_media_description() -> None:
    body = rss(
        "<item><guid isPermaLink='false'>m3</guid><description>The item's own words</description>"
        "<media:description>The clip's words</media:description></item>",
        MEDIA,
    )
    assert parse_feed(body, URL).items[0].summary == "The item's own words"


# -- permalink guids ------------------------------------------------------------------------------


async def test_a_permalink_guid_that_is_no_address_is_no_link(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    items = await corpus_items(http_server, store, tmp_path, "guid-permalink.rss")
    assert items["ferry-change-2"].link is None  # was https://ferry.example/ferry-change-2, a page that never was
    assert items["/changes/6"].link == "https://ferry.example/changes/6"  # a path is an address
    assert items["https://ferry.example/changes/3"].link == "https://ferry.example/changes/3"


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
@pytest.mark.parametrize(
    ("guid", "link"),
    [
        ("12345", None),
        ("post-abc-def", None),
        ("posts/7", "http://feeds.test/posts/7"),
        ("/posts/8", "http://feeds.test/posts/8"),
        ("//cdn.feeds.test/posts/9", "http://cdn.feeds.test/posts/9"),
        ("https://feeds.test/posts/10", "https://feeds.test/posts/10"),
    ],
)
def test_a_default_permalink_guid_is_a_link_only_when_it_is_an_address(
    guid: str, link: str | None, broken: bool
) -> None:
    description = "<description>Salt & vinegar</description>" if broken else ""
    body = rss(f"<item><title>Guid only</title><guid>{guid}</guid>{description}</item>")
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].link == link


# -- Atom link relations --------------------------------------------------------------------------


async def test_an_alternate_link_in_capitals_or_as_the_iana_uri_is_the_link(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    items = await corpus_items(http_server, store, tmp_path, "atom-links.atom")
    assert items["tag:depot.example,2026:b-7"].link == "https://depot.example/b/7-upper"
    assert items["tag:depot.example,2026:b-8"].link == "https://depot.example/b/8-iana"
    assert items["tag:depot.example,2026:b-9"].link is None  # a self link is the entry's document, not its page
    assert items["https://depot.example/b/2"].link == "https://depot.example/b/2-html"


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
@pytest.mark.parametrize("rel", ["ALTERNATE", " Alternate ", "http://www.iana.org/assignments/relation/alternate"])
def test_atom_link_relations_are_compared_as_rfc_4287_says(rel: str, broken: bool) -> None:
    """RFC 4287 4.2.7.2: a relation name is the IANA registry's, so 'alternate' and its IANA
    URI are one relation; registered names are case-insensitive (RFC 8288 3.3)."""
    summary = "<summary type='html'>Tea & toast</summary>" if broken else ""
    body = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f'<id>tag:t,2026:f</id><entry><title>E</title><id>tag:t,2026:e</id><link rel="{rel}"'
        f' href="http://feeds.test/page"/>{summary}<updated>2026-11-22T10:00:00Z</updated></entry></feed>'
    ).encode()
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].link == "http://feeds.test/page"
