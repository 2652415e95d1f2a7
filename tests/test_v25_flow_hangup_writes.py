"""After a hang-up the reader must never wait on its screen: Textual's output thread dies at
its first failed write to the dead tty, and the queue feeding it holds 30 writes, after which
each write waited for good, and the app's loop with it (the reader froze, its cache open).
Coming back from the pager of `|` to a hung-up terminal took 29 of those 30. Here an app on
the reader's driver keeps drawing while it takes its time to close after the hang-up: on a
real pty whose master side the test closes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pty_helpers import read_until, start_on_pty, stop

APP = textwrap.dedent(
    """
    import asyncio

    from textual.app import App
    from textual.widgets import Static

    from newstui.ui.terminal import HangUpDriver


    class Drawing(App[None]):
        def compose(self):
            yield Static("drawing", id="count")

        def on_mount(self):
            self.frames = 0
            self.set_interval(0.005, self.draw)

        def draw(self):
            self.frames += 1
            self.query_one("#count", Static).update(f"frame {self.frames}")

        async def terminal_hung_up(self):
            # An app that takes its time closing (saving, workers ending) while it draws.
            await asyncio.sleep(1.0)
            self.exit()


    Drawing(driver_class=HangUpDriver).run()
    print("closed", flush=True)
    """
)


def test_an_app_that_keeps_drawing_after_the_hang_up_still_closes(tmp_path: Path) -> None:
    script = tmp_path / "drawing.py"
    script.write_text(APP, encoding="utf-8")
    # Not the session's terminal: no SIGHUP, the app learns of the hang-up from its reads.
    process, master = start_on_pty([sys.executable, str(script)], tmp_path, stdout=subprocess.PIPE, controlling=None)
    try:
        seen = read_until(master, b"frame 20", 30)
        assert b"frame" in seen, "the app never drew"
        os.close(master)
        try:
            out, _ = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the app froze on its writes after the terminal hung up")
    finally:
        stop(process)
    assert b"closed" in out
