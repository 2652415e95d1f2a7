"""r on a saved search refreshes the feeds the search draws from: the feeds it names, the
feeds of the tags it names, and when it names neither (a search over words, or a match
expression, can find items of any feed) every feed, as R does. It refreshed only the feed
of the highlighted item, so the search's other feeds kept their old items."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.ui.messages import FilterChosen
from ui_helpers import TECH, WORLD, Seeded, make_app, press, running, settle

SECOND = "http://127.0.0.1:9/world-two.xml"  # refused at once: nothing waits on the network


def add_queries(seeded: Seeded) -> None:
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write(
            f'\n[[feeds]]\nurl = "{SECOND}"\ntitle = "World Two"\ntags = ["world"]\n'
            '\n[[queries]]\nname = "World news"\ntags = ["world"]\n'
            f'\n[[queries]]\nname = "Tech picks"\nfeeds = ["{TECH}", "{SECOND}"]\n'
            '\n[[queries]]\nname = "Treaty"\nsearch = "treaty"\n'
            f'\n[[queries]]\nname = "Tech of world"\ntags = ["world"]\nfeeds = ["{TECH}", "{WORLD}", "{SECOND}"]\n'
        )


async def refreshed_by_r(seeded: Seeded, name: str) -> tuple[list[str] | None, bool]:
    """What r refreshes on the saved search `name` listed: (the feeds, whether one started).
    The real refresh runs; the screen's call to it is noted on the way (None: every feed)."""
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        asked: list[list[str] | None] = []
        refresh = screen.refresh_feeds

        def noted(only: list[str] | None, reread: bool = False) -> None:
            asked.append(only)
            refresh(only, reread)

        screen.refresh_feeds = noted  # type: ignore[method-assign]
        screen.post_message(FilterChosen(ItemFilter("query", name)))
        await press(pilot)
        assert screen.item_list.count  # an item is highlighted: r went by its feed
        await pilot.press("r")
        await settle(pilot)
        assert len(asked) <= 1
        return (asked[0] if asked else None), bool(asked)


async def test_r_on_a_saved_search_of_tags_refreshes_the_tags_feeds(seeded: Seeded) -> None:
    add_queries(seeded)
    assert await refreshed_by_r(seeded, "World news") == ([WORLD, SECOND], True)


async def test_r_on_a_saved_search_of_feeds_refreshes_those_feeds(seeded: Seeded) -> None:
    add_queries(seeded)
    assert await refreshed_by_r(seeded, "Tech picks") == ([TECH, SECOND], True)


async def test_every_condition_holds_so_only_feeds_in_both(seeded: Seeded) -> None:
    add_queries(seeded)
    assert await refreshed_by_r(seeded, "Tech of world") == ([WORLD, SECOND], True)


async def test_r_on_a_saved_search_of_words_refreshes_every_feed(seeded: Seeded) -> None:
    add_queries(seeded)
    assert await refreshed_by_r(seeded, "Treaty") == (None, True)


async def test_r_on_a_saved_search_highlighted_in_the_feed_list(seeded: Seeded) -> None:
    add_queries(seeded)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "q")
        feeds = screen.feed_list
        feeds.highlighted = next(
            i for i in range(feeds.option_count) if feeds.get_option_at_index(i).id == "query:Tech picks"
        )
        await settle(pilot)
        await pilot.press("r")
        assert screen._refreshing_only == [TECH, SECOND]
        await settle(pilot)
