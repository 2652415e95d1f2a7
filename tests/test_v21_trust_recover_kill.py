"""`newstui recover` killed at any step of putting the fresh cache in place leaves a cache at
the cache's path that holds every bookmark and read mark.

Recover moved the corrupted file (and its -wal and -shm) aside, then renamed the fresh one
into place: killed between the two (kill -9, a power cut, a closed laptop), no cache was left
at the path; the next `newstui` (a cron refresh) made an empty one, and every bookmark seemed
gone (they were in a hidden `.news.db.recover-PID` and the aside file). Now the old file keeps
its name until the fresh one takes it. The process dies (os._exit, as kill -9) just before
each file-system step in turn, in a real process, on a real cache."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import build_cache, config_for
from recover_helpers import DIE_AT_STEP, bookmarked_and_read


def test_recover_killed_at_each_step_of_the_swap_keeps_a_whole_cache_at_the_path(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.db"
    build_cache(pristine)
    # A last bookmark still in the -wal (the reader's commit, not yet copied into the file).
    holder = sqlite3.connect(pristine, isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE items SET bookmarked = 1 WHERE key = 'g:small-1'")
    wal = Path(f"{pristine}-wal")
    assert wal.stat().st_size > 0
    saved = bookmarked_and_read(pristine)
    assert "g:small-1" in saved[0] and saved[1]
    config = config_for(tmp_path / "config.toml")
    finished = False
    for kill_at in range(12):
        place = tmp_path / f"run{kill_at}"
        place.mkdir()
        db = place / "news.db"
        shutil.copy(pristine, db)
        shutil.copy(wal, f"{db}-wal")
        child = subprocess.run(
            [sys.executable, "-c", DIE_AT_STEP, str(db), str(kill_at)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        finished = "finished" in child.stdout
        assert finished or child.returncode == 137, child.stderr
        # The next newstui at that path (a cron job, the reader) finds the cache, whole.
        listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
        assert listed.returncode == 0, (kill_at, listed.stderr)
        assert db.is_file(), kill_at
        assert bookmarked_and_read(db) == saved, kill_at
        if finished:
            break
    holder.close()
    assert finished  # every step was tried
