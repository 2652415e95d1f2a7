"""A notice is data: the status line shows it as one paragraph with no terminal control,
and lays out no more of it than three lines can hold. v25's wrapping status line showed a
line break inside a notice (an error message, a page's text) as a new line, up to three,
the panes above giving up their rows for it, and passed escape characters through."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from newstui.ui.widgets.status_line import NOTICE_MOST
from ui_helpers import Seeded, make_app, running


def _lines(message: Static) -> list[str]:
    return [message.render_line(y).text.strip() for y in range(message.size.height)]


async def test_a_notice_with_line_breaks_and_controls_is_one_clean_paragraph(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 24)) as pilot:
        status = app.main_screen.status
        message = status.query_one("#status-message", Static)
        status.notice = "Could not fetch: the server said\n\x1b]0;a title\x07no\x1b[2J\r\nand [b]that[/b]"
        await pilot.pause()
        lines = _lines(message)
        assert status.size.height == 1, lines
        assert lines == ["Could not fetch: the server said no and [b]that[/b]"]


async def test_a_huge_notice_lays_out_what_three_lines_hold(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 24)) as pilot:
        status = app.main_screen.status
        message = status.query_one("#status-message", Static)
        status.notice = "a quarrel over the orchard wall " * 2000
        await pilot.pause()
        shown = message.visual
        assert isinstance(shown, Content)
        assert len(shown.plain) <= NOTICE_MOST
        assert status.size.height == 3
        assert _lines(message)[0].startswith("a quarrel over the orchard wall")
