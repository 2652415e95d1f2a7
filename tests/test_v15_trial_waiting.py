"""A feed waiting on its server's Retry-After shows ⏸ and the time until then, and not a
moment longer: when the time passes the app reads the feeds again by itself (it used to
keep the mark until something else reloaded the feed list, such as a refresh)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.ui.widgets.feed_list import FeedList
from screen_helpers import feed_prompt
from ui_helpers import TECH, make_app, running, seed, wait_on_tech


async def test_the_waiting_mark_goes_when_the_wait_ends(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    # 6 s: long enough that a slow start on a loaded machine still sees the wait (2 s did not).
    wait_on_tech(seeded.db, datetime.now(UTC) + timedelta(seconds=6))
    app = make_app(seeded)  # refresh_minutes = 0: no refresh reloads the feed list meanwhile
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = screen.query_one(FeedList)
        assert "⏸" in feed_prompt(feeds, TECH)
        assert "⏸ 1 waiting" in screen.status.location
        for _ in range(200):  # a hang bound: the wait ends in 6 s
            if "⏸" not in feed_prompt(feeds, TECH):
                break
            await pilot.pause(0.1)
        tech = feed_prompt(feeds, TECH)
        assert "⏸" not in tech and "✗" in tech  # its last answer was a 429: a failure now
        assert "waiting" not in screen.status.location
        assert "✗ 2 failing feeds" in screen.status.location
