"""Keys typed ahead into a list the user comes back to: each list keeps its place (the
cursor's item) while the app runs. Enter on that feed then j, Enter at once must move on
from the kept place and open the item below it, not count from the top row (the first page
replayed the keys there, opened that item, and only then was the cursor put on the place)."""

from __future__ import annotations

from newstui.service import ItemFilter
from test_v17_trial3_burst import burst
from test_v18_ui_typeahead import _on_feed
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle


async def test_typed_ahead_keys_move_on_from_the_place_the_list_kept(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await _on_feed(pilot, app, TECH)
        await press(pilot, "enter")
        screen = app.main_screen
        assert screen.item_filter == ItemFilter("feed", TECH)
        screen.item_list.select_row(2)
        await settle(pilot)
        kept = screen.item_list.item_at(2)
        await _on_feed(pilot, app, WORLD)
        await press(pilot, "enter")
        assert screen.item_filter == ItemFilter("feed", WORLD)
        await _on_feed(pilot, app, TECH)
        burst(app, "enter", "j", "enter")
        await settle(pilot)
        below = screen.item_list.item_at(3)
        assert kept is not None and below is not None
        assert screen.item_list.cursor == 3
        assert screen.open_item is not None
        assert screen.open_item.id == below.id
