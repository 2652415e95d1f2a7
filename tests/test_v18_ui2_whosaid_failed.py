"""The who-said-what pages hold j and k typed before their list is read (W then j at once),
and move in the list once it is shown. When the read fails (the error is shown), the held
moves are dropped and the page acts on later keys at once: it had stayed dead to j and k."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from burst_helpers import burst
from newstui.ui.screens.speakers import QuoteSearchScreen, SpeakersScreen
from ui_helpers import running, settle
from whosaid_helpers import make_app


async def test_a_failed_speakers_read_drops_the_held_moves(tmp_path: Path) -> None:
    app, _, db = make_app(tmp_path)
    async with running(app) as pilot:
        with sqlite3.connect(db) as conn:  # a damaged cache: the speakers table is gone
            conn.execute("DROP TABLE speakers")
        burst(app, "W", "j", "j")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert screen._shown and screen._typed_ahead == 0
        burst(app, "j")
        await settle(pilot)
        assert screen._typed_ahead == 0  # acted at once, not held for a list that never comes


async def test_a_failed_quote_search_drops_the_held_moves(tmp_path: Path) -> None:
    app, _, db = make_app(tmp_path)
    async with running(app) as pilot:
        with sqlite3.connect(db) as conn:  # the quotes' search index is gone
            conn.execute("DROP TABLE quote_fts")
        app.push_screen(QuoteSearchScreen("treaty"))
        burst(app, "j")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuoteSearchScreen)
        assert screen._shown and screen._typed_ahead == 0
