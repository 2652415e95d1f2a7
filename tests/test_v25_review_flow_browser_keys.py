"""A terminal browser the reader hands the screen to (`o` with `browser = ["w3m"]`) reads its
keys from the terminal even when the reader's stdin is not one: v25 reads the reader's own
keys from /dev/tty then, but the browser inherited the /dev/null (or pipe) and got no key.

The real hand-off on a real pty: a process whose controlling terminal is the pty and whose
stdin is /dev/null runs `CommandBrowser.open` on a stand-in browser that says what its
stdin is."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import termios
from pathlib import Path

from pty_helpers import SRC

OPEN = """
import sys
from newstui.ui.external import CommandBrowser
print("opened", CommandBrowser([sys.argv[1]]).open("https://example.org/a-story"), flush=True)
"""


def _stand_in_browser(directory: Path) -> tuple[Path, Path]:
    """A program named like a terminal browser that writes whether its stdin is a terminal."""
    report = directory / "report.txt"
    browser = directory / "w3m"
    browser.write_text(f'#!/bin/sh\nif [ -t 0 ]; then echo tty > "{report}"; else echo not-a-tty > "{report}"; fi\n')
    browser.chmod(0o755)
    return browser, report


def _open_with_stdin(stdin: int | None, tmp_path: Path) -> str:
    browser, report = _stand_in_browser(tmp_path)
    master, slave = os.openpty()

    def take_the_tty() -> None:
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    try:
        done = subprocess.run(
            [sys.executable, "-c", OPEN, str(browser)],
            stdin=slave if stdin is None else stdin,
            stdout=slave,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=take_the_tty,
            pass_fds=(slave,),
            env=dict(os.environ, PYTHONPATH=str(SRC)),
            timeout=60,
            check=False,
        )
    finally:
        os.close(slave)
        os.close(master)
    assert done.returncode == 0, done.stderr
    return report.read_text().strip()


def test_a_terminal_browser_reads_the_terminal_when_the_readers_stdin_is_not_one(tmp_path: Path) -> None:
    with open(os.devnull, "rb") as null:
        assert _open_with_stdin(null.fileno(), tmp_path) == "tty"


def test_a_terminal_browser_still_gets_the_readers_own_terminal_stdin(tmp_path: Path) -> None:
    assert _open_with_stdin(None, tmp_path) == "tty"
