"""`newstui recover` as a real process on a real cache: run it (run_recover), the corrupted
files it keeps aside (aside_files), a recover that dies just before its K-th file-system step
(DIE_AT_STEP, run with `python -c`), and children that stop at a racy step until a signal file
appears (WAIT_FOR_SIGNAL_CODE in the child, wait_for_signal in the test, spawn_python) on a
cache with a bookmark still in its -wal (cache_with_a_logged_bookmark, racing_cache). Whether a
step lost anything is read from the file: bookmarked_and_read."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import build_cache, config_for


def run_recover(db: Path, tmp_path: Path, *extra: str):  # type: ignore[no-untyped-def]
    """`newstui recover` on the cache `db` (config_for's two feeds), run in `tmp_path`."""
    return newstui(
        "--config", str(config_for(tmp_path / "config.toml")), "--db", str(db), "recover", *extra, cwd=tmp_path
    )


def aside_files(db: Path) -> list[Path]:
    """The corrupted caches recover kept aside beside `db` (not their -wal and -shm)."""
    return sorted(p for p in db.parent.glob(db.name + ".corrupted-*") if not p.name.endswith(("-wal", "-shm")))


# Recover in this process, dying just before its K-th file-system step once the fresh cache
# is checked (the moves into place): os._exit skips every clean-up, as kill -9 does.
DIE_AT_STEP = """
import os, sys
from pathlib import Path
from newstui.store import Store
from newstui.store.recover import recover

kill_at = int(sys.argv[2])
armed = [False]
steps = [0]
real_check = Store.check_whole

def check_then_arm(store):
    real_check(store)
    armed[0] = True

Store.check_whole = check_then_arm

def dying(real):
    def step(*args, **kwargs):
        if armed[0]:
            if steps[0] == kill_at:
                os._exit(137)
            steps[0] += 1
        return real(*args, **kwargs)
    return step

for name in ("replace", "rename", "link", "unlink", "remove"):
    setattr(os, name, dying(getattr(os, name)))
recover(Path(sys.argv[1]), force=True)
print("finished")
"""


def bookmarked_and_read(db: Path) -> tuple[set[str], set[str]]:
    """The keys of the bookmarked and of the read items, read-only with SQLite."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        bookmarked = {str(row[0]) for row in conn.execute("SELECT key FROM items WHERE bookmarked")}
        read = {str(row[0]) for row in conn.execute("SELECT key FROM items WHERE read")}
    finally:
        conn.close()
    return bookmarked, read


# The child's side of a signal file: wait_for(signal) waits up to 300 s, then the child dies (99).
WAIT_FOR_SIGNAL_CODE = """
import os, time
from pathlib import Path

def wait_for(signal):
    deadline = time.monotonic() + 300
    while not Path(signal).exists():
        if time.monotonic() > deadline:
            os._exit(99)
        time.sleep(0.02)
"""


def wait_for_signal(signal: Path, seconds: float) -> bool:
    """Whether the file `signal` appeared (a child's word) within `seconds`."""
    deadline = time.monotonic() + seconds
    while not signal.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def cache_with_a_logged_bookmark(tmp_path: Path) -> tuple[Path, Path, str]:
    """A sound cache with one bookmark still in its -wal; (file, -wal, an unbookmarked key)."""
    pristine = tmp_path / "pristine.db"
    build_cache(pristine)
    holder = sqlite3.connect(pristine, isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE items SET bookmarked = 1 WHERE key = 'g:small-1'")
    key = str(holder.execute("SELECT key FROM items WHERE NOT bookmarked ORDER BY key LIMIT 1").fetchone()[0])
    wal = Path(f"{pristine}-wal")
    place = tmp_path / "copy"
    place.mkdir()
    shutil.copy(pristine, place / "pristine.db")
    shutil.copy(wal, place / "pristine.db-wal")
    holder.close()
    return place / "pristine.db", place / "pristine.db-wal", key


def spawn_python(script: str, *args: object) -> subprocess.Popen[str]:
    """`python -c script args...` as a child, its output and errors piped as text."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def racing_cache(tmp_path: Path) -> tuple[Path, str, Path]:
    """cache_with_a_logged_bookmark copied to tmp_path/news.db (its -wal beside it), and an
    empty folder for the signal files of a race: (the cache, an unbookmarked key, the folder)."""
    source, wal, key = cache_with_a_logged_bookmark(tmp_path)
    db = tmp_path / "news.db"
    shutil.copy(source, db)
    shutil.copy(wal, f"{db}-wal")
    signals = tmp_path / "signals"
    signals.mkdir()
    return db, key, signals
