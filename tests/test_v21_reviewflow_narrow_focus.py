"""Below 120 columns the quotes, when shown (`s`), take the list column's place. `B` or a
search typed there (in the article or the quotes) give the new list the focus: it went to
the item list hidden under the quotes, so j, k, m and b acted on rows nobody could see.
As `q` back to the list does, the quotes fold away and the list is on screen."""

from __future__ import annotations

import pytest

from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import Seeded, make_app, open_guid, press, running


async def search(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "slash")
    for character in words:
        await pilot.press(character)
    await press(pilot, "enter")


@pytest.mark.parametrize("pane", ["article", "quotes"])
@pytest.mark.parametrize("how", ["B", "search"])
async def test_a_list_shown_with_the_quotes_over_it_is_on_screen_with_the_focus(
    seeded: Seeded, how: str, pane: str
) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")  # an article with quotes
        await press(pilot, "s")
        assert screen.has_class("-quotes-over-list")
        if pane == "quotes":
            screen.focus_now(screen.quote_sidebar)
            await press(pilot)
            assert isinstance(app.focused, QuoteSidebar)
        if how == "B":
            await press(pilot, "B")
            assert screen.item_filter.kind == "bookmarks"
        else:
            await search(pilot, "plants")
            assert screen.item_filter.kind == "search"
        assert isinstance(app.focused, ItemList)
        assert not screen.has_class("-quotes-over-list")
        assert screen.item_list.region.width > 0 and screen.item_list.region.height > 0
