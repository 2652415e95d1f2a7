"""A refresh whose server answers "too many requests" with a Retry-After: the app's summary
counts that feed as waiting, as the status line and the feed list do (⏸). It said
"1 ok, 1 failed" beside "⏸ 1 waiting" and no ✗ anywhere."""

from __future__ import annotations

from pathlib import Path

from citizen_helpers import RSS, write_config
from httpserver import TestServer
from ui_helpers import app_for, press, running


async def test_a_feed_told_to_wait_is_counted_waiting_not_failed(http_server: TestServer, tmp_path: Path) -> None:
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": "3600"}, b"slow down"))
    calm = http_server.add_route("/calm.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [calm, busy], refresh_minutes=0)
    app = app_for(config, tmp_path / "news.db")
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "R")
        notice, location = screen.status.notice, screen.status.location
        assert notice.startswith("Refreshed: 1 ok, 0 failed, 1 new item, 1 waiting (server asked)"), notice
        assert "✗" not in notice and "⏸ 1 waiting" in location and "failing" not in location

        # r on that feed alone says until when it waits, not "Could not refresh".
        screen.feed_list.focus()
        await pilot.pause()
        screen.feed_list.highlighted = next(
            index
            for index in range(screen.feed_list.option_count)
            if (screen.feed_list.get_option_at_index(index).id or "").startswith(f"feed:{busy}")
        )
        await press(pilot, "r")
        assert screen.status.notice.startswith("⏸ "), screen.status.notice
        assert "waiting until" in screen.status.notice
