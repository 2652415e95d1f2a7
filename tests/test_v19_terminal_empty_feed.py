"""A feed that works but lists nothing (a quiet blog, a feed between posts), as a newsboat
user meets it in the first minutes: its list said "No items yet: R refreshes the feeds."
right after a refresh that had worked, so R was pressed again and again for nothing; and `e`
there named the feed of the article left open from another list ("Other feed: this feed's
last refresh worked"), not the feed on screen."""

from __future__ import annotations

from newstui.config import load_config
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.messages import FilterChosen
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import Seeded, make_app, open_guid, press, running

QUIET = "http://feeds.test/quiet.xml"


def _add_quiet_feed(seeded: Seeded, *, refreshed: bool) -> None:
    """Add a feed with no items to the config and the cache; `refreshed`: its fetch worked."""
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write(f'\n[[feeds]]\nurl = "{QUIET}"\ntitle = "Quiet Blog"\ntags = ["tech"]\n')
    store = Store.open(seeded.db)
    try:
        store.sync_feeds(load_config(seeded.config_path).feeds)
        if refreshed:
            store.record_fetch(QUIET, status=200, title="Quiet Blog")
    finally:
        store.close()


async def test_an_empty_feed_that_refreshed_fine_does_not_ask_for_a_refresh(seeded: Seeded) -> None:
    _add_quiet_feed(seeded, refreshed=True)
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", QUIET)))
        await press(pilot)
        assert items.count == 0
        hint = items.empty_hint()
        assert "R refreshes" not in hint
        assert "refresh worked" in hint and "no items" in hint.lower()


async def test_a_feed_never_fetched_still_says_to_refresh(seeded: Seeded) -> None:
    _add_quiet_feed(seeded, refreshed=False)
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", QUIET)))
        await press(pilot)
        assert items.empty_hint() == "No items yet: R refreshes the feeds."


async def test_e_in_an_empty_feeds_list_names_that_feed_not_the_open_article(seeded: Seeded) -> None:
    _add_quiet_feed(seeded, refreshed=True)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")  # a World Desk article stays open
        screen.post_message(FilterChosen(ItemFilter("feed", QUIET)))
        await press(pilot)
        assert screen.item_list.count == 0
        assert isinstance(app.focused, ItemList)
        await press(pilot, "e")
        assert screen.status.notice.startswith("Quiet Blog:")
        assert "World Desk" not in screen.status.notice
