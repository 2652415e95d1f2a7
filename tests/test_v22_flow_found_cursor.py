"""An item opened from outside the item list (a quote on the Speakers page, a quote search,
the command palette) opened in the article pane while the list's cursor stayed on another
row: the pane and the cursor disagreed, and m or b typed in the list acted on the row, not
on the article in view. The cursor now goes to the item: in the list shown when it holds
it, else in the item's own feed's list, which is shown."""

from __future__ import annotations

from textual.widgets import OptionList

from newstui.service import ItemFilter
from newstui.ui.screens.speakers import QuoteSearchScreen
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle
from whosaid_helpers import open_quote_from_speakers


def assert_cursor_on_open(app, item_id: int) -> None:  # type: ignore[no-untyped-def]
    screen = app.main_screen
    assert screen.open_item is not None and screen.open_item.id == item_id
    assert screen.item_list.open_id == item_id
    current = screen.item_list.current_item
    assert current is not None and current.id == item_id


async def test_a_quote_opened_from_speakers_moves_the_cursor_to_its_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        assert items.current_item is not None and items.current_item.guid != "world-0"
        await open_quote_from_speakers(app, pilot, "We have written rules")
        await settle(pilot)
        assert app.main_screen.item_filter == ItemFilter("all")
        assert_cursor_on_open(app, seeded.ids["world-0"])


async def test_an_item_of_another_feed_shows_its_feed_with_the_cursor_on_it(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.choose_list(ItemFilter("feed", TECH))
        await settle(pilot)
        await open_quote_from_speakers(app, pilot, "We have written rules")
        await settle(pilot)
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert_cursor_on_open(app, seeded.ids["world-0"])
        await press(pilot, "tab", "m")  # from the article's neighbour pane, m acts on the row in view
        assert screen.item_list.current_item is not None and screen.item_list.current_item.id == seeded.ids["world-0"]


async def test_a_quote_search_result_moves_the_cursor_to_its_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("slash")
        await pilot.press(*'"bad years')
        await press(pilot, "enter")
        assert isinstance(app.screen, QuoteSearchScreen)
        await press(pilot, "enter")
        await settle(pilot)
        assert_cursor_on_open(app, seeded.ids["world-0"])


async def test_an_item_found_in_the_palette_moves_the_cursor_to_it(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"harbour")
        await pilot.pause(0.6)
        await settle(pilot)
        await press(pilot, "enter")
        await settle(pilot)
        assert_cursor_on_open(app, seeded.ids["world-1"])
        assert not isinstance(app.screen.focused, OptionList)
