"""A feed titled at newspaper length ("The Extraordinarily Long-Named Regional Evening
Gazette and Weekly Advertiser of Somewhere") pushed the item count and "✗ 1 failing feed"
off the status line: at 120 columns it ended "✗ 1 failing fee". The list's name is cut
to a third of the width now, with an ellipsis; the counts always show."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from newstui.service import ItemFilter
from newstui.ui.messages import FilterChosen
from ui_helpers import HOSTILE, HOSTILE_SHOWN, Seeded, app_for, make_app, running, settle


async def test_a_long_feed_name_leaves_the_counts_on_the_status_line(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        screen = app.main_screen
        screen.post_message(FilterChosen(ItemFilter("feed", HOSTILE)))
        await settle(pilot)
        location = screen.status.location
        assert location.endswith("(1 item) · ✗ 1 failing feed"), location
        assert cell_len(location) <= 80 - 2  # the status line's padding
        name = location.split(" (1 item)")[0]
        assert name.endswith("…") and HOSTILE_SHOWN.startswith(name[:-1])
        # Wide enough, the whole name shows again.
        await pilot.resize_terminal(240, 40)
        await settle(pilot)
        assert screen.status.location.startswith(HOSTILE_SHOWN + " (1 item)")


async def test_a_very_wide_terminal_gives_the_titles_room(seeded: Seeded) -> None:
    """At 250 columns the list column stopped at 56 (titles cut at some 30 characters) while
    the article pane held its 84-column text in 150 columns of blank margin."""
    app = make_app(seeded)
    async with running(app, (250, 50)) as pilot:
        await settle(pilot)
        screen = app.main_screen
        assert screen.query_one("#list-column").outer_size.width == 80
        assert screen.article_view.size.width >= 84 + 4  # the measure and the pane's padding
        rows = [screen.item_list.render_line(y).text for y in range(6)]
        assert any("Ministers agree on a river treaty after a" in row for row in rows), rows  # 33 cells at 56
        # 160 columns, the size of the docs' pictures, is as it was while reading (v25: while
        # browsing the list has half the width).
        await pilot.resize_terminal(160, 48)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#list-column").outer_size.width == 51


async def test_every_feed_failing_the_same_way_says_why_once(tmp_path: Path) -> None:
    """Offline, R said "Refreshed: 0 ok, 8 failed, 0 new items (✗ marks them in the feed
    list, where e …", cut at the edge: the reason, the same for every feed, was one e away
    per feed. Two feeds on a port nobody listens on."""
    import socket

    from citizen_helpers import write_config
    from ui_helpers import press

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    urls = [f"http://127.0.0.1:{port}/{name}.rss" for name in ("one", "two")]
    config = write_config(tmp_path / "config.toml", urls, refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        await press(pilot, "R")
        await settle(pilot)
        notice = app.main_screen.status.notice
        assert notice.startswith("All 2 feeds failed: "), notice
        assert "refused" in notice


async def test_b_says_so_in_the_status_line_not_over_the_text(seeded: Seeded) -> None:
    """b put "Bookmarked: …" in a toast over the article and the quotes for five seconds; m
    says "Marked read: …" in the status line, and so does b now."""
    app = make_app(seeded)
    async with running(app) as pilot:
        from ui_helpers import press

        item = app.main_screen.item_list.current_item
        assert item is not None and not item.bookmarked
        await press(pilot, "b")
        await settle(pilot)
        assert app.main_screen.status.notice == f"Bookmarked: {item.title}"
        assert not [n for n in app._notifications if "Bookmarked" in n.message]
        await press(pilot, "b")
        await settle(pilot)
        assert app.main_screen.status.notice == f"Bookmark removed: {item.title}"
