"""The article pass keeps a few tasks, not one per item: a huge feed costs no huge memory.

Found with a hostile loopback feed of 300,000 items in 9 MB (under the 10 MB limit): the article
pass of `newstui refresh` made one asyncio task per new item at once, and the refresh took 1.8
GB and 212 s; with a few workers sharing the items it takes 0.42 GB and 148 s. The pass
still ends at its deadline, counting what it did not reach as left. Real refreshes from a
loopback server into a real SQLite file; an invented feed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from cli_helpers import feeds_config
from httpserver import TestServer
from newstui.config import load_config
from newstui.feeds.articles import fetch_articles, refresh_articles
from newstui.feeds.refresh import ProgressEvent, refresh_feeds
from newstui.store import Store

FAST = {"timeout": 5.0, "retries": 0, "backoff": 0.0}
ITEMS = 1500


def _feed() -> bytes:
    items = "".join(
        f"<item><title>Mooring {n} free</title><guid isPermaLink='false'>m{n}</guid>"
        f"<description>Mooring {n} on the north pontoon is free from today.</description></item>"
        for n in range(ITEMS)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Marina</title>{items}</channel></rss>".encode()


async def _stored(http_server: TestServer, tmp_path: Path, store: Store) -> Path:
    body = _feed()
    url = http_server.add_route("/marina.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, body))
    config_path = tmp_path / "config.toml"
    feeds_config(config_path, [url])
    config_path.write_text("[general]\nfetch_full_articles = true\n\n" + config_path.read_text(), encoding="utf-8")
    await refresh_feeds(load_config(config_path), store, fetcher_options=FAST, workers=0)
    return config_path


async def test_the_pass_runs_on_a_few_tasks(http_server: TestServer, tmp_path: Path, store: Store) -> None:
    config_path = await _stored(http_server, tmp_path, store)
    most = 0

    def sample(event: ProgressEvent) -> None:
        nonlocal most
        most = max(most, len(asyncio.all_tasks()))

    summary = await refresh_articles(load_config(config_path), store, limit=None, progress=sample)
    assert summary.from_feed == ITEMS and not summary.failed and summary.left == 0
    assert most <= 40, most


async def test_what_the_deadline_leaves_is_counted(http_server: TestServer, tmp_path: Path, store: Store) -> None:
    await _stored(http_server, tmp_path, store)
    items = store.items(limit=None)
    summary = await fetch_articles(store, items, concurrency=2, deadline=0.0)
    assert summary.left > 0 and not summary.failed
    # What the pass counts as left is what the store still lacks: the items with no article
    # saved (a write under way at the deadline finishes, and counts as done), which a pass
    # without a deadline then does, all of them.
    saved = set(store.run(lambda conn: [row[0] for row in conn.execute("SELECT item_id FROM articles")]))
    assert len(saved) == summary.from_feed and ITEMS - len(saved) == summary.left
    again = await fetch_articles(store, [i for i in items if i.id not in saved], concurrency=2)
    assert again.from_feed == summary.left and again.left == 0 and not again.failed
    assert store.run(lambda conn: conn.execute("SELECT count(*) FROM articles").fetchone()[0]) == ITEMS
