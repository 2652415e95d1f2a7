"""A cache written at the schema before stories by shared terms, as the old code left it
(feeds, items, cached articles and the quote index): old_cache, on the invented ARTICLES
(two reports of one event, one of another, one too old to join a story)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newstui.model import Article, Quote, Section
from newstui.store import article_to_json
from newstui.store import schema as store_schema
from newstui.store.schema import MIGRATIONS, migrate
from newstui.whosaid import index as qi

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
    """The cache at `path` at schema version OLD, holding ARTICLES; their item ids."""
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
