"""ctrl+z stops the reader's whole job, as the terminal's own ^Z does, and never freezes the
terminal where no shell can resume it. The real program on a real pty, under a small shell
with job control (`JOB_SHELL`: its own process group, the job in another, `fg` on a stop).

v25's ctrl+z stopped the reader alone (SIGSTOP): started by a wrapper script (`sh -c`,
a launcher), the script kept waiting in the foreground and the shell above never got
the terminal back; a reader leading its own session (`xterm -e newstui`) stayed stopped
with nobody to continue it."""

from __future__ import annotations

import fcntl
import os
import re
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from test_v24_flow_hangup import SRC, _drain, _read_until
from ui_helpers import seed

JOB_SHELL = r"""
import os, signal, subprocess, sys

def in_the_foreground():
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    os.setpgid(0, 0)
    os.tcsetpgrp(0, os.getpgrp())
    signal.signal(signal.SIGTTOU, signal.SIG_DFL)

signal.signal(signal.SIGTTOU, signal.SIG_IGN)
job = subprocess.Popen(sys.argv[1:], preexec_fn=in_the_foreground)
while True:
    pid, status = os.waitpid(job.pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        break
    os.tcsetpgrp(0, os.getpgrp())
    print("JOB-STOPPED", flush=True)
    os.tcsetpgrp(0, job.pid)  # fg
    os.killpg(job.pid, signal.SIGCONT)
print("JOB-DONE", os.waitstatus_to_exitcode(status), flush=True)
"""
"""A shell's job control in short: the job in a process group of its own, in the
foreground; when it stops, the shell says so and continues it (`fg`)."""


def _state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def _start(argv: list[str], tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    """`argv` as a session's first process on a new pty (its controlling terminal)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def take_the_tty() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=take_the_tty,
        env=env,
        cwd=tmp_path,
    )
    os.close(slave)
    return process, master


def _shown(drawn: bytes) -> bytes:
    """The text drawn, without the escape sequences that move and colour it."""
    return re.sub(rb"\x1b\[[0-9;?<>$]*[A-Za-z]", b"", drawn)


def _reader(tmp_path: Path) -> list[str]:
    seeded = seed(tmp_path)
    return [sys.executable, "-m", "newstui", "--config", str(seeded.config_path), "--db", str(seeded.db)]


def _ctrl_z_then_quit(process: subprocess.Popen[bytes], master: int, wanted: bytes) -> bytes:
    """ctrl+z once the list is drawn, what the pty shows until `wanted` and the screen
    taken back after it, then Q."""
    try:
        assert b"Ministers" in _read_until(master, b"Ministers", 60), "the reader never drew its list"
        _drain(master, 1.0)
        os.write(master, b"\x1a")  # ctrl+z
        seen = _read_until(master, wanted, 30)
        if wanted in seen:  # and the screen taken back after it
            seen += _read_until(master, b"\x1b[?1049h", 30)
        _drain(master, 1.0)
        os.write(master, b"Q")
        seen += _read_until(master, b"JOB-DONE 0", 30)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return seen


@pytest.mark.parametrize("wrapped", [False, True], ids=["the-job-itself", "in-a-wrapper-script"])
def test_ctrl_z_stops_the_whole_job_and_fg_brings_the_reader_back(
    tmp_path: Path, isolated_dirs: Path, wrapped: bool
) -> None:
    reader = _reader(tmp_path)
    # A wrapper runs the reader in its own process group, waiting for it (no job control).
    job = ["sh", "-c", '"$@"; echo wrapper-after $?', "sh", *reader] if wrapped else reader
    process, master = _start([sys.executable, "-c", JOB_SHELL, *job], tmp_path)
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
    process, master = _start(_reader(tmp_path), tmp_path)
    try:
        assert b"Ministers" in _read_until(master, b"Ministers", 60), "the reader never drew its list"
        _drain(master, 1.0)
        os.write(master, b"\x1a")  # ctrl+z
        seen, end = b"", time.monotonic() + 20
        while b"Not suspended:" not in _shown(seen) and time.monotonic() < end:
            seen += _read_until(master, b"\x1b[1;1H", 1)  # a frame at a time
        assert _state(process.pid) != "T", "the reader was stopped with nobody to continue it"
        assert b"Not suspended:" in _shown(seen), "the reader did not say why it stayed"
        _drain(master, 1.0)
        os.write(master, b"Q")
        returncode = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    assert returncode == 0
