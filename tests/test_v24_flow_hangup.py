"""The reader quits, closing its cache, when its terminal hangs up: the real program on a real
pty whose master side the test closes (as a terminal window, an ssh link or a killed test does).

Before, SIGHUP killed it on the spot, and a reader the signal did not reach (in a session of
its own) kept polling the dead tty, a core at a third of its time, for good."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from pty_helpers import drain, hang_up, read_until, reader_argv, start_on_pty, stop
from ui_helpers import seed


@pytest.mark.parametrize("controlling", [True, False], ids=["sighup", "tty-eof-only"])
def test_the_reader_quits_and_keeps_what_was_saved_when_its_terminal_hangs_up(
    tmp_path: Path, isolated_dirs: Path, controlling: bool
) -> None:
    seeded = seed(tmp_path)
    # With the pty as the session's terminal, its hang-up sends SIGHUP; without, only end-of-file.
    process, master = start_on_pty(
        reader_argv(seeded.config_path, seeded.db), tmp_path, controlling=0 if controlling else None
    )
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        drain(master, 1.0)
        os.write(master, b"b")  # bookmark the item under the cursor (the newest, tech-0)
        drain(master, 2.0)
        returncode = hang_up(process, master)
    finally:
        stop(process)
    assert returncode == 0, f"the reader did not quit on its own (status {returncode})"
    with sqlite3.connect(seeded.db) as db:
        marked = {guid for (guid,) in db.execute("SELECT guid FROM items WHERE bookmarked = 1")}
    assert marked == {"tech-0", "tech-1"}
