"""The Speakers page: Enter on an emptied name box closed it without a word, as if the key
did nothing (it now says the name stays; Esc still cancels quietly); / did nothing (it now
searches the quotes and their speakers)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from newstui.ui.screens.search import SearchScreen
from newstui.ui.screens.speakers import QuoteSearchScreen, SpeakersScreen
from newstui.ui.widgets.speaker_quotes import QuoteResults
from ui_helpers import press, running
from whosaid_helpers import WIDE, make_app


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


async def test_slash_on_the_speakers_page_searches_the_quotes(tmp_path: Path) -> None:
    """/ on the Speakers page did nothing: with many speakers there was no way to find one
    but scrolling. It now asks for words and lists the matching quotes; one chosen opens."""
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        assert str(app.screen.query_one(Label).render()).startswith("Search the quotes and their speakers")
        app.screen.query_one(Input).value = "Dana"
        await press(pilot, "enter")
        assert isinstance(app.screen, QuoteSearchScreen)
        shown = [q.speaker for q in app.screen.query_one(QuoteResults).quotes]
        assert shown and all("Dana" in name for name in shown)
        await press(pilot, "enter")
        main = app.main_screen
        assert app.screen is main and main.open_item is not None and main.open_item.id == ids["tech-0"]
