"""ctrl+z did nothing: newsboat, vim, less, every terminal program hands the shell back on
^Z (`fg` resumes), and a newsboat hand typed ^Z, then `fg` and Enter into the reader (g went
to the top, Enter opened an article). ctrl+z now suspends the reader (`app.suspend`), which
comes back as it was when continued. The real program on a real pty."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from test_v24_flow_hangup import SRC, _drain, _read_until
from test_v25_review_flow_ctrl_z import JOB_SHELL
from ui_helpers import seed


def _state(pid: int) -> str:
    """The process's state letter (/proc/PID/stat): T while it is stopped."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process state from /proc")
def test_ctrl_z_suspends_the_reader_and_it_comes_back_when_continued(tmp_path: Path, isolated_dirs: Path) -> None:
    seeded = seed(tmp_path)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def take_the_tty() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM="xterm-256color", PYTHONPATH=str(SRC))
    process = subprocess.Popen(
        # Under a shell's job control (review-flow: where none is, ctrl+z leaves the reader be).
        [sys.executable, "-c", JOB_SHELL, sys.executable, "-m", "newstui", "--config", str(seeded.config_path)]
        + ["--db", str(seeded.db)],
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
        os.write(master, b"\x1a")  # ctrl+z
        left = _read_until(master, b"JOB-STOPPED", 20)
        assert b"\x1b[?1049l" in left, "the reader kept the screen"
        assert b"JOB-STOPPED" in left, "the reader was not suspended"  # then JOB_SHELL's fg continues it
        assert b"\x1b[?1049h" in _read_until(master, b"\x1b[?1049h", 20), "the reader did not come back"
        _drain(master, 1.0)
        os.write(master, b"Q")
        returncode = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    assert returncode == 0
