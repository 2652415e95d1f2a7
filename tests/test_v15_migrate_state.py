"""`newstui import-newsboat --read-state`: newsboat's read and flagged items, from a real
cache.db made with newsboat's own schema (src/cache.cpp), carried over to newstui's cache
after a refresh from a loopback server; the newsboat file is never written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cli_helpers import newstui
from httpserver import TestServer
from newstui.store import Store
from newstui.store.newsboat_cache import NewsboatCacheError, read_newsboat_cache

# newsboat's schema, as src/cache.cpp's schema patches build it (2.10, 2.11, 2.22, 2.33).
NEWSBOAT_SCHEMA = """
CREATE TABLE rss_feed ( rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,
 title VARCHAR(1024) NOT NULL );
CREATE TABLE rss_item ( id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,
 title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,
 feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,
 unread INTEGER(1) NOT NULL );
CREATE TABLE google_replay ( id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,
 state INTEGER NOT NULL, ts INTEGER NOT NULL );
ALTER TABLE rss_item ADD enclosure_url VARCHAR(1024);
ALTER TABLE rss_item ADD enclosure_type VARCHAR(1024);
ALTER TABLE rss_item ADD enqueued INTEGER(1) NOT NULL DEFAULT 0;
ALTER TABLE rss_item ADD flags VARCHAR(52);
CREATE INDEX IF NOT EXISTS idx_rssurl ON rss_feed(rssurl);
CREATE INDEX IF NOT EXISTS idx_guid ON rss_item(guid);
CREATE INDEX IF NOT EXISTS idx_feedurl ON rss_item(feedurl);
ANALYZE;
ALTER TABLE rss_feed ADD lastmodified INTEGER(11) NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS idx_lastmodified ON rss_feed(lastmodified);
ALTER TABLE rss_item ADD deleted INTEGER(1) NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS idx_deleted ON rss_item(deleted);
ALTER TABLE rss_feed ADD is_rtl INTEGER(1) NOT NULL DEFAULT 0;
ALTER TABLE rss_feed ADD etag VARCHAR(128) NOT NULL DEFAULT "";
ALTER TABLE rss_item ADD base VARCHAR(128) NOT NULL DEFAULT "";
CREATE TABLE metadata ( db_schema_version_major INTEGER NOT NULL, db_schema_version_minor INTEGER NOT NULL );
INSERT INTO metadata VALUES ( 2, 11 );
ALTER TABLE rss_item ADD COLUMN content_mime_type VARCHAR(255) NOT NULL DEFAULT "";
ALTER TABLE rss_item ADD COLUMN enclosure_description VARCHAR(1024) NOT NULL DEFAULT "";
ALTER TABLE rss_item ADD COLUMN enclosure_description_mime_type VARCHAR(128) NOT NULL DEFAULT "";
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loop news</title><link>{site}</link><description>d</description>
<item><title>One</title><link>{site}one</link><guid isPermaLink="false">g-1</guid>
 <pubDate>Mon, 01 Dec 2025 10:00:00 +0000</pubDate></item>
<item><title>Two</title><link>{site}two</link><guid isPermaLink="false">g-2</guid>
 <pubDate>Mon, 01 Dec 2025 09:00:00 +0000</pubDate></item>
<item><title>Three</title><link>{site}three</link><guid isPermaLink="false">g-3</guid>
 <pubDate>Mon, 01 Dec 2025 08:00:00 +0000</pubDate></item>
<item><title>Four</title><link>{site}four</link><guid isPermaLink="false">g-4</guid>
 <pubDate>Mon, 01 Dec 2025 07:00:00 +0000</pubDate></item>
<item><title>Five has no guid</title><link>{site}five</link>
 <pubDate>Mon, 01 Dec 2025 06:00:00 +0000</pubDate></item>
