"""The Speakers page's name box: Enter on an emptied box closed it without a word, as if
the key did nothing; it now says the name stays (Esc still cancels quietly)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from newstui.ui.screens.speakers import SpeakersScreen
from test_app_whosaid import WIDE, make_app
from ui_helpers import press, running


async def test_an_empty_name_says_the_name_stays(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        speaker = app.screen.current
        assert speaker is not None
        await press(pilot, "e")
        app.screen.query_one(Input).value = "   "
        await press(pilot, "enter")
        assert isinstance(app.screen, SpeakersScreen)
        assert [n.message for n in app._notifications][-1] == f"No name given: {speaker.name} keeps the name."
        shown = len(app._notifications)
        await press(pilot, "e")
        await press(pilot, "escape")
        assert len(app._notifications) == shown  # Esc cancels without a word
        assert app.screen.current is not None and app.screen.current.name == speaker.name
