"""`newstui import-newsboat --read-state` on a newsboat cache that newsboat left mid-write
(killed, or the machine went down, while it saved: its `cache.db-journal` holds the pages it
was changing). newstui opens newsboat's cache read-only, and SQLite must write to finish such
a file, so the import said "cannot read it: attempt to write a readonly database", which
tells the user nothing. It now says what happened and what to do; newsboat's files are left
exactly as they were. Real SQLite files, a real process killed with SIGKILL mid-transaction."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui_on

FEED = "http://127.0.0.1:9/harbour.xml"

# newsboat's tables (the columns newstui reads), a committed batch of read items, then a
# transaction large enough to spill into the file, killed before it commits.
_KILLED_MID_WRITE = f"""
import os, signal, sqlite3
conn = sqlite3.connect("cache.db", isolation_level=None)
conn.execute("PRAGMA cache_size = 10")
conn.execute("CREATE TABLE rss_feed (rssurl TEXT PRIMARY KEY, url TEXT, title TEXT)")
conn.execute(
    "CREATE TABLE rss_item (id INTEGER PRIMARY KEY, guid TEXT, title TEXT, author TEXT, url TEXT, feedurl TEXT,"
    " pubDate INTEGER, content TEXT, unread INTEGER, flags TEXT, deleted INTEGER)"
)
conn.execute("INSERT INTO rss_feed VALUES ('{FEED}', '', 'Harbour')")
conn.execute("BEGIN")
for n in range(2000):
    conn.execute(
        "INSERT INTO rss_item (guid, title, url, feedurl, pubDate, content, unread, flags, deleted)"
        " VALUES (?, ?, ?, '{FEED}', 0, ?, 0, '', 0)",
        (f"g{{n}}", f"Notice {{n}}", f"http://127.0.0.1:9/n/{{n}}", "words " * 80),
    )
conn.execute("COMMIT")
conn.execute("BEGIN")
conn.execute("UPDATE rss_item SET content = content || 'more words'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_newsboat_cache_left_mid_write_is_named_as_such_and_left_untouched(tmp_path: Path) -> None:
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE], cwd=tmp_path, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    cache = tmp_path / "cache.db"
    journal = tmp_path / "cache.db-journal"
    assert journal.stat().st_size > 0
    before = (cache.read_bytes(), journal.read_bytes())
    urls = tmp_path / "urls"
    urls.write_text(FEED + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "import-newsboat", str(urls), "--cache", str(cache), "--read-state")
    assert "Traceback" not in done.stderr
    assert done.returncode == 2, done.stderr
    assert "readonly" not in done.stderr
    assert "cache.db: newsboat stopped in the middle of saving it" in done.stderr
    assert "start newsboat once" in done.stderr
    assert (cache.read_bytes(), journal.read_bytes()) == before
    assert config.read_text(encoding="utf-8") == ""  # nothing imported, as for any unreadable cache
