"""The Speakers page at 80x24: the speaker list's scrollbar stood one blank column off its
right border (Textual draws a scrollbar inside the padding, and the list kept Textual's
right padding). The bar now meets the border, as the item list's does, and the text keeps
its width: the bar's column stays reserved when the list does not scroll."""

from __future__ import annotations

from pathlib import Path

from whosaid_helpers import speakers_page


async def test_the_speaker_list_scrollbar_meets_its_right_border(tmp_path: Path) -> None:
    async with speakers_page(tmp_path) as (_, _, listing):
        assert listing.max_scroll_y > 0  # it scrolls: there is a bar
        border_column = listing.region.right - 1
        assert listing.vertical_scrollbar.region.right == border_column  # no blank column between
        text_right = listing.content_region.x + listing.scrollable_content_region.width
        assert text_right <= listing.vertical_scrollbar.region.x  # the text stops before the bar


async def test_the_text_keeps_a_blank_column_before_the_border_when_all_fits(tmp_path: Path) -> None:
    async with speakers_page(tmp_path, (200, 60), more_speakers=False) as (_, _, listing):
        assert listing.max_scroll_y == 0
        text_right = listing.content_region.x + listing.scrollable_content_region.width
        assert text_right == listing.region.right - 2  # one blank column, then the border
