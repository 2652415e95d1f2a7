"""`newstui recover` on a cache another program holds locked: it waited three busy timeouts
(45 s) and then called the sound file damaged ("the part of the file that lists its tables is
damaged (database is locked)"). A lock is not damage: it says who to quit, and moves nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from damage_helpers import build_cache
from recover_helpers import aside_files, run_recover


def test_recover_on_a_locked_cache_says_it_is_locked_not_damaged(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    before = db.read_bytes()
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        # A WAL writer in exclusive locking mode keeps every other connection out until it closes.
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("COMMIT")
        done = run_recover(db, tmp_path)
    finally:
        holder.close()
    assert done.returncode != 0, done.stdout
    assert "locked" in done.stderr and "run `newstui recover` again" in done.stderr, done.stderr
    assert "damaged" not in done.stderr and "corrupted" not in done.stderr, done.stderr
    assert aside_files(db) == []
    assert db.read_bytes() == before
