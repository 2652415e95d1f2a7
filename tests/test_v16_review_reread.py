"""Review of R rereading the config's feeds (ui/screens/main.py `_reread_feeds`): a feed
whose settings changed (a tag, a title) while the app ran, with no feed added or removed.
Real app via Pilot, real config file, loopback server (as tests/test_v16_trial_reread.py)."""

from __future__ import annotations

from pathlib import Path

from citizen_helpers import RSS, write_config
from httpserver import TestServer
from ui_helpers import app_for, press, running, settle


async def test_r_takes_a_tag_added_to_a_feed_while_the_app_runs(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.add_route("/first.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [url], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        screen = app.main_screen
        text = config.read_text(encoding="utf-8").replace(f'url = "{url}"', f'url = "{url}"\ntags = ["harbour"]')
        config.write_text(text, encoding="utf-8")
        await press(pilot, "R")
        await settle(pilot)
        # The store and the library took the tag; the app (its refresh of a tag, its timer,
        # its feed list) must not go on with the feeds as they were at start.
        assert screen.library.config.feeds[0].tags == ("harbour",)
        assert app.config.feeds[0].tags == ("harbour",)
        assert "harbour" in {tag for feed in screen.feed_list.feeds for tag in feed.tags}
