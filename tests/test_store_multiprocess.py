"""The cache shared by the running app and CLI commands in other processes.

Real processes on a real file: the app (or the Library it uses, with its two
database threads and the Store an article fetch opens) keeps connections open
while `newstui list` and `newstui refresh` come and go. On POSIX, closing any
descriptor of the database file drops every lock the process holds on it, so a
stray `open()` of the file in the app made the CLI believe it was the last
connection: it checkpointed and deleted the -wal the app still wrote to, and the
database came out "malformed". These tests are that user report.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.config import load_config
from newstui.model import FeedConfig
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from test_app_e2e import STORIES, settle, write_config, write_site
from ui_helpers import clock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")

MORE = [
    (f"extra{n}", f"Extra story number {n}", f"Fri, 13 Mar 2026 {10 + n:02d}:30:00 GMT") for n in range(6)
]


def cli(config: Path, db: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m newstui --config CONFIG --db DB ARGS` in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def check_db(db: Path) -> tuple[str, set[str], set[str]]:
    """integrity_check, every item's guid, the bookmarked guids (on a fresh connection)."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        check = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        if check == "ok":
            # Raises if the full-text index disagrees with its content.
            conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
        guids = {row[0] for row in conn.execute("SELECT guid FROM items")}
        marked = {row[0] for row in conn.execute("SELECT guid FROM items WHERE bookmarked")}
    finally:
        conn.close()
    return check, guids, marked


@pytest.fixture
def site(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = tmp_path / "site"
    root.mkdir()
    with TestServer(root) as server:
        write_site(root, server.base, STORIES)
        yield server, root


async def test_app_open_while_cli_lists_and_refreshes(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The user's report step by step: open an item, `list` elsewhere, j and b, `refresh`, quit."""
    server, root = site
    config = write_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    first = cli(config, db, "refresh")
    assert first.returncode == 0, first.stderr

    app = NewsApp(load_config(config), db, clock=clock)
    bookmarked: set[str] = set()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        items = app.screen.query_one(ItemList)
        assert items.count == 3
        await pilot.press("enter")  # the article fetch opens one more Store in this process
        await settle(app, pilot)
        assert app.screen.query_one(ArticleView).article.source == "page"

        listed = await asyncio.to_thread(cli, config, db, "list", "--limit", "1")
        assert listed.returncode == 0, listed.stderr
        await pilot.press("j", "b")
        await settle(app, pilot)
        assert items.current_item.bookmarked
        bookmarked.add(items.current_item.guid)

        write_site(root, server.base, MORE + STORIES)
        refreshed = await asyncio.to_thread(cli, config, db, "refresh")
        assert refreshed.returncode == 0, refreshed.stderr
        listed = await asyncio.to_thread(cli, config, db, "list", "--limit", "1")
        assert listed.returncode == 0, listed.stderr

        await pilot.press("j", "b")  # the last item of the list the app shows
        await settle(app, pilot)
        assert items.current_item.bookmarked
        bookmarked.add(items.current_item.guid)
        await pilot.press("q")
    assert not app.is_running

    check, guids, marked = check_db(db)
    assert check == "ok"
    assert guids == {slug for slug, _, _ in STORIES + MORE}
    assert bookmarked <= marked and len(bookmarked) == 2
    final = cli(config, db, "list", "--bookmarked")
    assert final.returncode == 0, final.stderr
    assert len(final.stdout.splitlines()) == len(marked)


WAL_CLOSER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("SELECT count(*) FROM items").fetchone()
conn.close()  # the last connection checkpoints and deletes -wal: it must see the other process's locks
"""


def test_a_second_store_in_a_process_keeps_its_locks(tmp_path: Path) -> None:
    """Opening one more Store (as the app's second DB thread or an article fetch does) must
    not drop the first one's locks: another process closing its connection then leaves -wal alone."""
    db = tmp_path / "news.db"
    wal = db.with_name(db.name + "-wal")
    first = Store.open(db)
    try:
        first.sync_feeds([FeedConfig("https://a.example/feed")])
        second = Store.open(db)
        second.close()
        assert wal.exists()
        subprocess.run([sys.executable, "-c", WAL_CLOSER, str(db)], check=True, timeout=30)
        assert wal.exists(), "another process deleted the -wal this process still has open"
    finally:
        first.close()
