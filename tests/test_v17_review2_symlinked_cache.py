"""A cache file reached through a symlink (kept on another disk, or in a dotfiles tree):
SQLite resolves the link and keeps the -wal and -shm beside the file it points to, not
beside the link. The checks on the log (a foreign -wal refused on open; a -wal or -shm
deleted while open refuses writes) must look there too. Real files, real processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cache_files_helpers import QUAY_FEED, bookmarked, cache_with_bookmarks, foreign_log
from cli_helpers import newstui_on as newstui
from newstui.errors import StoreError
from newstui.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks")


def _linked_cache(tmp_path: Path) -> tuple[Path, Path]:
    """(the link the user names with --db, the file it points to)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    real = disk / "news.db"
    link = tmp_path / "news.db"
    os.symlink(real, link)
    return link, real


def test_a_foreign_log_beside_a_symlinked_cache_is_never_written_into_it(tmp_path: Path) -> None:
    """The foreign -wal sits where SQLite reads it, beside the link's target. (Before: the
    check looked beside the link, found no log, and `gc` wrote the other database's pages
    over the cache: every bookmark lost.)"""
    link, real = _linked_cache(tmp_path)
    saved = cache_with_bookmarks(link)
    wal = real.with_name("news.db-wal")
    wal.write_bytes(foreign_log(tmp_path))
    before = real.read_bytes()
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    done = newstui(config, link, "gc")
    assert real.read_bytes() == before
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{wal} is not this cache's log" in done.stderr, done.stderr
    wal.rename(tmp_path / "moved-aside")
    assert bookmarked(real) == saved


def test_the_shm_of_a_symlinked_cache_deleted_while_open_refuses_writes(tmp_path: Path) -> None:
    """As for a cache named directly (test_v17_trust_files): a -shm deleted under an open
    Store means the next process no longer sees its commits. (Before: the Store checked
    for a -shm beside the link, never recorded one, and said every write was saved.)"""
    link, real = _linked_cache(tmp_path)
    cache_with_bookmarks(link)
    store = Store.open(link)
    try:
        first = store.items(limit=None)[1]
        real.with_name("news.db-shm").unlink()
        with pytest.raises(StoreError, match="-shm was deleted or replaced while newstui had it open"):
            store.set_bookmarked(first.id, True)
    finally:
        store.close()


def test_a_symlinked_cache_with_its_own_log_after_a_kill_is_still_read(tmp_path: Path) -> None:
    """The other side: the cache's own log beside the target (a kill before a checkpoint)
    is read, not refused."""
    link, real = _linked_cache(tmp_path)
    saved = cache_with_bookmarks(link)
    script = (
        "import os, sys\nfrom newstui.store import Store\nstore = Store.open(sys.argv[1])\n"
        "store.run(lambda conn: conn.execute('PRAGMA wal_autocheckpoint = 0'))\n"
        "ids = [item.id for item in store.items(limit=None)]\n"
        "store.set_bookmarked(ids[1], True)\nos._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(link)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert real.with_name("news.db-wal").stat().st_size > 0
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    gc = newstui(config, link, "gc")
    assert gc.returncode == 0, gc.stderr
    assert len(bookmarked(real)) == len(saved) + 1
