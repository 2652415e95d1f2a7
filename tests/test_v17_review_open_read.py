"""O (open in the browser and mark read) marked the item read even when the browser never
took the link: no browser on an SSH box, a `browser` command that fails. The status line
said "Could not open the link" and the item was gone from the unread ones all the same
(with H on, gone from the list); newsboat marks it read only once the browser worked."""

from __future__ import annotations

from pathlib import Path

from store_helpers import stored_read
from ui_helpers import Seeded, make_app, press, running, settle


async def test_capital_o_leaves_the_item_unread_when_the_browser_fails(seeded: Seeded, tmp_path: Path) -> None:
    failing = tmp_path / "broken-browser.sh"
    failing.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    app = make_app(seeded, browser=(str(failing), "%u"))
    async with running(app) as pilot:
        screen = app.main_screen
        first = screen.item_list.current_item
        assert first is not None and first.guid == "tech-0" and not first.read
        await press(pilot, "O")
        for _ in range(100):  # the browser runs in a worker; a failing one is told within 3 s
            await pilot.pause(0.05)
            if screen.status.notice.startswith("Could not open"):
                break
        await settle(pilot)
        assert screen.status.notice.startswith("Could not open the link")
        assert not stored_read(seeded.db, seeded.ids["tech-0"])
        shown = screen.item_list.current_item
        assert shown is not None and shown.id == first.id and not shown.read


async def test_capital_o_leaves_the_item_unread_when_the_browser_cannot_start(seeded: Seeded, tmp_path: Path) -> None:
    app = make_app(seeded, browser=(str(tmp_path / "no-such-browser"), "%u"))
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "O")
        for _ in range(100):
            await pilot.pause(0.05)
            if screen.status.notice.startswith("Could not open"):
                break
        await settle(pilot)
        assert screen.status.notice.startswith("Could not open the link")
        assert not stored_read(seeded.db, seeded.ids["tech-0"])
