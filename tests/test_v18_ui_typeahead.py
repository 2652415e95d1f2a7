"""Enter on a feed then j, typed in one burst (fast hands, a paste, tmux send-keys, a busy
machine): the j went to the feed list (the focus moved to the items only once Enter's
messages had gone round), or to an item list still loading the feed (its first page then
put the cursor back on the top row). Keys typed ahead go where the user meant: into the
list Enter opened, once it is there."""

from __future__ import annotations

from burst_helpers import burst
from newstui.service import ItemFilter
from newstui.ui.widgets.item_list import ItemList
from screen_helpers import on_feed
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle


async def test_enter_then_j_moves_in_the_list_enter_opened(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        feeds = await on_feed(pilot, app, WORLD)
        highlighted = feeds.highlighted
        burst(app, "enter", "j")
        await settle(pilot)
        screen = app.main_screen
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert isinstance(app.focused, ItemList)
        assert feeds.highlighted == highlighted  # the j did not move the feed list
        assert screen.item_list.cursor == 1  # it moved the new list, once loaded


async def test_keys_typed_ahead_open_the_item_they_reach(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_feed(pilot, app, TECH)
        burst(app, "enter", "j", "j", "enter")
        await settle(pilot)
        screen = app.main_screen
        assert screen.item_list.cursor == 2
        third = screen.item_list.item_at(2)
        assert third is not None and screen.open_item is not None
        assert screen.open_item.id == third.id


async def test_next_feed_then_j_moves_in_that_feed(seeded: Seeded) -> None:
    """J (newsboat's next feed) then j at once: the j moved the list J was leaving, and the
    next feed's first page put the cursor back on its top row."""
    app = make_app(seeded)
    async with running(app) as pilot:
        burst(app, "J", "j")
        await settle(pilot)
        screen = app.main_screen
        assert screen.item_filter.kind == "feed"
        assert screen.item_list.cursor == 1


async def test_the_chosen_feed_stays_in_sight_in_the_short_feed_list(seeded: Seeded) -> None:
    """At 80x24 the feed list shrinks when the focus leaves it: the entry Enter chose stays
    in sight at the new height (the focus now moves at once, before the list shrinks)."""
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        feeds = await on_feed(pilot, app, TECH)
        await press(pilot, "enter")
        assert isinstance(app.focused, ItemList)
        line = feeds._index_to_line[feeds.highlighted or 0]
        top = int(feeds.scroll_y)
        assert top <= line < top + feeds.scrollable_content_region.height


async def test_a_search_then_j_moves_in_the_results(seeded: Seeded) -> None:
    """`/summary⏎j` in one burst: the j was typed into the search box before Enter's submit
    came round (and went with it), so the results kept the cursor on their first row."""
    from burst_helpers import type_burst

    app = make_app(seeded)
    async with running(app) as pilot:
        type_burst(app, "/summary\rj")
        await settle(pilot)
        screen = app.main_screen
        assert screen.item_filter == ItemFilter("search", "summary")
        assert screen.item_list.count > 2
        assert isinstance(app.focused, ItemList)
        assert screen.item_list.cursor == 1
