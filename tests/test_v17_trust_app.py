"""The reader on a cache that is deleted or replaced while it runs: a bookmark it cannot
save where the user's cache now is is said, not shown as made. The real app through
Pilot, on a real SQLite file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.ui.app import NewsApp
from test_app_reliability import SIZE, open_feed, setup  # noqa: F401 - the fixture
from ui_helpers import TECH, clock, settle

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX rename over an open file")


async def test_a_bookmark_after_the_cache_was_replaced_says_it_was_not_saved(setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A backup restored over the cache while the reader runs (`cp backup.db news.db`
    with a rename, as rsync and most tools do it): SQLite goes on writing to the old file,
    which is gone at exit. (Before: `b` said "Bookmarked" and the bookmark was lost.)"""
    config_path, db, _ = setup
    app = NewsApp(load_config(config_path), db, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
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
