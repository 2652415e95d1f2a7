"""H (hide read items) pressed while reading: the open item, marked read as it opened, left
the list at once, and the cursor landed on another row beside the article still shown. As
newsboat keeps the article being read in its list, the open item stays listed, the cursor
on it, until the reader moves on (closes it or opens another); the next reload hides it."""

from __future__ import annotations

import pytest

from newstui.service import ItemFilter
from ui_helpers import Seeded, make_app, open_guid, press, running, settle


def guids(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.guid for row in range(items.count) if (item := items.item_at(row)) is not None]


@pytest.mark.parametrize("pane", ["list", "article"])
async def test_h_keeps_the_open_item_listed_until_it_is_closed(seeded: Seeded, pane: str) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await open_guid(app, pilot, "world-3")
        assert screen.open_item is not None and screen.open_item.guid == "world-3"
        if pane == "article":
            await press(pilot, "tab")
        await press(pilot, "H")
        assert screen.hide_read
        shown = guids(items)
        assert "world-3" in shown  # read now, and open: still listed
        assert "world-2" not in shown  # read before: hidden
        assert items.current_item is not None and items.current_item.guid == "world-3"
        assert items.open_id == screen.open_item.id
        await press(pilot, "q")
        assert screen.open_item is None
        await press(pilot, "H", "H")  # the next reload with read items hidden leaves it out
        await settle(pilot)
        assert "world-3" not in guids(items)


async def test_n_with_read_items_hidden_keeps_the_cursor_on_the_open_item_after_a_reload(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await press(pilot, "H")
        await press(pilot, "n")
        opened = screen.open_item
        assert opened is not None
        items.reload()  # as after a refresh
        await settle(pilot)
        assert items.current_item is not None and items.current_item.id == opened.id
        assert opened.guid in guids(items)


async def test_the_unread_list_keeps_the_open_item_through_a_reload(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        screen.choose_list(ItemFilter("unread"))
        await settle(pilot)
        assert screen.item_filter.kind == "unread"
        await open_guid(app, pilot, "world-3")
        items.reload()  # as after a refresh: world-3 is read now
        await settle(pilot)
        assert "world-3" in guids(items)
        assert items.current_item is not None and items.current_item.guid == "world-3"
        await press(pilot, "q")
        items.reload()
        await settle(pilot)
        assert "world-3" not in guids(items)
