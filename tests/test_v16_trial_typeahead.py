"""`/world⏎` typed in one burst (fast typing, a paste, a busy machine, tmux send-keys)
searched nothing: the letters had already gone to the item list before the search box was
up, so the box stayed empty and Enter said "Nothing searched: type a word to find". The
letters are typed into the box now, as the one-key question takes a y typed with A."""

from __future__ import annotations

from burst_helpers import type_burst
from newstui.ui.screens.search import SearchScreen
from ui_helpers import Seeded, make_app, running, settle


async def test_a_search_typed_in_one_burst_searches_those_words(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        type_burst(app, "/river treaty\r")
        await settle(pilot)
        screen = app.main_screen
        assert not isinstance(app.screen, SearchScreen)
        assert screen.item_filter.kind == "search" and screen.item_filter.value == "river treaty"
        assert screen.item_list.count == 1
        assert screen.status.notice == ""  # nothing opened, saved or refreshed by the letters


async def test_letters_typed_ahead_wait_in_the_box(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        type_burst(app, "/harb")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        box = app.screen.query_one("#search-input")
        assert getattr(box, "value", None) == "harb" and box.has_focus
