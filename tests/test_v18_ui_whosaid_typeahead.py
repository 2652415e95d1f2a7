"""W (or Enter on Speakers) then j in one burst: the Speakers page reads its speakers in a
worker, and the j came while nothing was listed (nor focused), so it did nothing. Moves
typed ahead wait for the list, as they do in the item list."""

from __future__ import annotations

from pathlib import Path

from burst_helpers import burst
from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.screens.stories import StoriesScreen
from screen_helpers import enabled
from ui_helpers import running, settle
from whosaid_helpers import make_app


async def test_w_then_j_highlights_the_second_speaker(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app) as pilot:
        burst(app, "W", "j")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        listing = app.screen.speaker_list
        assert listing.highlighted == enabled(listing)[1]
        assert app.focused is listing


async def test_t_then_j_highlights_the_second_item_of_the_stories(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app) as pilot:
        burst(app, "T", "j")
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.story_list
        assert listing.highlighted == enabled(listing)[1]
