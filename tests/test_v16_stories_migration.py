"""The schema step that adds stories by shared terms, on a real SQLite file written at the
schema before it (feeds, items, cached articles and the quote index as the old code left
them): opening it indexes every cached article and links the stories in ONE transaction,
so a failure half-way leaves the file exactly at the old version, and a second open
finishes the job."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.model import Article, Quote, Section
from newstui.store import Store, article_to_json
from newstui.store import schema as store_schema
from newstui.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from newstui.whosaid import index as qi
from newstui.whosaid import terms

OLD = MIGRATIONS.index(store_schema._add_story_terms)
"""The schema version before stories by terms (7 when this was written)."""

T0 = int(datetime(2026, 5, 4, 8, 0, tzinfo=UTC).timestamp() * 1_000_000)
HOUR = 3_600_000_000

ARTICLES = [
    # (feed, hours after T0, article): two reports of one event (no shared quote), one of another.
    (
        1,
        0,
        Article(
            headline="Glassworks fire closes the port road in Ambria",
            sections=[
                Section(
                    None,
                    [
                        "A fire at the Vellum glassworks in Ambria closed the port road on Sunday night.",
                        "Forty firefighters fought the blaze; the owner, Corwen Industries, said nobody was hurt.",
                    ],
                )
            ],
            quotes=[Quote("We were lucky the wind turned toward the sea before midnight", "Ines Marl", 0, 1)],
        ),
    ),
    (
        2,
        5,
        Article(
            headline="Ambria port road reopens after Vellum blaze",
            sections=[
                Section(
                    None,
                    [
                        "The port road in Ambria reopened on Monday after the fire at the Vellum glassworks.",
                        "Corwen Industries will inspect the furnaces; forty firefighters stayed overnight.",
                    ],
                )
            ],
        ),
    ),
    (
        3,
        6,
        Article(
            headline="Tide tables for the week",
            sections=[Section(None, ["High water at Sandholm is at 6.12 on Tuesday and 7.03 on Wednesday."])],
        ),
    ),
    (
        3,
        -20 * 24,
        Article(
            headline="Ferry timetable changes at Sandholm",
            sections=[Section(None, ["The Sandholm ferry leaves at 7.15 from Monday, the operator Brisk Lines said."])],
        ),
    ),
]


def old_cache(path: Path) -> list[int]:
    """A cache at the schema before this step, filled the way that code filled it."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=OLD)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for feed in (1, 2, 3):
        conn.execute("INSERT INTO feeds (id, url) VALUES (?, ?)", (feed, f"https://f{feed}.example/feed"))
    ids: list[int] = []
    for n, (feed, hours, article) in enumerate(ARTICLES):
        item_id = conn.execute(
            "INSERT INTO items (feed_id, key, title, published, first_seen, hash)"
            " VALUES (?, ?, ?, ?, ?, 0) RETURNING id",
            (feed, f"k{n}", article.headline, T0 + hours * HOUR, T0),
        ).fetchone()[0]
        # Search-indexed as the store indexes new rows (before their article joins the index).
        conn.execute(
            "INSERT INTO item_fts (rowid, title, summary, article) VALUES (?, ?, '', '')", (item_id, article.headline)
        )
        conn.execute("UPDATE fts_state SET indexed = ?", (item_id,))
        conn.execute(
            "INSERT INTO articles (item_id, version, json, text, saved) VALUES (?, 1, ?, '', ?)",
            (item_id, article_to_json(article), T0),
        )
        qi.index_article(conn, item_id, article, 1, terms=False)  # the quote index as the old code kept it
        ids.append(item_id)
    conn.execute("COMMIT")
    conn.close()
    return ids


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
