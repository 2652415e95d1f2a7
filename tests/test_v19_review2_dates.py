"""Review of the v19 RFC 822 fractional seconds: Java's 'HH:mm:ss.SSSZ' writes the
milliseconds glued to the offset ('18:00:00.000+0100'). email.utils reads
'18:00:00+0100', but the fraction was dropped only before a space or the end, so the
date stayed unread and the item took its fetch time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feed_builders import rss_document
from newstui.feeds.parse import parse_feed
from newstui.feeds.parse.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 24 Nov 2026 18:00:00.000+0100", datetime(2026, 11, 24, 17, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 18:00:00.250-05:00", datetime(2026, 11, 24, 23, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 18:00:00.000 +0100", datetime(2026, 11, 24, 17, tzinfo=UTC)),
    ],
)
def test_milliseconds_glued_to_the_offset_are_dropped_not_the_date(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


def test_an_item_dated_with_glued_milliseconds_keeps_its_date() -> None:
    body = rss_document(
        "<item><title>Tide tables</title><guid isPermaLink='false'>t1</guid>"
        "<pubDate>Sun, 22 Nov 2026 10:00:00.000+0000</pubDate></item>",
        title="Test",
    )
    feed = parse_feed(body, "http://feeds.test/feed.xml")
    assert feed.items[0].published == datetime(2026, 11, 22, 10, tzinfo=UTC)
