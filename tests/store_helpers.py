"""Helpers for store tests on real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from newstui.store import Store


def sqlite_steps(store: Store, work: Callable[[], object]) -> int:
    """SQLite virtual machine steps `work` costs on the store's connection (not a timing):
    a cost test compares a small cache with a large one, the same on any machine."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store.run(lambda conn: conn.set_progress_handler(count, 1))
    try:
        work()
    finally:
        store.run(lambda conn: conn.set_progress_handler(None, 1))
    return steps


def stored_read(db: Path, item_id: int) -> bool:
    """Whether the item is read, as the file holds it (read with SQLite, not the store)."""
    conn = sqlite3.connect(db)
    try:
        return bool(conn.execute("SELECT read FROM items WHERE id = ?", (item_id,)).fetchone()[0])
    finally:
        conn.close()
