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

import subprocess
import sys
import time
from pathlib import Path

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


async def test_the_pass_ends_at_its_deadline_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "cache.db"
    with Store.open(db) as store:
        store.upsert_items(
            "https://marina.example/feed.rss",
            [
                ParsedItem(title=f"Berth {n} free", guid=f"b{n}", summary=f"Berth {n} on the east pontoon is free.")
                for n in range(40)
            ],
        )
        items = store.items(limit=None)
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLD_THE_WRITE_LOCK, str(db)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            started = time.monotonic()
            summary = await fetch_articles(store, items, concurrency=4, deadline=0.5)
            took = time.monotonic() - started
        finally:
            holder.kill()  # the saves still waiting in their threads then go through
            holder.wait()
        assert took < 0.5 + SAVE_GRACE + 3, took
        # Nothing could be written while the lock was held: all left, none failed.
        assert summary.left == len(items) and summary.from_feed == 0 and not summary.failed
