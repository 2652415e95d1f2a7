"""While the reader app refreshes (R), a cron `newstui refresh` is refused and names the
reader app as the holder: it said "another `newstui refresh` (pid N)", the app's own pid,
which sent the user looking for a second cron job. Real app (Pilot), a real second process,
a real loopback server whose slow feed keeps the app's refresh running."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from citizen_helpers import RSS, run, write_config
from httpserver import Response, TestServer
from newstui.feeds.refresh_lock import refresh_lock
from ui_helpers import app_for, running

SLOW_PATH = "/slow-v16.rss"


async def test_cron_refresh_names_the_reader_app_while_it_refreshes(http_server: TestServer, tmp_path: Path) -> None:
    quick = http_server.add_route("/quick-v16.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    slow = http_server.add_route(SLOW_PATH, Response(200, {"Content-Type": "application/rss+xml"}, RSS, delay=30))
    config = write_config(tmp_path / "config.toml", [quick, slow], timeout_seconds=60, refresh_minutes=0)
    db = tmp_path / "news.db"
    app = app_for(config, db)
    async with running(app) as pilot:
        await pilot.press("R")
        for _ in range(300):  # the app's refresh is waiting on the slow feed (30 s at most)
            if http_server.requests_for(SLOW_PATH):
                break
            await pilot.pause(0.1)
        assert http_server.requests_for(SLOW_PATH)
        asked = len(http_server.requests)
        code, out, err = await asyncio.to_thread(run, config, db)
        assert code == 0, err
        assert out == ""
        assert err.splitlines() == [
            f"newstui: the reader app (pid {os.getpid()}) is refreshing {db}; not starting a second refresh"
        ]
        assert len(http_server.requests) == asked  # the cron refresh fetched nothing
        # Within the app a second refresh is refused too, and named as the app's.
        with refresh_lock(db) as holder:
            assert holder is not None and holder.pid == os.getpid() and holder.role == "app"
            assert holder.process == f"process {os.getpid()}, the reader app"
