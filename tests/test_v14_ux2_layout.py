"""On a short terminal the item list gets the rows: the feed list above it keeps a quarter
of the column while the items have the focus (at 80×24: 17 item rows, not 14), takes its
40% back while it has the focus, and keeps the chosen feed in sight when it shrinks."""

from __future__ import annotations

from pathlib import Path

from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import WORLD, make_app, press, running, seed


async def test_the_item_list_gets_the_rows_of_a_short_terminal(tmp_path: Path) -> None:
    app = make_app(seed(tmp_path))
    async with running(app, size=(80, 24)) as pilot:
        feeds = app.screen.query_one(FeedList)
        items = app.screen.query_one(ItemList)
        assert items.has_focus
        assert feeds.outer_size.height <= 22 // 4 + 1, feeds.outer_size  # was 8 (40% of 22 rows)
        assert items.outer_size.height >= 16, items.outer_size  # was 14

        feeds.focus()
        await press(pilot)
        assert feeds.outer_size.height >= 8  # choosing a feed: the list has its room back
        ids = [feeds.get_option_at_index(i).id or "" for i in range(feeds.option_count)]
        world = next(i for i, option_id in enumerate(ids) if option_id.startswith(f"feed:{WORLD}"))
        feeds.highlighted = world
        await press(pilot, "enter")
        items.focus()
        await press(pilot)
        assert feeds.outer_size.height <= 22 // 4 + 1
        # The chosen feed is still in sight in the shorter list.
        top = round(feeds.scroll_y)
        assert top <= world < top + feeds.scrollable_content_region.height, (top, world)


async def test_a_tall_terminal_keeps_the_feed_list_as_it_was(tmp_path: Path) -> None:
    app = make_app(seed(tmp_path))
    async with running(app, size=(80, 40)) as pilot:
        feeds = app.screen.query_one(FeedList)
        await press(pilot)
        assert feeds.outer_size.height == 12  # all 11 rows and the border: under 40% of 38
