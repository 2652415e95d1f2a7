"""What a trial at a real terminal (wave 19) found in the reading flow: each test drives
the real app with Pilot on the fixed store of `ui_helpers` and fails on the code before
its fix."""

from __future__ import annotations

import dataclasses

from newstui.config import load_config
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.messages import FilterChosen
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import HOSTILE, TECH, WORLD, Seeded, clock, make_app, press, running, settle


def notice(app: NewsApp) -> str:
    return app.main_screen.status.notice


def listed_titles(items: ItemList) -> list[str]:
    return [item.title for row in range(items.count) if (item := items.item_at(row)) is not None]


# -- (a) a feed removed from the config leaves the feed list at once ---------------------------


async def test_a_removed_feed_leaves_the_feed_list_and_its_bookmarks_stay(seeded: Seeded) -> None:
    # It was listed as "Hostile (removed)" until `newstui gc`, failing fetch and all.
    with Store.open(seeded.db) as store:
        store.set_bookmarked(seeded.ids["hostile-1"], True)
    full = load_config(seeded.config_path)
    without = dataclasses.replace(full, feeds=tuple(feed for feed in full.feeds if feed.url != HOSTILE))
    app = NewsApp(without, seeded.db, clock=clock)
    async with running(app) as pilot:
        feeds = app.main_screen.query_one(FeedList)
        ids = [feeds.get_option_at_index(i).id or "" for i in range(feeds.option_count)]
        assert not [option for option in ids if HOSTILE in option], ids
        assert {f"feed:{WORLD}\x00world", f"feed:{TECH}\x00tech"} <= set(ids)
        assert all(feed.in_config for feed in feeds.feeds)  # the palette's "Feed: …" hits too
        # Its bookmarked item is still in Bookmarks, with its feed's name.
        app.main_screen.post_message(FilterChosen(ItemFilter("bookmarks")))
        await settle(pilot)
        items = app.main_screen.query_one(ItemList)
        shown = {item.id for row in range(items.count) if (item := items.item_at(row)) is not None}
        assert shown == {seeded.ids["hostile-1"], seeded.ids["tech-1"]}
        # Nor does it count as failing, though its last fetch failed.
        assert "failing" not in app.main_screen.status.location


# -- (b) a search always answers ------------------------------------------------------------------


async def test_the_same_search_again_says_again_that_nothing_matches(seeded: Seeded) -> None:
    # The second "/zzzqqq⏎" left the status line empty: the filter had not changed, so the
    # list never reloaded and never said why it is empty.
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "slash", *"zzzqqq", "enter")
        assert notice(app) == "No items match 'zzzqqq'"
        await press(pilot, "j")
        assert notice(app) == ""
        await press(pilot, "slash", *"zzzqqq", "enter")
        assert notice(app) == "No items match 'zzzqqq'"


async def test_the_same_search_again_finds_what_came_in_meanwhile(seeded: Seeded) -> None:
    from newstui.model import ParsedItem

    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "slash", *"walrus", "enter")
        items = app.main_screen.query_one(ItemList)
        assert items.count == 0
        with Store.open(seeded.db) as store:  # as a cron `newstui refresh` would
            store.upsert_items(WORLD, [ParsedItem("A walrus visits the harbour", guid="walrus")])
        await press(pilot, "slash", *"walrus", "enter")
        assert listed_titles(items) == ["A walrus visits the harbour"]


async def test_an_empty_search_searches_nothing_and_says_so(seeded: Seeded) -> None:
    # Enter on an empty box closed it without a word; "!!!" ran a search that could match
    # nothing and then blamed the cache ("No items match '!!!'").
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        shown = items.count
        await press(pilot, "slash", "space", "space", "enter")
        assert notice(app) == "Nothing searched: type a word to find."
        assert app.main_screen.item_filter == ItemFilter("all") and items.count == shown
        await press(pilot, "slash", *"!!!", "space", *"...", "enter")
        assert notice(app) == "Nothing searched: '!!! ...' has no word to find."
        assert app.main_screen.item_filter == ItemFilter("all") and items.count == shown


# -- n/p wrap round the list before they give up or leave the feed ---------------------------------


async def test_n_from_the_last_item_goes_round_to_the_unread_items_above(seeded: Seeded) -> None:
    # Reading the oldest item first (G, Enter) and then n said "No more unread items."
    # with eight unread items on screen above it.
    app = make_app(seeded)
    async with running(app) as pilot:
        seen: list[str] = []  # the article fetch's own notice follows the wrap's
        app.main_screen.watch(app.main_screen.status, "notice", lambda text: seen.append(text), init=False)
        await press(pilot, "G", "enter")
        assert app.main_screen.open_item is not None and app.main_screen.open_item.guid == "hostile-1"
        await press(pilot, "n")
        assert app.main_screen.open_item.guid == "tech-0"  # the first row
        assert "Wrapped round to the top of the list" in seen
        items = app.main_screen.query_one(ItemList)
        assert items.current_item is not None and items.current_item.guid == "tech-0"
        await press(pilot, "g", "enter", "p")  # from the top, back: round to the bottom
        assert app.main_screen.open_item.guid == "world-5"
        assert "Wrapped round to the bottom of the list" in seen


