"""`import-newsboat --read-state` marks only the items newsboat read: a newstui item that
merely shares a link with one of them (a feed whose every briefing links to one page; a
guid-less feed whose link repeats) is left as it is. Real newstui Store and a real
SQLite file with newsboat's rss_item columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.model import ParsedItem
from newstui.store import Store
from newstui.store.newsboat_cache import plan_state, read_newsboat_cache

FEED = "https://desk.example/feed.xml"
PAGE = "https://desk.example/briefing"


def newsboat_cache(path: Path, rows: list[tuple[str, str, int]]) -> Path:
    """A cache.db with newsboat's rss_item columns; rows are (guid, link, unread)."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,"
        " title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,"
        " feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,"
        " unread INTEGER(1) NOT NULL, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0)"
    )
    conn.executemany(
        "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread)"
        " VALUES (?, 'Daily briefing', '', ?, ?, 0, '', ?)",
        [(guid, link, FEED, unread) for guid, link, unread in rows],
    )
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "news.db")
    yield opened
    opened.close()


def briefing(guid: str | None, day: int) -> ParsedItem:
    return ParsedItem(title="Daily briefing", link=PAGE, guid=guid, published=datetime(2026, 10, day, 6, tzinfo=UTC))


def test_a_read_briefing_does_not_mark_todays_briefing_of_the_same_link(store: Store, tmp_path: Path) -> None:
    # newsboat read Monday's briefing; newstui only has Tuesday's (Monday's left the feed).
    store.upsert_items(FEED, [briefing("brief-tue", 6)])
    cache = read_newsboat_cache(newsboat_cache(tmp_path / "cache.db", [("brief-mon", PAGE, 0)]))
    plan = plan_state(store, cache, [FEED])
    assert plan.to_read == ()
    assert plan.missing_read == 1


def test_a_guidless_link_newsboat_has_twice_is_not_matched_by_link(store: Store, tmp_path: Path) -> None:
    # No guids: newsboat keys by link + date. It read Monday's and not Tuesday's;
    # newstui only has Tuesday's.
    store.upsert_items(FEED, [briefing(None, 6)])
    cache = read_newsboat_cache(
        newsboat_cache(
            tmp_path / "cache.db",
            [
                (PAGE + "Mon, 05 Oct 2026 06:00:00 GMT", PAGE, 0),
                (PAGE + "Tue, 06 Oct 2026 06:00:00 GMT", PAGE, 1),
            ],
        )
    )
    plan = plan_state(store, cache, [FEED])
    assert plan.to_read == ()


def test_a_guidless_item_is_still_matched_by_its_link(store: Store, tmp_path: Path) -> None:
    store.upsert_items(FEED, [briefing(None, 6)])
    cache = read_newsboat_cache(
        newsboat_cache(
            tmp_path / "cache.db",
            [
                (PAGE + "Tue, 06 Oct 2026 06:00:00 GMT", PAGE, 0),
            ],
        )
    )
    plan = plan_state(store, cache, [FEED])
    assert len(plan.to_read) == 1
