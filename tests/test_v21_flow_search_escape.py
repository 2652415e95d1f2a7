"""Escape on search results goes back to the list shown before the search, its cursor
where it was. An article opened from the results (Enter leaves the focus in the list)
stayed open beside a list that no longer held it: the pane showed one item, the cursor
stood on another, and `b`, `m`, `o` acted on the article, not on the row in view. The
results' article closes with them, and the pane previews the row under the cursor."""

from __future__ import annotations

import pytest

from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, pane_text, press, running


async def search(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "slash")
    for character in words:
        await pilot.press("space" if character == " " else character)
    await press(pilot, "enter")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_escape_from_results_closes_the_article_read_from_them(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "j", "j")  # All, the cursor on the third item
        before = screen.item_list.current_item
        assert before is not None
        await search(pilot, "strike")
        assert screen.item_filter.kind == "search"
        await press(pilot, "enter")  # opens the result, the focus stays in the list
        opened = screen.open_item
        assert opened is not None and "strike" in opened.title.lower()
        assert isinstance(screen.focused, ItemList)

        await press(pilot, "escape")
        assert screen.item_filter.kind == "all"
        cursor = screen.item_list.current_item
        assert cursor is not None and cursor.id == before.id  # the cursor is where it was
        assert screen.open_item is None  # the results' article went with them
        assert screen.item_list.open_id is None
        assert screen.article_view.article is None
        assert cursor.title in pane_text(screen.article_view)  # the pane previews the cursor's row


async def test_q_from_results_still_closes_the_article_first(seeded: Seeded) -> None:
    # q keeps newsboat's levels: the article first, then the results, then the feed list.
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "enter")
        await search(pilot, "strike")
        await press(pilot, "enter")
        assert screen.open_item is not None
        await press(pilot, "q")
        assert screen.open_item is None and screen.item_filter.kind == "search"
        await press(pilot, "q")
        assert screen.item_filter.kind == "all"
