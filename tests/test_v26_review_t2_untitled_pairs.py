"""The schema 12 repair folds only a real "(untitled)" pair: never two different items.

Review of `store.untitled_pairs.fold_untitled_pairs`. The pair it may fold is the row an
older version titled "(untitled)" and the row version 25 stored for the same episode, which
version 25 titled by its attachment's file name, with the date the feed gives it (or none on
either side). Feeds that give every item one attachment and no text (a notice feed with its
logo as an <enclosure>, a radio show whose every item points at the live stream) hold other
pairs that share feed, attachment and text: a row titled by the feed itself, or a later
episode under the same file. Folding those marked a story the user never saw read (the old
row's read mark) and moved it back to the old row's date. Real SQLite files: the cache is
written at schema 11 and the repair runs as the upgrade does, when `Store.open` migrates it.
Invented feeds.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.model import Enclosure, ParsedItem
from newstui.store import Store

FEED = "https://harbour-notices.example/feed.rss"


def _cache_at_schema_11(db: Path, items: list[ParsedItem]) -> None:
    """One feed's items stored in one batch (no fold at refresh), the "(untitled)" one read
    and bookmarked, the file put back at schema 11 (before the repair)."""
    with Store.open(db) as store:
        store.upsert_items(FEED, items)
        store.run(lambda conn: conn.execute("UPDATE items SET read = 1, bookmarked = 1 WHERE title = '(untitled)'"))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()


def _upgraded(db: Path, titled: ParsedItem, untitled: ParsedItem) -> list[tuple[str, int, int, int]]:
    """(title, published, read, bookmarked) of each row once the cache holding the two rows
    is upgraded (`Store.open` runs the repair), by title."""
    _cache_at_schema_11(db, [titled, untitled])
    with Store.open(db):
        pass
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 12
        return conn.execute("SELECT title, published, read, bookmarked FROM items ORDER BY title").fetchall()
    finally:
        conn.close()


def _refreshed(db: Path, old: ParsedItem, new: ParsedItem) -> list[tuple[str, int, int]]:
    """(title, read, bookmarked) of each row once the old row, read and bookmarked, is gone
    from the feed and the new one came: two refreshes."""
    with Store.open(db) as store:
        store.upsert_items(FEED, [old])
        store.run(lambda conn: conn.execute("UPDATE items SET read = 1, bookmarked = 1"))
        store.upsert_items(FEED, [new])
        return store.run(
            lambda conn: conn.execute("SELECT title, read, bookmarked FROM items ORDER BY title").fetchall()
        )


def _day(day: int) -> datetime:
    return datetime(2026, 11, day, 7, 12, tzinfo=UTC)


LOGO = (Enclosure("https://harbour-notices.example/img/logo.png", "image/png", 2048),)
STREAM = (Enclosure("https://harbour-radio.example/live.mp3", "audio/mpeg", None),)


def test_a_story_the_feed_titles_is_not_the_old_untitled_row(tmp_path: Path) -> None:
    """Same feed, logo and (no) text, no guid or link: the feed's own title says it is
    another notice, not the old row retitled by its file."""
    rows = _upgraded(
        tmp_path / "cache.db",
        ParsedItem(title="Slipway closed for repairs", enclosures=LOGO),
        ParsedItem(title="(untitled)", enclosures=LOGO),
    )
    assert [(title, read, bookmarked) for title, _, read, bookmarked in rows] == [
        ("(untitled)", 1, 1),
        ("Slipway closed for repairs", 0, 0),
    ]


def test_a_later_episode_under_the_same_file_keeps_its_own_date_and_mark(tmp_path: Path) -> None:
    """The live stream's file name is every episode's title: a row dated otherwise by the feed
    is another episode (the refresh-time fold asks the same of a dated row)."""
    rows = _upgraded(
        tmp_path / "cache.db",
        ParsedItem(title="live.mp3", published=_day(20), enclosures=STREAM),
        ParsedItem(title="(untitled)", published=_day(2), enclosures=STREAM),
    )
    assert rows == [
        ("(untitled)", int(_day(2).timestamp() * 1_000_000), 1, 1),
        ("live.mp3", int(_day(20).timestamp() * 1_000_000), 0, 0),
    ]


@pytest.mark.parametrize("published", [_day(2), None], ids=["dated alike", "undated both"])
def test_the_real_pair_still_folds(tmp_path: Path, published: datetime | None) -> None:
    """The old row and version 25's row of one episode: titled by its file, dated alike (or
    undated on both sides: a feed without dates)."""
    rows = _upgraded(
        tmp_path / "cache.db",
        ParsedItem(title="live.mp3", published=published, enclosures=STREAM),
        ParsedItem(title="(untitled)", published=published, enclosures=STREAM),
    )
    assert [(title, read, bookmarked) for title, _, read, bookmarked in rows] == [("live.mp3", 1, 1)]


def test_at_refresh_a_story_the_feed_titles_does_not_take_the_old_row(tmp_path: Path) -> None:
    """The fold at refresh (`Writes._untitled_before`) asks the same of the new row: an undated
    notice the feed titles itself, beside the old "(untitled)" row gone from the feed, is new."""
    rows = _refreshed(
        tmp_path / "cache.db",
        ParsedItem(title="(untitled)", enclosures=LOGO),
        ParsedItem(title="Slipway closed for repairs", enclosures=LOGO),
    )
    assert rows == [("(untitled)", 1, 1), ("Slipway closed for repairs", 0, 0)]


def test_at_refresh_the_row_titled_by_its_file_takes_the_old_row(tmp_path: Path) -> None:
    rows = _refreshed(
        tmp_path / "cache.db",
        ParsedItem(title="(untitled)", enclosures=STREAM),
        ParsedItem(title="live.mp3", enclosures=STREAM),
    )
    assert rows == [("live.mp3", 1, 1)]
