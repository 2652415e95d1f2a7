"""Review of v25's European dates: the French 'fév.' (February's usual abbreviation, beside
'févr.') and the German zone names MEZ and MESZ (CET and CEST), which German feeds write
beside German month names: email.utils knows neither name and read the time as UTC, an hour
or two late. Over a loopback server into a real SQLite file; English dates read as before."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from citizen_helpers import refreshed_items
from httpserver import Response, TestServer
from newstui.feeds.parse.dates import parse_date

DATES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Talwetter</title><link>https://tal.example/</link><description>d</description>
<item><title>fr</title><guid>fr</guid><pubDate>jeu., 12 fév. 2026 08:15:00 +0100</pubDate></item>
<item><title>winter</title><guid>mez</guid><pubDate>Di, 03 Mär 2026 10:00:00 MEZ</pubDate></item>
<item><title>summer</title><guid>mesz</guid><pubDate>Fr, 10 Jul 2026 10:00:00 MESZ</pubDate></item>
<item><title>en</title><guid>en</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
</channel></rss>
""".encode()


def test_french_fev_and_german_zone_names(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.add_route("/review/tal.rss", Response(200, {"Content-Type": "application/rss+xml"}, DATES))
    published = {item.guid: item.published for item in refreshed_items(tmp_path, [url])}
    assert published == {
        "fr": datetime(2026, 2, 12, 7, 15, tzinfo=UTC),
        "mez": datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        "mesz": datetime(2026, 7, 10, 8, 0, tzinfo=UTC),
        "en": datetime(2026, 3, 3, 10, 0, tzinfo=UTC),
    }


def test_english_dates_and_words_near_month_names_read_as_before() -> None:
    """Nothing English reads differently; month words outside day-month-year stay no date."""
    now = datetime(2027, 1, 1, tzinfo=UTC)
    assert parse_date("Tue, 1 mar 2026 10:00:00 GMT", now) == datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    assert parse_date("1 March 2026", now) == datetime(2026, 3, 1, tzinfo=UTC)
    assert parse_date("December 1, 2026", now) == datetime(2026, 12, 1, tzinfo=UTC)
    assert parse_date("2026-12-01 10:00:00 +0100", now) == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert parse_date("Mai 5, 2026", now) is None  # month first is English order, not German
    assert parse_date("Edition 12 out 2026", now) is None
