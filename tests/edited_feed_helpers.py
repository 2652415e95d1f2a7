"""Feeds that edit an item after its page was read, on the loopback server: the harbour
board's feed of one item (Board: its page and feed text the test edits; board_page,
board_feed, CORRECTION) refreshed as the reader does (refresh_fast, then its articles), and
the ferry timetable's page and feed (ferry_page, ferry_feed) for the app tests of an edited
item opened again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from feed_builders import rss_document
from httpserver import TestServer
from newstui.config import Config, load_config
from newstui.feeds.articles import refresh_articles
from newstui.feeds.refresh import RefreshSummary, refresh_feeds
from newstui.model import Item, ItemFilter
from newstui.store import Store

if TYPE_CHECKING:
    from newstui.ui.app import NewsApp

FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


async def refresh_fast(config: Config, store: Store) -> RefreshSummary:
    """One refresh of the config's feeds with short timeouts and retries, in this process."""
    return await refresh_feeds(config, store, fetcher_options=FAST, workers=0)


def items_of(store: Store, url: str) -> list[Item]:
    """Every item of the feed at `url`."""
    return store.items(ItemFilter("feed", url), limit=None)


BOARD_PARAGRAPHS = [
    "The harbour board met on Thursday evening to decide the ferry timetable for the winter months ahead.",
    "Members agreed that the early crossing would keep running on weekdays, while the late boat stops in January.",
    "Residents who rely on the crossing for work asked the board to publish the changes well before December.",
    "The chair said the board would write to every household on the island before the new timetable starts.",
    "A further meeting in the spring will look again at the cost of running the second vessel all year round.",
]


def board_page(extra: str) -> bytes:
    """The board's article page, with `extra` as its third paragraph when given."""
    body = "".join(
        f"<p>{text}</p>" for text in [*BOARD_PARAGRAPHS[:2], *([extra] if extra else []), *BOARD_PARAGRAPHS[2:]]
    )
    return (
        "<!DOCTYPE html><html><head><title>Ferry timetable for winter</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Ferry timetable for winter</h1>"
        f"{body}</article><footer>Harbour Board</footer></body></html>"
    ).encode()


def board_feed(page_url: str, title: str, text: str, guid: str = "ferry-1") -> bytes:
    """The board's RSS feed of one item linking to `page_url`."""
    return rss_document(
        f'<item><title>{title}</title><link>{page_url}</link><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>Mon, 23 Nov 2026 09:00:00 +0000</pubDate><description>{text}</description></item>",
        title="Board",
        channel="<link>http://board.test/</link><description>d</description>",
        declaration='<?xml version="1.0" encoding="utf-8"?>',
    )


def article_text(store: Store, item: Item) -> str:
    """The paragraphs of the item's article read from its page, joined by spaces."""
    article = store.article(item.id)
    assert article is not None and article.source == "page"
    return " ".join(p for section in article.sections for p in section.paragraphs)


class Board:
    """A feed of one item whose page and text the test edits."""

    def __init__(self, server: TestServer, tmp_path: Path) -> None:
        self.page = board_page("")
        self.page_url = server.add_route("/ferry.html", lambda _: (200, {"Content-Type": "text/html"}, self.page))
        self.body = board_feed(self.page_url, "Ferry timetable for winter", "The board decides.")
        self.url = server.add_route("/board.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, self.body))
        path = tmp_path / "config.toml"
        path.write_text(f'[general]\nfetch_full_articles = true\n\n[[feeds]]\nurl = "{self.url}"\n', encoding="utf-8")
        self.config = load_config(path)

    async def refresh(self, store: Store) -> None:
        mark = store.last_item_id()
        await refresh_fast(self.config, store)
        await refresh_articles(self.config, store, after_id=mark, fetcher=None, deadline=20)


CORRECTION = "Correction: the late boat keeps running until the end of February, not January as first said."


FERRY_FIRST = "The harbour board met on Monday and agreed a new winter timetable for the ferry."


def ferry_feed(page: str, title: str) -> bytes:
    """An RSS feed of one item (guid ferry-1) linking to `page`."""
    return rss_document(
        f"<item><title>{title}</title><guid>ferry-1</guid><link>{page}</link>"
        "<description>Short summary.</description></item>",
        title="Harbour notes",
        channel="<link>http://harbour.test/</link><description>d</description>",
    )


def ferry_page(sentence: str) -> bytes:
    """The ferry timetable's article page: eight paragraphs starting with `sentence`."""
    paragraphs = "".join(f"<p>{sentence} Paragraph {n} of the report goes on for a while.</p>" for n in range(8))
    return (
        "<html><head><title>Ferry timetable</title></head><body>"
        f"<article><h1>Ferry timetable</h1>{paragraphs}</article></body></html>"
    ).encode()


def ferry_reader(server: TestServer, tmp_path: Path) -> tuple[NewsApp, Path, str]:
    """The reader on a fresh cache of the ferry feed, its item's page saying FERRY_FIRST, both
    served by `server`: (the app, its cache, the page's URL)."""
    from citizen_helpers import write_config
    from ui_helpers import app_for  # imports textual: only the app tests pay

    page_url = server.add_route("/ferry.html", (200, {"Content-Type": "text/html"}, ferry_page(FERRY_FIRST)))
    feed = server.add_route("/feed.rss", (200, {"Content-Type": "application/rss+xml"}, ferry_feed(page_url, "Ferry")))
    config = write_config(tmp_path / "config.toml", [feed], refresh_minutes=0)
    db = tmp_path / "news.db"
    return app_for(config, db), db, page_url
