"""Review of the edited-items refetch (feeds/articles.py `_edited_items`, store/writes.py
`_mark_edited_pages`): what the refetch may replace, and what it costs on a big cache.

Real loopback HTTP and real SQLite files, as tests/test_v16_sidebyside_feeds.py.
"""

from __future__ import annotations

from pathlib import Path

from httpserver import TestServer
from newstui.feeds.articles import refresh_articles
from newstui.store import Store
from test_v16_sidebyside_feeds import CORRECTION, Board, feed_body, items_of, paragraphs, run


async def test_a_refetched_page_without_an_article_keeps_the_page_article(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    # The feed edits the item; its page now has no article text (a consent wall, a
    # redesign). The full article read from the page before must not be replaced by
    # the feed's one-line summary: that loses the text for good.
    board = Board(http_server, tmp_path)
    await board.refresh(store)
    (item,) = items_of(store, board.url)
    before = paragraphs(store, item)
    board.body = feed_body(board.page_url, "Ferry timetable for winter (updated)", "The board decides again.")
    board.page = b"<!DOCTYPE html><html><head><title>Consent</title></head><body><nav>Accept</nav></body></html>"
    await run(board.config, store)
    summary = await refresh_articles(board.config, store, after_id=store.last_item_id(), deadline=20)
    assert summary.refetched == 1
    assert len(http_server.requests_for("/ferry.html")) == 2
    assert paragraphs(store, item) == before
    assert CORRECTION not in before
