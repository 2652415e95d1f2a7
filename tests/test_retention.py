"""Retention (max_items, keep_days) after a refresh and by `newstui gc`, through the real
refresh, store and CLI: what goes, what stays (bookmarked, unread), and that deleted
items never come back while the feed still lists them."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from cli_helpers import newstui
from feed_builders import rss_document
from httpserver import Request, Response, TestServer
from newstui.config import parse_config
from newstui.feeds.refresh import RefreshSummary, refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

NOW = datetime.now(UTC)


def rss(prefix: str, numbers: range | list[int]) -> bytes:
    """An RSS feed whose item n is dated n days ago (item 0 is the newest)."""
    items = "".join(
        f"<item><title>{prefix} story {n}</title><link>https://{prefix}.example/{n}</link><guid>{prefix}-{n}</guid>"
        f"<description>walrus {prefix} {n}</description>"
        f"<pubDate>{format_datetime(NOW - timedelta(days=n, minutes=1))}</pubDate></item>"
        for n in numbers
    )
    return rss_document(items, title=prefix)


class Feed:
    """A route whose document can change between refreshes."""

    def __init__(self, server: TestServer, path: str, prefix: str, numbers: range | list[int]) -> None:
        self.prefix = prefix
        self.numbers = numbers
        self.url = server.add_route(path, self.answer)

    def answer(self, request: Request) -> Response:
        return Response(200, {"Content-Type": "application/rss+xml"}, rss(self.prefix, self.numbers))


def config_text(general: str, feeds: list[tuple[str, str]]) -> str:
    entries = "".join(f'[[feeds]]\nurl = "{url}"\n{extra}\n\n' for url, extra in feeds)
    return f"[general]\ntimeout_seconds = 5\nfetch_full_articles = false\n{general}\n\n{entries}"


def refresh(path: Path, text: str, db: Path) -> object:
    config = parse_config(text, path)
    with Store.open(db) as store:
        return asyncio.run(refresh_feeds(config, store, workers=0))


def titles(db: Path, url: str) -> list[str]:
    with Store.open(db) as store:
        return [item.title for item in store.items(ItemFilter("feed", url), limit=None)]


def test_max_items_keeps_unread_and_bookmarked_and_deleted_items_stay_deleted(
    http_server: TestServer, tmp_path: Path
) -> None:
    feed = Feed(http_server, "/a.xml", "a", range(6))
    db = tmp_path / "cache.db"
    text = config_text("max_items = 3", [(feed.url, "")])
    first = refresh(tmp_path / "c.toml", text, db)
    assert first.new_items == 6 and first.pruned == 0  # type: ignore[attr-defined]  # all unread: kept
    with Store.open(db) as store:
        items = {item.title: item.id for item in store.items(ItemFilter("feed", feed.url), limit=None)}
        store.set_read(list(items.values()))
        store.set_bookmarked(items["a story 5"], True)
        store.set_read(items["a story 4"], False)
    second = refresh(tmp_path / "c.toml", text, db)
    assert second.pruned == 1 and second.new_items == 0  # type: ignore[attr-defined]
    assert titles(db, feed.url) == ["a story 0", "a story 1", "a story 2", "a story 4", "a story 5"]
    # The feed still lists story 3: it must not come back (unread) on the next refresh.
    third = refresh(tmp_path / "c.toml", text, db)
    assert third.new_items == 0 and "a story 3" not in titles(db, feed.url)  # type: ignore[attr-defined]
    # Once the feed stops listing it, its tombstone is forgotten.
    feed.numbers = [0, 1, 2, 4, 5]
    refresh(tmp_path / "c.toml", text, db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM deleted_items").fetchone()[0] == 0


def test_keep_days_per_feed_with_delete_unread(http_server: TestServer, tmp_path: Path) -> None:
    old = Feed(http_server, "/old.xml", "old", range(5))
    other = Feed(http_server, "/other.xml", "other", range(5))
    db = tmp_path / "cache.db"
    text = config_text("", [(old.url, "keep_days = 2\ndelete_unread = true"), (other.url, "")])
    summary = refresh(tmp_path / "c.toml", text, db)
    assert summary.pruned == 3  # type: ignore[attr-defined]
    assert titles(db, old.url) == ["old story 0", "old story 1"]
    assert len(titles(db, other.url)) == 5  # no retention of its own, none in [general]
    again = refresh(tmp_path / "c.toml", text, db)
    assert again.new_items == 0 and len(titles(db, old.url)) == 2  # type: ignore[attr-defined]


def test_search_index_stays_consistent_after_deleting_items_with_articles(tmp_path: Path) -> None:
    from newstui.model import Article, FeedConfig, ParsedItem, Section

    db = tmp_path / "cache.db"
    url = "https://s.example/feed"
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(url)])
        store.upsert_items(
            url, [ParsedItem(title=f"item {n}", guid=str(n), published=NOW - timedelta(days=n)) for n in range(4)]
        )
        for item in store.items(limit=None):
            store.save_article(
                item.id, Article(headline=item.title, sections=[Section(None, [f"narwhal {item.title}"])]), 1
            )
        store.set_read([item.id for item in store.items(limit=None)])
        assert store.prune({url: (1, 0, False)}) == (3, 3)
        assert [item.title for item in store.items(ItemFilter("search", "narwhal"))] == ["item 0"]
        store._conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")


# --------------------------------------------------------------------------- newstui gc


def test_gc_reports_what_it_freed_and_drops_removed_feeds(http_server: TestServer, tmp_path: Path) -> None:
    kept = Feed(http_server, "/kept.xml", "kept", range(40))
    marked = Feed(http_server, "/marked.xml", "marked", range(40))
    gone = Feed(http_server, "/gone.xml", "gone", range(40))
    config, db = tmp_path / "config.toml", tmp_path / "cache.db"
    refresh(config, config_text("", [(kept.url, ""), (marked.url, ""), (gone.url, "")]), db)  # in-process: setup
    with Store.open(db) as store:
        store.set_read(
            [item.id for item in store.items(ItemFilter("feed", kept.url), limit=None) if item.title != "kept story 39"]
        )
        store.set_bookmarked(store.items(ItemFilter("feed", marked.url), limit=1)[0].id, True)
    # Two feeds leave the config; the kept one gets a retention of 10 items.
    config.write_text(config_text("max_items = 10", [(kept.url, "")]), encoding="utf-8")
    done = newstui("--config", str(config), "--db", str(db), "gc", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["retention_items"] == 29  # 40 - 10 newest - 1 unread
    assert report["removed_feeds"] == 1 and report["kept_feeds"] == 1 and report["kept_bookmarks"] == 1
    assert report["removed_feed_items"] == 40 + 39
    assert (
        report["bytes_after"] < report["bytes_before"]
        and report["bytes_freed"] == report["bytes_before"] - report["bytes_after"]
    )
    with Store.open(db) as store:
        assert store.count_items(ItemFilter("feed", kept.url)) == 11
        assert store.feed(gone.url) is None
        assert [i.bookmarked for i in store.items(ItemFilter("feed", marked.url), limit=None)] == [True]
    # The unread one goes with --include-unread (alias vacuum), in words this time.
    done = newstui("--config", str(config), "--db", str(db), "vacuum", "--include-unread", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Deleted 1 old item (0 cached articles) by max_items / keep_days.")
    assert "freed" in done.stdout.splitlines()[-1]
    # Deleted items do not return with the next refresh.
    again = refresh(config, config.read_text(encoding="utf-8"), db)
    assert isinstance(again, RefreshSummary) and again.new_items == 0


def test_a_database_from_before_the_deleted_items_table_is_upgraded(tmp_path: Path) -> None:
    from newstui.model import ParsedItem
    from newstui.store.schema import MIGRATIONS, migrate

    db = tmp_path / "cache.db"
    url = "https://old.example/feed"
    # A cache at the version just before the migration that adds deleted_items
    # (found by trying, so later migrations can be appended freely).
    conn = sqlite3.connect(db, isolation_level=None)
    before = 0
    while not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'deleted_items'").fetchone():
        before = int(conn.execute("PRAGMA user_version").fetchone()[0])
        assert before < len(MIGRATIONS)
        migrate(conn, db, target=before + 1)
    conn.close()
    db.unlink()
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=before)
    conn.execute("INSERT INTO feeds (url) VALUES (?)", (url,))
    conn.execute(
        "INSERT INTO items (feed_id, key, guid, title, published, first_seen, hash)"
        " VALUES (1, 'g:1', '1', 'kept', 1, 1, 0)"
    )
    conn.close()
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    done = newstui("--config", str(config), "--db", str(db), "feeds", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"] == 1
    with Store.open(db) as store:
        assert store.prune({url: (0, 0, False)}) == (0, 0)
        store.upsert_items(url, [ParsedItem(title="kept", guid="1"), ParsedItem(title="new", guid="2")])
        assert store.count_items(ItemFilter("feed", url)) == 2
