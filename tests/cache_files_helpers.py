"""A cache of one feed with bookmarks and the files that may sit beside it, for the tests of
what the reader does with a cache's files: cache_with_bookmarks, what a cache file holds
bookmarked once SQLite finds it whole (bookmarked), and another application's -wal
(foreign_log)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newstui.model import FeedConfig, ParsedItem
from newstui.store import Store

QUAY_FEED = "https://quay.example/feed.xml"


def cache_with_bookmarks(db: Path, items: int = 40) -> set[str]:
    """A cache of one feed's items, every fourth bookmarked; returns the bookmarked guids."""
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(QUAY_FEED)])
        store.upsert_items(
            QUAY_FEED,
            [ParsedItem(title=f"Ferry notice {n}", guid=f"g{n}", summary="The quay opens.") for n in range(items)],
        )
        stored = store.items(limit=None)
        for item in stored[::4]:
            store.set_bookmarked(item.id, True)
        return {item.guid or "" for item in stored[::4]}


def bookmarked(db: Path) -> set[str]:
    """The guids of the bookmarked items, once SQLite's integrity check says the file is whole."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT guid FROM items WHERE bookmarked")}
    finally:
        conn.close()


def foreign_log(directory: Path) -> bytes:
    """The -wal of another application's database, with a commit not yet checkpointed."""
    other = directory / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    data = other.with_name("other.db-wal").read_bytes()
    conn.close()
    assert data
    return data
