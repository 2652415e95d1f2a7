"""Review of the reader's "Add a feed": two adds that wait on the config's lock together
(another `newstui add` holds it, a slow disk) each name and fetch their own feed."""

from __future__ import annotations

import asyncio
import fcntl
import os

from textual.widgets import Input

from httpserver import TestServer
from newstui.config import load_config
from ui_helpers import Seeded, make_app, running, settle

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Inland Post</title>'
    b"<item><title>The canal opens in spring</title><guid>ip-1</guid></item>"
    b"</channel></rss>"
)


async def test_two_adds_waiting_on_the_lock_each_say_and_fetch_their_own(
    seeded: Seeded, http_server: TestServer
) -> None:
    for name in ("first.xml", "second.xml"):
        http_server.add_route(f"/{name}", (200, {"Content-Type": "application/rss+xml"}, RSS))
    first, second = http_server.url("first.xml"), http_server.url("second.xml")
    app = make_app(seeded)
    async with running(app, size=(120, 40)) as pilot:
        screen = app.main_screen
        notices: list[str] = []

        def said(notice: str) -> None:
            notices.append(notice)

        screen.watch(screen.status, "notice", said, init=False)
        held = os.open(seeded.config_path, os.O_RDONLY)
        fcntl.flock(held, fcntl.LOCK_EX)  # as another newstui writing the file
        try:
            for url in (first, second):
                await pilot.press("plus")  # not press(): it would wait for the workers
                await pilot.pause(0.1)
                app.screen.query_one("#add-url", Input).value = url
                await pilot.press("enter")
                await pilot.pause(0.1)
            assert screen.status.notice.startswith("Adding "), screen.status.notice  # both wait on the lock
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)
            os.close(held)
        for _ in range(60):
            await settle(pilot, rounds=2)
            fetched = http_server.requests_for("/first.xml") and http_server.requests_for("/second.xml")
            if fetched and "refresh" not in screen.status.busy and not screen._fetch_after:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        await settle(pilot, rounds=8)
        config = load_config(seeded.config_path)
        assert config.feed(first) is not None and config.feed(second) is not None
        added = [notice for notice in notices if notice.startswith("Added")]
        # Which of the two gets the lock first is the kernel's choice: each names its own feed.
        assert sorted(name for notice in added for name in ("first.xml", "second.xml") if name in notice) == [
            "first.xml",
            "second.xml",
        ], notices
        assert len(http_server.requests_for("/first.xml")) == 1, notices  # each new feed fetched once
        assert len(http_server.requests_for("/second.xml")) == 1
