"""Pilot-driven tests of the reader app: every key path, on a fixed store in tmp_path."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.errors import ConfigError
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.messages import FilterChosen
from newstui.ui.screens.confirm import ConfirmScreen
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import (
    ARTICLE,
    TECH,
    WORLD,
    app_for,
    build_store,
    make_app,
    press,
    running,
    settle,
    wait_for_text,
    write_config,
)


def stored(db: Path, item_id: int):  # type: ignore[no-untyped-def]
    store = Store.open(db)
    try:
        return store.item(item_id)
    finally:
        store.close()


def row_of(items: ItemList, item_id: int) -> int:
    for row in range(items.count):
        item = items.item_at(row)
        if item is not None and item.id == item_id:
            return row
    raise AssertionError(f"item {item_id} not in the list")


def hint_text(items: ItemList) -> str:
    """The empty list's hint as one line (it wraps to the pane's width)."""
    return " ".join(items.render_line(y).text.strip() for y in range(1, 5)).strip()


async def test_empty_list_says_what_to_do(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    app = app_for(config_path, tmp_path / "empty.db")
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        assert items.count == 0
        assert "R refreshes the feeds" in hint_text(items)
        await press(pilot, "B")
        assert "No bookmarks yet" in hint_text(items)


async def test_start_shows_feeds_items_and_counts(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app):
        items = app.screen.query_one(ItemList)
        feeds = app.screen.query_one(FeedList)
        assert items.count == 11
        assert items.has_focus
        ids = [feeds.get_option_at_index(i).id for i in range(feeds.option_count)]
        assert ids[:3] == ["all", "unread", "bookmarks"]
        assert "tag:world" in ids and "tag:tech" in ids
        unread = feeds.get_option("unread").prompt
        assert "(9)" in unread.plain  # 11 items, 2 read
        assert "All (11 items)" in app.screen.status.location


async def test_move_and_open_marks_read(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        await pilot.press("j")
        assert items.cursor == 1
        await pilot.press("down", "down", "k")
        assert items.cursor == 2
        await pilot.press("up")
        assert items.cursor == 1
        assert items.current_item is not None and items.current_item.id == ids["world-0"]
        await press(pilot, "enter")
        view = app.screen.query_one(ArticleView)
        assert view.article == ARTICLE
        assert view.item_id == ids["world-0"]
        assert app.screen.query_one(QuoteSidebar).quotes == ARTICLE.quotes
        assert stored(db, ids["world-0"]).read
        assert items.current_item.read
        feeds = app.screen.query_one(FeedList)
        assert "(8)" in feeds.get_option("unread").prompt.plain
        # The open item keeps a ▸ while the cursor moves on, so the reader knows what is shown.
        await pilot.press("j", "j")
        assert items.render_line(1).text.startswith("▸")
        assert not items.render_line(3).text.startswith("▸")


async def test_mark_read_on_open_can_be_off(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", mark_read_on_open=False)
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        assert app.screen.query_one(ArticleView).item_id == ids["world-0"]
        assert not stored(db, ids["world-0"]).read


async def test_click_opens_item(seeded) -> None:  # type: ignore[no-untyped-def]
    _, _, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        await pilot.click(ItemList, offset=(5, 1))
        await settle(pilot)
        assert items.cursor == 1
        assert app.screen.query_one(ArticleView).item_id == ids["world-0"]


async def test_tab_cycles_panes(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        assert isinstance(app.focused, ItemList)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        # 120 columns: the sidebar shows
        assert isinstance(app.focused, QuoteSidebar)
        await pilot.press("tab")
        assert isinstance(app.focused, FeedList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, QuoteSidebar)


async def test_next_and_previous_unread(seeded) -> None:  # type: ignore[no-untyped-def]
    _, _, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        # rows: tech-0, world-0, tech-1, world-1, world-2 (read), tech-2, ...
        items.select_row(3)
        await press(pilot, "n")
        # The highlighted item is unread and not open yet: n reads it first.
        assert items.current_item.guid == "world-1"
        assert app.screen.query_one(ArticleView).item_id == items.current_item.id
        await press(pilot, "n")
        assert items.current_item.guid == "tech-2"  # world-2 is read: skipped
        assert app.screen.query_one(ArticleView).item_id == items.current_item.id
        await press(pilot, "p")
        assert items.current_item.guid == "tech-1"  # world-1 was read by opening it


async def test_n_at_start_opens_the_highlighted_unread_item(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        assert items.cursor == 0 and not items.current_item.read
        await press(pilot, "n")
        assert items.cursor == 0
        assert app.screen.query_one(ArticleView).item_id == items.current_item.id


async def test_n_after_the_last_unread_of_a_feed_moves_on_to_the_next_feed(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.screen
        items = screen.query_one(ItemList)
        screen.post_message(FilterChosen(ItemFilter("feed", TECH)))
        await settle(pilot)
        await pilot.press("tab")  # read from the article pane: the focus stays there throughout
        opened = []
        for _ in range(3):
            await press(pilot, "n")
            opened.append(items.current_item.guid)
        assert opened == ["tech-0", "tech-1", "tech-2"]  # tech-3 is read
        await press(pilot, "n")
        # Tech Daily has no unread left: on to the next feed of the list with some (World Desk).
        assert screen.item_filter == ItemFilter("feed", WORLD)
        assert items.current_item.guid == "world-0"
        assert screen.query_one(ArticleView).item_id == items.current_item.id
        assert isinstance(app.focused, ArticleView)
        assert "World Desk" in screen.status.text


async def test_space_and_sections(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (120, 24)) as pilot:
        await press(pilot, "j", "enter")
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 0
        view.scroll_home(animate=False)
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first = view._headings()[0]
        assert view.scroll_y == first.virtual_region.y
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert view.scroll_y == view._headings()[1].virtual_region.y
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.scroll_y == first.virtual_region.y


async def test_space_at_the_end_of_an_article_opens_the_next_unread(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (120, 24)) as pilot:
        await pilot.press("j", "enter")  # world-0, the long article
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        items = app.screen.query_one(ItemList)
        opened = items.current_item.id
        for _ in range(40):
            if view.scroll_y >= view.max_scroll_y:
                break
            await pilot.press("space")
            await pilot.pause()
            assert view.item_id == opened  # paging, not moving on, until the end
        assert view.max_scroll_y > 0 and view.scroll_y == view.max_scroll_y
        await press(pilot, "space")
        # At the end, space goes on to the next unread item (tech-1, row 2), as in mutt or slrn.
        assert items.current_item.guid == "tech-1"
        assert view.item_id == items.current_item.id


async def test_quote_enter_scrolls_article(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (140, 24)) as pilot:
        await press(pilot, "j", "enter")
        view = app.screen.query_one(ArticleView)
        sidebar = app.screen.query_one(QuoteSidebar)
        await pilot.press("tab", "tab")  # items → article → quotes
        assert app.focused is sidebar
        # The first quote is highlighted from the start: Enter needs no j first.
        await pilot.press("enter")
        await pilot.pause()
        assert view._paragraphs[(0, 1)].has_class("-flash")
        sidebar.highlighted = 2  # Tomas Berg, section 2 paragraph 1
        await pilot.press("enter")
        await pilot.pause()
        target = view._paragraphs[(2, 1)]
        assert view.scroll_y == min(target.virtual_region.y, view.max_scroll_y)
        assert view.scroll_y > 0
        assert target.has_class("-flash")


async def test_bookmark_toggle_and_bookmarks_view(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        await press(pilot, "b")
        assert stored(db, ids["tech-0"]).bookmarked
        assert items.current_item.bookmarked
        await press(pilot, "B")
        assert app.screen.item_filter == ItemFilter("bookmarks")
        assert {items.item_at(r).id for r in range(items.count)} == {ids["tech-0"], ids["tech-1"]}
        items.select_row(row_of(items, ids["tech-0"]))
        await press(pilot, "b")
        assert not stored(db, ids["tech-0"]).bookmarked


async def test_toggle_read_and_mark_everything_read_on_all(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "m")
        assert stored(db, ids["tech-0"]).read
        await press(pilot, "m")
        assert not stored(db, ids["tech-0"]).read
        await pilot.press("A")  # on All: everything, never just the highlighted item's feed
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Mark 9 unread items in all feeds read?" in app.screen.question
        await press(pilot, "y")
        store = Store.open(db)
        try:
            assert store.count_items(ItemFilter("unread")) == 0
        finally:
            store.close()
        items = app.screen.query_one(ItemList)
        assert items.current_item.read
        assert "Marked 9 items read in all feeds" in app.screen.status.notice


async def test_mark_read_on_a_tag_marks_the_whole_tag(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, _ = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        app.screen.post_message(FilterChosen(ItemFilter("tag", "world")))
        await settle(pilot)
        await pilot.press("A")  # the list shown is the tag: all of it, not one feed
        await settle(pilot)
        await pilot.press("enter")  # Enter confirms as y does
        await settle(pilot)
        store = Store.open(db)
        try:
            assert store.count_items(ItemFilter("feed", WORLD) & ItemFilter("unread")) == 0
            assert store.count_items(ItemFilter("feed", TECH) & ItemFilter("unread")) == 3  # another tag: untouched
        finally:
            store.close()
        assert app.screen.status.notice == "Marked 5 items read in tag world (U undoes)"
        assert "world" in app.screen.query_one(FeedList).get_option("tag:world").prompt.plain
        assert "(" not in app.screen.query_one(FeedList).get_option("tag:world").prompt.plain  # no unread count left


def browser_script(tmp_path: Path, exit_code: int = 0) -> tuple[Path, Path]:
    """A real browser command: appends the URL it is given to a file, then exits."""
    log = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\nexit {exit_code}\n', encoding="utf-8")
    script.chmod(0o755)
    return script, log


def use_browser(monkeypatch: pytest.MonkeyPatch, browser: webbrowser.BaseBrowser | None) -> None:
    """Make `webbrowser` pick this browser (None: no browser installed)."""

    def get(using: str | None = None) -> webbrowser.BaseBrowser:
        if browser is None:
            raise webbrowser.Error("could not locate runnable browser")
        return browser

    monkeypatch.setattr(webbrowser, "get", get)


async def test_open_in_browser_and_copy_link(seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    script, log = browser_script(tmp_path)
    use_browser(monkeypatch, webbrowser.BackgroundBrowser([str(script), "%s"]))  # a graphical browser
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "o")
        assert await wait_for_text(pilot, log) == "http://news.test/tech/0\n"
        assert "Opened http://news.test/tech/0" in app.screen.status.notice
        await pilot.press("y")
        assert app.clipboard == "http://news.test/tech/0"


async def test_terminal_browser_runs_in_the_foreground(seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    script, log = browser_script(tmp_path)
    # lynx, w3m or a $BROWSER script: webbrowser waits for it, so the app hands it the terminal.
    use_browser(monkeypatch, webbrowser.GenericBrowser([str(script), "%s"]))
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "o")
        assert log.read_text() == "http://news.test/tech/0\n"
        assert "Opened" in app.screen.status.notice


@pytest.mark.parametrize("browser", ["none", "failing", "failing-background"])
async def test_browser_failure_is_a_clear_notice(
    seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, browser: str
) -> None:  # type: ignore[no-untyped-def]
    script, log = browser_script(tmp_path, exit_code=1)
    kind = {"none": None, "failing": webbrowser.GenericBrowser, "failing-background": webbrowser.BackgroundBrowser}[
        browser
    ]
    use_browser(monkeypatch, None if kind is None else kind([str(script), "%s"]))
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "o")
        notice = app.screen.status.notice
        assert notice.startswith("Could not open the link: ")
        assert ("BROWSER" in notice) if browser == "none" else ("browser failed" in notice)
        assert "http://news.test/tech/0" in notice  # said once, with the link (v26: no toast repeating it)
        assert app.is_running


async def test_search_lists_results(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        app.screen.post_message(FilterChosen(ItemFilter("tag", "tech")))
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        await press(pilot, *"treaty", "enter")
        items = app.screen.query_one(ItemList)
        assert app.screen.item_filter == ItemFilter("search", "treaty")
        assert items.count == 1
        assert items.current_item.guid == "world-0"
        assert "Search: treaty (1 item)" in app.screen.status.location
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert app.screen.item_filter == ItemFilter("search", "treaty")
        # A second search, then Escape: back to the list before the searches.
        await pilot.press("slash")
        await pilot.pause()
        await press(pilot, *"river", "enter")
        assert app.screen.item_filter == ItemFilter("search", "river")
        await press(pilot, "escape")
        assert app.screen.item_filter == ItemFilter("tag", "tech")


async def test_sidebar_toggle_and_narrow_terminal(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        sidebar = app.screen.query_one(QuoteSidebar)
        assert not sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display
    app = make_app(seeded)
    async with running(app, (160, 48)) as pilot:
        assert app.screen.query_one(QuoteSidebar).display
        await pilot.press("s")
        assert not app.screen.query_one(QuoteSidebar).display


async def test_links_list_opens_by_number(seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    script, log = browser_script(tmp_path)
    use_browser(monkeypatch, webbrowser.GenericBrowser([str(script), "%s"]))
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("l")
        assert app.screen.status.notice.startswith("No article open")  # nothing open: no links yet
        await press(pilot, "j", "enter")
        await pilot.press("l")
        await pilot.pause()
        from newstui.ui.screens.links import LinksScreen

        assert isinstance(app.screen, LinksScreen)
        await press(pilot, "2")
        assert log.read_text() == "https://treaty.test/text\n"
        assert not isinstance(app.screen, LinksScreen)


async def test_theme_pick_is_saved(seeded) -> None:  # type: ignore[no-untyped-def]
    config_path, _, _ = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        assert app.theme == "newstui-dark"
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"paper")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        assert app.theme == "newstui-paper"
        assert load_config(config_path).general.theme == "newstui-paper"
        # The picker sets app.theme on Enter; what the app saves after that does not depend
        # on the picker, so the next choices skip its typing (each key previews a theme).
        app.theme = "newstui-dark"
        await settle(pilot)
        assert load_config(config_path).general.theme == "newstui-dark"  # back to the first one: kept too
        app.theme = "newstui-paper"
        await settle(pilot)
    assert load_config(config_path).general.theme == "newstui-paper"
    assert "# my reading setup" in config_path.read_text()  # comments kept


async def test_help_shows_bindings_as_they_are(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"items.bookmark": "x"})
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        from newstui.ui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        line = next(line for line in text.splitlines() if "items.bookmark" in line)
        assert line.split()[0] == "x"
        await pilot.press("escape")
        await pilot.press("x")  # the rebound key bookmarks
        await settle(pilot)
        assert stored(db, ids["tech-0"]).bookmarked
        await pilot.press("b")  # and the old key no longer does
        await settle(pilot)
        assert stored(db, ids["tech-0"]).bookmarked


def test_unknown_key_id_is_a_config_error(tmp_path: Path) -> None:
    from newstui.config import check_key_ids
    from newstui.ui.keys import known_ids

    config = load_config(write_config(tmp_path / "config.toml", keys={"items.bookmrk": "x"}))
    with pytest.raises(ConfigError, match="items.bookmark"):
        check_key_ids(config, known_ids())


async def test_quit(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("q", "q")  # the item list steps back to the feed list; q there quits
        await pilot.pause()
        assert not app.is_running


async def test_command_palette_has_commands_and_feeds(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for wanted in ("Bookmark", "Next unread", "Refresh all", "Search", "Links", "Help", "Theme", "Quit"):
            assert wanted in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Feed: Tech")
        await pilot.pause(0.5)
        await press(pilot, "enter")
        assert app.screen.item_filter == ItemFilter("feed", TECH)


async def test_command_palette_finds_items_by_text(seeded) -> None:  # type: ignore[no-untyped-def]
    _, _, ids = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"harbour")
        await pilot.pause(0.6)
        await settle(pilot)
        await press(pilot, "enter")
        assert app.screen.query_one(ArticleView).item_id == ids["world-1"]


async def test_palette_commands_show_current_keys(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"items.bookmark": "x,f5"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app):
        helps = {command.title: command.help for command in app.get_system_commands(app.screen)}
        assert helps["Bookmark"] == "Key: x, f5"
        assert helps["Next unread"] == "Key: n"


async def test_feed_list_enter_and_click_choose_what_is_listed(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        feeds = app.screen.query_one(FeedList)
        items = app.screen.query_one(ItemList)
        await pilot.press("shift+tab")  # items → feeds
        assert feeds.has_focus
        feeds.highlighted = feeds.get_option_index("tag:world")
        await press(pilot, "enter")
        assert app.screen.item_filter == ItemFilter("tag", "world")
        assert items.count == 6 and items.has_focus
        # +1: the rule under Bookmarks takes a line
        await pilot.click(FeedList, offset=(4, feeds.get_option_index(f"feed:{TECH}\x00tech") + 1))
        await settle(pilot)
        assert app.screen.item_filter == ItemFilter("feed", TECH)
        assert items.count == 4
        assert "Tech Daily (4 items)" in app.screen.status.location
        await pilot.click(FeedList, offset=(2, feeds.get_option_index("unread")))
        await settle(pilot)
        assert app.screen.item_filter == ItemFilter("unread") and items.count == 9


async def test_quotes_take_the_lists_place_on_a_narrow_terminal(seeded) -> None:  # type: ignore[no-untyped-def]
    news_app = make_app(seeded)
    async with running(news_app, (80, 24)) as pilot:
        screen = news_app.screen
        assert not screen.quote_sidebar.display and screen.query_one("#list-column").display
        await pilot.press("s")
        await pilot.pause()
        assert screen.quote_sidebar.display
        assert not screen.query_one("#list-column").display
        assert news_app.focused is screen.article_view
        await pilot.press("tab")
        assert news_app.focused is screen.quote_sidebar
        await pilot.press("tab")
        assert news_app.focused is screen.article_view
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#list-column").display and not screen.quote_sidebar.display


async def test_footer_keeps_help_and_quit_in_80_columns(seeded) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import Footer

    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:

        def shown() -> dict[str, int]:
            """Footer key description → its right edge on screen."""
            return {key.description: key.region.right for key in app.screen.query("FooterKey")}

        for _pane in range(3):  # items, article, feeds
            keys = shown()
            assert keys["Help"] <= 80 and keys.get("Quit", keys.get("Back", 81)) <= 80, keys  # q: Back in the article
            await press(pilot, "tab")
        assert "Commands" not in shown()  # ^p is in the help, not the footer
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert "Commands" in shown()
        assert not app.screen.query_one(Footer).compact


async def test_the_focused_pane_is_marked(seeded) -> None:  # type: ignore[no-untyped-def]
    from textual.color import Color

    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        primary = Color.parse(app.current_theme.primary)
        screen = app.screen
        bars = {name: screen.query_one(name) for name in ("#list-column", "#article", "#quotes")}

        def lit() -> list[str]:
            return [name for name, pane in bars.items() if pane.styles.border_left[1] == primary]

        assert lit() == ["#list-column"]  # the item list has the focus at first
        await pilot.press("tab")
        assert lit() == ["#article"]
        await pilot.press("tab")
        assert lit() == ["#quotes"]
        await pilot.press("tab")
        assert isinstance(app.focused, FeedList)
        assert lit() == ["#list-column"]
        # The item cursor is grey while the list has no focus, in the cursor colour with it.
        items = screen.query_one(ItemList)
        blurred = items.get_visual_style("item-list--read", "item-list--cursor").background
        items.focus()
        await pilot.pause()
        focused = items.get_visual_style("item-list--read", "item-list--cursor").background
        # Far apart, not two shades of one colour (at first they differed by 13 levels in all).
        assert sum(abs(a - b) for a, b in zip(blurred.rgb, focused.rgb, strict=True)) > 40, (blurred, focused)


async def test_article_keeps_a_readable_measure_on_a_wide_terminal(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (220, 50)) as pilot:
        await press(pilot, "j", "enter")
        view = app.screen.query_one(ArticleView)
        paragraph = view._paragraphs[(0, 0)]
        assert view.content_region.width > 90  # room for longer lines than that
        assert paragraph.region.width <= 84
        # The column is centred in the pane, not pushed to its left edge.
        left = paragraph.region.x - view.content_region.x
        right = view.content_region.right - paragraph.region.right
        assert abs(left - right) <= 2


async def test_a_long_notice_leaves_the_location_in_view(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        status = app.screen.status
        status.notice = "Showing the feed's text: " + "http://news.test/a/very/long/path" * 4 + ": connection refused"
        await pilot.pause()
        location = status.query_one("#status-location")
        assert str(location.render()) == "All (11 items) · ✗ 1 failing feed"
        assert location.region.right <= 80 and location.region.width >= len("All (11 items)")
        message = status.query_one("#status-message")
        assert message.region.right <= 80  # the notice is cut, not the location


async def test_bookmark_count_survives_a_quick_read_after_it(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        feeds = app.screen.query_one(FeedList)
        assert "(1)" in feeds.get_option("bookmarks").prompt.plain
        # b then at once m: the read-state change must not leave the old bookmark count up.
        await press(pilot, "b", "m")
        assert "(2)" in feeds.get_option("bookmarks").prompt.plain
        await press(pilot, "m")
        assert "(2)" in feeds.get_option("bookmarks").prompt.plain


async def test_p_before_the_first_unread_of_a_feed_moves_back_to_the_previous_feed(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.screen
        items = screen.query_one(ItemList)
        screen.post_message(FilterChosen(ItemFilter("feed", WORLD)))
        await settle(pilot)
        await pilot.press("n")  # world-0, the first (and highlighted) unread item
        await settle(pilot)
        assert items.current_item.guid == "world-0"
        await press(pilot, "p")
        # Nothing unread above it, but below: round to World Desk's last unread first, as newsboat.
        assert app.main_screen.item_filter == ItemFilter("feed", WORLD)
        assert items.current_item is not None and items.current_item.guid == "world-5"
        await press(pilot, "A", "y")
        await press(pilot, "p")
        # Nothing unread in World Desk: back to Tech Daily, the feed before it, at its last unread.
        assert screen.item_filter == ItemFilter("feed", TECH)
        assert items.current_item.guid == "tech-2"
        assert screen.query_one(ArticleView).item_id == items.current_item.id
