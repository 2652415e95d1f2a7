"""Review of v24's one pane for the quotes under 60 columns: the keys act on the pane shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget

from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.widgets.speaker_quotes import QuoteResults
from ui_helpers import Seeded, make_app, open_guid, press, running, settle
from whosaid_helpers import make_app as make_whosaid_app


def _shown(widget: Widget) -> int:
    """The columns a pane has on screen (0 when it is hidden)."""
    return widget.region.width if widget.region.height else 0


@pytest.mark.parametrize("article_open", [True, False])
async def test_tab_with_the_quotes_alone_keeps_the_focus_on_a_pane_shown(seeded: Seeded, article_open: bool) -> None:
    """`tab` goes only between the panes shown: with the quotes the one pane it took the
    focus to the article hidden under them, where j/k scrolled text nobody saw."""
    app = make_app(seeded)
    async with running(app, (45, 20)) as pilot:
        screen = app.main_screen
        if article_open:
            await open_guid(app, pilot, "world-0")
        await press(pilot, "s")
        assert _shown(screen.quote_sidebar) and not _shown(screen.article_view)
        for key in ("tab", "shift+tab"):
            await press(pilot, key)
            focused = app.focused
            assert focused is not None and _shown(focused), (key, focused)


@pytest.mark.parametrize("article_open", [True, False])
async def test_a_quote_opened_from_the_speakers_page_shows_its_article_over_the_quotes_alone(
    tmp_path: Path, article_open: bool
) -> None:
    """`Enter` on a quote of the Speakers page opens its article scrolled to it. Under 60
    columns with the reader's quotes shown alone, the article opened hidden under them."""
    app, _, _ = make_whosaid_app(tmp_path)
    async with running(app, (45, 20)) as pilot:
        main = app.main_screen
        if article_open:
            await open_guid(app, pilot, "world-1")
        await press(pilot, "s")
        assert _shown(main.quote_sidebar) and not _shown(main.article_view)
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        await press(pilot, "enter")  # the speaker's quotes
        quotes = app.screen.query_one(QuoteResults)
        for _ in range(100):
            if quotes.option_count:
                break
            await pilot.pause(0.05)
        await press(pilot, "enter")  # open the article at the quote
        for _ in range(100):
            if app.screen is main and main.open_item is not None and main.open_item.guid != "world-1":
                break
            await pilot.pause(0.05)
        await settle(pilot)
        assert app.screen is main and main.open_item is not None
        assert _shown(main.article_view) and app.focused is main.article_view, (
            _shown(main.article_view),
            _shown(main.quote_sidebar),
            app.focused,
        )
