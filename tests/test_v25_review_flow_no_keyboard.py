"""With no terminal to read keys from (no controlling terminal, stdin not one: cron, a
service, `setsid newstui < /dev/null`), the reader ends with status 1 and its one line of
reason, and writes no terminal sequence: v25 entered and left the screen first, and the
log its stderr went to got the alternate screen, mouse and keyboard modes before the line."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pty_helpers import program_env, reader_argv
from ui_helpers import seed


def test_no_keyboard_writes_only_its_reason(tmp_path: Path, isolated_dirs: Path) -> None:
    seeded = seed(tmp_path)
    done = subprocess.run(
        reader_argv(seeded.config_path, seeded.db),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        start_new_session=True,  # no controlling terminal: no /dev/tty
        env=program_env(),
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert b"no terminal to read keys from" in done.stderr
    assert b"\x1b" not in done.stderr + done.stdout, done.stderr[:300]
