"""The reader quits, closing its cache, when its terminal hangs up: the real program on a real
pty whose master side the test closes (as a terminal window, an ssh link or a killed test does).

Before, SIGHUP killed it on the spot, and a reader the signal did not reach (in a session of
its own) kept polling the dead tty, a core at a third of its time, for good."""

from __future__ import annotations

import fcntl
import os
import select
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from ui_helpers import seed

SRC = Path(__file__).resolve().parents[1] / "src"


def _read_until(master: int, wanted: bytes, seconds: float) -> bytes:
    """What the app drew on the pty, until `wanted` shows or the time is up."""
    seen = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end and wanted not in seen:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


def _drain(master: int, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            os.read(master, 65536)


@pytest.mark.parametrize("controlling", [True, False], ids=["sighup", "tty-eof-only"])
def test_the_reader_quits_and_keeps_what_was_saved_when_its_terminal_hangs_up(
    tmp_path: Path, isolated_dirs: Path, controlling: bool
) -> None:
    seeded = seed(tmp_path)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def take_the_tty() -> None:
        if controlling:  # the pty becomes the session's terminal: its hang-up sends SIGHUP
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(seeded.config_path), "--db", str(seeded.db)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=take_the_tty,
        env=env,
        cwd=tmp_path,
    )
    os.close(slave)
    try:
        assert b"Ministers" in _read_until(master, b"Ministers", 60), "the reader never drew its list"
        _drain(master, 1.0)
        os.write(master, b"b")  # bookmark the item under the cursor (the newest, tech-0)
        _drain(master, 2.0)
        os.close(master)
        try:
            returncode = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the reader kept running after its terminal hung up")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert returncode == 0, f"the reader did not quit on its own (status {returncode})"
    with sqlite3.connect(seeded.db) as db:
        marked = {guid for (guid,) in db.execute("SELECT guid FROM items WHERE bookmarked = 1")}
    assert marked == {"tech-0", "tech-1"}
