"""At 80 and 120 columns the article's text fills its pane, and its lines ended in the
column next to the scrollbar, the words touching the bar. A column now stands between
them; on a wide terminal, where the text keeps its measure, nothing moves."""

from __future__ import annotations

import pytest

from ui_helpers import Seeded, make_app, open_guid, running


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40), (160, 48)])
async def test_the_article_text_keeps_a_column_off_the_scrollbar(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        await open_guid(app, pilot, "world-0")
        view = app.main_screen.article_view
        assert view.show_vertical_scrollbar
        bar = view.scrollable_content_region.right  # the scrollbar's column
        blocks = [block for block in view.children if block.display and block.region.width]
        assert len(blocks) > 5
        assert max(block.content_region.right for block in blocks) <= bar - 1
        # The text still takes the pane's width, less that one column (84 at most).
        assert max(block.content_region.width for block in blocks) >= min(84, view.scrollable_content_region.width - 1)
