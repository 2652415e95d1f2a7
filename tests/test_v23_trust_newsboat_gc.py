"""`newstui import-newsboat --read-state` while a cron `newstui gc` deletes old items: every
item flagged in newsboat ends bookmarked in newstui, or is named as not bookmarked.

The import matched newsboat's flagged items with newstui's rows, then bookmarked those rows in
a second transaction. A gc committing between the two deleted the rows (old, read, not yet
bookmarked); the import bookmarked nothing, counted "bookmarked 0" and named no item: the
user's flags were dropped unsaid. The match and the marks are now one transaction, so an item
gc deleted first is one the import cannot find, and names.

A real process; it stops after matching until told to go on (files are the signals), and a
real gc (another connection, as the cron job's) runs meanwhile.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.model import FeedConfig, ParsedItem
from newstui.store import Store
from recover_helpers import WAIT_FOR_SIGNAL_CODE, wait_for_signal

FEED = "http://127.0.0.1:9/quay-notices.xml"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

# The import in a real process, stopping once it has matched newsboat's items with newstui's.
_IMPORT_STOPPING_AFTER_MATCH = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.store import newsboat_cache
signals = Path(sys.argv[1])
real_plan = newsboat_cache.plan_state

def plan_state(*args, **kwargs):
    plan = real_plan(*args, **kwargs)
    (signals / "matched").touch()
    wait_for(signals / "go")
    return plan

newsboat_cache.plan_state = plan_state
from newstui.__main__ import main
sys.exit(main(sys.argv[2:]))
"""
)


def _newsboat_cache(path: Path, flagged: list[str]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE rss_feed (rssurl TEXT PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute(
        "CREATE TABLE rss_item (id INTEGER PRIMARY KEY, guid TEXT, title TEXT, author TEXT, url TEXT, feedurl TEXT,"
        " pubDate INTEGER, content TEXT, unread INTEGER, flags TEXT, deleted INTEGER)"
    )
    conn.execute("INSERT INTO rss_feed VALUES (?, '', 'Quay notices')", (FEED,))
    for guid in flagged:
        conn.execute(
            "INSERT INTO rss_item (guid, title, url, feedurl, pubDate, content, unread, flags, deleted)"
            " VALUES (?, ?, ?, ?, 0, '', 0, 's', 0)",
            (guid, f"Notice {guid}", f"http://127.0.0.1:9/n/{guid}", FEED),
        )
    conn.close()


def test_flags_imported_while_gc_deletes_are_bookmarked_or_named(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(FEED, "Quay notices", ())])
        store.upsert_items(
            FEED,
            [
                ParsedItem(
                    f"Notice q{n}", link=f"http://127.0.0.1:9/n/q{n}", guid=f"q{n}", published=T0 - timedelta(days=n)
                )
                for n in range(6)
            ],
        )
        ids = [item.id for item in store.items(limit=100)]
        store.set_read(ids)
    old = ["q3", "q4", "q5"]  # what a max_items = 3 gc deletes
    _newsboat_cache(tmp_path / "cache.db", old)
    (tmp_path / "urls").write_text(FEED + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")
    signals = tmp_path / "signals"
    signals.mkdir()
    importing = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _IMPORT_STOPPING_AFTER_MATCH,
            str(signals),
            "--config",
            str(config),
            "--db",
            str(db),
            "import-newsboat",
            str(tmp_path / "urls"),
            "--cache",
            str(tmp_path / "cache.db"),
            "--read-state",
            "--no-refresh",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        assert wait_for_signal(signals / "matched", 300), (
            importing.stderr.read() if importing.poll() is not None else ""
        )
        # The cron gc, meanwhile. Where the import holds the write lock, it waits and gives up:
        # that is the fix.
        with Store.open(db) as gc:
            gc.wait_for_lock(3)
            try:
                gc.prune({FEED: (3, 0, False)})
            except Exception as error:  # noqa: BLE001 - a gc that could not run deletes nothing
                assert "busy" in str(error) or "locked" in str(error), error
        (signals / "go").touch()
        out, err = importing.communicate(timeout=300)
    finally:
        if importing.poll() is None:
            importing.kill()
            importing.wait()
    assert importing.returncode == 0, err
    assert "Traceback" not in err
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    bookmarked = {str(row[0]) for row in conn.execute("SELECT guid FROM items WHERE bookmarked")}
    conn.close()
    for guid in old:
        assert guid in bookmarked or f"Notice {guid}" in out, (guid, bookmarked, out)
