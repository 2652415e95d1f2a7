"""The article pass ends at its deadline even while another process holds the write lock.

Review of the deadline's count (`feeds.articles.fetch_articles`): a save under way at the
deadline is waited for, so that a saved article counts as done, not as left. But a save
"under way" may be a save waiting for the write lock that another process holds (a CLI
refresh writing a big batch, `newstui gc`): each waits up to the busy timeout (15 s), one
after the other (the Store's lock), and the pass that should end at its deadline ended when
the other process let go, two minutes later in a real run of 40 items (1.4 s before the wait
was added). The wait is now bounded (`SAVE_GRACE` seconds, all the pass's saves at once);
a save still waiting then counts as left. A real SQLite file, a real second process holding
its write lock; invented items.
"""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newstui.feeds import articles
from newstui.feeds.articles import SAVE_GRACE, fetch_articles
from newstui.model import ParsedItem
from newstui.store import Store

_HOLD_THE_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(120)
"""


def _berths(store: Store) -> None:
    store.upsert_items(
        "https://marina.example/feed.rss",
        [
            ParsedItem(title=f"Berth {n} free", guid=f"b{n}", summary=f"Berth {n} on the east pontoon is free.")
            for n in range(40)
        ],
    )


def _hold_the_write_lock(db: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_THE_WRITE_LOCK, str(db)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


async def test_the_pass_ends_at_its_deadline_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "cache.db"
    with Store.open(db) as store:
        _berths(store)
        items = store.items(limit=None)
        holder = _hold_the_write_lock(db)
        try:
            started = time.monotonic()
            summary = await fetch_articles(store, items, concurrency=4, deadline=0.5)
            took = time.monotonic() - started
        finally:
            holder.kill()  # the saves still waiting in their threads then go through
            holder.wait()
        assert took < 0.5 + SAVE_GRACE + 3, took
        # Nothing could be written while the lock was held: all left, none failed.
        assert summary.left == len(items) and summary.from_feed == 0 and not summary.failed


async def test_a_save_that_fails_after_the_grace_is_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A save left to its thread that then fails (the lock outlasts the busy timeout) counts as
    left, and its error is not asyncio's "exception was never retrieved" on the terminal."""
    monkeypatch.setattr(articles, "SAVE_GRACE", 0.2)
    db = tmp_path / "cache.db"
    with Store.open(db) as store:
        _berths(store)
        items = store.items(limit=None)
        store.run(lambda conn: conn.execute("PRAGMA busy_timeout = 1000"))  # a short wait, then "locked"
        holder = _hold_the_write_lock(db)
        try:
            summary = await fetch_articles(store, items, concurrency=1, deadline=0.3)
            await asyncio.sleep(3)  # the saves left in their threads fail meanwhile
        finally:
            holder.kill()
            holder.wait()
        gc.collect()
        await asyncio.sleep(0)
    assert summary.left == len(items) and not summary.failed
    assert "never retrieved" not in caplog.text
