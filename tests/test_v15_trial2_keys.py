"""q steps back one view at a time, as in newsboat: article -> item list -> feed list -> quit.
q in the item list quit the app, where a newsboat user (whose q leaves a feed's items for
the feed list) expects to land on the feeds; on search results it leaves the search."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.ui.messages import FilterChosen
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from screen_helpers import footer_keys
from ui_helpers import Seeded, make_app, pane_text, press, running


async def test_q_steps_back_from_the_article_to_the_items_to_the_feeds_then_quits(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "tab")
        assert isinstance(screen.focused, ArticleView)

        await press(pilot, "q")
        assert isinstance(screen.focused, ItemList)
        assert ("q", "Back") in footer_keys(app)  # the footer says q does not quit here

        await press(pilot, "q")
        assert app.is_running
        assert isinstance(screen.focused, FeedList)
        assert screen.open_item is None  # the first q left the article (test_v20_flow_quit_levels)
        assert ("q", "Quit") in footer_keys(app)

        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_q_on_search_results_goes_back_to_the_list_before_the_search(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "B")
        await press(pilot, "slash", *"treaty", "enter")
        assert screen.item_filter == ItemFilter("search", "treaty")
        await press(pilot, "q")
        assert app.is_running
        assert screen.item_filter == ItemFilter("bookmarks")
        assert isinstance(screen.focused, ItemList)
        await press(pilot, "q")
        assert isinstance(screen.focused, FeedList)


async def test_an_empty_list_clears_the_preview_of_the_list_before(seeded: Seeded) -> None:
    # Choosing a feed with no items (a broken feed) kept the preview of the last list's
    # first title, an item that list does not hold, with "enter opens it" under it.
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        view = app.main_screen.query_one(ArticleView)
        first = app.main_screen.item_list.current_item
        assert first is not None and first.title in pane_text(view)
        await press(pilot, "slash", *"xyzzy", "enter")  # nothing matches: an empty list
        assert app.main_screen.item_list.count == 0
        assert first.title not in pane_text(view)
        assert "opens it" not in pane_text(view)
        await press(pilot, "escape")  # a list again: its highlighted item is previewed
        assert first.title in pane_text(view)


async def test_an_empty_failing_feed_says_its_refresh_failed(seeded: Seeded) -> None:
    # A broken feed's empty list said "No items yet: R refreshes the feeds.", as if nothing
    # had been tried: its refresh had just failed.
    from newstui.config import load_config
    from newstui.store import Store

    broken = "http://feeds.test/broken.xml"
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write(f'\n[[feeds]]\nurl = "{broken}"\ntags = ["tech"]\n')
    store = Store.open(seeded.db)
    try:
        store.sync_feeds(load_config(seeded.config_path).feeds)
        store.record_fetch(broken, status=200, error="malformed XML at line 1", ok=False)
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", broken)))
        await press(pilot)
        assert items.count == 0
        hint = items.empty_hint()
        assert "last refresh of this feed failed." in hint
        assert "e shows why" in hint and "r tries again" in hint
        await press(pilot, "e")  # and e does: it said "No item here: open or highlight one…"
        assert app.main_screen.status.notice.startswith("✗ http://feeds.test/broken.xml (HTTP 200): malformed XML")
        app.main_screen.post_message(FilterChosen(ItemFilter("bookmarks")))
        await press(pilot)
        assert items.empty_hint() == "No bookmarks yet: b bookmarks an item."  # other lists as before


async def test_n_at_the_end_of_the_saved_searches_says_unread_items_wait_elsewhere(seeded: Seeded) -> None:
    # It said "No more unread items." with the Unread entry still counting a dozen.
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write('\n[[queries]]\nname = "Treaty"\nmatch = \'title =~ "treaty"\'\n')
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        screen.post_message(FilterChosen(ItemFilter("query", "Treaty")))
        await press(pilot)
        await press(pilot, "n")  # the one unread match
        assert screen.open_item is not None and "treaty" in screen.open_item.title
        await press(pilot, "n")
        unread = sum(feed.unread for feed in screen.feed_list.feeds)
        assert unread > 0
        assert screen.status.notice == f"No more unread items in your saved searches; Unread has {unread}."


async def test_g_and_capital_g_go_to_the_ends_of_the_feed_list(seeded: Seeded) -> None:
    # They did in the item list and the article, and did nothing in the feed list.
    app = make_app(seeded)
    async with running(app) as pilot:
        feeds = app.main_screen.feed_list
        await press(pilot, "q")  # from the item list to the feed list
        assert isinstance(app.main_screen.focused, FeedList)
        await press(pilot, "G")
        assert feeds.highlighted == feeds.option_count - 1
        await press(pilot, "g")
        assert feeds.highlighted == 0


async def test_the_feed_error_names_the_http_status_once(seeded: Seeded) -> None:
    # e said "http://…/gone.xml (HTTP 404): HTTP 404 File not found".
    from newstui.store import Store

    gone = "http://feeds.test/world.xml"
    store = Store.open(seeded.db)
    try:
        store.record_fetch(gone, status=404, error="HTTP 404 File not found", ok=False)
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", gone)))
        await press(pilot)
        assert app.main_screen.item_list.current_item is not None
        await press(pilot, "e")
        assert app.main_screen.status.notice == "✗ World Desk: HTTP 404 File not found"


async def test_capital_n_toggles_read_as_in_newsboat(seeded: Seeded) -> None:
    # newsboat's toggle-article-read is N; here it did nothing and said nothing.
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        first = items.current_item
        assert first is not None and not first.read
        await press(pilot, "N")
        now = items.current_item
        assert now is not None and now.id == first.id and now.read
        await press(pilot, "N")
        again = items.current_item
        assert again is not None and not again.read


async def test_n_from_the_feed_list_reads_in_the_item_list(seeded: Seeded) -> None:
    # n (or space) pressed in the feed list opened an item and left the focus there, so the
    # next q, meant to step back, quit the app.
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        for key in ("space", "n"):  # space opens an item while none is open, then pages it
            screen.feed_list.focus()
            await press(pilot)
            before = screen.open_item
            await press(pilot, key)
            assert screen.open_item is not None and screen.open_item != before, key
            assert isinstance(screen.focused, ItemList), key
