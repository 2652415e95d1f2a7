"""The reading flow (issue 9): n/p by item identity, A/undo with confirmation, section
jumps by heading positions, notices that go away, sorting and hiding, external commands.
Every test drives the real app with Pilot on a fixed store in tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from command_helpers import recording_script
from newstui.model import Article, Section
from newstui.service import ItemFilter, RefreshSummary
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.external import file_stem, save_article
from newstui.ui.messages import FilterChosen
from newstui.ui.screens.confirm import ConfirmScreen
from newstui.ui.screens.main import format_summary
from newstui.ui.widgets import status_line
from newstui.ui.widgets.article_view import ArticleView, MetaLine
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList, wrap_words
from ui_helpers import HOSTILE_TITLE, TECH, WORLD, app_for, make_app, press, running, settle, wait_for_text


def unread_guids(db: Path) -> set[str]:
    store = Store.open(db)
    try:
        return {item.guid or "" for item in store.items(ItemFilter("unread"), limit=None)}
    finally:
        store.close()


def notice(app: NewsApp) -> str:
    return app.main_screen.status.notice


async def show(app: NewsApp, pilot, item_filter: ItemFilter) -> None:  # type: ignore[no-untyped-def]
    app.main_screen.post_message(FilterChosen(item_filter))
    await settle(pilot)


async def highlight_in_feed_list(app: NewsApp, pilot, option_id: str) -> None:  # type: ignore[no-untyped-def]
    feeds = app.main_screen.query_one(FeedList)
    feeds.focus()
    feeds.highlighted = feeds.get_option_index(option_id)
    await settle(pilot)


# -- 1. n/p follow the items, not row numbers of a list that changed --------------------------


async def test_n_in_unread_after_marking_a_feed_read_never_opens_a_read_item(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, _ = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        await show(app, pilot, ItemFilter("unread"))
        items = app.main_screen.query_one(ItemList)
        shown_before = items.count
        await highlight_in_feed_list(app, pilot, f"feed:{WORLD}\x00world")
        await press(pilot, "A")
        await press(pilot, "y")
        assert unread_guids(db) == {"tech-0", "tech-1", "tech-2", "hostile-1"}
        assert items.count == shown_before  # the list keeps its rows until it is reloaded
        items.focus()
        await pilot.press("j")  # below tech-0, the first row
        opened = []

        async def step(key: str) -> None:
            unread = unread_guids(db)
            await press(pilot, key)
            item = app.main_screen.open_item
            assert item is not None and item.guid in unread, f"{key} opened {item and item.guid}, already read"
            assert items.current_item is not None and items.current_item.id == item.id
            opened.append(item.guid)

        for _ in range(3):
            await step("n")
        assert opened == ["tech-1", "tech-2", "hostile-1"]
        await step("n")  # nothing unread below: round to the top, as newsboat
        assert opened[-1] == "tech-0"
        await press(pilot, "p")
        assert notice(app) == "No earlier unread items."
        await press(pilot, "n")
        assert notice(app) == "No more unread items."
        assert app.main_screen.open_item.guid == "tech-0"  # type: ignore[union-attr]


async def test_p_after_everything_was_marked_read_says_no_earlier_unread(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        await show(app, pilot, ItemFilter("unread"))
        await press(pilot, "A")
        await press(pilot, "y")
        await press(pilot, "j", "n")
        assert notice(app) == "No more unread items."
        assert app.main_screen.open_item is None
        await press(pilot, "n", "p")
        assert notice(app) == "No earlier unread items."
        assert app.main_screen.open_item is None


async def test_n_follows_the_order_shown_when_sorted_by_title(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("S")  # by title
        await settle(pilot)
        items = app.main_screen.query_one(ItemList)
        titles = [items.item_at(row).title for row in range(items.count)]  # type: ignore[union-attr]
        assert titles == sorted(titles, key=str.casefold)
        start = items.cursor  # S keeps the highlighted item (tech-0) under the cursor
        assert items.current_item.guid == "tech-0"  # type: ignore[union-attr]
        unread_in_order = [items.item_at(r).id for r in range(start, items.count) if not items.item_at(r).read]  # type: ignore[union-attr]
        opened = []
        for _ in range(4):
            await press(pilot, "n")
            opened.append(app.main_screen.open_item.id)  # type: ignore[union-attr]
        assert opened == unread_in_order[:4]


# -- 2. A marks what is listed, asks first; u undoes exactly ------------------------------------


async def test_a_on_all_asks_then_marks_everything_and_u_restores_exactly(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, _ = seeded
    before = unread_guids(db)
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        items.select_row(1)  # a World item: A must not mean "its feed" here
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == f"Mark {len(before)} unread items in all feeds read?"
        await pilot.press("x")  # any other key: no
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert unread_guids(db) == before
        assert notice(app) == "Nothing marked read."
        await press(pilot, "A")
        await press(pilot, "y")
        assert unread_guids(db) == set()
        assert all(items.item_at(r).read for r in range(items.count))  # type: ignore[union-attr]
        assert notice(app) == f"Marked {len(before)} items read in all feeds (U undoes)"
        await press(pilot, "U")
        assert unread_guids(db) == before  # world-2 and tech-3 were read before: still read
        assert notice(app) == f"Marked {len(before)} items in all feeds unread again"
        assert [items.item_at(r).read for r in range(items.count)].count(True) == 2  # type: ignore[union-attr]
        await press(pilot, "U")
        assert notice(app) == "Nothing to undo."


async def test_a_on_a_feed_with_nothing_unread_says_so_without_asking(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        await show(app, pilot, ItemFilter("feed", TECH))
        await press(pilot, "A")
        await press(pilot, "enter")
        await press(pilot, "A")
        assert not isinstance(app.screen, ConfirmScreen)
        assert notice(app) == "Nothing to mark read in Tech Daily."


async def test_a_key_typed_right_after_a_answers_the_question(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, _ = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        await pilot.press("A", "q")  # q answers no: it neither quits nor reaches the list
        await settle(pilot)
        assert app.is_running
        assert len(unread_guids(db)) == 9


async def test_a_on_the_highlighted_tag_in_the_feed_list(seeded) -> None:  # type: ignore[no-untyped-def]
    _, db, _ = seeded
    app = make_app(seeded)
    async with running(app) as pilot:
        await highlight_in_feed_list(app, pilot, "tag:tech")
        await press(pilot, "A")
        assert app.screen.question == "Mark 3 unread items in tag tech read?"  # type: ignore[attr-defined]
        await press(pilot, "y")
        assert unread_guids(db) == {"world-0", "world-1", "world-3", "world-4", "world-5", "hostile-1"}


# -- 3. [ and ] go by heading positions ---------------------------------------------------------


async def test_section_jumps_in_a_tall_window(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (160, 50)) as pilot:
        await press(pilot, "j", "enter")
        view = app.main_screen.query_one(ArticleView)
        assert view.max_scroll_y > 0
        assert all(h.virtual_region.y > view.max_scroll_y for h in view._headings()[1:])  # they never reach the top
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        heard = []
        for _ in range(5):
            await pilot.press("left_square_bracket")
            await pilot.pause()
            heard.append(notice(app))
        assert heard == [
            "Section: Links (3/3)",
            "Section: Reactions (2/3)",
            "Section: What the treaty says (1/3)",
            "Section: the top",
            "No previous section",
        ]
        assert view.scroll_y == 0
        heard = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            heard.append(notice(app))
        assert heard == [
            "Section: What the treaty says (1/3)",
            "Section: Reactions (2/3)",
            "Section: Links (3/3)",
            "No next section",
        ]
        assert view.scroll_y == view.max_scroll_y


async def test_section_jumps_scroll_to_the_heading_in_a_short_window(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (120, 24)) as pilot:
        await press(pilot, "j", "enter")
        view = app.main_screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert view.scroll_y == view._headings()[0].virtual_region.y
        view.scroll_to(y=view._headings()[1].virtual_region.y + 3, animate=False, immediate=True)
        await pilot.pause()
        await pilot.press("left_square_bracket")  # scrolled by hand into Reactions: back to its heading
        await pilot.pause()
        assert notice(app) == "Section: Reactions (2/3)"


# -- 4. notices go away --------------------------------------------------------------------------


async def test_a_notice_goes_at_the_next_key(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "slash", *"zzzqqq", "enter")
        assert notice(app) == "No items match 'zzzqqq'"
        await press(pilot, "slash", *"river", "enter")
        status = app.main_screen.status
        assert "zzzqqq" not in status.text
        await pilot.press("j")
        assert notice(app) == ""


async def test_a_notice_goes_after_a_few_seconds(seeded, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(status_line, "NOTICE_SECONDS", 0.2)
    app = make_app(seeded)
    async with running(app) as pilot:
        app.main_screen.status.notice = "Something happened"
        await pilot.pause(0.5)
        assert notice(app) == ""


# -- 5. cosmetics ---------------------------------------------------------------------------------


def test_meta_line_breaks_between_pieces_only() -> None:
    meta = MetaLine(["Ana Ruiz", "14 Mar 2026, 09:00", "World Desk", "1 min read"])
    for width in range(12, 60):
        lines = meta.lines(width)
        assert any(re.search(r"\b1 min read$", line) for line in lines), (width, lines)
        assert " ".join(lines) == " · ".join(meta.parts)
        assert all(len(line) <= width for line in lines if " · " in line)  # only a lone piece may be wider


async def test_the_reading_time_never_splits_in_the_article_pane(seeded) -> None:  # type: ignore[no-untyped-def]
    # One app, resized: the meta line lays itself out again on every resize (as at the start).
    app = make_app(seeded)
    async with running(app, (120, 30)) as pilot:
        await press(pilot, "j", "enter")
        for width in (80, 84, 90, 100):
            await pilot.resize_terminal(width, 30)
            await settle(pilot)
            meta = app.main_screen.query_one(MetaLine)
            lines = [strip.text for strip in meta.render_lines(meta.region.reset_offset)]
            assert any(re.search(r"\d+ min read", line) for line in lines), (width, lines)


def test_a_long_path_wraps_after_a_slash() -> None:
    path = "/home/someone/.config/a-rather-long-directory-name/newstui/config.toml"
    lines = wrap_words(f"No feeds yet: add one (or in {path}), or try newstui --demo.", 32)
    assert all(len(line) <= 32 for line in lines)
    assert "".join(line for line in lines if "/" in line).replace("(or in ", "").startswith(path)
    for name in path.strip("/").split("/"):
        assert any(name in line for line in lines), name


async def test_the_starter_config_path_never_breaks_inside_a_name(tmp_path: Path) -> None:
    folder = tmp_path / "a-rather-long-directory-name-for-configs"
    folder.mkdir()
    config_path = folder / "config.toml"
    config_path.write_text("[general]\nrefresh_minutes = 0\n", encoding="utf-8")
    app = app_for(config_path, tmp_path / "news.db")
    async with running(app, (80, 24)):
        items = app.main_screen.query_one(ItemList)
        lines = [items.render_line(y).text.strip() for y in range(1, 12)]
        width = max(len(line) for line in lines)
        for name in str(config_path).strip("/").split("/"):
            if len(name) < width:  # a name longer than the pane must fold; no other may
                assert any(name in line for line in lines), (name, lines)


async def test_mixed_lists_name_the_feed_in_a_120_column_terminal(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        assert items.size.width < 60  # half of 120 columns while browsing (v25; 32% while reading)
        assert "Tech" in items.render_line(0).text  # tech-0's row names its feed
        await show(app, pilot, ItemFilter("feed", TECH))
        assert "Tech" not in items.render_line(0).text  # one feed: no column


async def test_failing_feeds_are_counted_in_the_status_line(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app, (80, 24)):
        assert "✗ 1 failing feed" in app.main_screen.status.location


def test_refresh_summary_counts_items_in_the_singular() -> None:
    assert format_summary(RefreshSummary(3, 3, 0, new_items=1)) == "Refreshed: 3 ok, 0 failed, 1 new item"
    assert format_summary(RefreshSummary(3, 3, 0, new_items=2)).endswith("2 new items")


# -- 6. sorting and hiding ------------------------------------------------------------------------


async def test_s_cycles_the_order_and_the_status_line_names_it(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        status = app.main_screen.status

        def rows() -> list:  # type: ignore[type-arg]
            return [items.item_at(r) for r in range(items.count)]

        await press(pilot, "S")
        assert "by title" in status.location
        await press(pilot, "S")
        assert "by feed" in status.location
        feeds = [item.feed_title for item in rows()]
        assert feeds == sorted(feeds, key=str.casefold)
        await press(pilot, "S")
        assert "unread first" in status.location
        states = [item.read for item in rows()]
        assert states == sorted(states)
        await press(pilot, "S")
        assert status.location.startswith("All (11 items)") and "·" not in status.location.split("✗")[0].strip(" ·")
        dates = [item.published for item in rows()]
        assert dates == sorted(dates, reverse=True)


async def test_h_hides_read_items_in_any_list_and_keeps_the_cursor_item(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.query_one(ItemList)
        await show(app, pilot, ItemFilter("feed", WORLD))
        assert items.count == 6
        items.select_row(3)  # world-3 (world-2, above it, is read)
        await settle(pilot)
        await press(pilot, "H")
        assert items.count == 5 and all(not items.item_at(r).read for r in range(5))  # type: ignore[union-attr]
        assert items.current_item.guid == "world-3"  # type: ignore[union-attr]
        assert "read hidden" in app.main_screen.status.location
        await show(app, pilot, ItemFilter("tag", "tech"))
        assert items.count == 3  # still hidden in another list
        await press(pilot, "H")
        assert items.count == 4


async def test_the_config_sets_the_first_order(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded, sort="unread")
    async with running(app):
        items = app.main_screen.query_one(ItemList)
        assert [items.item_at(r).read for r in range(items.count)][-2:] == [True, True]  # type: ignore[union-attr]
        assert "unread first" in app.main_screen.status.location


# -- 7. external commands --------------------------------------------------------------------------


async def test_the_browser_setting_gets_the_url_where_it_says(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script, log = recording_script(tmp_path)
    app = make_app(seeded, browser=(str(script), "--new-tab", "%u", "--quiet"))
    async with running(app) as pilot:
        await pilot.press("o")
        text = await wait_for_text(pilot, log)
        assert text.splitlines()[:3] == ["arg:--new-tab", "arg:http://news.test/tech/0", "arg:--quiet"]
        await settle(pilot)
        assert notice(app) == "Opened http://news.test/tech/0"


async def test_pipe_sends_the_article_markdown_to_the_command(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script, log = recording_script(tmp_path)
    app = make_app(seeded, pipe_command=(str(script), "-"))
    async with running(app) as pilot:
        await pilot.press("vertical_line")
        assert notice(app) == "No article open: Enter opens one."
        await press(pilot, "j", "enter")
        await press(pilot, "vertical_line")
        text = log.read_text()
        assert text.startswith("arg:-\n# Ministers agree on a river treaty after a night of talks\n")
        assert "## What the treaty says" in text
        assert notice(app) == f"Piped the article to {script}"


async def test_a_missing_pipe_command_is_a_clear_notice(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded, pipe_command=(str(tmp_path / "no-such-program"),))
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        await press(pilot, "vertical_line")
        assert notice(app).startswith("Could not run ") and "no-such-program" in notice(app)


async def test_save_writes_markdown_and_never_overwrites(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "saved"
    app = make_app(seeded, save_dir=str(folder))
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        await press(pilot, "w")
        first = folder / "ministers-agree-on-a-river-treaty-after-a-night-of-talks.md"
        assert first.read_text(encoding="utf-8").startswith("# Ministers agree")
        assert notice(app) == f"Saved to {first}"
        await press(pilot, "w")
        second = folder / "ministers-agree-on-a-river-treaty-after-a-night-of-talks-2.md"
        assert second.exists() and notice(app) == f"Saved to {second}"
        assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_saved_file_names_are_safe(tmp_path: Path) -> None:
    for title in (HOSTILE_TITLE, "../../etc/passwd", "   ", ".hidden", "a/b\\c:d*e?f", "x" * 500):
        stem = file_stem(title)
        assert stem and "/" not in stem and "\\" not in stem and not stem.startswith(".") and len(stem) <= 80
        assert "\x1b" not in stem
    path = save_article(tmp_path, "../../etc/passwd", "text\n")
    assert path.parent == tmp_path and path.name == "etc-passwd.md"
    (tmp_path / "same.md").write_text("mine", encoding="utf-8")
    assert save_article(tmp_path, "same", "new\n").name == "same-2.md"
    assert (tmp_path / "same.md").read_text(encoding="utf-8") == "mine"


async def test_save_into_a_folder_that_cannot_be_made_says_why(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    app = make_app(seeded, save_dir=str(blocker / "sub"))
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        await press(pilot, "w")
        assert notice(app).startswith(f"Could not save the article in {blocker / 'sub'}")


def test_a_hostile_article_title_saves_under_a_plain_name(tmp_path: Path) -> None:
    article = Article(headline=HOSTILE_TITLE, sections=[Section(None, ["x"])])
    path = save_article(tmp_path, article.headline, "x\n")
    assert path.parent == tmp_path and re.fullmatch(r"[\w-]+\.md", path.name)


async def test_a_configured_terminal_browser_runs_in_the_foreground(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script, log = recording_script(tmp_path, name="w3m")  # a terminal browser by name: the app waits for it
    app = make_app(seeded, browser=(str(script),))
    async with running(app) as pilot:
        await press(pilot, "o")
        # Foreground: done (and logged) by the time the worker and the UI call have finished.
        assert log.read_text().splitlines()[0] == "arg:http://news.test/tech/0"
        assert notice(app) == "Opened http://news.test/tech/0"


async def test_a_missing_configured_browser_is_a_clear_notice(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded, browser=(str(tmp_path / "no-such-browser"), "%u"))
    async with running(app) as pilot:
        await press(pilot, "o")
        assert notice(app).startswith("Could not open the link: ") and "no-such-browser" in notice(app)


async def test_a_notice_goes_at_the_next_click(seeded) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded)
    async with running(app) as pilot:
        app.main_screen.status.notice = "Something happened"
        await pilot.click(ArticleView)
        assert notice(app) == ""
