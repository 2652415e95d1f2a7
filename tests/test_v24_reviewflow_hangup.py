"""Review of v24's hang-up driver: the end of a standard input that is no terminal (a script's
`< /dev/null`, a pipe that has ended) is no hang-up. The terminal the reader draws on is still
there; the reader ended at once with status 0, having drawn nothing (before v24 it stayed)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from pty_helpers import drain, hang_up, read_until, reader_argv, start_on_pty, stop
from ui_helpers import seed


@pytest.mark.parametrize("stdin", ["devnull", "ended-pipe"])
def test_the_reader_stays_on_its_terminal_when_its_input_is_no_terminal_and_ends(
    tmp_path: Path, isolated_dirs: Path, stdin: str
) -> None:
    seeded = seed(tmp_path)
    if stdin == "devnull":
        source = os.open(os.devnull, os.O_RDONLY)
    else:
        source, writer = os.pipe()
        os.write(writer, b"\n")
        os.close(writer)
    # The pty (standard output) is the session's terminal.
    process, master = start_on_pty(reader_argv(seeded.config_path, seeded.db), tmp_path, stdin=source, controlling=1)
    os.close(source)
    try:
        drawn = read_until(master, b"Ministers", 60)
        assert process.poll() is None, f"the reader ended on its own (status {process.poll()})"
        assert b"Ministers" in drawn, "the reader never drew its list"
        drain(master, 2.0)
        assert process.poll() is None, f"the reader ended on its own (status {process.poll()})"
        returncode = hang_up(process, master)  # the terminal hangs up: now the reader goes
    finally:
        stop(process)
    assert returncode == 0


def test_a_hang_up_while_the_pager_runs_ends_the_reader_once_the_pager_has_gone(
    tmp_path: Path, isolated_dirs: Path
) -> None:
    """docs/keybindings.md: "A hang-up while the pager of `|` runs ends the reader once the
    pager has gone". Textual's `suspend_application_mode` closes the driver, which put SIGHUP
    back to its default for the pager's run: the hang-up killed the reader on the spot."""
    seeded = seed(tmp_path)
    finished = tmp_path / "pager-finished"
    pager = tmp_path / "pager.sh"  # a pager that outlives the hang-up a moment, then goes
    pager.write_text(f"trap '' HUP\ncat >/dev/null\nsleep 2\necho done > '{finished}'\n", encoding="utf-8")
    config = seeded.config_path.read_text(encoding="utf-8")
    seeded.config_path.write_text(
        config.replace("[general]", f'[general]\npipe_command = ["sh", "{pager}"]', 1), encoding="utf-8"
    )
    process, master = start_on_pty(reader_argv(seeded.config_path, seeded.db), tmp_path)
    try:
        assert b"Ministers" in read_until(master, b"Ministers", 60), "the reader never drew its list"
        drain(master, 1.0)
        os.write(master, b"b")  # bookmark the item under the cursor (tech-0)
        drain(master, 1.0)
        os.write(master, b"\r")  # open it
        drain(master, 2.0)
        os.write(master, b"|")  # the pager gets the terminal: the reader leaves its screen
        assert b"\x1b[?1049l" in read_until(master, b"\x1b[?1049l", 20), "the pager never started"
        drain(master, 0.5)
        returncode = hang_up(process, master)
    finally:
        stop(process)
    assert returncode == 0, f"the reader did not quit on its own (status {returncode})"
    assert finished.exists(), "the reader ended before its pager"
    with sqlite3.connect(seeded.db) as db:
        marked = {guid for (guid,) in db.execute("SELECT guid FROM items WHERE bookmarked = 1")}
    assert marked == {"tech-0", "tech-1"}
