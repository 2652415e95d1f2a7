"""One bad item is that item's error, never its feed's or its run's.

A JSON Feed may write a lone surrogate as an escape ("\\ud800"), in an id, a title or a text:
JSON allows it, UTF-8 (and so SQLite) does not. The store cleaned such text only in the
statement that writes the items; an item's key was looked up before that, raw, so every feed
of the refresh batch failed with "could not be saved: text that is not valid Unicode", at
every refresh, for good. Real loopback server, real `newstui refresh`, real database file.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from feed_builders import rss_document
from httpserver import TestServer
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store


def _json_feed() -> bytes:
    items = [
        {"id": "\ud800broken", "title": "Broken \udfff title", "content_text": "text \ud800 here"},
        {"id": "fine", "title": "A fine item", "content_text": "plain"},
    ]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Jay", "items": items}).encode()


def test_a_lone_surrogate_in_a_json_feed_fails_neither_its_feed_nor_the_others(
    tmp_path: Path, http_server: TestServer
) -> None:
    bad = http_server.add_route("/feed.json", (200, {"Content-Type": "application/feed+json"}, _json_feed()))
    other = http_server.add_route(
        "/other.xml",
        (
            200,
            {"Content-Type": "application/rss+xml"},
            rss_document("<item><title>Other</title><guid>o1</guid></item>", title="O"),
        ),
    )
    config = tmp_path / "config.toml"
    feeds_config(config, [bad, other])
    db = tmp_path / "news.db"
    for _ in range(2):  # the second run meets the stored keys
        done = newstui_on(config, db, "refresh")
        assert "Traceback" not in done.stderr
        assert done.returncode == 0, done.stderr
        assert "could not be saved" not in done.stderr
    with Store.open(db) as store:
        assert [i.title for i in store.items(ItemFilter("feed", other), limit=10)] == ["Other"]
        titles = sorted(i.title for i in store.items(ItemFilter("feed", bad), limit=10))
        assert len(titles) == 2 and titles[0] == "A fine item" and titles[1].startswith("Broken")


def test_the_store_keeps_a_read_mark_of_an_item_whose_guid_holds_a_lone_surrogate(tmp_path: Path) -> None:
    feed = "https://jay.example/feed.json"
    item = ParsedItem(title="T \ud800", link=None, guid="\ud800g", summary="s", published=None)
    with Store.open(tmp_path / "news.db") as store:
        assert store.upsert_items(feed, [item]) == 1
        (stored,) = store.items(ItemFilter("feed", feed), limit=10)
        store.set_read(stored.id)
        assert store.upsert_items(feed, [item]) == 0  # the same item, not a new one
        (again,) = store.items(ItemFilter("feed", feed), limit=10)
        assert (again.id, again.read) == (stored.id, True)
