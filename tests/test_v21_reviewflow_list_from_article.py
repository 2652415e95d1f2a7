"""B or a search typed in the article pane show another list and give it the focus: the
article stayed open beside rows that did not hold it (the pane showed a World Desk story,
the cursor stood on a bookmark), and m, b, o, typed in the list that now had the focus,
acted on the row under the cursor, not on the article in view. As from the lists, the
article closes when the new list takes the focus; J and K, which leave the focus in the
article, still keep it (test_v21_flow_list_change_closes, test_v14_ux_flow)."""

from __future__ import annotations

import pytest

from newstui.text import one_line
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, open_guid, pane_text, press, running


async def search(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "slash")
    for character in words:
        await pilot.press(character)
    await press(pilot, "enter")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("how", ["B", "search"])
async def test_a_list_shown_from_the_article_pane_closes_the_article(
    seeded: Seeded, how: str, size: tuple[int, int]
) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        await press(pilot, "enter")  # All
        await open_guid(app, pilot, "world-1")
        await press(pilot, "tab")
        assert isinstance(screen.focused, ArticleView) and screen.open_item is not None
        if how == "B":
            await press(pilot, "B")
            assert screen.item_filter.kind == "bookmarks"
        else:
            await search(pilot, "plants")  # a Tech Daily story, not the one being read
            assert screen.item_filter.kind == "search"
        assert isinstance(screen.focused, ItemList)
        cursor = screen.item_list.current_item
        assert cursor is not None and cursor.guid != "world-1"
        assert screen.open_item is None  # the World Desk story went with the list it was read from
        assert screen.item_list.open_id is None
        assert screen.article_view.article is None
        assert one_line(cursor.title) in pane_text(screen.article_view)
        assert screen.target_item() == cursor  # what m and b act on is what the pane shows


async def test_j_in_the_article_pane_still_keeps_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-1")
        await press(pilot, "tab", "J")
        assert isinstance(screen.focused, ArticleView)
        assert screen.open_item is not None and screen.open_item.guid == "world-1"
