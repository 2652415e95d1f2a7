"""What a trial at a real terminal found: each test fails on the code before its fix.

The app runs on the fixed store of `ui_helpers` through `App.run_test`, as a user would
drive it: keys, resizes, and what the screen then says.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.containers import Vertical
from textual.widgets import Label

from newstui.config import load_config
from newstui.ui.app import NewsApp
from newstui.ui.screens.help import HelpScreen
from newstui.ui.screens.main import MainScreen
from ui_helpers import app_for, build_store, make_app, press, running, settle, write_config


def help_lines(app: NewsApp) -> list[str]:
    assert isinstance(app.screen, HelpScreen)
    return str(app.screen.query_one("#help-text").render()).splitlines()


async def test_help_headings_name_the_keys_that_open_each_area(tmp_path: Path) -> None:
    # The headings said "Stories page (S)" (S sorts; T opens the stories) and "Other
    # outlets of a quote (w)" (w saves; a lists the outlets), and kept their keys when
    # the user rebound them; the attachments picker was listed last as "Enclosures".
    config_path = write_config(tmp_path / "config.toml", keys={"main.stories": "f7"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        lines = [line.strip() for line in help_lines(app)]
        assert "Stories page (f7)" in lines
        assert "Other outlets of a quote (a)" in lines
        assert "Speakers page (W)" in lines
        assert "Links list (l)" in lines
        assert "Search box (/)" in lines
        assert "Attachments (E)" in lines
        assert "Enclosures" not in lines
        # The attachments come right after the links list, with the other pickers.
        assert lines.index("Attachments (E)") > lines.index("Links list (l)")
        assert lines.index("Attachments (E)") < lines.index("App")
        assert lines[-1] == "esc, ? or q closes this help."


async def test_search_box_prompt_fits_in_its_box(seeded) -> None:  # type: ignore[no-untyped-def]
    # The prompt is longer than the box: it ran past the border, cut at "(Ente".
    for size in ((160, 45), (80, 24)):
        app = make_app(seeded)
        async with running(app, size) as pilot:
            await press(pilot, "slash")
            box = app.screen.query_one("#search-box")
            label = box.query_one(Label)
            assert box.content_region.contains_region(label.region), (size, box.content_region, label.region)
            assert "Esc cancels" in str(label.render())


async def test_rename_box_prompt_fits_for_a_long_name(seeded) -> None:  # type: ignore[no-untyped-def]
    from newstui.ui.screens.speakers import RenameScreen

    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await app.push_screen(RenameScreen("Maria Fernanda Castellanos de la Vega-Oyarzún"))
        await settle(pilot)
        box = app.screen.query_one(Vertical)
        label = box.query_one(Label)
        assert box.content_region.contains_region(label.region), (box.content_region, label.region)


async def test_a_sidebar_choice_made_narrow_is_not_carried_to_a_wide_terminal(seeded) -> None:  # type: ignore[no-untyped-def]
    # At 80 columns `s` shows the quotes in the list's place and `s` again brings the
    # list back; widened to 160 columns after that, the quote sidebar stayed hidden.
    from newstui.ui.widgets.quote_sidebar import QuoteSidebar

    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        sidebar = app.screen.query_one(QuoteSidebar)
        await press(pilot, "j", "enter", "s")
        assert sidebar.display
        await press(pilot, "s")
        assert not sidebar.display
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        assert sidebar.display
        # And the other way: shown on purpose at 160 columns, then narrowed, the
        # quotes do not cover the list.
        await press(pilot, "s", "s")
        assert sidebar.display
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not sidebar.display
        assert not app.screen.has_class("-quotes-over-list")
        # Within one layout the choice holds.
        await press(pilot, "s")
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        assert sidebar.display


async def test_space_with_no_article_open_opens_the_next_unread_item(seeded) -> None:  # type: ignore[no-untyped-def]
    # The docs promise "space alone reads everything"; as the first key it did nothing.
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.open_item is None
        await press(pilot, "space")
        assert screen.open_item is not None
        assert screen.open_item.id == seeded.ids["tech-0"]  # the newest unread item, at the top


async def test_feed_error_notices_name_the_error_key_as_rebound(tmp_path: Path) -> None:
    # The notices said "press e" and "e shows why" whatever [keys] made of feeds.show-error,
    # and "e shows why" after a refresh even with the item list focused, where e does nothing.
    from newstui.feeds.refresh import FeedFailure, RefreshSummary
    from newstui.ui.widgets.feed_list import FeedList
    from ui_helpers import HOSTILE, WORLD

    config_path = write_config(tmp_path / "config.toml", keys={"feeds.show-error": "x"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        feeds = screen.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(
            i for i in range(feeds.option_count) if (feeds.get_option_at_index(i).id or "") == f"feed:{HOSTILE}"
        )
        await settle(pilot)
        assert screen.status.notice.endswith("(press x)"), screen.status.notice
        summary = RefreshSummary(
            total=2, ok=1, not_modified=0, failed=[FeedFailure(HOSTILE, "HTTP 500")], new_by_feed={WORLD: 0}
        )
        line = screen._describe_refresh(summary)
        assert line.endswith("(✗ marks them in the feed list, where x shows why)"), line


def test_feeds_and_refresh_with_no_feeds_say_how_to_add_one(tmp_path: Path) -> None:
    # A first run of `newstui feeds` printed nothing at all, and `newstui refresh`
    # only "0 feeds ok, 0 failed, 0 new items".
    from cli_helpers import newstui

    config = tmp_path / "config.toml"
    for command in ("feeds", "refresh"):
        result = newstui("--config", str(config), "--db", str(tmp_path / "news.db"), command, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert f"no feeds in {config} yet: add one with `newstui add URL`" in result.stderr, (command, result.stderr)


async def test_who_said_what_page_titles_name_the_keys_as_rebound(tmp_path: Path) -> None:
    # The Speakers and Stories titles said "e: correct the name" and "Esc: back" whatever
    # [keys] made of speakers.rename and stories.close (as the help headings did).
    config_path = write_config(tmp_path / "config.toml", keys={"speakers.rename": "x", "stories.close": "f9,escape"})
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await press(pilot, "W")
        title = str(app.screen.query_one(".whosaid-title", Label).render())
        assert "x: correct the name, Esc: back" in title, title
        await press(pilot, "escape", "T")
        title = str(app.screen.query_one(".whosaid-title", Label).render())
        assert "Enter opens an item, f9: back" in title, title


async def test_narrow_footer_keeps_help_and_quit_with_the_quotes_focused(seeded) -> None:  # type: ignore[no-untyped-def]
    # At 80 columns with the quotes shown (s) and focused, the footer's "⏎ Go to quote"
    # pushed "? Help" off the right edge.
    from newstui.ui.widgets.quote_sidebar import QuoteSidebar

    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "j", "enter", "s")
        app.screen.query_one(QuoteSidebar).focus()
        await settle(pilot)
        keys = {key.description: key.region.right for key in app.screen.query("FooterKey")}
        assert "Jump" in keys, keys
        assert keys["Help"] <= 80 and keys["Back"] <= 80, keys  # q steps back to the list from the quotes


async def test_story_marks_appear_once_the_background_fetch_brings_the_articles(tmp_path: Path) -> None:
    # On `newstui --demo` the list is read before the article pages are fetched, so no
    # item carries a story yet; once they were fetched the feed list counted "Stories (1)",
    # but the two items of that story never showed their "+1".
    from newstui.demo import start_demo
    from newstui.ui.widgets.item_list import ItemList

    with start_demo(tmp_path / "demo") as demo:
        app = NewsApp(demo.config, demo.db_path, refresh_on_start=True)
        async with running(app, (160, 45)) as pilot:
            await settle(pilot, rounds=8)
            items = app.screen.query_one(ItemList)
            assert items.count == 25
            rows = [items.render_line(row).text for row in range(min(items.count, items.size.height))]
            marked = [row for row in rows if re.search(r" \+1 ", row)]
            assert len(marked) == 2, rows


def test_demo_with_a_command_is_refused(tmp_path: Path) -> None:
    # `newstui --demo feeds` ignored --demo and listed the user's own feeds (and wrote a
    # starter config), as if the flag had not been given.
    from cli_helpers import newstui

    result = newstui("--demo", "feeds", cwd=tmp_path)
    assert result.returncode == 2
    assert "--demo starts the reader on the demo feeds; it takes no command ('feeds')" in result.stderr
    assert result.stdout == ""


async def test_keys_typed_together_answer_the_mark_read_question_once(seeded) -> None:  # type: ignore[no-untyped-def]
    # Every key answers the A question; three keys arriving in one read from the terminal
    # each dismissed it: the second popped the reader, the third raised ScreenStackError.
    from textual import events

    from newstui.ui.screens.confirm import ConfirmScreen

    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmScreen)
        for key in ("n", "j", "k"):  # posted at once, as the terminal driver does with one read
            app.post_message(events.Key(key, key))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert [type(screen).__name__ for screen in app.screen_stack] == ["Screen", "MainScreen"]
        # The first key, n, said no: nothing was marked.
        items = screen.item_list
        assert any(not item.read for row in range(items.count) if (item := items.item_at(row)) is not None)


async def test_y_read_together_with_a_answers_the_question(seeded) -> None:  # type: ignore[no-untyped-def]
    # "A" and "y" in one read from the terminal: Textual handed y to the item list before
    # the question was up; it came back unanswered and was lost, and the question stayed.
    from textual import events

    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        for key in ("A", "y"):
            app.post_message(events.Key(key, key))
        await settle(pilot)
        assert [type(screen).__name__ for screen in app.screen_stack] == ["Screen", "MainScreen"]
        screen = app.screen
        assert isinstance(screen, MainScreen)
        items = screen.item_list
        assert all(item.read for row in range(items.count) if (item := items.item_at(row)) is not None)
        assert screen.status.notice.startswith("Marked "), screen.status.notice


async def test_enter_pressed_again_before_a_box_is_gone_closes_it_once(seeded) -> None:  # type: ignore[no-untyped-def]
    # Enter twice in the search box (or in the speaker's name box), read from the terminal
    # together: each Input.Submitted dismissed the box, and a dismiss pops the top screen,
    # so the second popped the reader and the third crashed the app (ScreenStackError).
    from textual import events

    from newstui.service import ItemFilter
    from newstui.ui.screens.speakers import SpeakersScreen

    def burst(*keys: str) -> None:
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else None))

    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "slash")
        burst("r", "i", "v", "e", "r", "enter", "enter", "enter")
        await settle(pilot)
        assert [type(screen).__name__ for screen in app.screen_stack] == ["Screen", "MainScreen"]
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.item_filter == ItemFilter("search", "river")
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        await press(pilot, "e")
        burst("x", "enter", "enter", "enter")
        await settle(pilot)
        assert [type(screen).__name__ for screen in app.screen_stack] == ["Screen", "MainScreen", "SpeakersScreen"]
