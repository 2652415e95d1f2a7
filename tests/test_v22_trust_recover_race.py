"""An open of the cache while `newstui recover` swaps the fresh cache in, or while another
open drops the old log a killed recover left, never loses the commits of the process that
opened it. Real processes on real files; each process stops at the racy step until told to go
on (files are the signals), so the interleaving is forced, not hoped for.

- Recover put the fresh cache at the path, then removed the old -wal's and -shm's names
  there. A process opening the cache between the two (a cron refresh, the reader) dropped the
  old log itself, made its own -wal, and committed a bookmark into it; recover's removal then
  deleted that -wal, and the bookmark with it.
- After a recover killed at that step, two processes opening the cache at once: one saw the
  old log, the other dropped it, opened the cache and committed a bookmark into its new -wal;
  the first then deleted that -wal by name.

Recover now holds an SQLite lock on the fresh cache, and a lock on the old log, across the
swap; an open drops the old log only under the same lock, after looking at it again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from damage_helpers import build_cache
from recover_helpers import (
    DIE_AT_STEP,
    WAIT_FOR_SIGNAL_CODE,
    bookmarked_and_read,
    cache_with_a_logged_bookmark,
    racing_cache,
    spawn_python,
    wait_for_signal,
)

# Opens the cache when told, bookmarks one item, says so, and dies without closing (as kill -9:
# its commit is in its -wal alone, never copied into the file by a close).
_BOOKMARKER = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.store import Store
db, key, signals = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
wait_for(signals / "open")
store = Store.open(db)
item_id = store.run(lambda conn: conn.execute("SELECT id FROM items WHERE key = ?", (key,)).fetchone()[0])
store.set_bookmarked(item_id, True)
(signals / "committed").touch()
wait_for(signals / "die")
os._exit(0)
"""
)

# Recover, stopping once the fresh cache has taken the path, before the old names go.
_RECOVER_STOPPING_AFTER_SWAP = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.store.recover import recover
db, signals = Path(sys.argv[1]), Path(sys.argv[2])
real_replace = os.replace

def replace(source, target, *args, **kwargs):
    real_replace(source, target, *args, **kwargs)
    if os.path.realpath(target) == os.path.realpath(db):
        (signals / "swapped").touch()
        wait_for(signals / "go")

os.replace = replace
recover(db, force=True)
(signals / "done").touch()
"""
)

# Opens the cache, stopping just before the open drops an old -wal name.
_OPEN_STOPPING_AT_DROP = (
    WAIT_FOR_SIGNAL_CODE
    + """
import sys
from newstui.store import Store
db, signals = Path(sys.argv[1]), Path(sys.argv[2])
real_unlink = os.unlink

def unlink(target, *args, **kwargs):
    if str(target).endswith("-wal") and not (signals / "paused").exists():
        (signals / "paused").touch()
        wait_for(signals / "go")
    return real_unlink(target, *args, **kwargs)

os.unlink = unlink
Store.open(db).close()
(signals / "done").touch()
"""
)


def _finish(child: subprocess.Popen[str]) -> None:
    _, err = child.communicate(timeout=300)
    assert child.returncode == 0, err


def _race(db: Path, key: str, signals: Path, stopped: subprocess.Popen[str], stop: str) -> None:
    """`stopped` waits at its racy step (it says so by `stop`); a bookmarker opens the cache
    meanwhile and is given a while to commit; then `stopped` goes on, and the bookmarker dies."""
    bookmarker = spawn_python(_BOOKMARKER, db, key, signals)
    try:
        assert wait_for_signal(signals / stop, 300), stopped.stderr.read() if stopped.poll() is not None else stop
        (signals / "open").touch()
        # Where the open is made to wait for the lock, this ends unanswered: that is the fix.
        wait_for_signal(signals / "committed", 8)
        (signals / "go").touch()
        _finish(stopped)
        assert wait_for_signal(signals / "committed", 300), (
            bookmarker.stderr.read() if bookmarker.poll() is not None else ""
        )
        (signals / "die").touch()
        _finish(bookmarker)
    finally:
        for child in (stopped, bookmarker):
            if child.poll() is None:
                child.kill()
                child.wait()


def test_an_open_while_recover_swaps_the_fresh_cache_in_keeps_its_bookmark(tmp_path: Path) -> None:
    db, key, signals = racing_cache(tmp_path)
    recovering = spawn_python(_RECOVER_STOPPING_AFTER_SWAP, db, signals)
    _race(db, key, signals, recovering, "swapped")
    bookmarked, _ = bookmarked_and_read(db)
    assert {"g:small-1", key} <= bookmarked


def test_two_opens_after_a_killed_recover_keep_the_bookmark_one_of_them_made(tmp_path: Path) -> None:
    source, wal, key = cache_with_a_logged_bookmark(tmp_path)
    # A recover killed just after the fresh cache took the path: the old -wal is still there.
    db = tmp_path / "news.db"
    for kill_at in range(12):
        for file in tmp_path.glob("news.db*"):
            file.unlink()
        for file in tmp_path.glob(".news.db*"):
            file.unlink()
        shutil.copy(source, db)
        shutil.copy(wal, f"{db}-wal")
        child = subprocess.run(
            [sys.executable, "-c", DIE_AT_STEP, str(db), str(kill_at)], capture_output=True, text=True, timeout=300
        )
        assert child.returncode == 137, (kill_at, child.stdout, child.stderr)
        asides = list(tmp_path.glob("news.db.corrupted-*[0-9]"))
        log = Path(f"{db}-wal")
        if asides and log.exists() and os.stat(log).st_nlink > 1 and not os.path.samefile(asides[0], db):
            break
    else:
        raise AssertionError("no step left the old log beside the fresh cache")
    signals = tmp_path / "signals"
    signals.mkdir()
    dropping = spawn_python(_OPEN_STOPPING_AT_DROP, db, signals)
    _race(db, key, signals, dropping, "paused")
    bookmarked, _ = bookmarked_and_read(db)
    assert {"g:small-1", key} <= bookmarked


def test_recover_of_a_cache_without_a_log_takes_no_lock_it_cannot_have(tmp_path: Path) -> None:
    # A cache closed cleanly in rollback mode (a cache recover made, recovered again) has no
    # -wal: the lock on the old log has nothing to hold, and recover goes on.
    from newstui.store.recover import recover

    db = tmp_path / "news.db"
    build_cache(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    saved = bookmarked_and_read(db)
    for _ in range(2):
        assert not Path(f"{db}-wal").exists()
        result = recover(db, force=True)
        assert result is not None and result.aside is not None and result.aside.exists()
        assert bookmarked_and_read(db) == saved
