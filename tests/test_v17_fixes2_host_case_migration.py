"""The schema step that lower-cases the scheme and host of link keys ("l:" + link) in a cache
written before the parser lower-cased them (feeds/parse/links.py): on a real SQLite file at
the schema before it, items and retention's tombstones take the key the parser now gives, so
a deleted item stays deleted and an undated item without text is not stored twice. A key
that would clash with one already there keeps its old spelling; a failure half-way leaves
the old file; only keys with an upper-case letter in their scheme or host are rewritten."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.feeds.parse import links, parse_feed
from newstui.store import Store
from newstui.store import schema as store_schema
from newstui.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

OLD = MIGRATIONS.index(store_schema._lower_link_origins)
"""The schema version before this step (9 when this was written)."""

FEED = "http://quay.test/feed.rss"
NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
T0 = int(NOW.timestamp() * 1_000_000)
DAY = 86_400_000_000

# (key, link, read): items as the old parser stored them.
ITEMS = [
    ("l:http://Quay.Example/notice/0", "http://Quay.Example/notice/0", 1),
    ("l:HTTPS://quay.example/Upper/Path", "HTTPS://quay.example/Upper/Path", 1),
    ("l:http://quay.example/Mixed/Case", "http://quay.example/Mixed/Case", 0),  # origin already lower
    ("l:http://Ann@quay.example/x", "http://Ann@quay.example/x", 0),  # a user name keeps its case
    ("g:Guid-7", "http://Quay.Example/guid", 0),  # a guid key: not a link key
    ("l:http://Quay.Example/dup", "http://Quay.Example/dup", 0),  # clashes with the next one
    ("l:http://quay.example/dup", "http://quay.example/dup", 1),
]
TOMBSTONES = [
    "l:http://Quay.Example/notice/1",
    "l:http://Quay.Example/gone",  # clashes with the next one
    "l:http://quay.example/gone",
]


def old_cache(path: Path, items: list[tuple[str, str, int]] = ITEMS, tombstones: list[str] = TOMBSTONES) -> None:
    """A cache at the schema before this step, filled the way that code filled it."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=OLD)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds (id, url) VALUES (1, ?)", (FEED,))
    for n, (key, link, read) in enumerate(items):
        conn.execute(
            "INSERT INTO items (feed_id, key, link, title, summary, published, first_seen, hash, read)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, 0, ?)",
            (key, link, f"Notice {n}", f"Notice number {n}.", T0 - n * DAY, T0, read),
        )
    conn.executemany(
        "INSERT INTO deleted_items (feed_id, key, deleted) VALUES (1, ?, ?)", [(k, T0) for k in tombstones]
    )
    conn.execute("COMMIT")
    conn.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


def version(path: Path) -> int:
    return int(rows(path, "PRAGMA user_version")[0][0])


def test_link_keys_of_items_and_tombstones_take_the_lower_case_origin(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_cache(path)
    with Store.open(path):
        pass
    assert version(path) == SCHEMA_VERSION
    assert rows(path, "SELECT key, link FROM items") == sorted(
        [
            ("l:http://quay.example/notice/0", "http://quay.example/notice/0"),
            ("l:https://quay.example/Upper/Path", "https://quay.example/Upper/Path"),
            ("l:http://quay.example/Mixed/Case", "http://quay.example/Mixed/Case"),
            ("l:http://Ann@quay.example/x", "http://Ann@quay.example/x"),
            ("g:Guid-7", "http://Quay.Example/guid"),  # its link is updated by the feed's next refresh
            # The clash: the old spelling stays (the feed no longer lists it; retention deletes it
            # like any item that left the feed), the row already under the new key is kept as it was.
            ("l:http://Quay.Example/dup", "http://Quay.Example/dup"),
            ("l:http://quay.example/dup", "http://quay.example/dup"),
        ]
    )
    assert rows(path, "SELECT key FROM deleted_items") == sorted(
        # The clashing tombstone keeps its old key; the feed's next refresh forgets it (not listed).
        [("l:http://quay.example/notice/1",), ("l:http://Quay.Example/gone",), ("l:http://quay.example/gone",)]
    )
    # Opening again changes nothing.
    with Store.open(path):
        pass
    assert len(rows(path, "SELECT key FROM items WHERE key GLOB 'l:*'")) == 6


def test_after_the_upgrade_a_refresh_brings_back_no_deleted_item_and_no_double(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_cache(
        path,
        items=[("l:http://Quay.Example/notice/0", "http://Quay.Example/notice/0", 1)],
        tombstones=["l:http://Quay.Example/notice/1"],
    )
    rss = "".join(
        f"<item><title>Notice {n}</title><link>http://Quay.Example/notice/{n}</link>"
        f"<description>Notice number {n}.</description></item>"
        for n in range(2)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Quay</title>{rss}</channel></rss>'.encode()
    with Store.open(path) as store:
        store.upsert_items(FEED, parse_feed(body, FEED).items)
        assert sorted((item.title, item.read) for item in store.items(limit=None)) == [("Notice 0", True)]


def test_a_failure_half_way_leaves_the_old_cache_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    old_cache(path)
    before = rows(path, "SELECT key, link FROM items")
    real = links.lower_origin
    calls: list[str] = []

    def fail_on_the_second(url: str) -> str:
        calls.append(url)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error (injected)")
        return real(url)

    monkeypatch.setattr(links, "lower_origin", fail_on_the_second)
    with pytest.raises((StoreError, sqlite3.Error)):
        Store.open(path)
    assert len(calls) == 2
    assert version(path) == OLD
    assert rows(path, "SELECT key, link FROM items") == before
    monkeypatch.setattr(links, "lower_origin", real)
    with Store.open(path):
        pass
    assert version(path) == SCHEMA_VERSION
    assert ("l:http://quay.example/notice/0", "http://quay.example/notice/0") in rows(
        path, "SELECT key, link FROM items"
    )


def test_only_keys_with_upper_case_in_scheme_or_host_are_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cost, not time: on a big cache with upper-case paths (common: ids, slugs) only the rows
    whose origin has an upper-case letter reach Python and are written; the rest is one scan."""
    many = [(f"l:http://quay.example/Story/{n}/Ab", f"http://quay.example/Story/{n}/Ab", 0) for n in range(3000)]
    upper = [(f"l:http://Quay.Example/notice/{n}", f"http://Quay.Example/notice/{n}", 0) for n in range(5)]
    path = tmp_path / "old.db"
    old_cache(path, items=many + upper, tombstones=[f"l:http://quay.example/Gone/{n}" for n in range(1000)])
    real = links.lower_origin
    calls: list[str] = []

    def counted(url: str) -> str:
        calls.append(url)
        return real(url)

    monkeypatch.setattr(links, "lower_origin", counted)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        steps = 0

        def count() -> int:
            nonlocal steps
            steps += 1
            return 0

        conn.set_progress_handler(count, 1)
        conn.execute("BEGIN")
        changes = conn.total_changes
        MIGRATIONS[OLD](conn)
        changes = conn.total_changes - changes
        conn.execute("COMMIT")
        conn.set_progress_handler(None, 1)
    finally:
        conn.close()
    assert sorted(calls) == sorted(url for _, url, _ in upper)
    assert changes == 5
    # One scan of each table with the origin cut out in SQL: a few dozen steps a row (about
    # 55 when this was written), where handing every link key to Python and rewriting it
    # would be hundreds.
    assert steps < 100 * (len(many) + len(upper) + 1000)
