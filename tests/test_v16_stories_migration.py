"""The schema step that adds stories by shared terms, on a real SQLite file written at the
schema before it (feeds, items, cached articles and the quote index as the old code left
them): opening it indexes every cached article and links the stories in ONE transaction,
so a failure half-way leaves the file exactly at the old version, and a second open
finishes the job."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.model import Article
from newstui.store import Store
from newstui.store.schema import SCHEMA_VERSION
from newstui.whosaid import index as qi
from newstui.whosaid import terms
from stories_migration_helpers import OLD, old_cache


def version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_an_old_cache_gains_the_stories_its_articles_tell(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    a, b, c, _ = old_cache(path)
    assert version(path) == OLD and "story_docs" not in tables(path)
    with Store.open(path) as store:
        assert store.run(lambda conn: conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
        found = qi.stories(store)
        assert [sorted(item.id for item in s.items) for s in found] == [[a, b]]
        assert qi.story_of_item(store, c) is None
        docs = store.run(lambda conn: conn.execute("SELECT count(*) FROM story_docs").fetchone()[0])
        assert docs == 3  # the article of 20 days before the newest item is left out (terms.MIGRATE_DAYS)
        assert len(qi.quotes(store)) == 1  # the quote index is left as it was
    # Opening again migrates nothing and changes nothing.
    with Store.open(path) as store:
        assert [sorted(item.id for item in s.items) for s in qi.stories(store)] == [[a, b]]


def test_a_failure_half_way_leaves_the_old_cache_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    a, b, _, _ = old_cache(path)
    real = terms.link_by_terms
    calls: list[int] = []

    def fail_on_the_second(conn: sqlite3.Connection, item_id: int, headline: str, article: Article | None) -> None:
        calls.append(item_id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error (injected)")
        real(conn, item_id, headline, article)

    monkeypatch.setattr(terms, "link_by_terms", fail_on_the_second)
    with pytest.raises((StoreError, sqlite3.Error)):
        Store.open(path)
    assert len(calls) == 2
    assert version(path) == OLD and "story_docs" not in tables(path)
    monkeypatch.setattr(terms, "link_by_terms", real)
    with Store.open(path) as store:
        assert [sorted(item.id for item in s.items) for s in qi.stories(store)] == [[a, b]]