async def test_n_reads_the_rest_of_a_feed_before_moving_on_to_the_next(seeded: Seeded) -> None:
    # From the last World Desk item, n went on to Tech Daily, leaving the five unread World
    # Desk items above it for later (newsboat reads the feed round first).
    app = make_app(seeded)
    async with running(app) as pilot:
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", WORLD)))
        await settle(pilot)
        await press(pilot, "G", "enter", "n")
        assert app.main_screen.item_filter == ItemFilter("feed", WORLD)
        assert app.main_screen.open_item is not None and app.main_screen.open_item.guid == "world-0"
        for _ in range(3):  # world-1, world-3, world-4 (world-2 was read)
            await press(pilot, "n")
        assert app.main_screen.open_item.guid == "world-4"
        await press(pilot, "n")  # World Desk is read through: on to the next feed listed
        assert app.main_screen.item_filter == ItemFilter("feed", HOSTILE)
        assert app.main_screen.open_item.guid == "hostile-1"


# -- m says what it did ---------------------------------------------------------------------------


async def test_m_on_the_open_item_says_whether_it_is_now_read(seeded: Seeded) -> None:
    # The open item's row shows ▸ where its unread dot would be: m changed nothing visible.
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "j", "enter", "tab")  # world-0, read on opening
        await press(pilot, "m")
        assert notice(app) == "Marked unread: Ministers agree on a river treaty after a night of talks"
        await press(pilot, "m")
        assert notice(app) == "Marked read: Ministers agree on a river treaty after a night of talks"


# -- g and G in the article, as in the item list and less -------------------------------------------


async def test_g_and_G_go_to_the_top_and_end_of_the_article(seeded: Seeded) -> None:
    # They moved the item list's cursor only; in the article they did nothing.
    from newstui.ui.widgets.article_view import ArticleView

    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "j", "enter", "tab")
        view = app.main_screen.query_one(ArticleView)
        assert app.focused is view and view.max_scroll_y > 0
        await press(pilot, "G")
        assert view.scroll_y == view.max_scroll_y
        await press(pilot, "g")
        assert view.scroll_y == 0


# -- each list keeps its place ------------------------------------------------------------------


async def test_esc_after_a_search_comes_back_to_the_item_it_left(seeded: Seeded) -> None:
    # Esc went back to the list before the search, but at its top: the place was lost.
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        await press(pilot, *"jjjjj")
        left = items.current_item
        assert left is not None and items.cursor == 5
        await press(pilot, "slash", *"river", "enter")
        assert app.main_screen.item_filter.kind == "search"
        await press(pilot, "escape")
        assert app.main_screen.item_filter == ItemFilter("all")
        assert items.current_item is not None and items.current_item.id == left.id


async def test_a_feed_chosen_again_shows_the_item_it_was_on(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", WORLD)))
        await settle(pilot)
        await press(pilot, "G")
        left = items.current_item
        assert left is not None and left.guid == "world-5"
        for item_filter in (ItemFilter("feed", TECH), ItemFilter("feed", WORLD)):
            app.main_screen.post_message(FilterChosen(item_filter))
            await settle(pilot)
        assert items.current_item is not None and items.current_item.id == left.id
        # A list never shown before starts at its top.
        app.main_screen.post_message(FilterChosen(ItemFilter("bookmarks")))
        await settle(pilot)
        assert items.cursor == 0


# -- J and K, as in newsboat ---------------------------------------------------------------------


async def test_J_and_K_step_through_the_feeds(seeded: Seeded) -> None:
    # They did nothing: the only way to another feed was Tab to the feed list, j, Enter.
    from newstui.ui.widgets.article_view import ArticleView

    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        # Feed list order: tag tech (Tech Daily), tag world (World Desk), then the untagged feed.
        steps = []
        for key in "JJJJ":
            await press(pilot, key)
            steps.append(screen.item_filter)
        assert steps == [ItemFilter("feed", url) for url in (TECH, WORLD, HOSTILE, TECH)]
        await press(pilot, "K", "K")
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert screen.feed_list.highlighted_feed is not None and screen.feed_list.highlighted_feed.url == WORLD
        # While reading: the list changes, the article and the focus stay.
        await press(pilot, "enter", "tab")
        view = screen.query_one(ArticleView)
        assert app.focused is view and screen.open_item is not None
        opened = screen.open_item.id
        await press(pilot, "J")
        assert screen.item_filter == ItemFilter("feed", HOSTILE)
        assert app.focused is view and screen.open_item.id == opened
