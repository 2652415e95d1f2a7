"""The Speakers page (W) under 60 columns kept its two columns: the quotes got a strip of
a few columns, two words a line. There it now takes turns as the reader does: the speakers
over the whole width, Enter shows the highlighted speaker's quotes over it, and q or Escape
steps back to the speakers before it closes the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import OptionList

from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.widgets.speaker_quotes import QuoteResults
from ui_helpers import press, running, settle
from whosaid_helpers import make_app


def _shown(widget: Widget) -> int:
    return widget.region.width if widget.region.height else 0


@pytest.mark.parametrize("width", [45, 58])
async def test_the_speakers_page_takes_turns_on_a_narrow_terminal(tmp_path: Path, width: int) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, (width, 20)) as pilot:
        await press(pilot, "W")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        speakers, quotes = screen.query_one("#speaker-list", OptionList), screen.query_one(QuoteResults)
        assert _shown(speakers) >= width - 2 and not _shown(quotes)
        await press(pilot, "enter")  # the highlighted speaker's quotes, over the whole width
        assert _shown(quotes) >= width - 2 and not _shown(speakers)
        assert app.focused is quotes
        await press(pilot, "escape")  # back to the speakers, not out of the page
        assert app.screen is screen and app.focused is speakers
        assert _shown(speakers) >= width - 2 and not _shown(quotes)
        await pilot.resize_terminal(100, 30)  # wide again: both columns
        await settle(pilot)
        assert _shown(speakers) > 20 and _shown(quotes) > 40
        await press(pilot, "escape")
        assert app.screen is app.main_screen
