"""ctrl+z stops the reader's whole job, as the terminal's own ^Z does, and never freezes the
terminal where no shell can resume it. The real program on a real pty, under a small shell
with job control (`JOB_SHELL`: its own process group, the job in another, `fg` on a stop).

v25's ctrl+z stopped the reader alone (SIGSTOP): started by a wrapper script (`sh -c`,
a launcher), the script kept waiting in the foreground and the shell above never got
the terminal back; a reader leading its own session (`xterm -e newstui`) stayed stopped
with nobody to continue it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pty_helpers import JOB_SHELL, drain, quit_with_q, read_until, reader_argv, start_on_pty, stop
from ui_helpers import seed


def _state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def _shown(drawn: bytes) -> bytes:
    """The text drawn, without the escape sequences that move and colour it."""
    return re.sub(rb"\x1b\[[0-9;?<>$]*[A-Za-z]", b"", drawn)


def _reader(tmp_path: Path) -> list[str]:
    seeded = seed(tmp_path)
    return reader_argv(seeded.config_path, seeded.db)


def _ctrl_z_then_quit(process: subprocess.Popen[bytes], master: int, wanted: bytes) -> bytes:
    """ctrl+z once the list is drawn, what the pty shows until `wanted` and the screen
    taken back after it, then Q."""
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        drain(master, 1.0)
        os.write(master, b"\x1a")  # ctrl+z
        seen = read_until(master, wanted, 30)
        if wanted in seen:  # and the screen taken back after it
            seen += read_until(master, b"\x1b[?1049h", 30)
        drain(master, 1.0)
        os.write(master, b"Q")
        seen += read_until(master, b"JOB-DONE 0", 30)
        process.wait(timeout=30)
    finally:
        stop(process, master)
    return seen


@pytest.mark.parametrize("wrapped", [False, True], ids=["the-job-itself", "in-a-wrapper-script"])
def test_ctrl_z_stops_the_whole_job_and_fg_brings_the_reader_back(
    tmp_path: Path, isolated_dirs: Path, wrapped: bool
) -> None:
    reader = _reader(tmp_path)
    # A wrapper runs the reader in its own process group, waiting for it (no job control).
    job = ["sh", "-c", '"$@"; echo wrapper-after $?', "sh", *reader] if wrapped else reader
    process, master = start_on_pty([sys.executable, "-c", JOB_SHELL, *job], tmp_path)
    seen = _ctrl_z_then_quit(process, master, b"JOB-STOPPED")
    assert b"JOB-STOPPED" in seen, "the shell never got the terminal back"
    after = seen.split(b"JOB-STOPPED", 1)[1]
    assert b"\x1b[?1049h" in after, "the reader did not take the screen back after fg"
    assert b"JOB-DONE 0" in seen, seen[-400:]
    assert process.returncode == 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process state from /proc")
def test_ctrl_z_leaves_a_reader_no_shell_can_resume_running(tmp_path: Path, isolated_dirs: Path) -> None:
    """A reader leading its own session (a terminal window's or ssh's command): the
    kernel drops the terminal's ^Z there, and the reader's ctrl+z is dropped too."""
    process, master = start_on_pty(_reader(tmp_path), tmp_path)
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        drain(master, 1.0)
        os.write(master, b"\x1a")  # ctrl+z
        seen, end = b"", time.monotonic() + 20
        while b"Not suspended:" not in _shown(seen) and time.monotonic() < end:
            seen += read_until(master, b"\x1b[1;1H", 1)  # a frame at a time
        assert _state(process.pid) != "T", "the reader was stopped with nobody to continue it"
        assert b"Not suspended:" in _shown(seen), "the reader did not say why it stayed"
        returncode = quit_with_q(process, master)
    finally:
        stop(process, master)
    assert returncode == 0
