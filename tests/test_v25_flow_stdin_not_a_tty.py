"""`newstui < /dev/null` (stdin a file, a pipe, /dev/null) kept Textual's input loop reading
stdin's end-of-file without waiting: a core at 90% behind a screen no key reached, `Q`
included. The reader now reads its keys from the terminal (/dev/tty), as less and fzf do,
and with no terminal at all it says so and ends. The real program on a real pty."""

from __future__ import annotations

import fcntl
import os
import select
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


def _cpu_seconds(pid: int) -> float:
    """User and system time the process has used so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _start(tmp_path: Path, *, controlling: bool) -> tuple[subprocess.Popen[bytes], int]:
    seeded = seed(tmp_path)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def take_the_tty() -> None:
        if controlling:  # the pty is the session's terminal: /dev/tty opens it
            fcntl.ioctl(1, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(seeded.config_path), "--db", str(seeded.db)],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=take_the_tty,
        env=env,
        cwd=tmp_path,
    )
    os.close(slave)
    return process, master


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the CPU time from /proc")
def test_the_reader_reads_its_keys_from_the_terminal_when_stdin_is_not_one(tmp_path: Path, isolated_dirs: Path) -> None:
    process, master = _start(tmp_path, controlling=True)
    try:
        assert b"Ministers" in _read_until(master, b"Ministers", 60), "the reader never drew its list"
        _read_until(master, b"\0never", 1.0)
        before = _cpu_seconds(process.pid)
        _read_until(master, b"\0never", 2.0)
        idle = _cpu_seconds(process.pid) - before
        assert idle < 0.6, f"the idle reader used {idle:.2f} s of CPU in 2 s"  # spinning: about 1.8
        os.write(master, b"Q")
        try:
            returncode = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("Q typed on the terminal never reached the reader")
        assert returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)


def test_with_no_terminal_to_read_keys_from_the_reader_says_so_and_ends(tmp_path: Path, isolated_dirs: Path) -> None:
    process, master = _start(tmp_path, controlling=False)
    try:
        try:
            returncode = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the reader kept running with no keyboard")
        shown = _read_until(master, b"/dev/tty", 5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    assert returncode == 1
    assert b"no terminal to read keys from" in shown
