"""Dates both readers lost on tests/data/v19feeds/dates-odd.rss (newsboat and newstui showed the
fetch time alike): RFC 822 with fractional seconds, and a pubDate nobody can read next to a
good dc:date. Real loopback HTTP and a real SQLite store for the corpus file; `parse_date` and
`parse_feed` on invented values for the rules.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cli_helpers import feeds_config
from feed_builders import rss_document
from httpserver import TestServer
from newstui.feeds.parse import parse_date, parse_feed
from newstui.feeds.refresh import refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

URL = "http://feeds.test/feed.xml"
FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}
DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(items: str) -> bytes:
    return rss_document(
        items,
        title="Test",
        channel="<link>http://feeds.test/</link>",
        declaration='<?xml version="1.0" encoding="UTF-8"?>',
        attributes=f" {DC}",
    )


async def test_the_odd_dates_of_the_corpus_are_read(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    url = http_server.url("v19feeds/dates-odd.rss")
    summary = await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    assert summary.failed == []
    items = {item.guid: item for item in store.items(ItemFilter("feed", url), limit=None)}
    assert items["tide-23"].published == datetime(2026, 11, 22, 10, tzinfo=UTC)  # "10:00:00.000 GMT"
    assert items["tide-92"].published == datetime(2026, 11, 21, 10, tzinfo=UTC)  # pubDate "soon", dc:date good
    assert items["tide-91"].published == datetime(2026, 11, 22, 10, tzinfo=UTC)  # a readable pubDate still wins


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 24 Nov 2026 18:00:00.000 GMT", datetime(2026, 11, 24, 18, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 18:00:00.5 +0100", datetime(2026, 11, 24, 17, tzinfo=UTC)),
        ("24 Nov 2026 18:00:00,250 -0500", datetime(2026, 11, 24, 23, tzinfo=UTC)),
    ],
)
def test_fractional_seconds_in_an_rfc_822_date_are_dropped_not_the_date(value: str, expected: datetime) -> None:
    """General pattern: Java's and .NET's formatters write milliseconds into RFC 822 dates."""
    assert parse_date(value, datetime(2026, 11, 25, tzinfo=UTC)) == expected


@pytest.mark.parametrize("broken", [False, True], ids=["lxml", "feedparser"])
def test_an_unreadable_pubdate_falls_back_to_dc_date(broken: bool) -> None:
    """Both readers: a well-formed document (lxml) and one with a bare '&' (feedparser)."""
    description = "<description>Cod & chips</description>" if broken else ""
    body = rss(
        "<item><title>Two dates</title><guid>t1</guid><pubDate>next Tuesday-ish</pubDate>"
        f"<dc:date>2026-11-21T10:00:00Z</dc:date>{description}</item>"
    )
    feed = parse_feed(body, URL)
    assert (feed.error is not None) == broken
    assert feed.items[0].published == datetime(2026, 11, 21, 10, tzinfo=UTC)
