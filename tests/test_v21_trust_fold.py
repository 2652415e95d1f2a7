"""A feed dated by the day in a zone whose midnight is not on the hour in UTC (+05:30, +05:45,
+09:30, -03:30…) gives the day's notices one date that looks like a time (18:30 UTC). With a
shared notices page as the link of each and the feed's boilerplate text, the retitled-story
fold took the day's second notice for the first one retitled: the first notice's title was
gone and the second one was never shown unread (it took the first's read mark, and its
bookmark). Midnight in a zone some place uses is a day, not a time: the two stay two.
Real Store on a database file, and a real `newstui refresh` on a loopback feed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cli_helpers import feeds_config, newstui_on
from feed_builders import rss_document
from httpserver import TestServer
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

FEED = "https://weather.example/feed.xml"
PAGE = "https://weather.example/warnings"
BOILERPLATE = "Read the warnings page for the districts and the hours."


def notice(guid: str, title: str, published: datetime) -> ParsedItem:
    return ParsedItem(title=title, link=PAGE, guid=guid, summary=BOILERPLATE, published=published)


@pytest.mark.parametrize(
    "midnight",
    [
        datetime(2026, 11, 1, 18, 30, tzinfo=UTC),  # 2 November, 00:00 at +05:30
        datetime(2026, 11, 1, 18, 15, tzinfo=UTC),  # +05:45
        datetime(2026, 11, 1, 14, 30, tzinfo=UTC),  # +09:30
        datetime(2026, 11, 2, 3, 30, tzinfo=UTC),  # -03:30
    ],
)
def test_two_notices_dated_midnight_in_a_half_hour_zone_stay_two_items(tmp_path: Path, midnight: datetime) -> None:
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(FEED, [notice("n1", "Heavy rain warning for the coastal districts", midnight)])
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        store.set_bookmarked(first.id, True)
        # The document lists only its latest notice.
        assert store.upsert_items(FEED, [notice("n2", "Heat wave alert for the inland plains", midnight)]) == 1
        shown = {(i.title, i.read, i.bookmarked) for i in store.items(ItemFilter("feed", FEED), limit=10)}
        assert shown == {
            ("Heavy rain warning for the coastal districts", True, True),
            ("Heat wave alert for the inland plains", False, False),
        }


def test_a_retitled_story_at_a_time_no_zone_has_midnight_at_still_folds(tmp_path: Path) -> None:
    # 08:40 UTC is midnight nowhere: the fold for a re-keyed, retitled story still works.
    when = datetime(2026, 11, 2, 8, 40, tzinfo=UTC)
    link = "https://weather.example/news/ferry-times"
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(
            FEED, [ParsedItem(title="Ferry times change", link=link, guid="a", summary="x y", published=when)]
        )
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        new = ParsedItem(title="Ferry runs twice a day", link=link, guid="b", summary="x y", published=when)
        assert store.upsert_items(FEED, [new]) == 0
        (kept,) = store.items(ItemFilter("feed", FEED), limit=10)
        assert (kept.id, kept.title, kept.read) == (first.id, "Ferry runs twice a day", True)


def test_a_refresh_of_a_feed_dated_by_the_day_at_plus_0530_keeps_both_notices(
    tmp_path: Path, http_server: TestServer
) -> None:
    def document(guid: str, title: str) -> bytes:
        item = (
            f"<item><title>{title}</title><link>{PAGE.replace('https://weather.example', '')}</link>"
            f"<guid isPermaLink='false'>{guid}</guid><description>{BOILERPLATE}</description>"
            "<pubDate>Mon, 02 Nov 2026 00:00:00 +0530</pubDate></item>"
        )
        return rss_document(item, title="District weather", channel=f"<link>{http_server.url('')}</link>")

    http_server.add_route("/feed.xml", (200, {"Content-Type": "application/rss+xml"}, document("n1", "Rain warning")))
    url = http_server.url("feed.xml")
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    first = newstui_on(config, db, "refresh")
    assert first.returncode == 0, first.stderr
    with Store.open(db) as store:
        (item,) = store.items(ItemFilter("feed", url), limit=10)
        store.set_read(item.id)
    http_server.add_route("/feed.xml", (200, {"Content-Type": "application/rss+xml"}, document("n2", "Heat alert")))
    second = newstui_on(config, db, "refresh")
    assert second.returncode == 0, second.stderr
    with Store.open(db) as store:
        shown = {(i.title, i.read) for i in store.items(ItemFilter("feed", url), limit=10)}
    assert shown == {("Rain warning", True), ("Heat alert", False)}


@pytest.mark.parametrize(
    ("link", "site_url"),
    [
        ("https://radio.example/", None),  # the site's front page
        ("https://radio.example/briefing", "https://radio.example/briefing"),  # the feed's own page
    ],
)
def test_an_undated_briefing_without_text_on_a_shared_page_is_a_new_unread_item(
    tmp_path: Path, link: str, site_url: str | None
) -> None:
    # A feed without dates or text that lists only its latest briefing, each with a new guid,
    # one title and the programme's page as its link: the undated fold took "the same link"
    # for the same story, and today's briefing took yesterday's item and read mark.
    feed = "https://radio.example/feed.xml"
    with Store.open(tmp_path / "news.db") as store:
        if site_url is not None:
            store.record_fetch(feed, status=200, site_url=site_url)
        store.upsert_items(feed, [ParsedItem(title="Morning briefing", link=link, guid="brief-1")])
        (first,) = store.items(ItemFilter("feed", feed), limit=10)
        store.set_read(first.id)
        assert store.upsert_items(feed, [ParsedItem(title="Morning briefing", link=link, guid="brief-2")]) == 1
        shown = sorted((i.guid or "", i.read) for i in store.items(ItemFilter("feed", feed), limit=10))
        assert shown == [("brief-1", True), ("brief-2", False)]


@pytest.mark.parametrize("link", [None, "https://roads.example/", "https://roads.example/alerts/5"])
def test_two_alerts_of_one_day_with_one_title_and_no_text_stay_two_items(tmp_path: Path, link: str | None) -> None:
    # Dated by the day, no text, one title for every alert, the latest one listed: the
    # title fold matched the title, the date (the day) and the text (none on both), and the
    # day's second alert took the first one's item and read mark. A day tells two notices
    # apart no better than no date: without text, only the story's own link may.
    feed = "https://roads.example/feed.xml"
    day = datetime(2026, 11, 2, tzinfo=UTC)
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(feed, [ParsedItem(title="Traffic alert", link=link, guid="t1", published=day)])
        (first,) = store.items(ItemFilter("feed", feed), limit=10)
        store.set_read(first.id)
        new = store.upsert_items(feed, [ParsedItem(title="Traffic alert", link=link, guid="t2", published=day)])
        shown = sorted((i.guid or "", i.read) for i in store.items(ItemFilter("feed", feed), limit=10))
        if link is not None and link.endswith("/5"):
            # The story's own page: the same story re-keyed (as an undated one would be).
            assert (new, shown) == (0, [("t2", True)])
        else:
            assert (new, shown) == (1, [("t1", True), ("t2", False)])
