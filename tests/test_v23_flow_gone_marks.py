"""One rule for read marks on an item another process deleted while it was listed (`newstui
gc`, a cron refresh's retention): a mark the user asks for (m) is told when it cannot be
kept, as the store tells an unread mark; a read mark that comes with reading (opening the
item, n) is no error, since a gone item is as good as read. Opening a deleted item cried
"Not saved: could not mark the item read" over the article pane's own word that the item
is gone."""

from __future__ import annotations

from ui_helpers import Seeded, make_app, press, prune_world_elsewhere, row_with_guid, running, settle


def not_saved(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications if n.title == "Not saved"]


async def test_opening_an_item_deleted_meanwhile_is_no_failed_read_mark(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-3"))
        await settle(pilot)
        assert items.current_item is not None and not items.current_item.read
        assert prune_world_elsewhere(seeded.db) == 5  # another connection deletes it, as gc does
        await press(pilot, "enter")
        assert not any("mark the item read" in message for message in not_saved(app))
        assert "Could not mark" not in screen.status.notice


async def test_m_on_an_item_deleted_meanwhile_still_says_not_saved_both_ways(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-2"))  # read in the seed
        await settle(pilot)
        assert items.current_item is not None and items.current_item.read
        prune_world_elsewhere(seeded.db)
        await press(pilot, "m")  # unread: the store itself says the item is gone
        assert screen.status.notice.startswith("Could not mark the item unread")
        assert items.current_item is not None and items.current_item.read
