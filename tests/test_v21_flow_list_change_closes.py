"""An article read beside the list (Enter leaves the focus there) belongs to the list it
was opened from. Showing another list from the lists (J and K, a feed or tag chosen in
the feed list, B, a search) left it open beside rows that did not hold it: the pane showed
one item, the cursor stood on another, and b or m typed in the list acted on the row, not
on the article in view. As newsboat leaves the article before it shows another feed, the
article now closes, and the pane previews the row under the cursor. In the article pane,
where keys act on the article, J and K still change the list beside it
(test_v14_ux_flow); n and p, which move on to the next feed to open its first unread
item, still open it."""

from __future__ import annotations

import pytest

from newstui.service import ItemFilter
from newstui.text import one_line
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import TECH, WORLD, Seeded, make_app, open_guid, pane_text, press, running


def assert_pane_matches_cursor(app) -> None:  # type: ignore[no-untyped-def]
    screen = app.main_screen
    assert screen.open_item is None
    assert screen.item_list.open_id is None
    assert screen.article_view.article is None
    cursor = screen.item_list.current_item
    assert cursor is not None and one_line(cursor.title) in pane_text(screen.article_view)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_j_to_the_next_feed_closes_the_article_read_in_the_last(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        screen.choose_list(ItemFilter("feed", WORLD))
        await press(pilot)
        await open_guid(app, pilot, "world-1")
        assert screen.open_item is not None and isinstance(screen.focused, ItemList)
        await press(pilot, "J")
        assert screen.item_filter.kind == "feed" and screen.item_filter.value != WORLD
        assert_pane_matches_cursor(app)


async def test_another_feed_chosen_in_the_feed_list_closes_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-1")
        assert screen.open_item is not None
        screen.focus_now(screen.feed_list)
        screen.feed_list.highlight_filter(ItemFilter("feed", TECH))
        await press(pilot, "enter")
        assert screen.item_filter == ItemFilter("feed", TECH)
        assert_pane_matches_cursor(app)


async def test_bookmarks_shown_while_reading_close_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await open_guid(app, pilot, "world-1")
        await press(pilot, "B")
        assert app.main_screen.item_filter.kind == "bookmarks"
        assert_pane_matches_cursor(app)


async def test_n_onto_the_next_feed_still_opens_its_first_unread_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.choose_list(ItemFilter("feed", TECH))
        await press(pilot)
        for _ in range(6):
            await press(pilot, "n")
            if screen.item_filter != ItemFilter("feed", TECH):
                break
        assert screen.item_filter != ItemFilter("feed", TECH)  # moved on to another feed
        assert screen.open_item is not None
        assert screen.open_item.feed_url == screen.item_filter.value
        assert screen.item_list.open_id == screen.open_item.id
