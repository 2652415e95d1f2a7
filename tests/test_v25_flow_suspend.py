"""ctrl+z did nothing: newsboat, vim, less, every terminal program hands the shell back on
^Z (`fg` resumes), and a newsboat hand typed ^Z, then `fg` and Enter into the reader (g went
to the top, Enter opened an article). ctrl+z now suspends the reader (`app.suspend`), which
comes back as it was when continued. The real program on a real pty."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from test_v24_flow_hangup import _drain, _read_until
from test_v25_review_flow_ctrl_z import JOB_SHELL, _reader, _start


def test_ctrl_z_suspends_the_reader_and_it_comes_back_when_continued(tmp_path: Path, isolated_dirs: Path) -> None:
    # Under a shell's job control (review-flow: where there is none, ctrl+z leaves the reader be).
    process, master = _start([sys.executable, "-c", JOB_SHELL, *_reader(tmp_path)], tmp_path)
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
