"""j/k (up/down) at either end of a list stop there, as in the item list, the feed list and
newsboat (its `wrap-scroll` is off by default). The Stories page, the Speakers page, the
quote sidebar, the outlets box and the links list went round: j on the last story item
jumped to the first, far up a long page, and k on the first to the last."""

from __future__ import annotations

from pathlib import Path

from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.screens.stories import StoriesScreen
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from screen_helpers import enabled
from ui_helpers import Seeded, press, row_with_guid, running
from ui_helpers import make_app as make_seeded_app
from whosaid_helpers import make_app


async def test_the_stories_page_stops_at_either_end(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app) as pilot:
        await press(pilot, "T")
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.story_list
        rows = enabled(listing)
        assert len(rows) >= 2
        assert listing.highlighted == rows[0]
        await press(pilot, "k")
        assert listing.highlighted == rows[0]  # not round to the last
        await press(pilot, *["j"] * (len(rows) + 1))
        assert listing.highlighted == rows[-1]  # not round to the first
        await press(pilot, "up")
        assert listing.highlighted == rows[-2]


async def test_the_speakers_page_stops_at_either_end(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app) as pilot:
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        listing = app.screen.speaker_list
        rows = enabled(listing)
        assert len(rows) >= 2 and listing.highlighted == rows[0]
        await press(pilot, "k")
        assert listing.highlighted == rows[0]
        await press(pilot, *["down"] * (len(rows) + 1))
        assert listing.highlighted == rows[-1]


async def test_the_quote_sidebar_stops_at_either_end(seeded: Seeded) -> None:
    app = make_seeded_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        items.select_row(row_with_guid(items, "world-0"))
        await press(pilot, "enter", "tab", "tab")
        sidebar = app.main_screen.quote_sidebar
        assert isinstance(app.focused, QuoteSidebar)
        rows = enabled(sidebar)
        assert len(rows) == 3 and sidebar.highlighted == rows[0]
        await press(pilot, "k")
        assert sidebar.highlighted == rows[0]
        await press(pilot, "j", "j", "j", "j")
        assert sidebar.highlighted == rows[-1]
