"""The Speakers page at 80x24: its lists' scrollbars ended the thumb in a partial block
(▃) on the row of a separator between two speakers, so the separator line seemed to run
on into a thick stub the colour of the highlight. The who-said-what lists draw their
thumbs in whole cells, one column wide as every pane of the reader."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from screen_helpers import screen_lines
from ui_helpers import press
from whosaid_helpers import PEOPLE, speakers_page

PARTIAL = set("▁▂▃▄▅▆▇")


def partial_cells_on_separators(app: object, listing: OptionList) -> list[tuple[int, str]]:
    """(row, glyph) of each scrollbar cell holding a partial block on a row where the list
    draws a separator."""
    lines = screen_lines(app)  # type: ignore[arg-type]
    bar = listing.vertical_scrollbar.region
    content = listing.content_region
    found = []
    for y in range(bar.y, bar.bottom):
        text = lines[y].text
        if "───" in text[content.x : content.right]:
            glyphs = set(text[bar.x : bar.right])
            found += [(y, glyph) for glyph in glyphs & PARTIAL]
    return found


async def test_the_speaker_list_thumb_never_ends_on_a_separator(tmp_path: Path) -> None:
    async with speakers_page(tmp_path) as (app, pilot, listing):
        assert listing.max_scroll_y > 0  # it scrolls: there is a thumb
        assert listing.vertical_scrollbar.region.width == 1
        seen = []
        for _ in range(len(PEOPLE) + 4):  # the thumb at each place the list scrolls to
            seen += partial_cells_on_separators(app, listing)
            await press(pilot, "j")
        assert seen == []
