"""Review of the schema step that adds stories by shared terms (whosaid/terms.py
`build_terms`): a real SQLite file at the schema before it, opened by the real Store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newstui.store import Store
from newstui.whosaid import index as qi
from test_v16_stories_migration import old_cache


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
