"""r on a tag refreshes the tag's feeds, as A marks the tag's items read; it refreshed only
the feed of the highlighted item, so the tag's other feeds (a broken one among them) kept
their old state."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.ui.messages import FilterChosen
from ui_helpers import WORLD, Seeded, make_app, press, running, settle

SECOND = "http://127.0.0.1:9/world-two.xml"  # refused at once: nothing waits on the network


async def test_r_on_a_tag_refreshes_every_feed_of_the_tag(seeded: Seeded) -> None:
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write(f'\n[[feeds]]\nurl = "{SECOND}"\ntitle = "World Two"\ntags = ["world"]\n')
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.post_message(FilterChosen(ItemFilter("tag", "world")))
        await press(pilot)
        await pilot.press("r")
        assert screen._refreshing_only == [WORLD, SECOND]
        await settle(pilot)

        await press(pilot, "q")  # the feed list: r on its highlighted tag does the same
        assert screen.feed_list.highlighted_option is not None
        assert screen.feed_list.highlighted_option.id == "tag:world"
        await pilot.press("r")
        assert screen._refreshing_only == [WORLD, SECOND]
        await settle(pilot)


async def test_r_on_a_feed_still_refreshes_that_feed_only(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.post_message(FilterChosen(ItemFilter("feed", WORLD)))
        await press(pilot)
        await pilot.press("r")
        assert screen._refreshing_only == [WORLD]
        await settle(pilot)
