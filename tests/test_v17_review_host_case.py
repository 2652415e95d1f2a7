"""Links now come out of the parser with a lower-case host (feeds/parse/links.py), and an item
without a guid is known by its link (store key "l:" + link). A cache written before kept the
feed's own spelling ("http://Harbour.Example/…"), so after the upgrade the same story has a
new key. The store's adoption of renamed items folds a dated item with text into its old row
(checked below), but two cases came back as new unread items:

* an item retention deleted: its tombstone holds the old key, so the feed brings it back;
* an undated item with no text (a link list): adoption asks for text or the same link.

Schema 10 lower-cases the origin of the "l:" keys of items and tombstones, and new link keys
are made the same way (tests/test_v17_fixes2_host_case_migration.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.feeds.parse import parse_feed
from newstui.model import ParsedItem
from newstui.store import Store

FEED = "http://harbour.test/feed.rss"
NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def document(items: list[tuple[str, str, str | None, str]]) -> bytes:
    """RSS without guids: (title, link, pubDate or None, description)."""
    rows = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + (f"<description>{text}</description>" if text else "")
        + "</item>"
        for title, link, date, text in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>{rows}</channel></rss>'.encode()


def stored(store: Store) -> list[tuple[str, bool]]:
    return sorted((item.title, item.read) for item in store.items(limit=None))


def test_a_dated_item_with_text_is_adopted_not_doubled(tmp_path: Path) -> None:
    """The case the adoption already covers (kept here so a fix cannot lose it)."""
    store = Store.open(tmp_path / "news.db")
    try:
        # As the parser before v17 stored it: the host as the feed spelt it.
        old = ParsedItem(
            "Ferry timetable changes",
            link="http://Harbour.Example/ferry",
            summary="Winter sailings.",
            published=NOW - timedelta(days=1),
        )
        store.upsert_items(FEED, [old])
        store.set_read([item.id for item in store.items(limit=None)], True)
        body = document(
            [
                (
                    "Ferry timetable changes",
                    "http://Harbour.Example/ferry",
                    "Fri, 13 Mar 2026 12:00:00 GMT",
                    "Winter sailings.",
                )
            ]
        )
        parsed = parse_feed(body, FEED)
        assert parsed.items[0].link == "http://harbour.example/ferry"
        store.upsert_items(FEED, parsed.items)
        assert stored(store) == [("Ferry timetable changes", True)]
    finally:
        store.close()


def test_an_item_retention_deleted_does_not_come_back_after_the_upgrade(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "news.db")
    try:
        old = [
            ParsedItem(
                f"Notice {n}",
                link=f"http://Harbour.Example/notice/{n}",
                summary=f"Notice number {n}.",
                published=NOW - timedelta(days=n),
            )
            for n in range(3)
        ]
        store.upsert_items(FEED, old)
        store.set_read([item.id for item in store.items(limit=None)], True)
        deleted, _ = store.prune({FEED: (1, 0, False)}, now=NOW)
        assert deleted == 2  # notices 1 and 2 are gone, their keys kept as tombstones
        body = document(
            [
                (
                    f"Notice {n}",
                    f"http://Harbour.Example/notice/{n}",
                    (NOW - timedelta(days=n)).strftime("%a, %d %b %Y %H:%M:%S GMT"),
                    f"Notice number {n}.",
                )
                for n in range(3)
            ]
        )
        store.upsert_items(FEED, parse_feed(body, FEED).items)
        assert stored(store) == [("Notice 0", True)]  # were: Notice 1 and 2 back, unread
    finally:
        store.close()


def test_an_undated_link_item_without_text_is_not_doubled_after_the_upgrade(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "news.db")
    try:
        store.upsert_items(FEED, [ParsedItem("Tide tables", link="http://Harbour.Example/tides")])
        store.set_read([item.id for item in store.items(limit=None)], True)
        body = document([("Tide tables", "http://Harbour.Example/tides", None, "")])
        store.upsert_items(FEED, parse_feed(body, FEED).items)
        assert stored(store) == [("Tide tables", True)]  # was: a second, unread "Tide tables"
    finally:
        store.close()
