"""The 20 s look for items a cron `newstui refresh` stored, right after the app's own refresh:
that refresh forgot the newest id it knew ("the next look starts from here"), so the next
look took whatever was newest then as already shown. Items the cron job stored between the
app's refresh and that look (up to 20 s, on every refresh) were never listed until R or a
restart, which is the very bug the look was made for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from citizen_helpers import RSS, write_config
from httpserver import TestServer
from newstui.model import ParsedItem
from newstui.store import Store
from newstui.ui.screens import main as main_module
from ui_helpers import NOW, app_for, press, running, settle


async def test_items_a_cron_job_stores_just_after_the_apps_refresh_are_listed(
    http_server: TestServer, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_module, "OUTSIDE_CHECK_SECONDS", 3600)  # the test looks by itself
    url = http_server.add_route("/harbour.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [url], refresh_minutes=0)
    db = tmp_path / "news.db"
    app = app_for(config, db)
    async with running(app) as pilot:
        screen = app.main_screen
        await press(pilot, "R")
        await settle(pilot)
        assert "refresh" not in screen.status.busy
        listed = screen.item_list.count
        assert listed == 1
        # The cron job, from its own connection, a moment after the app's refresh.
        store = Store.open(db)
        try:
            late = ParsedItem(
                "Night ferry cancelled",
                link="http://harbour.test/night",
                guid="night-1",
                published=NOW - timedelta(minutes=5),
            )
            store.upsert_items(url, [late])
        finally:
            store.close()
        for _ in range(3):  # the looks every OUTSIDE_CHECK_SECONDS
            screen._look_outside()
            await settle(pilot)
        assert screen.item_list.count == listed + 1
