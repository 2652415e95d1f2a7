"""`newstui recover` killed at any step of the swap, on a cache reached through a symlink of
another name (`~/.local/share/newstui/news.db` → `/data/newsreader.sqlite`, a cache moved to a
bigger disk). Recover works on the file the link leads to; killed after the fresh cache took
that file's place but before the old -wal lost its name, the old log sits beside the fresh
file. The open that drops such a leftover looked for the aside log by the link's name, found
none, and the next newstui refused the cache ("… is not this cache's log"): a cron refresh
and the reader stopped until the user moved a file by hand. Real processes on real files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import build_cache, config_for
from recover_helpers import DIE_AT_STEP, bookmarked_and_read


def test_recover_killed_at_each_step_on_a_symlinked_cache_leaves_one_the_next_newstui_opens(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.db"
    build_cache(pristine)
    holder = sqlite3.connect(pristine, isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE items SET bookmarked = 1 WHERE key = 'g:small-1'")  # still in the -wal
    wal = Path(f"{pristine}-wal")
    saved = bookmarked_and_read(pristine)
    config = config_for(tmp_path / "config.toml")
    finished = False
    for kill_at in range(12):
        place = tmp_path / f"run{kill_at}"
        (place / "disk").mkdir(parents=True)
        real = place / "disk" / "newsreader.sqlite"
        shutil.copy(pristine, real)
        shutil.copy(wal, f"{real}-wal")
        db = place / "news.db"
        db.symlink_to(real)
        child = subprocess.run(
            [sys.executable, "-c", DIE_AT_STEP, str(db), str(kill_at)], capture_output=True, text=True, timeout=300
        )
        finished = "finished" in child.stdout
        assert finished or child.returncode == 137, child.stderr
        listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
        assert listed.returncode == 0, (kill_at, listed.stderr)
        assert db.is_symlink() and real.is_file(), kill_at
        assert bookmarked_and_read(db) == saved, kill_at
        if finished:
            break
    holder.close()
    assert finished
