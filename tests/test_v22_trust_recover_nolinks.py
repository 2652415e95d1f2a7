"""`recover` on a file system without hard links (FAT, some network shares): `os.link` fails,
and recover moves the old files aside before the fresh cache takes the path, as before version
21. The fallback had no test: this one makes link() fail and checks what the user gets. The
corrupted file and its -wal are kept whole under their aside name, the fresh cache at the path
holds every bookmark and read mark (one still in the -wal too), no old log is left beside it,
and the next open uses it."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from damage_helpers import config_for
from newstui.model import ItemFilter
from newstui.store import Store
from newstui.store.recover import recover
from recover_helpers import DIE_AT_STEP, bookmarked_and_read, cache_with_a_logged_bookmark


def _no_links(source: object, target: object, *args: object, **kwargs: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")


def test_recover_without_hard_links_moves_the_old_files_aside_and_keeps_every_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, wal, _ = cache_with_a_logged_bookmark(tmp_path)
    saved = bookmarked_and_read(db)
    assert "g:small-1" in saved[0] and saved[1]
    old_log = wal.read_bytes()
    monkeypatch.setattr(os, "link", _no_links)
    result = recover(db, force=True)
    assert result is not None and result.aside is not None
    aside = result.aside
    # The old files, whole, under the aside name; nothing of them left at the path.
    assert Path(f"{aside}-wal").read_bytes() == old_log
    assert not wal.exists() and not Path(f"{db}-shm").exists()
    assert os.stat(aside).st_nlink == 1
    monkeypatch.undo()
    assert bookmarked_and_read(db) == saved
    conn = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)
    try:
        assert "g:small-1" in {str(r[0]) for r in conn.execute("SELECT key FROM items WHERE bookmarked")}
    finally:
        conn.close()
    with Store.open(db) as store:
        store.check_whole()
        assert "small-1" in {i.guid for i in store.items(ItemFilter("bookmarked"), limit=None)}


def test_recover_without_hard_links_killed_at_each_step_never_leaves_an_empty_cache_in_use(tmp_path: Path) -> None:
    # Killed between moving the old file aside and putting the fresh one in, the path had no
    # cache: the next newstui (a cron refresh) made an empty one there, and every bookmark
    # seemed gone (they were in the aside file and in `.news.db.recover-PID`). Now an open
    # finding no cache but a recover's fresh cache waiting beside it makes none, and says
    # which file to move where.
    import shutil
    import subprocess
    import sys

    from cli_helpers import newstui

    source, wal, _ = cache_with_a_logged_bookmark(tmp_path)
    saved = bookmarked_and_read(source)
    config = config_for(tmp_path / "config.toml")
    no_links = "import os, errno\n" + (
        "def _no_links(*a, **k):\n    raise OSError(errno.EPERM, 'Operation not permitted')\nos.link = _no_links\n"
    )
    finished = stranded = False
    for kill_at in range(12):
        place = tmp_path / f"run{kill_at}"
        place.mkdir()
        db = place / "news.db"
        shutil.copy(source, db)
        shutil.copy(wal, f"{db}-wal")
        child = subprocess.run(
            [sys.executable, "-c", no_links + DIE_AT_STEP, str(db), str(kill_at)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        finished = "finished" in child.stdout
        assert finished or child.returncode == 137, child.stderr
        listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=place)
        if db.exists():
            assert listed.returncode == 0, (kill_at, listed.stderr)
            assert bookmarked_and_read(db) == saved, kill_at
        else:
            stranded = True
            (fresh,) = place.glob(".news.db.recover-*")
            assert listed.returncode != 0, kill_at
            assert str(fresh) in listed.stderr and "recover" in listed.stderr, listed.stderr
            assert "Traceback" not in listed.stderr
            os.replace(fresh, db)  # as the message says
            assert bookmarked_and_read(db) == saved, kill_at
        if finished:
            break
    assert finished and stranded  # every step was tried, the window among them
