"""A newsboat or nom user looks for a way to add a feed or import OPML inside the reader:
typed into the command palette, "add" or "import" found nothing to do with feeds (at best
"Mark all feeds read"). These are shell commands here; the palette now has "Add a feed" and
"Import OPML", which say which command does it and that R then reads the new feeds."""

from __future__ import annotations

import pytest

from ui_helpers import Seeded, make_app, press, running, settle


@pytest.mark.parametrize(
    ("typed", "says"), [("add a feed", "newstui add URL"), ("import opml", "newstui import-opml FILE")]
)
async def test_the_palette_says_how_to_add_a_feed_or_import_opml(seeded: Seeded, typed: str, says: str) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.press(*typed)
        await settle(pilot, rounds=8)
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settle(pilot)
        notice = app.main_screen.status.notice
        assert says in notice and "then R here" in notice
        assert app.is_running
