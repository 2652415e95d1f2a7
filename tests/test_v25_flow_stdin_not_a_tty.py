"""`newstui < /dev/null` (stdin a file, a pipe, /dev/null) kept Textual's input loop reading
stdin's end-of-file without waiting: a core at 90% behind a screen no key reached, `Q`
included. The reader now reads its keys from the terminal (/dev/tty), as less and fzf do,
and with no terminal at all it says so and ends. The real program on a real pty."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pty_helpers import cpu_seconds, read_until, reader_argv, start_on_pty, stop
from ui_helpers import seed


def _start(tmp_path: Path, *, controlling: bool) -> tuple[subprocess.Popen[bytes], int]:
    """The reader with stdin /dev/null; the pty, its output, is its terminal if `controlling`
    (then /dev/tty opens it)."""
    seeded = seed(tmp_path)
    argv = reader_argv(seeded.config_path, seeded.db)
    return start_on_pty(argv, tmp_path, stdin=subprocess.DEVNULL, controlling=1 if controlling else None)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the CPU time from /proc")
def test_the_reader_reads_its_keys_from_the_terminal_when_stdin_is_not_one(tmp_path: Path, isolated_dirs: Path) -> None:
    process, master = _start(tmp_path, controlling=True)
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        read_until(master, b"\0never", 1.0)
        before = cpu_seconds(process.pid)
        read_until(master, b"\0never", 2.0)
        idle = cpu_seconds(process.pid) - before
        assert idle < 0.6, f"the idle reader used {idle:.2f} s of CPU in 2 s"  # spinning: about 1.8
        os.write(master, b"Q")
        try:
            returncode = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("Q typed on the terminal never reached the reader")
        assert returncode == 0
    finally:
        stop(process, master)


def test_with_no_terminal_to_read_keys_from_the_reader_says_so_and_ends(tmp_path: Path, isolated_dirs: Path) -> None:
    process, master = _start(tmp_path, controlling=False)
    try:
        try:
            returncode = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the reader kept running with no keyboard")
        shown = read_until(master, b"/dev/tty", 5)
    finally:
        stop(process, master)
    assert returncode == 1
    assert b"no terminal to read keys from" in shown
