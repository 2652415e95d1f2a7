"""One bad feed is that feed's error, never its run's. A JSON Feed may write a lone surrogate
as an escape ("\\ud800") in its own `home_page_url`, not only in an item: JSON allows it,
UTF-8 (and so SQLite) does not. The feed's title and error were cleaned before they were
stored, its web page was not: every feed of the refresh batch failed with "could not be
saved: text that is not valid Unicode", at every refresh. Real loopback server, real
`newstui refresh`, real database file."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from feed_builders import rss_document
from httpserver import TestServer
from newstui.model import ItemFilter
from newstui.store import Store


def _json_feed() -> bytes:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Jay",
        "home_page_url": "https://jay.example/home\ud800",
        "items": [{"id": "j1", "url": "https://jay.example/posts/1", "title": "Jay one", "content_text": "words"}],
    }
    return json.dumps(feed).encode()


def test_a_lone_surrogate_in_a_json_feeds_home_page_fails_neither_it_nor_the_others(
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
    done = newstui_on(config, db, "refresh", "--no-articles")
    assert "Traceback" not in done.stderr
    assert "could not be saved" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    with Store.open(db) as store:
        assert [i.title for i in store.items(ItemFilter("feed", other), limit=10)] == ["Other"]
        assert [i.title for i in store.items(ItemFilter("feed", bad), limit=10)] == ["Jay one"]
