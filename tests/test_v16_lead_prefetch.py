"""The article pass after a refresh shares its limit among the feeds: one feed that
brings thousands of new items must not leave the other feeds' new items without
their pages (a trial found the demo feeds' articles never fetched next to a
5,000-item feed). Real SQLite file, real store writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.model import ParsedItem
from newstui.store import Store

BIG = "https://big.example/feed.xml"
SMALL = "https://small.example/feed.xml"
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def items(prefix: str, count: int, newest: datetime) -> list[ParsedItem]:
    return [
        ParsedItem(
            guid=f"urn:{prefix}:{n}",
            title=f"{prefix} story {n}",
            link=f"https://{prefix}.example/{n}",
            published=newest - timedelta(minutes=n),
        )
        for n in range(count)
    ]


def test_a_small_feed_gets_its_pages_next_to_a_huge_one(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "cache.db")
    try:
        mark = store.last_item_id()
        # The big feed's items are all newer than the small feed's: newest-first alone
        # would give every one of the first 200 places to the big feed.
        store.upsert_items(BIG, items("big", 1000, NOW))
        store.upsert_items(SMALL, items("small", 3, NOW - timedelta(days=1)))
        chosen = store.items_without_article(1, limit=200, after_id=mark)
        assert len(chosen) == 200
        assert [item.title for item in chosen if item.feed_url == SMALL] == [
            "small story 0",
            "small story 1",
            "small story 2",
        ]
        # Each feed's newest first, the feeds taking turns.
        assert [item.title for item in chosen[:4]] == ["big story 0", "small story 0", "big story 1", "small story 1"]
        # The same order when the pass is narrowed to given items.
        ids = [item.id for item in store.items_without_article(1, limit=None, after_id=mark)]
        narrowed = store.items_without_article(1, limit=4, item_ids=ids)
        assert [item.title for item in narrowed] == [item.title for item in chosen[:4]]
    finally:
        store.close()
