"""`newstui remove` of a feed with no bookmarks said "Its 0 bookmarked items stay"."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import config_with, feed_entry, newstui
from httpserver import TestServer
from newstui.model import ItemFilter
from newstui.store import Store


def test_remove_of_a_feed_without_bookmarks_says_none_stay(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("feeds/rss2.xml")
    config, db = config_with(tmp_path, feed_entry(url))
    assert newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path).returncode == 0
    with Store.open(db) as store:
        total = store.count_items(ItemFilter("feed", url))
    assert total > 0
    done = newstui("--config", str(config), "--db", str(db), "remove", url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == [f"It has no bookmarked items; `newstui gc` deletes its {total}."]
