"""Review of the edited-items refetch (feeds/articles.py `_edited_items`, store/writes.py
`_mark_edited_pages`): what the refetch may replace, and what it costs on a big cache.

Real loopback HTTP and real SQLite files, as tests/test_v16_sidebyside_feeds.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from edited_feed_helpers import CORRECTION, Board, article_text, board_feed, board_page, items_of, refresh_fast
from httpserver import Response, TestServer
from newstui.feeds.articles import _edited_items, _retry_items, refresh_articles
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store
from newstui.store.writes import _item_rows
from store_helpers import sqlite_steps


async def test_a_refetched_page_without_an_article_keeps_the_page_article(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    # The feed edits the item; its page now has no article text (a consent wall, a
    # redesign). The full article read from the page before must not be replaced by
    # the feed's one-line summary: that loses the text for good.
    board = Board(http_server, tmp_path)
    await board.refresh(store)
    (item,) = items_of(store, board.url)
    before = article_text(store, item)
    board.body = board_feed(board.page_url, "Ferry timetable for winter (updated)", "The board decides again.")
    board.page = b"<!DOCTYPE html><html><head><title>Consent</title></head><body><nav>Accept</nav></body></html>"
    await refresh_fast(board.config, store)
    summary = await refresh_articles(board.config, store, after_id=store.last_item_id(), deadline=20)
    assert summary.refetched == 1
    assert len(http_server.requests_for("/ferry.html")) == 2
    assert article_text(store, item) == before
    assert CORRECTION not in before


# -- cost on a big cache: nothing may read every article or every item of a feed ----------------


def _cache(store: Store, count: int) -> list[int]:
    """A feed of `count` items, each with an article from its page (not edited)."""
    items = [
        ParsedItem(
            title=f"Story {n}",
            link=f"http://big.test/{n}",
            guid=f"g{n}",
            summary=f"Summary {n}",
            published=datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=n),
        )
        for n in range(count)
    ]
    store.upsert_items("http://big.test/feed", items)
    store.run_write(
        lambda conn: conn.execute(
            "INSERT INTO articles (item_id, version, json, text, saved)"
            " SELECT id, 1, json_object('source', 'page'), ?, 1 FROM items",
            ("An article body. " * 200,),
        )
    )
    return [item.id for item in store.items(ItemFilter("all"), limit=None)]


def test_looking_for_edited_pages_does_not_read_every_article(tmp_path: Path) -> None:
    costs = []
    for count in (100, 3000):
        store = Store.open(tmp_path / f"cache{count}.db")
        try:
            _cache(store, count)
            costs.append(sqlite_steps(store, lambda: _edited_items(store, set())))  # noqa: B023
        finally:
            store.close()
    small, big = costs
    assert big < 2 * small + 200, costs


def test_flagging_edited_pages_reads_only_the_batch_items(tmp_path: Path) -> None:
    # A refresh brings the feed's few current items; the feed's whole history in the cache
    # (thousands of items with articles) must not be read to compare them.
    costs = []
    for count in (100, 3000):
        store = Store.open(tmp_path / f"cache{count}.db")
        try:
            _cache(store, count)
            feed_id = store.run(lambda conn: conn.execute("SELECT id FROM feeds").fetchone()[0])
            fresh = [
                ParsedItem(title=f"Story {n} (updated)", link=f"http://big.test/{n}", guid=f"g{n}") for n in (0, 1)
            ]
            rows = _item_rows(feed_id, fresh, 1)
            costs.append(sqlite_steps(store, lambda: store._mark_edited_pages(rows)))  # noqa: B023
        finally:
            store.close()
    small, big = costs
    assert big < 2 * small + 200, costs


def test_recent_pages_that_failed_are_retried_whatever_the_other_feeds_hold(tmp_path: Path) -> None:
    # Three pages of one feed failed yesterday; forty other feeds each have an item of last
    # week without an article (fetched before fetch_full_articles was on). The retry takes
    # the newest items of the last RETRY_DAYS: the feeds taking turns must not cut it to the
    # first of each feed (the old items of the other feeds took the places, then fell out
    # as too old, and two of the three were never retried).
    now = datetime.now(UTC)
    with Store.open(tmp_path / "cache.db") as store:
        store.upsert_items(
            "http://failed.test/feed",
            [
                ParsedItem(title=f"Failed {n}", link=f"http://failed.test/{n}", published=now - timedelta(hours=n + 1))
                for n in range(3)
            ],
        )
        for feed in range(40):
            store.upsert_items(
                f"http://other{feed}.test/feed",
                [ParsedItem(title="Old", link=f"http://other{feed}.test/1", published=now - timedelta(days=7))],
            )
        store.run_write(lambda conn: conn.execute("UPDATE feeds SET in_config = 1"))
        retried = _retry_items(store, [], 30)
        assert sorted(item.title for item in retried) == ["Failed 0", "Failed 1", "Failed 2"]


def test_the_retry_does_not_sort_every_item_without_an_article(tmp_path: Path) -> None:
    costs = []
    for count in (100, 3000):
        store = Store.open(tmp_path / f"cache{count}.db")
        try:
            store.upsert_items(
                "http://big.test/feed",
                [
                    ParsedItem(
                        title=f"Story {n}", link=f"http://big.test/{n}", published=datetime(2026, 11, 1, tzinfo=UTC)
                    )
                    for n in range(count)
                ],
            )
            store.run_write(lambda conn: conn.execute("UPDATE feeds SET in_config = 1"))
            costs.append(sqlite_steps(store, lambda: _retry_items(store, [], 30)))  # noqa: B023
        finally:
            store.close()
    small, big = costs
    assert big < 2 * small + 200, costs


async def test_an_edited_page_the_deadline_left_is_fetched_on_the_next_pass(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    # "left" means "not done, tried next time" for every other page of the pass; an edited
    # item's page left by the deadline had been marked tried, and its stale article stayed
    # until the feed happened to edit the item again.
    board = Board(http_server, tmp_path)
    await board.refresh(store)
    (item,) = items_of(store, board.url)
    board.body = board_feed(board.page_url, "Ferry timetable for winter (corrected)", "The board decides again.")
    board.page = board_page(CORRECTION)
    await refresh_fast(board.config, store)
    http_server.add_route("/ferry.html", Response(200, {"Content-Type": "text/html"}, board.page, delay=3))
    summary = await refresh_articles(board.config, store, after_id=store.last_item_id(), deadline=0.5)
    assert summary.refetched == 1 and summary.left == 1
    http_server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, board.page))
    summary = await refresh_articles(board.config, store, after_id=store.last_item_id(), deadline=20)
    assert summary.refetched == 1 and summary.from_page == 1
    assert CORRECTION in article_text(store, item)
