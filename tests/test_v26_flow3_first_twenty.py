"""A newsboat user's first twenty minutes: the feed list's cursor is the reader's while the
list has the focus, whatever a reload of the counts (after A, U or a refresh) does."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from newstui.config import load_config
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store
from ui_helpers import WORLD, Seeded, app_for, make_app, pane_text, press, running, settle


async def test_a_in_the_feed_list_leaves_its_cursor_on_the_feed_it_marked(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (100, 30)) as pilot:
        screen = app.main_screen
        await press(pilot, "B")  # the item list shows the bookmarks
        screen.feed_list.focus()
        screen.feed_list.highlight_filter(ItemFilter("feed", WORLD))
        await press(pilot)
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        await press(pilot, "A", "y")
        assert "World Desk" in screen.status.notice
        # On main the reload that showed the new counts put the cursor back on Bookmarks, so
        # a second A asked about the bookmarks and U's "unread again" looked like it missed.
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        await press(pilot, "U")
        assert screen.feed_list.highlighted_filter() == ItemFilter("feed", WORLD)
        assert screen.item_list.item_filter == ItemFilter("bookmarks")  # the list shown stays


async def test_the_preview_names_a_feed_as_the_lists_do_once_a_fetch_gives_its_name(tmp_path: Path) -> None:
    url = "http://ferry.test/log.xml"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n\n[[feeds]]\nurl = "{url}"\n', encoding="utf-8"
    )
    store = Store.open(tmp_path / "news.db")
    try:
        store.sync_feeds(load_config(config).feeds)
        store.upsert_items(url, [ParsedItem("The late boat runs on the winter timetable", guid="nf-1")])
    finally:
        store.close()
    app = app_for(config, tmp_path / "news.db")
    async with running(app, (100, 30)) as pilot:
        screen = app.main_screen
        assert "ferry.test" in pane_text(screen.article_view)  # no title yet: its address
        # A refresh's first fetch gives the name; the items were read before it (with many
        # feeds, each feed's items reload the list as they come), the feeds after.
        store = Store.open(tmp_path / "news.db")
        try:
            store.record_fetch(url, status=200, title="Night Ferry Log")
        finally:
            store.close()
        screen.load_feeds()
        await settle(pilot)
        assert "Night Ferry Log" in str(screen.feed_list.get_option_at_index(screen.feed_list.option_count - 1).prompt)
        preview = pane_text(screen.article_view)
        # On main the preview kept the address: the item stayed highlighted, so nothing
        # previewed it again once the feeds were read with their names.
        assert "Night Ferry Log" in preview
        assert "ferry.test" not in preview


async def test_a_saved_path_longer_than_the_line_is_shown_whole_over_the_next_lines(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        status = app.main_screen.status
        path = "/home/reader/the-terminal-renaissance-why-developers-are-going-back-to-text.md"
        status.notice = f"Saved to {path}"
        await pilot.pause()
        message = status.query_one("#status-message", Static)
        shown = "".join(message.render_line(y).text.strip() for y in range(message.size.height))
        # On main the path, one word longer than the line, went whole to the second line and
        # was cut there with "…": which file it was went unsaid.
        assert path in shown
        assert "…" not in shown
