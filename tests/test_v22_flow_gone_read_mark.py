"""m on an item another process deleted while the list showed it (`newstui gc`, a cron
refresh's retention): the store's UPDATE changed nothing and the reader said "Marked
read", a mark that exists nowhere. It now says the mark was not saved and leaves the row
as it was, as b does for a bookmark (test_v21_reviewflow_gone_marks)."""

from __future__ import annotations

from ui_helpers import Seeded, make_app, press, prune_world_elsewhere, row_with_guid, running, settle


async def test_marking_a_deleted_item_read_says_not_saved(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-3"))
        await settle(pilot)
        assert items.current_item is not None and not items.current_item.read
        assert prune_world_elsewhere(seeded.db) == 5  # another connection deletes it, as gc does
        await press(pilot, "m")
        shown = items.current_item
        assert shown is not None and shown.guid == "world-3" and not shown.read
        assert not screen.status.notice.startswith("Marked read")
        assert screen.status.notice.startswith("Could not mark the item read")
        assert "deleted" in screen.status.notice
        assert [n for n in app._notifications if n.title == "Not saved"]


async def test_marking_a_listed_item_read_still_says_marked_read(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        items.select_row(row_with_guid(items, "world-3"))
        await press(pilot, "m")
        assert app.main_screen.status.notice.startswith("Marked read")
        assert items.current_item is not None and items.current_item.read
