"""A refresh in the app that only edits items (no new ones) still starts the page pass:
with `fetch_full_articles = true` the edited item's page is fetched again in the background
(the pass started only when a refresh brought new items, so an edit waited for the next
refresh that did). Real app, real store, loopback server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from citizen_helpers import write_config
from edited_feed_helpers import ferry_feed, ferry_page
from httpserver import TestServer
from ui_helpers import app_for, press, running

FIRST = "The river trust met on Monday and agreed a plan to restore the old weir."
SECOND = "The river trust met again on Friday and dropped the weir plan after a survey."


def article_text(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT json FROM articles").fetchone()
        return "" if row is None else str(row[0])
    finally:
        conn.close()


async def test_a_refresh_that_only_edits_an_item_fetches_its_page_again(
    http_server: TestServer, tmp_path: Path
) -> None:
    page_url = http_server.add_route("/weir.html", (200, {"Content-Type": "text/html"}, ferry_page(FIRST)))
    feed = http_server.add_route(
        "/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Weir"))
    )
    config = write_config(tmp_path / "config.toml", [feed], refresh_minutes=0, fetch_full_articles="true")
    db = tmp_path / "news.db"
    app = app_for(config, db)
    async with running(app) as pilot:
        await press(pilot, "R")
        for _ in range(100):  # the page pass runs after the refresh, in the background
            if len(http_server.requests_for("/weir.html")) == 1 and "Monday" in article_text(db):
                break
            await pilot.pause(0.05)
        assert "Monday" in article_text(db)

        # The feed edits the item (a new title) and the page changed with it: no new item.
        http_server.add_route("/weir.html", (200, {"Content-Type": "text/html"}, ferry_page(SECOND)))
        http_server.add_route(
            "/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Weir: update"))
        )
        await press(pilot, "R")
        for _ in range(100):
            if "Friday" in article_text(db):
                break
            await pilot.pause(0.05)
        assert len(http_server.requests_for("/weir.html")) == 2
        assert "Friday" in article_text(db)
