"""Dates as feeds write them, next to a newsboat-like reader: the zone after "GMT" or
"UTC" counts (JavaScript's Date string, "GMT+2", "UTC-05:00"), and AP style's "Sept" is
September. newstui read those as UTC, hours off, or found no date (the item then took its
first-seen time). Over loopback into the SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from citizen_helpers import refreshed_items
from httpserver import TestServer


def test_zones_after_gmt_and_ap_months(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("v15feeds/dates.rss")
    published = {item.guid: item.published for item in refreshed_items(tmp_path, [url])}
    assert published == {
        "js": datetime(2026, 10, 5, 7, 0, tzinfo=UTC),
        "gmt-plus": datetime(2026, 10, 5, 7, 0, tzinfo=UTC),
        "utc-colon": datetime(2026, 10, 5, 14, 0, tzinfo=UTC),
        "sept": datetime(2026, 9, 5, 9, 0, tzinfo=UTC),
        "plain": datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
    }
