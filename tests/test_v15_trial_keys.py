"""q as a newsboat user expects it: in the article (or the quotes) it steps back to the item
list, from there to the feed list, where it quits; Q quits at once from anywhere; Escape in the article does what q
does there (it used to do nothing and say nothing)."""

from __future__ import annotations

from newstui.service import ItemFilter
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from screen_helpers import footer_keys
from ui_helpers import Seeded, make_app, press, running


async def test_q_in_the_article_steps_back_to_the_list_and_q_there_quits(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "tab")
        assert isinstance(screen.focused, ArticleView)
        opened = screen.open_item
        assert opened is not None
        assert ("q", "Back") in footer_keys(app)  # the footer says what q does here

        await press(pilot, "q")
        assert app.is_running
        assert isinstance(screen.focused, ItemList)
        assert opened is not None and screen.open_item is None  # q left the article (test_v20_flow_quit_levels)
        assert ("q", "Back") in footer_keys(app)  # and on to the feed list (test_v15_trial2_keys)

        await pilot.press("q", "q")
        await pilot.pause()
        assert not app.is_running


async def test_escape_in_the_article_goes_back_to_the_list_then_leaves_the_search(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "slash", *"treaty", "enter")
        assert screen.item_filter == ItemFilter("search", "treaty")
        await press(pilot, "enter", "tab")
        assert isinstance(screen.focused, ArticleView)

        await press(pilot, "escape")  # one step back: the results, still listed
        assert isinstance(screen.focused, ItemList)
        assert screen.item_filter == ItemFilter("search", "treaty")
        await press(pilot, "escape")  # and from the list, back to the list before the search
        assert screen.item_filter == ItemFilter("all")


async def test_q_in_the_quotes_over_the_list_brings_the_list_back(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        await press(pilot, "enter", "s")  # narrow: the quotes take the list's place
        assert screen.has_class("-quotes-over-list")
        screen.quote_sidebar.focus()
        await pilot.pause()
        assert isinstance(screen.focused, QuoteSidebar)

        await press(pilot, "q")
        assert app.is_running
        assert not screen.has_class("-quotes-over-list")
        assert isinstance(screen.focused, ItemList)


async def test_capital_q_quits_from_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "enter", "tab")
        assert isinstance(app.main_screen.focused, ArticleView)
        await pilot.press("Q")
        await pilot.pause()
        assert not app.is_running


async def test_the_help_pages_with_space_and_goes_to_its_ends_with_g_and_capital_g(seeded: Seeded) -> None:
    # j and k scrolled the help, but space (as in the article) and g/G (as in the lists) did nothing.
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "question_mark")
        box = app.screen.query_one("#help-box")
        await press(pilot, "space")
        assert box.scroll_y > 10
        await press(pilot, "G")
        assert box.scroll_y == box.max_scroll_y > 0
        await press(pilot, "g")
        assert box.scroll_y == 0


async def test_q_on_the_speakers_and_stories_pages_goes_back_to_the_reader(seeded: Seeded) -> None:
    # q there quit the whole app, where a newsboat user expects to leave the page.
    app = make_app(seeded)
    async with running(app) as pilot:
        for page in ("W", "T"):
            await press(pilot, page)
            assert app.screen is not app.main_screen
            await press(pilot, "q")
            assert app.is_running, page
            assert app.screen is app.main_screen, page


async def test_n_in_search_results_says_it_looked_only_at_the_results(seeded: Seeded) -> None:
    # n on search results with nothing unread said "No more unread items.", with unread
    # items waiting in every feed.
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "slash", *"xyzzy", "enter")
        assert screen.item_filter == ItemFilter("search", "xyzzy")
        await press(pilot, "n")
        assert screen.status.notice == "No more unread items in the results (esc goes back to your list)."
        await press(pilot, "B", "n", "n")  # the one unread bookmark, then none
        assert screen.status.notice.startswith("No more unread items in your bookmarks; Unread has ")


async def test_the_help_has_its_own_footer(seeded: Seeded) -> None:
    # Under the help the reader's footer went on naming n, b, R… which do nothing there.
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "question_mark")
        shown = footer_keys(app)
        assert ("esc", "Close") in shown
        assert not any(description == "Next unread" for _, description in shown)
        covering = app.screen.get_widget_at(2, 23)[0]  # the bottom row: the help's footer, on top
        assert covering.screen is app.screen
