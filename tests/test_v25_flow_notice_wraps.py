"""A notice is the answer to a key, and the status line cut it at the screen's edge: at 80
columns, after "All (12 items)", it kept its first 45 to 60 characters ("Marked read:
Ministers agree on a river treaty after…", "No article open: ⏎ opens one, t…" at 60). A
notice too long for the line now wraps onto a second (and third) line while it is up; the
line is one row again once it has gone."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from ui_helpers import Seeded, make_app, press, running


def _shown(message: Static) -> str:
    """The notice as drawn, its lines joined."""
    return " ".join(message.render_line(y).text.strip() for y in range(message.size.height))


@pytest.mark.parametrize("width", [60, 80])
async def test_a_long_notice_wraps_instead_of_being_cut(seeded: Seeded, width: int) -> None:
    app = make_app(seeded)
    async with running(app, (width, 24)) as pilot:
        screen = app.main_screen
        screen.item_list.focus()
        await press(pilot)
        status = screen.status
        message = status.query_one("#status-message", Static)
        assert status.size.height == 1
        items_height = screen.item_list.size.height
        await press(pilot, "m")
        title = screen.item_list.current_item.title  # type: ignore[union-attr]
        assert f"Marked read: {title}" in status.text
        assert " ".join(f"Marked read: {title}".split()) in _shown(message)
        assert 2 <= status.size.height <= 3
        assert screen.item_list.size.height == items_height - (status.size.height - 1)
        status.clear_notice()
        await press(pilot)
        assert status.size.height == 1
        assert screen.item_list.size.height == items_height


async def test_a_notice_that_fits_keeps_the_status_line_one_row(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (120, 30)) as pilot:
        screen = app.main_screen
        screen.item_list.focus()
        await press(pilot, "S")
        assert "Sorted by title" in screen.status.text
        assert screen.status.size.height == 1


async def test_a_toast_stands_above_a_wrapped_notice(seeded: Seeded) -> None:
    """Toasts stood two rows up (v23), which put them on the first row of a wrapped notice."""
    from textual.widgets._toast import ToastRack

    app = make_app(seeded)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # tests run without toasts
        await press(pilot)
        screen = app.main_screen
        app.notify("Could not open the link: no web browser found", title="Browser", severity="error", timeout=30)
        screen.status.notice = "Saved to /home/reader/Downloads/ministers-agree-on-a-river-treaty-after-talks.md"
        await press(pilot)
        await pilot.pause(0.5)
        assert screen.get_child_by_type(ToastRack).children  # the toast is up
        status = screen.status.region
        assert status.height >= 2
        for y in range(status.y, status.bottom):
            covering = {type(screen.get_widget_at(x, y)[0]).__name__ for x in range(status.x, status.right)}
            assert "Toast" not in covering, (y, covering)
        toast_rows = {y for y in range(24) if type(screen.get_widget_at(77, y)[0]).__name__ == "Toast"}
        assert toast_rows and max(toast_rows) < status.y
