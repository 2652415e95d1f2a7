"""R reads the config's feeds again. The empty list says "add one with newstui add URL";
done in another terminal while the app ran, R went on refreshing the feeds the app started
with (or said "No feeds to refresh"), and the new feed showed only after a restart. A feed
removed with `newstui remove` stayed, failing. Only the feeds are reread: a half-edited file
is named and the feeds in use stay. Real app, real config file, loopback server."""

from __future__ import annotations

from pathlib import Path

from citizen_helpers import RSS, write_config
from httpserver import TestServer
from newstui.service import ItemFilter
from newstui.ui.app import NewsApp
from ui_helpers import app_for, press, running, settle

OTHER_RSS = RSS.replace(b"Harbour notes", b"Valley notes").replace(b"ferry-1", b"valley-1")


def feed_urls(app: NewsApp) -> list[str]:
    return [feed.url for feed in app.config.feeds]


async def test_r_takes_feeds_added_and_removed_while_the_app_runs(http_server: TestServer, tmp_path: Path) -> None:
    first = http_server.add_route("/first.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    second = http_server.add_route("/second.rss", (200, {"Content-Type": "application/rss+xml"}, OTHER_RSS))
    config = write_config(tmp_path / "config.toml", [first], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        screen = app.main_screen
        write_config(config, [first, second], refresh_minutes=0)  # `newstui add` in another terminal
        await press(pilot, "R")
        await settle(pilot)
        assert feed_urls(app) == [first, second]
        assert http_server.requests_for("/second.rss")
        assert screen.library.count(ItemFilter("feed", second)) == 1
        assert second in [feed.url for feed in screen.feed_list.feeds if feed.in_config]
        assert screen.status.notice.startswith("1 feed added in the config. Refreshed: 2 ok"), screen.status.notice

        write_config(config, [second], refresh_minutes=0)  # `newstui remove`
        asked = len(http_server.requests_for("/first.rss"))
        await press(pilot, "R")
        await settle(pilot)
        assert feed_urls(app) == [second]
        assert len(http_server.requests_for("/first.rss")) == asked  # no longer fetched
        assert screen.status.notice.startswith("1 feed removed in the config. Refreshed: 1 ok")


async def test_r_from_an_empty_config_fetches_the_feed_added_since(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.add_route("/first.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        screen = app.main_screen
        assert "and press R" in (screen.item_list.no_feeds_hint or "")
        assert screen.article_view.query_one(".placeholder").render().plain.startswith("Nothing to read yet")  # type: ignore[union-attr]
        await press(pilot, "R")
        assert screen.status.notice == "No feeds to refresh: add one with newstui add URL, then press R again."
        write_config(config, [url], refresh_minutes=0)
        await press(pilot, "R")
        await settle(pilot)
        assert screen.library.count(ItemFilter("all")) == 1
        assert screen.item_list.no_feeds_hint is None
        assert str(screen.article_view.query_one(".placeholder").render()).startswith("Ferry timetable")  # its preview
        assert screen.status.notice.startswith("1 feed added in the config. Refreshed: 1 ok")


async def test_a_half_edited_config_keeps_the_feeds_in_use(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.add_route("/first.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [url], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        config.write_text(config.read_text(encoding="utf-8") + "\n[[feeds]\nurl = \n", encoding="utf-8")
        await press(pilot, "R")
        await settle(pilot)
        assert feed_urls(app) == [url]
        assert app.main_screen.status.notice.startswith("Refreshed: 1 ok")
        warnings = [n.message for n in app._notifications if n.title == "Config"]
        assert warnings and warnings[0].startswith("The config was not read again: ")
        assert str(config) in warnings[0]
