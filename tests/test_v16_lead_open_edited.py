"""Opening an item whose page article the feed has since edited fetches the page again;
when the page has no article any more (a stub, a paywall), the feed's short summary must
not replace the full text read before: the old article stays, as in the article pass.
Real app and store, loopback server."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from edited_feed_helpers import ferry_reader
from httpserver import TestServer
from newstui.model import Article
from ui_helpers import press, running

STUB = b"<html><head><title>Moved</title></head><body><p>This page has moved.</p></body></html>"


def paragraphs(article: Article) -> str:
    return " ".join(p for s in article.sections for p in s.paragraphs)


async def test_a_page_without_an_article_now_keeps_the_full_text_read_before(
    http_server: TestServer, tmp_path: Path
) -> None:
    app, db, page_url = ferry_reader(http_server, tmp_path)
    async with running(app) as pilot:
        await press(pilot, "R")
        item = app.main_screen.item_list.item_at(0)
        assert item is not None
        library = app.main_screen.library
        assert (await asyncio.to_thread(library.open_article, item)).status == "page"
        http_server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, STUB))
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("UPDATE articles SET saved = 0")  # as the store's item writes flag an edit
        conn.close()
        result = await asyncio.to_thread(library.open_article, item)
        assert len(http_server.requests_for("/ferry.html")) == 2
        assert "met on Monday" in paragraphs(result.article)
        assert result.notice is not None and "the one read before is kept" in result.notice
        # And the cache still holds the full text.
        again = await asyncio.to_thread(library.cached_article, item)
        assert again is not None and "met on Monday" in paragraphs(again)
