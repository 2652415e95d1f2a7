"""A toast (say, "no web browser found" after o) sat on the status line's row, over the
notice the next key wrote there ("Copied http://…" cut after a few characters), for the
toast's ten seconds. Toasts stand above the status line and the key footer."""

from __future__ import annotations

import pytest
from textual.widgets._toast import ToastRack

from ui_helpers import Seeded, make_app, settle


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_toast_leaves_the_status_line_readable(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with app.run_test(size=size, notifications=True) as pilot:  # tests run without toasts
        await settle(pilot)
        screen = app.main_screen
        app.notify("Could not open the link: no web browser found", title="Browser", severity="error", timeout=30)
        screen.status.notice = "Copied http://news.test/world/0"
        await settle(pilot)
        await pilot.pause(0.5)
        rack = screen.get_child_by_type(ToastRack)
        assert rack.children  # the toast is up
        status = screen.status.region
        covering = {type(screen.get_widget_at(x, status.y)[0]).__name__ for x in range(status.x, status.right)}
        assert "Toast" not in covering, covering
        toast_rows = {y for y in range(size[1]) if type(screen.get_widget_at(size[0] - 3, y)[0]).__name__ == "Toast"}
        assert toast_rows and max(toast_rows) < status.y  # still shown, just above the status line
