"""An RFC 822 date whose year is written with three or four digits below 1000 is no date.

email.utils reads any year below 100 as a two-digit one (69-99 → 19xx, else 20xx), however
it was written: .NET's empty DateTime ("Mon, 01 Jan 0001 00:00:00 GMT", a placeholder feeds
write for "no date") became 1 January 2001, and a year 0000 became 2000: the item was listed
as a quarter-century old (and a keep_days gc took it once read). Such a date is a placeholder,
as an ISO 0001-01-01 already was: the item takes its first-seen time. Two-digit years, which
RFC 822 allows, are still read as 20xx/19xx.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newstui.feeds.parse import parse_date, parse_feed

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def test_a_year_written_as_four_digits_below_1000_is_no_date() -> None:
    for text in (
        "Mon, 01 Jan 0001 00:00:00 GMT",
        "Sat, 01 Jan 0000 00:00:00 +0000",
        "Wed, 04 Mar 0026 08:15:00 +0100",
        "4 Mar 0026",
        "Wed, 04 Mar 0926 08:15:00 EST",
    ):
        assert parse_date(text, NOW) is None, text


def test_two_digit_and_four_digit_years_still_read() -> None:
    assert parse_date("Wed, 04 Mar 26 08:15:00 +0100", NOW) == datetime(2026, 3, 4, 7, 15, tzinfo=UTC)
    assert parse_date("4 Mar 26", NOW) == datetime(2026, 3, 4, tzinfo=UTC)
    assert parse_date("Wed, 04 Mar 2026 08:15:00 +0100", NOW) == datetime(2026, 3, 4, 7, 15, tzinfo=UTC)
    assert parse_date("Wed, 04 Mar 1998 08:15:00 GMT", NOW) == datetime(1998, 3, 4, 8, 15, tzinfo=UTC)


def test_a_feed_item_with_the_empty_net_date_has_no_date() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Mill Lane notices</title>'
        b"<item><title>Bins collected on Friday</title><guid>bins</guid>"
        b"<pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item></channel></rss>"
    )
    (item,) = parse_feed(body, "http://127.0.0.1:9/mill-lane.xml").items
    assert item.published is None
