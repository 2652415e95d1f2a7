"""An item the feed edits after its page was read: with `fetch_full_articles = false` no
article pass runs, so opening the item is the only time its page can be asked for again.
Opening it showed the old article (the store flags it, `articles.saved = 0`) and never
fetched the page again. Now the old article shows at once, with a notice, while the page is
fetched; the new one replaces it. A page that then fails leaves the old article up.
Real app, real store, loopback server."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from citizen_helpers import write_config
from edited_feed_helpers import FERRY_FIRST, ferry_feed, ferry_page, ferry_reader
from httpserver import TestServer
from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import app_for, press, running

SECOND = "The harbour board met again on Tuesday and withdrew the winter timetable after complaints."


def shown(app: NewsApp) -> str:
    view = app.main_screen.query_one(ArticleView)
    return " ".join(" ".join(str(block.render()).split()) for block in view.children)


def saved_flag(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT saved FROM articles").fetchone()[0])
    finally:
        conn.close()


async def test_opening_an_edited_item_fetches_its_page_again(http_server: TestServer, tmp_path: Path) -> None:
    app, db, page_url = ferry_reader(http_server, tmp_path)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "R")
        screen.item_list.focus()
        screen.item_list.select_row(0)
        await press(pilot, "enter")
        assert "met on Monday" in shown(app)
        assert len(http_server.requests_for("/ferry.html")) == 1

        # The feed edits the item (a new title), and the page changed with it.
        http_server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, ferry_page(SECOND)))
        http_server.add_route(
            "/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Ferry: update"))
        )
        await press(pilot, "R")
        assert saved_flag(db) == 0  # the store flagged the article
        screen.item_list.focus()
        screen.item_list.select_row(0)
        await press(pilot, "enter")
        assert len(http_server.requests_for("/ferry.html")) == 2
        assert "met again on Tuesday" in shown(app), shown(app)
        assert saved_flag(db) != 0  # the new article is cached: the next open fetches nothing

        await press(pilot, "enter")
        assert len(http_server.requests_for("/ferry.html")) == 2


async def test_an_edited_item_whose_page_fails_keeps_its_old_article(http_server: TestServer, tmp_path: Path) -> None:
    page_url = http_server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, ferry_page(FERRY_FIRST)))
    feed = http_server.add_route(
        "/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Ferry"))
    )
    config = write_config(tmp_path / "config.toml", [feed], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "R")
        screen.item_list.focus()
        screen.item_list.select_row(0)
        await press(pilot, "enter")
        assert "met on Monday" in shown(app)

        http_server.add_route("/ferry.html", (500, {"Content-Type": "text/plain"}, b"down"))
        http_server.add_route(
            "/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Ferry: update"))
        )
        await press(pilot, "R")
        screen.item_list.focus()
        screen.item_list.select_row(0)
        await press(pilot, "enter")
        assert len(http_server.requests_for("/ferry.html")) == 2
        text = shown(app)
        assert "met on Monday" in text  # the old article, not the feed's short summary
        assert "Showing the article as fetched before the feed's edit" in text, text


async def test_library_open_article_fetches_a_flagged_page_again(http_server: TestServer, tmp_path: Path) -> None:
    """The same rule in `Library.open_article`, the one call for callers other than the app."""
    app, db, page_url = ferry_reader(http_server, tmp_path)
    async with running(app) as pilot:
        await press(pilot, "R")
        item = app.main_screen.item_list.item_at(0)
        assert item is not None
        library = app.main_screen.library
        assert (await asyncio.to_thread(library.open_article, item)).status == "page"
        assert (await asyncio.to_thread(library.open_article, item)).status == "cached"
        http_server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, ferry_page(SECOND)))
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("UPDATE articles SET saved = 0")  # as the store's item writes flag an edit
        conn.close()
        result = await asyncio.to_thread(library.open_article, item)
        assert result.status == "page"
        assert "met again on Tuesday" in " ".join(p for s in result.article.sections for p in s.paragraphs)
        assert len(http_server.requests_for("/ferry.html")) == 2
