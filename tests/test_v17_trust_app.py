"""Real processes and the real app on what users do mid-way: the reader on a cache that is
replaced while it runs (a bookmark it cannot save where the user's cache now is is said,
not shown as made), and `import-newsboat` killed while it refreshes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from httpserver import TestServer
from newsboat_helpers import LOOP_FEED, import_newsboat, titles_read_bookmarked
from ui_helpers import TECH, app_for, open_feed, running, settle


def _feed_body(paths: dict[str, Path | str]) -> bytes:
    """The loop feed of tests/newsboat_helpers.py, as its newsboat_world serves it."""
    site = str(paths["feed"]).rsplit("/", 1)[0] + "/site/"
    return LOOP_FEED.format(site=site).encode()


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX rename over an open file")


async def test_a_bookmark_after_the_cache_was_replaced_says_it_was_not_saved(app_cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A backup restored over the cache while the reader runs (`cp backup.db news.db`
    with a rename, as rsync and most tools do it): SQLite goes on writing to the old file,
    which is gone at exit. (Before: `b` said "Bookmarked" and the bookmark was lost.)"""
    config_path, db, _ = app_cache
    app = app_for(config_path, db)
    async with running(app) as pilot:
        items = await open_feed(app, pilot, TECH)
        first = items.current_item
        assert first is not None and not first.bookmarked
        backup = tmp_path / "backup.db"
        shutil.copy(db, backup)
        os.replace(backup, db)
        await pilot.press("b")
        await settle(pilot)
        assert not items.current_item.bookmarked
        notice = app.screen.status.notice
        assert "Could not bookmark the item" in notice and "deleted or replaced" in notice, notice
        await pilot.press("q")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT bookmarked FROM items WHERE id = ?", (first.id,)).fetchone() == (0,)
    finally:
        conn.close()


def test_an_import_from_newsboat_killed_mid_way_is_finished_by_running_it_again(
    tmp_path: Path,
    newsboat_world: dict[str, Path | str],
    http_server: TestServer,
) -> None:
    """kill -9 while `import-newsboat --read-state` refreshes (the config already holds the
    feeds, nothing is marked yet): running it again must carry the read and flagged items
    over, though every feed is "already there" by then."""
    import subprocess
    import time

    from httpserver import Response

    feed = str(newsboat_world["feed"])
    path = "/" + feed.split("/", 3)[3]
    slow = Response(200, {"Content-Type": "application/rss+xml"}, _feed_body(newsboat_world), delay=30)
    http_server.add_route(path.lstrip("/"), slow)
    args = [
        sys.executable,
        "-m",
        "newstui",
        "--config",
        str(newsboat_world["config"]),
        "--db",
        str(newsboat_world["db"]),
        "import-newsboat",
        str(newsboat_world["urls"]),
        "--cache",
        str(newsboat_world["cache"]),
    ]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    deadline = time.monotonic() + 30
    while not http_server.requests_for(path):
        assert process.poll() is None and time.monotonic() < deadline, "the import never refreshed"
        time.sleep(0.02)
    process.kill()
    process.wait(timeout=30)
    assert feed in Path(newsboat_world["config"]).read_text(encoding="utf-8")  # the config edit was done, whole
    http_server.add_route(
        path.lstrip("/"), Response(200, {"Content-Type": "application/rss+xml"}, _feed_body(newsboat_world))
    )
    code, out, err = import_newsboat(tmp_path, newsboat_world)
    assert code == 0, err + out
    assert "Marked 3 items read and bookmarked 2 (flagged in newsboat)." in out
    assert titles_read_bookmarked(Path(newsboat_world["db"]))["Four"] == (0, 1)
