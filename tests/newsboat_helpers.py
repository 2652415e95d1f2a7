"""newsboat's files for the import tests: its cache schema as newsboat 2.x leaves it
(NEWSBOAT_SCHEMA), a cache of the loop feed with items read, flagged and gone
(write_newsboat_cache), the loop feed served on the loopback server with newsboat's urls file
beside it (newsboat_world), `newstui import-newsboat` run on them (import_newsboat), and what
the newstui cache then holds (titles_read_bookmarked)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import newstui
from httpserver import TestServer
from newstui.store import Store

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


LOOP_FEED = """<?xml version="1.0" encoding="utf-8"?>
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


def write_newsboat_cache(path: Path, feed_url: str, site: str) -> None:
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


def newsboat_world(tmp_path: Path, http_server: TestServer) -> dict[str, Path | str]:
    """newsboat's urls file and cache of the loop feed (served by `http_server`), and an empty
    newstui config and cache path beside them: the `newsboat_world` fixture, tests/conftest.py."""
    site = http_server.url("site/")
    feed_url = http_server.add_route(
        "loop.xml", (200, {"Content-Type": "application/rss+xml"}, LOOP_FEED.format(site=site).encode())
    )
    newsboat = tmp_path / "newsboat"
    newsboat.mkdir()
    # other.example's feed is in newsboat's cache but not in its urls file any more.
    (newsboat / "urls").write_text(f'{feed_url} news "~Loop"\n', encoding="utf-8")
    write_newsboat_cache(newsboat / "cache.db", feed_url, site)
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


def import_newsboat(tmp_path: Path, world: dict[str, Path | str], *args: str) -> tuple[int, str, str]:
    """`newstui import-newsboat` of the world's urls file and cache: (status, stdout, stderr)."""
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


def titles_read_bookmarked(db: Path) -> dict[str, tuple[int, int]]:
    """(read, bookmarked) of each item of the newstui cache, by title."""
    store = Store.open(db)
    try:
        rows = store.run(lambda conn: conn.execute("SELECT title, read, bookmarked FROM items").fetchall())
    finally:
        store.close()
    return {str(title): (int(read), int(bookmarked)) for title, read, bookmarked in rows}
