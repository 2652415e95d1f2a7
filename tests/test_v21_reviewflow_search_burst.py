"""Escape on search results and a key typed with it (`Escape j` in one burst, fast hands or
a busy machine): the `j` moved the cursor in the results, which were going away, and back
on the list shown before the search the cursor stood where it was left, the `j` lost. The
keys typed ahead go where they were meant (docs/user-guide.md): the `j` moves on from
the item the list was left on."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from ui_helpers import Seeded, make_app, press, running, settle


async def search(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "slash")
    for character in words:
        await pilot.press(character)
    await press(pilot, "enter")


@pytest.mark.parametrize("opened", [False, True])
async def test_j_typed_with_escape_off_the_results_moves_in_the_list_come_back_to(seeded: Seeded, opened: bool) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await press(pilot, "enter", "j", "j")  # All, the cursor on its third item
        left = items.current_item
        assert left is not None
        row = items.loaded_row(left.id)
        assert row is not None
        following = items.item_at(row + 1)
        assert following is not None
        await search(pilot, "cools")  # one result
        assert screen.item_filter.kind == "search"
        if opened:
            await press(pilot, "enter")
        burst(app, "escape", "j")
        await settle(pilot)
        assert screen.item_filter.kind == "all"
        cursor = items.current_item
        assert cursor is not None and cursor.id == following.id
