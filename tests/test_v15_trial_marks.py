"""m and b pressed together on one item: each stores its own mark, and the row shows both.
Each write's row update used the item as it was when its key was pressed, so the second to
finish put the first one's mark back as it had been (seen as a flaky
test_failed_toggle_read_and_bookmark_keep_the_row on a loaded machine)."""

from __future__ import annotations

from newstui.store import Store
from ui_helpers import Seeded, make_app, running, settle


async def test_two_marks_stored_at_once_both_show(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        item = items.current_item
        assert item is not None and not item.read and not item.bookmarked
        for _ in range(5):  # the two writes finish in either order: each order must show both
            screen._set_read(item, True)
            screen._set_bookmark(item, True)
            await settle(pilot)
            shown = items.current_item
            assert shown is not None and shown.read and shown.bookmarked
            screen._set_bookmark(item, False)
            screen._set_read(item, False)
            await settle(pilot)
            shown = items.current_item
            assert shown is not None and not shown.read and not shown.bookmarked
    with Store.open(seeded.db) as store:
        stored = store.item(item.id)
    assert stored is not None and not stored.read and not stored.bookmarked
