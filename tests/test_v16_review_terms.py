"""Review of the schema step that adds stories by shared terms (whosaid/terms.py
`build_terms`): a real SQLite file at the schema before it, opened by the real Store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newstui.model import Article, ItemFilter, ParsedItem, Section
from newstui.store import Store
from newstui.whosaid import index as qi
from stories_migration_helpers import old_cache


def test_one_item_dated_in_the_future_does_not_leave_the_cache_unindexed(tmp_path: Path) -> None:
    # Feeds do send absurd dates (2099, a typo'd year). The migration indexes the articles of
    # the days before the newest item: taken from that one item, it indexed nothing at all.
    path = tmp_path / "old.db"
    a, b, _, _ = old_cache(path)
    conn = sqlite3.connect(path)
    future = int(datetime(2099, 1, 1, tzinfo=UTC).timestamp() * 1_000_000)
    conn.execute(
        "INSERT INTO items (feed_id, key, title, published, first_seen, hash) VALUES (1, 'typo', 'Typo', ?, ?, 0)",
        (future, future),
    )
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        docs = store.run(lambda conn: conn.execute("SELECT count(*) FROM story_docs").fetchone()[0])
        assert docs == 3
        assert [sorted(item.id for item in s.items) for s in qi.stories(store)] == [[a, b]]


def test_items_moved_by_a_feed_merge_are_of_their_new_feed_for_stories(tmp_path: Path) -> None:
    # Stories by terms link items of ANOTHER feed, by the feed their story_docs row names.
    # A redirect that merges two feeds moves the items; a row left naming the old feed took
    # two items of one feed for two outlets.
    now = datetime.now(UTC)
    with Store.open(tmp_path / "cache.db") as store:
        for feed in ("http://a.test/feed", "http://b.test/feed"):
            store.upsert_items(
                feed, [ParsedItem(title="Vellum glassworks fire in Ambria", link=f"{feed}/1", published=now)]
            )
        for item in store.items(ItemFilter("all"), limit=None):
            article = Article(
                headline=item.title,
                sections=[Section(None, ["Forty firefighters from Ambria fought the Vellum glassworks fire."])],
            )
            store.save_article(item.id, article, 1)
        store.rename_feed("http://a.test/feed", "http://b.test/feed")
        pairs = store.run(
            lambda conn: conn.execute(
                "SELECT d.feed_id, i.feed_id FROM story_docs AS d JOIN items AS i ON i.id = d.item_id"
            ).fetchall()
        )
        assert pairs and all(docs == items for docs, items in pairs), pairs
