"""n on the bookmarks with none of them unread said "No more unread items in your
bookmarks." and stopped there, with unread items waiting in the feeds: a reader who had
looked at a bookmark was left to guess where they were. As on a tag or a saved search, the
notice says how many the Unread list has."""

from __future__ import annotations

from newstui.model import ItemFilter
from newstui.store import Store
from ui_helpers import Seeded, make_app, press, running


async def test_n_on_read_bookmarks_names_the_unread_items_elsewhere(seeded: Seeded) -> None:
    with Store.open(seeded.db) as store:
        store.set_read([seeded.ids["tech-1"]], True)  # the one bookmark, read
        unread = store.count_items(ItemFilter("unread"))
    assert unread > 0
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "B")
        assert screen.item_filter == ItemFilter("bookmarks")
        await press(pilot, "n")
        assert screen.status.notice == f"No more unread items in your bookmarks; Unread has {unread}."
