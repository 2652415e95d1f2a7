"""The open item pinned in a list with read items hidden (H) kept its row after the list
was left: until the new list's first page came, its row 0 was the old list's pinned item,
drawn there and taken by keys, so `B m` typed at once marked the article just closed
unread instead of acting on a bookmark (or nothing: no row is there yet)."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.store import Store
from ui_helpers import WORLD, Seeded, make_app, open_guid, press, running, settle


def is_read(seeded: Seeded, guid: str) -> bool:
    with Store.open(seeded.db) as store:
        item = store.item(seeded.ids[guid])
    assert item is not None
    return item.read


async def test_a_list_left_does_not_lend_its_pinned_row_to_the_next(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        screen.choose_list(ItemFilter("feed", WORLD))
        await settle(pilot)
        await press(pilot, "H")
        await open_guid(app, pilot, "world-0")  # the feed's first row, read as it opens
        items.reload()  # as after a refresh: world-0 is pinned on row 0
        await settle(pilot)
        assert items.current_item is not None and items.current_item.guid == "world-0"
        assert is_read(seeded, "world-0")
        screen.choose_list(ItemFilter("bookmarks"))
        assert items.item_at(0) is None or items.item_at(0).guid != "world-0"  # type: ignore[union-attr]
        screen.action_toggle_read()  # m typed with the list change, before its rows came
        await settle(pilot)
        assert is_read(seeded, "world-0")  # the closed article was not marked unread
