"""The Stories page at 80 columns: an item whose "outlet · date · title" row wraps goes on
under the row's own start, not at the left edge where the next quotation starts."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from newstui.ui.screens.stories import StoriesScreen
from ui_helpers import press, running
from whosaid_helpers import make_app


async def test_a_wrapped_story_item_hangs_under_its_row(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "T")
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one("#story-list", OptionList)
        lines = [listing.render_line(y).text for y in range(listing.size.height)]
        start = next(n for n, line in enumerate(lines) if "World Desk ·" in line)
        row, wrapped = lines[start], lines[start + 1]
        indent = len(row) - len(row.lstrip())
        assert indent >= 2 and row.lstrip().startswith("World Desk")
        assert wrapped.strip(), lines  # the title is too long for 80 columns: it wraps
        assert len(wrapped) - len(wrapped.lstrip()) == indent, (row, wrapped)
