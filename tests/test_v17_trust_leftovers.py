"""Leftovers of the cache's bookkeeping: term counts that fall to zero, the page of an
edited item a filter hides, one read of an item's row per saved article, the edited flag
read through the store, and a refresh that edits items without adding any.

Real SQLite files and a loopback server (tests/httpserver.py).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from edited_feed_helpers import CORRECTION, Board, board_feed, board_page, items_of, refresh_fast
from httpserver import TestServer
from newstui.config import load_config
from newstui.feeds.articles import refresh_articles
from newstui.model import Article, FeedConfig, ParsedItem, Section
from newstui.store import Store
from newstui.store.schema import SCHEMA_VERSION, migrate

FEED = "https://harbour.example/feed.xml"

ARTICLE = Article(
    headline="Harbour Board widens the Kettleby quay",
    sections=[
        Section(
            None,
            [
                "The Kettleby Harbour Board voted on Tuesday to widen the north quay by 14 metres before the "
                "Marrow Island ferry season, its chair Odile Fenwright said."
            ],
        )
    ],
)


def term_counts(db: Path) -> tuple[int, int, int]:
    """(term count rows, rows at 0 or below, documents counted)."""
    conn = sqlite3.connect(db)
    try:
        rows, dead = conn.execute("SELECT count(*), count(*) FILTER (WHERE n <= 0) FROM story_term_df").fetchone()
        return int(rows), int(dead), int(conn.execute("SELECT docs FROM story_term_state").fetchone()[0])
    finally:
        conn.close()


def test_term_counts_that_fall_to_zero_are_deleted(tmp_path: Path) -> None:
    """A term's count falls to 0 when the last item using it goes (gc, re-extraction):
    the row is dead weight for good, one per distinct term ever seen."""
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(FEED)])
        store.upsert_items(FEED, [ParsedItem(title="Quay vote", guid="q1")])
        (item,) = store.items(limit=None)
        store.save_article(item.id, ARTICLE, 1)
        terms = store.run(lambda conn: conn.execute("SELECT count(*) FROM story_term_df").fetchone()[0])
        assert terms >= 5
        # Older than a day (two days on), read or not: deleted.
        store.prune({FEED: (0, 1, True)}, now=datetime.now(UTC) + timedelta(days=2))
        assert store.items(limit=None) == []
    assert term_counts(db) == (0, 0, 0)  # no row left for a term nothing uses, none at 0


def test_a_cache_with_dead_term_counts_loses_them_when_opened(tmp_path: Path) -> None:
    """Caches at schema 8 already hold such rows: the upgrade deletes them."""
    db = tmp_path / "news.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=8)
    conn.executemany("INSERT INTO story_term_df (hash, n) VALUES (?, ?)", [(1, 0), (2, 0), (3, 2)])
    conn.close()
    with Store.open(db) as store:
        assert store.run(lambda c: c.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
        rows = store.run(lambda c: c.execute("SELECT hash, n FROM story_term_df ORDER BY hash").fetchall())
        assert rows == [(3, 2)]
        # The upgraded cache's trigger deletes the counts that fall to 0 from now on.
        store.sync_feeds([FeedConfig(FEED)])
        store.upsert_items(FEED, [ParsedItem(title="Quay vote", guid="q1")])
        (item,) = store.items(limit=None)
        store.save_article(item.id, ARTICLE, 1)
        store.save_article(item.id, ARTICLE, 2)  # extracted again: counted once
        assert term_counts(db)[2] == 1
        store.run_write(lambda conn: conn.execute("DELETE FROM items"))
    assert term_counts(db) == (1, 0, 0)


async def test_an_edited_item_a_filter_hides_has_no_page_fetched(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    """New items a `hide` rule matches get no page fetched; an edited one must not either.
    (Before: the edit flagged its article and the next pass fetched the hidden page.)"""
    board = Board(http_server, tmp_path)
    await board.refresh(store)
    assert len(http_server.requests_for("/ferry.html")) == 1
    path = tmp_path / "config.toml"
    path.write_text(
        path.read_text(encoding="utf-8") + '\n[[filters]]\nmatch = \'title =~ "Ferry"\'\naction = "hide"\n',
        encoding="utf-8",
    )
    board.config = load_config(path)
    board.body = board_feed(board.page_url, "Ferry timetable for winter (corrected)", "The board decides again.")
    board.page = board_page(CORRECTION)
    await refresh_fast(board.config, store)
    summary = await refresh_articles(board.config, store, after_id=store.last_item_id(), deadline=20)
    assert summary.refetched == 0
    assert len(http_server.requests_for("/ferry.html")) == 1


async def test_the_refresh_summary_counts_edited_pages_to_fetch(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    """The app starts its page pass after a refresh that brought new items; a refresh that
    only edited items (a correction) brings none, and the corrected page waited for the
    next refresh with new items. The summary now says how many pages are due."""
    board = Board(http_server, tmp_path)
    await board.refresh(store)
    quiet = await refresh_fast(board.config, store)
    assert quiet.new_items == 0 and quiet.pages_due == 0
    board.body = board_feed(board.page_url, "Ferry timetable for winter (corrected)", "The board decides again.")
    edited = await refresh_fast(board.config, store)
    assert edited.new_items == 0 and edited.pages_due == 1
    (item,) = items_of(store, board.url)
    assert store.article_edited(item.id)


def test_saving_an_article_reads_its_item_row_once(tmp_path: Path) -> None:
    """index_article read the item's row for the title, `_index_quotes` for its feed and
    date, and `link_by_terms` once more: three reads of one row per saved article."""
    with Store.open(tmp_path / "news.db") as store:
        store.sync_feeds([FeedConfig(FEED)])
        store.upsert_items(FEED, [ParsedItem(title="Quay vote", guid="q1")])
        (item,) = store.items(limit=None)
        reads: list[str] = []

        def trace(statement: str) -> None:
            if "FROM items WHERE id" in statement:
                reads.append(statement)

        store.run(lambda conn: conn.set_trace_callback(trace))
        store.save_article(item.id, ARTICLE, 1)
        store.run(lambda conn: conn.set_trace_callback(None))
    assert len(reads) == 1, reads


def old_cache_with_articles(db: Path, articles: int) -> None:
    """A schema-7 cache (before stories by terms) with `articles` recent cached articles."""
    from newstui.store.codec import article_text, article_to_json, now_us

    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=7)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds (url) VALUES (?)", (FEED,))
    now = now_us()
    conn.executemany(
        "INSERT INTO items (feed_id, key, guid, title, published, first_seen, hash) VALUES (1, ?, ?, ?, ?, ?, 0)",
        [(f"g:{n}", f"g{n}", f"Quay vote {n}", now - n, now) for n in range(articles)],
    )
    conn.execute("INSERT INTO item_fts (rowid, title, summary, article) SELECT id, title, summary, '' FROM items")
    conn.execute("UPDATE fts_state SET indexed = (SELECT max(id) FROM items)")
    conn.execute(
        "INSERT INTO articles (item_id, version, json, text, saved) SELECT id, 1, ?, ?, 1 FROM items",
        (article_to_json(ARTICLE), article_text(ARTICLE)),
    )
    conn.execute("COMMIT")
    conn.close()


def test_an_upgrade_that_indexes_many_articles_says_so_first(tmp_path: Path) -> None:
    """The schema-8 upgrade indexes the last 14 days of articles in one transaction (about
    2 ms each): on a big cache the first command after an upgrade sat silent for seconds.
    It now says what it does before it starts; a small cache upgrades without a word."""
    import subprocess
    import sys

    from newstui.store.schema import SLOW_MIGRATION_ARTICLES

    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")
    said = {}
    for count in (SLOW_MIGRATION_ARTICLES + 20, 30):
        db = tmp_path / f"news{count}.db"
        old_cache_with_articles(db, count)
        done = subprocess.run(
            [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), "list", "--limit", "1"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        said[count] = done.stderr
        with Store.open(db) as store:
            docs = store.run(lambda c: c.execute("SELECT count(*) FROM story_docs").fetchone()[0])
        assert docs == count  # indexed, in the upgrade's one transaction
    big = SLOW_MIGRATION_ARTICLES + 20
    assert said[big] == (
        f"newstui: upgrading the cache (schema 7 to {SCHEMA_VERSION}): indexing the {big} articles of its last "
        "14 days for Stories, once; this takes a moment\n"
    )
    assert said[30] == ""
