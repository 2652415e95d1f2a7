"""Keys typed ahead into a list the user comes back to: each list keeps its place (the
cursor's item) while the app runs. Enter on that feed then j, Enter at once must move on
from the kept place and open the item below it, not count from the top row (the first page
replayed the keys there, opened that item, and only then was the cursor put on the place)."""

from __future__ import annotations

from pathlib import Path

from burst_helpers import burst
from newstui.config import load_config
from newstui.service import ItemFilter
from newstui.ui.widgets.item_list import PAGE
from screen_helpers import on_feed
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle


async def test_typed_ahead_keys_move_on_from_the_place_the_list_kept(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await on_feed(pilot, app, TECH)
        await press(pilot, "enter")
        screen = app.main_screen
        assert screen.item_filter == ItemFilter("feed", TECH)
        screen.item_list.select_row(2)
        await settle(pilot)
        kept = screen.item_list.item_at(2)
        await on_feed(pilot, app, WORLD)
        await press(pilot, "enter")
        assert screen.item_filter == ItemFilter("feed", WORLD)
        await on_feed(pilot, app, TECH)
        burst(app, "enter", "j", "enter")
        await settle(pilot)
        below = screen.item_list.item_at(3)
        assert kept is not None and below is not None
        assert screen.item_list.cursor == 3
        assert screen.open_item is not None
        assert screen.open_item.id == below.id


async def test_g_typed_ahead_reaches_the_last_row_of_a_long_list(tmp_path: Path) -> None:
    """Enter on a feed of more rows than a page then G at once: the first page (200 rows) is
    shown before the list's size is known; G ran there and stopped on row 200 of 250."""
    from ui_helpers import app_for, build_store, write_config

    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path), extra_world=250)
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await on_feed(pilot, app, WORLD)
        burst(app, "enter", "G")
        await settle(pilot)
        items = app.main_screen.item_list
        assert items.count > PAGE
        assert items.cursor == items.count - 1
