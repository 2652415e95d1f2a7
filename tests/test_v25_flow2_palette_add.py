"""A newsboat or nom user looks for a way to add a feed or import OPML inside the reader:
typed into the command palette, "add" or "import" found nothing to do with feeds (at best
"Mark all feeds read"). v25 said which shell command does it; since v26 "Add a feed…" and
"Import OPML…" ask for the feed or the file in the reader (tests/test_v26_flow_add_feed.py)."""

from __future__ import annotations

import pytest

from newstui.ui.screens.add_feeds import AddFeedScreen, ImportOpmlScreen
from ui_helpers import Seeded, make_app, press, running, settle


@pytest.mark.parametrize(("typed", "box"), [("add a feed", AddFeedScreen), ("import opml", ImportOpmlScreen)])
async def test_the_palette_adds_a_feed_or_imports_opml(seeded: Seeded, typed: str, box: type) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.press(*typed)
        await settle(pilot, rounds=8)
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settle(pilot)
        assert isinstance(app.screen, box)
        await press(pilot, "escape")
        assert not isinstance(app.screen, box)
        assert app.is_running
