"""A newsboat user's first minutes: an empty reader names `+` to add a feed (and `+` there
adds the first one, the hint going with it); newsboat's ctrl+r (reload the urls file) and
`E` (edit it) said nothing about where those are here."""

from __future__ import annotations

from pathlib import Path

from httpserver import TestServer
from newstui.ui.screens.add_feeds import AddFeedScreen
from ui_helpers import Seeded, app_for, make_app, press, running, settle

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Hill Walks</title>'
    b"<item><title>A ridge path reopens after the landslip</title><link>http://127.0.0.1/r</link>"
    b"<guid>hw-1</guid></item></channel></rss>"
)


async def test_the_empty_reader_names_plus_and_plus_adds_the_first_feed(
    tmp_path: Path, http_server: TestServer
) -> None:
    http_server.add_route("/walks.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    url = http_server.url("walks.xml")
    config = tmp_path / "config.toml"
    config.write_text("# mine\n[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n", encoding="utf-8")
    app = app_for(config, tmp_path / "news.db")
    async with running(app, (80, 24)) as pilot:
        screen = app.main_screen
        assert "+ adds one here" in (screen.item_list.no_feeds_hint or "")
        await press(pilot, "plus")
        assert isinstance(app.screen, AddFeedScreen)
        await pilot.press(*url)
        await press(pilot, "enter")
        await settle(pilot, rounds=8)
        assert screen.item_list.no_feeds_hint is None
        assert {feed.url: feed.unread for feed in screen.feed_list.feeds} == {url: 1}
        assert config.read_text(encoding="utf-8").startswith("# mine\n")


async def test_ctrl_r_says_r_reads_the_config_again(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "ctrl+r")
        notice = app.main_screen.status.notice
        assert "R here" in notice and "Edit config" in notice


async def test_e_without_attachments_says_where_newsboat_s_e_is(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await press(pilot, "E")
        notice = app.main_screen.status.notice
        assert "no attachments" in notice and "Edit config" in notice
