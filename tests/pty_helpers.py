"""The real program on a real pty: start a process on a new pseudo-terminal and read what it draws.

Tests of hang-ups, suspends and keyboards need a terminal the test owns both ends of: the
child gets the pty's slave side (as its terminal, its output, optionally its input), the
test reads and writes the master side, and closing the master is the terminal hanging up."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
"""This worktree's source, put first on the child's PYTHONPATH."""

ROWS, COLUMNS = 30, 100

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


def program_env() -> dict[str, str]:
    """The test's environment with a colour terminal and this worktree's source first."""
    return dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(SRC))


def reader_argv(config: Path, db: Path) -> list[str]:
    """The command line of the reader on `config` and the cache `db`."""
    return [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db)]


def start_on_pty(
    argv: list[str],
    cwd: Path,
    *,
    stdin: int | None = None,
    stdout: int | None = None,
    controlling: int | None = 0,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> tuple[subprocess.Popen[bytes], int]:
    """`argv` as the first process of a new session on a new 30x100 pty; returns it and the
    master side (the caller closes it). Its stdin and stdout are the pty unless given (a file
    descriptor, `subprocess.DEVNULL`, `subprocess.PIPE`); stderr is always the pty. The pty
    becomes its controlling terminal through the descriptor `controlling` (0 or 1, which must
    then be the pty), or not at all with None: then nothing sends it SIGHUP, and it has no
    /dev/tty. Its environment is program_env() unless given; `preexec` runs in the child
    before exec (a resource limit, dropped capabilities)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))

    def take_the_tty() -> None:
        if controlling is not None:
            fcntl.ioctl(controlling, termios.TIOCSCTTY, 0)
        if preexec is not None:
            preexec()

    process = subprocess.Popen(
        argv,
        stdin=slave if stdin is None else stdin,
        stdout=slave if stdout is None else stdout,
        stderr=slave,
        start_new_session=True,
        preexec_fn=take_the_tty,
        env=program_env() if env is None else env,
        cwd=cwd,
    )
    os.close(slave)
    return process, master


def read_while(master: int, more: Callable[[bytes], bool], seconds: float) -> bytes:
    """What the program drew on the pty while `more(what it drew so far)` holds, until the time
    is up or the pty closes (the program ended)."""
    seen = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end and more(seen):
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


def read_until(master: int, wanted: bytes, seconds: float) -> bytes:
    """What the program drew on the pty, until `wanted` shows, the time is up or the pty closes."""
    return read_while(master, lambda seen: wanted not in seen, seconds)


ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78cDEHM])")
"""A terminal's escape sequences (CSI, OSC, charset and one-character ones)."""


def shown(seen: bytes) -> str:
    """The text the program drew, its escape sequences removed: a word styled or moved to
    mid-way is found whole."""
    return ESCAPES.sub(b"", seen).decode("utf-8", "replace")


def read_until_shown(master: int, wanted: str, seconds: float) -> bytes:
    """As read_until, until `wanted` shows in the text drawn (escape sequences left out)."""
    return read_while(master, lambda seen: wanted not in shown(seen), seconds)


def drain(master: int, seconds: float) -> None:
    """Read and drop what the program draws for `seconds` (it never blocks on a full pty)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            os.read(master, 65536)


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used so far (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def quit_with_q(process: subprocess.Popen[bytes], master: int) -> int:
    """Let the screen settle (1 s), type Q and wait for the program to end (30 s); its status."""
    drain(master, 1.0)
    os.write(master, b"Q")
    return process.wait(timeout=30)


def hang_up(process: subprocess.Popen[bytes], master: int) -> int:
    """Close the pty's master side (the terminal hangs up) and wait for the program to end
    (30 s); its status. A program still running then fails the test."""
    os.close(master)
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the reader kept running after its terminal hung up")


def stop(process: subprocess.Popen[bytes], master: int | None = None) -> None:
    """Kill the process if it is still running (a failed test's leftover) and reap it; then
    close the pty's master side if given."""
    if process.poll() is None:
        process.kill()
        process.wait()
    if master is not None:
        os.close(master)