</channel></rss>
"""


def _newsboat_cache(path: Path, feed_url: str, site: str) -> None:
    """A cache.db as newsboat leaves it: some items read, some flagged, one gone from the feed."""
    conn = sqlite3.connect(path)
    conn.executescript(NEWSBOAT_SCHEMA)
    conn.execute("INSERT INTO rss_feed (rssurl, url, title) VALUES (?, ?, 'Loop news')", (feed_url, site))
    rows = [
        # guid, title, link, feedurl, unread, flags, deleted
        ("g-1", "One", f"{site}one", feed_url, 0, None, 0),
        ("g-2", "Two", f"{site}two", feed_url, 1, None, 0),
        ("g-3", "Three", f"{site}three", feed_url, 0, "s", 0),
        ("g-4", "Four", f"{site}four", feed_url, 1, "bA", 0),
        # No guid in the feed: newsboat's guid is link + date; the link matches.
        (f"{site}fiveMon, 01 Dec 2025 06:00:00 +0000", "Five", f"{site}five", feed_url, 0, None, 0),
        ("g-old", "Long gone", f"{site}old", feed_url, 0, None, 0),
        ("g-starred", "Starred [b]long ago[/b]\x1b[31m", f"{site}starred", feed_url, 0, "s", 0),
        ("g-deleted", "Deleted in newsboat", f"{site}deleted", feed_url, 1, None, 1),
        ("x-1", "Other feed", "https://other.example/1", "https://other.example/rss", 0, None, 0),
    ]
    conn.executemany(
        "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, flags, deleted)"
        " VALUES (?, ?, '', ?, ?, 1764583200, '<p>x</p>', ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def world(tmp_path: Path, http_server: TestServer) -> dict[str, Path | str]:
    site = http_server.url("site/")
    feed_url = http_server.add_route(
        "loop.xml", (200, {"Content-Type": "application/rss+xml"}, FEED.format(site=site).encode())
    )
    newsboat = tmp_path / "newsboat"
    newsboat.mkdir()
    # other.example's feed is in newsboat's cache but not in its urls file any more.
    (newsboat / "urls").write_text(f'{feed_url} news "~Loop"\n', encoding="utf-8")
    _newsboat_cache(newsboat / "cache.db", feed_url, site)
    config = tmp_path / "config.toml"
    config.write_text("[general]\nfetch_full_articles = false\n", encoding="utf-8")
    return {
        "config": config,
        "db": tmp_path / "newstui.db",
        "urls": newsboat / "urls",
        "cache": newsboat / "cache.db",
        "feed": feed_url,
        "dir": newsboat,
    }


def _import(tmp_path: Path, world: dict[str, Path | str], *args: str) -> tuple[int, str, str]:
    done = newstui(
        "--config",
        str(world["config"]),
        "--db",
        str(world["db"]),
        "import-newsboat",
        str(world["urls"]),
        "--cache",
        str(world["cache"]),
        *args,
        cwd=tmp_path,
    )
    return done.returncode, done.stdout, done.stderr


def _state(db: Path) -> dict[str, tuple[int, int]]:
    store = Store.open(db)
    try:
        rows = store.run(lambda conn: conn.execute("SELECT title, read, bookmarked FROM items").fetchall())
    finally:
        store.close()
    return {str(title): (int(read), int(bookmarked)) for title, read, bookmarked in rows}


def test_read_and_flagged_items_carry_over_after_a_refresh(
    tmp_path: Path, world: dict[str, Path | str], http_server: TestServer
) -> None:
    before = _digest(Path(world["cache"]))
    files_before = sorted(p.name for p in Path(world["dir"]).iterdir())
    code, out, err = _import(tmp_path, world)
    assert code == 0, err + out
    # read, bookmarked
    assert _state(Path(world["db"])) == {
        "One": (1, 0),
        "Two": (0, 0),
        "Three": (1, 1),
        "Four": (0, 1),
        "Five has no guid": (1, 0),
    }
    assert "Newsboat's cache" in out and "9 items, 7 read, 3 flagged" in out
    assert "Refreshing 1 feed" in out and "Refreshed: 1 ok" in out
    assert "Marked 3 items read and bookmarked 2 (flagged in newsboat)." in out
    # g-old, g-starred and the deleted one are read in newsboat but no longer in the feed.
    assert "3 read items of newsboat's cache are not in newstui's" in out
    assert "1 item of newsboat's cache belongs to feeds not in the config" in out
    assert "1 flagged item could not be found" in out
    assert "  Starred [b]long ago[/b] <" in out and "\x1b" not in out
    # newsboat's cache is exactly as it was, and no journal or WAL file was made beside it.
    assert _digest(Path(world["cache"])) == before
    assert sorted(p.name for p in Path(world["dir"]).iterdir()) == files_before
    # The second run finds it all done.
    code, out, _ = _import(tmp_path, world)
    assert code == 0
    assert "Marked 0 items read and bookmarked 0 (flagged in newsboat) (3 already read, 2 already bookmarked)." in out


def test_no_refresh_marks_only_what_is_cached(
    tmp_path: Path, world: dict[str, Path | str], http_server: TestServer
) -> None:
    code, out, err = _import(tmp_path, world, "--no-refresh")
    assert code == 0, err
    assert not http_server.requests_for("loop.xml")
    assert "Marked 0 items read and bookmarked 0" in out
    assert "6 read items of newsboat's cache are not in newstui's" in out
    assert "3 flagged items could not be found" in out


def test_dry_run_with_read_state_fetches_and_writes_nothing(
    tmp_path: Path, world: dict[str, Path | str], http_server: TestServer
) -> None:
    config_before = Path(world["config"]).read_bytes()
    code, out, err = _import(tmp_path, world, "--dry-run")
    assert code == 0, err
    assert not http_server.requests_for("loop.xml")
    assert Path(world["config"]).read_bytes() == config_before
    assert not Path(world["db"]).exists()
    assert "Would mark 0 items read and bookmark 0 (of the items newstui has now)." in out
    assert "6 read items and 3 flagged are not in newstui's cache now; a real run refreshes 1 feed first." in out
    assert out.rstrip().endswith("Dry run: nothing was written.")


def test_a_running_newsboat_is_mentioned(tmp_path: Path, world: dict[str, Path | str]) -> None:
    Path(str(world["cache"]) + ".lock").write_text("12345", encoding="utf-8")
    code, _, err = _import(tmp_path, world, "--no-refresh")
    assert code == 0
    assert "cache.db.lock exists: newsboat may be running" in err


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"this is not a database at all" * 100, "not an SQLite database"),
        (None, "not newsboat's cache (it has no rss_item table)"),
    ],
)
def test_a_foreign_cache_stops_the_import_before_anything_is_written(
    tmp_path: Path, world: dict[str, Path | str], content: bytes | None, why: str
) -> None:
    cache = Path(world["cache"])
    cache.unlink()
    if content is None:
        conn = sqlite3.connect(cache)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        cache.write_bytes(content)
    config_before = Path(world["config"]).read_bytes()
    code, _, err = _import(tmp_path, world)
    assert code == 2
    assert f"newstui: {cache}: {why}" in err
    assert Path(world["config"]).read_bytes() == config_before  # no feed was added either


def test_a_missing_cache_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(NewsboatCacheError, match=r"cache\.db: no such file"):
        read_newsboat_cache(tmp_path / "cache.db")


def test_an_old_schema_without_flags_or_deleted_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE rss_item (id INTEGER PRIMARY KEY, guid TEXT, title TEXT, author TEXT, url TEXT,"
        " feedurl TEXT, pubDate INTEGER, content TEXT, unread INTEGER)"
    )
    conn.execute("INSERT INTO rss_item VALUES (1, 'g', 't', '', 'https://l/', 'https://f/', 0, '', '0')")
    conn.execute("INSERT INTO rss_item VALUES (2, 'h', 't', '', 'https://l/2', 'https://f/', 0, '', 1)")
    conn.execute("INSERT INTO rss_item VALUES (3, 'i', ?, '', '', 'https://f/', 0, '', 0)", (b"bad \xff utf-8",))
    conn.commit()
    conn.close()
    cache = read_newsboat_cache(path)
    assert cache.total == 3
    assert [(i.guid, i.read, i.flags) for i in cache.items] == [("g", True, ""), ("i", True, "")]
    assert cache.items[1].title == "bad \ufffd utf-8"
