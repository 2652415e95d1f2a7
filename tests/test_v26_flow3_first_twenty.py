"""A newsboat user's first twenty minutes: the feed list's cursor is the reader's while the
list has the focus, whatever a reload of the counts (after A, U or a refresh) does."""

from __future__ import annotations

from newstui.model import ItemFilter
from ui_helpers import WORLD, Seeded, make_app, press, running


async def test_a_in_the_feed_list_leaves_its_cursor_on_the_feed_it_marked(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 30)) as pilot:
        screen = app.main_screen
        await press(pilot, "B")  # the item list shows the bookmarks
        screen.feed_list.focus()
        screen.feed_list.highlight_filter(ItemFilter("feed", WORLD))
        await press(pilot)
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        await press(pilot, "A", "y")
        assert "World Desk" in screen.status.notice
        # On main the reload that showed the new counts put the cursor back on Bookmarks, so
        # a second A asked about the bookmarks and U's "unread again" looked like it missed.
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        await press(pilot, "U")
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        assert screen.item_list.item_filter == ItemFilter("bookmarks")  # the list shown stays
