"""The open item stays listed while read items are hidden (H) until it is closed. A list
chosen from the feed list closes the article, yet its load was started while the article
was still open: the new list listed the closed, read item among the unread ones."""

from __future__ import annotations

from newstui.service import ItemFilter
from ui_helpers import Seeded, make_app, open_guid, press, running, settle


def guids(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.guid or "" for row in range(items.count) if (item := items.item_at(row)) is not None]


async def test_a_list_chosen_after_reading_does_not_list_the_closed_read_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.choose_list(ItemFilter("feed", "http://feeds.test/world.xml"))
        await settle(pilot)
        await press(pilot, "H")
        await open_guid(app, pilot, "world-3")  # read as it opens
        assert screen.open_item is not None
        screen.choose_list(ItemFilter("all"))  # as Enter on All in the feed list
        await settle(pilot)
        assert screen.open_item is None  # the list change closed it
        assert "world-3" not in guids(screen.item_list)
        assert items_unread(screen.item_list)


def items_unread(items) -> bool:  # type: ignore[no-untyped-def]
    return all(not item.read for row in range(items.count) if (item := items.item_at(row)) is not None)
