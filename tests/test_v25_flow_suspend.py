"""ctrl+z did nothing: newsboat, vim, less, every terminal program hands the shell back on
^Z (`fg` resumes), and a newsboat hand typed ^Z, then `fg` and Enter into the reader (g went
to the top, Enter opened an article). ctrl+z now suspends the reader (`app.suspend`), which
comes back as it was when continued. The real program on a real pty."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pty_helpers import JOB_SHELL, drain, quit_with_q, read_until, reader_argv, start_on_pty, stop
from ui_helpers import seed


def test_ctrl_z_suspends_the_reader_and_it_comes_back_when_continued(tmp_path: Path, isolated_dirs: Path) -> None:
    # Under a shell's job control (review-flow: where there is none, ctrl+z leaves the reader be).
    seeded = seed(tmp_path)
    reader = reader_argv(seeded.config_path, seeded.db)
    process, master = start_on_pty([sys.executable, "-c", JOB_SHELL, *reader], tmp_path)
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        drain(master, 1.0)
        os.write(master, b"\x1a")  # ctrl+z
        left = read_until(master, b"JOB-STOPPED", 20)
        assert b"\x1b[?1049l" in left, "the reader kept the screen"
        assert b"JOB-STOPPED" in left, "the reader was not suspended"  # then JOB_SHELL's fg continues it
        # The screen taken back may arrive in the same read as the shell's word: read on from there.
        back = left.split(b"JOB-STOPPED", 1)[1]
        if b"\x1b[?1049h" not in back:
            back += read_until(master, b"\x1b[?1049h", 20)
        assert b"\x1b[?1049h" in back, "the reader did not come back"
        returncode = quit_with_q(process, master)
    finally:
        stop(process, master)
    assert returncode == 0
