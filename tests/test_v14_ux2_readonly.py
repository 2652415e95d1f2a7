"""A cache the reader cannot write (a read-only file, a full disk) but can read: the app
starts, says at once that it is read-only and why, keeps reading, and a key that would
save something says why it cannot instead of trying.

The launch is tested as the user meets it: `python -m newstui` in a real terminal (a pty),
under RLIMIT_FSIZE (the kernel refusing writes as a full disk does) or over a chmod 444
file (as root, with the file capabilities dropped, as tests/test_store_readonly.py does).
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.ui.app import NewsApp
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.status_line import StatusLine
from pty_helpers import read_until_shown, read_while, shown, start_on_pty, stop
from readonly_helpers import drop_file_capabilities
from ui_helpers import clock, press, running, seed

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX ptys, rlimits and permissions")

SAYS = "The cache is read-only ("
SAYS_AFTER = "): reading works, bookmarks and read marks cannot be saved"


def saved_state(db: Path) -> tuple[list[int], list[int]]:
    """(read item ids, bookmarked item ids) as the file holds them."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        read = [row[0] for row in conn.execute("SELECT id FROM items WHERE read ORDER BY id")]
        marked = [row[0] for row in conn.execute("SELECT id FROM items WHERE bookmarked ORDER BY id")]
    finally:
        conn.close()
    return read, marked


async def test_a_read_only_cache_is_said_at_start_and_reading_goes_on(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    before = saved_state(seeded.db)
    app = NewsApp(load_config(seeded.config_path), seeded.db, clock=clock, read_only=f"{seeded.db} is read-only")
    async with running(app, size=(100, 30)) as pilot:
        status = app.screen.query_one(StatusLine)
        assert "read-only" in status.location
        assert status.notice.startswith(SAYS + f"{seeded.db} is read-only") and status.notice.endswith(SAYS_AFTER)
        items = app.screen.query_one(ItemList)
        assert items.count > 0
        await press(pilot, "enter")  # opening reads: the article shows, nothing is written
        screen = app.main_screen
        assert screen.open_item is not None
        assert screen.article_result is not None and screen.article_result.item_id == screen.open_item.id
        for key in ("b", "m"):
            await press(pilot, key)
            assert status.notice.startswith(SAYS), key
        await press(pilot, "A")
        assert app.screen is screen  # no question asked: nothing could be marked
        assert status.notice.startswith(SAYS)
        await press(pilot, "R")
        assert "Cannot refresh: the cache is read-only" in status.notice
    assert saved_state(seeded.db) == before


def _in_a_terminal(
    argv: list[str], env: dict[str, str], preexec: Callable[[], None], wanted: str, seconds: float = 30
) -> tuple[str, int | None]:
    """Run `argv` in a 100×30 pty until the screen shows `wanted` (then press Q) or it exits.
    Returns (the text it wrote, escape sequences removed; its exit code, None if killed)."""
    process, master = start_on_pty(argv, Path.cwd(), controlling=None, env=env, preexec=preexec)
    try:
        seen = read_until_shown(master, wanted, seconds)
        if wanted in shown(seen):
            os.write(master, b"Q")
            seen += read_while(master, lambda _: True, 10)  # until it closes the terminal
        try:
            code: int | None = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            code = None
    finally:
        stop(process, master)
    return shown(seen), code


def _env(tmp: Path) -> dict[str, str]:
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    home.chmod(0o777)
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home),
        XDG_DATA_HOME=str(home),
        XDG_CACHE_HOME=str(home),
        TERM="xterm-256color",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("TEXTUAL", None)
    return env


def test_the_app_starts_read_only_on_a_full_disk(tmp_path: Path) -> None:
    """Before: SQLite could not make its -shm file, and the app stopped with "disk I/O error"."""
    seeded = seed(tmp_path)
    before = saved_state(seeded.db)

    def full_disk() -> None:  # any write past 1000 bytes of a file is refused, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    argv = [sys.executable, "-m", "newstui", "--config", str(seeded.config_path), "--db", str(seeded.db)]
    text, code = _in_a_terminal(argv, _env(tmp_path), full_disk, "read-only")
    assert SAYS in text.replace("\n", ""), text[-2000:]
    assert "is the disk full" in text or "disk" in text
    assert code == 0, text[-2000:]
    assert saved_state(seeded.db) == before


def test_the_app_on_a_read_only_file_says_so_at_start(tmp_path: Path) -> None:
    """Before: it started as if all were well, and said read-only only at the first bookmark."""
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="newstui-ux2-ro-"))  # not under tmp_path: private to its owner
    base.chmod(0o755)
    try:
        seeded = seed(base)
        for path in base.iterdir():
            path.chmod(0o644)
        seeded.db.chmod(0o444)
        base.chmod(0o777)  # the directory stays writable: SQLite makes its -shm there
        if os.geteuid() != 0 and os.access(seeded.db, os.W_OK):
            pytest.skip("chmod does not stop this user from writing")
        argv = [sys.executable, "-m", "newstui", "--config", str(seeded.config_path), "--db", str(seeded.db)]
        preexec = drop_file_capabilities if os.geteuid() == 0 else (lambda: None)
        text, code = _in_a_terminal(argv, _env(base), preexec, "read-only")
        # The notice may wrap before its "(path": v25's status line wraps a long notice.
        assert SAYS.removesuffix(" (") in text.replace("\n", ""), text[-2000:]
        assert code == 0, text[-2000:]
    finally:
        for path in [base, *base.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        import shutil

        shutil.rmtree(base)
