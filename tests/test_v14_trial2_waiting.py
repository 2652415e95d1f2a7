"""A feed whose server asked to wait (429/503 with Retry-After) is shown as waiting, not failed.

`Feed.not_before` in the store holds the time the server named. Until then the reader's
feed list marks the feed with ⏸ and that time (not the ✗ of its last answer), the status
line counts it apart from failing feeds, `e` says until when, and `newstui feeds` lists it
as `waiting`. Once the time has passed it is an ordinary failed feed again.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cli_helpers import newstui_on
from newstui.feeds.refresh import local_time, waiting_note
from newstui.ui.widgets.feed_list import FeedList
from screen_helpers import feed_prompt
from ui_helpers import HOSTILE, TECH, make_app, press, running, seed, wait_on_tech


def feed_index(feed_list: FeedList, url: str) -> int:
    for index in range(feed_list.option_count):
        option_id = feed_list.get_option_at_index(index).id
        if option_id is not None and option_id.startswith(f"feed:{url}"):
            return index
    raise AssertionError(f"{url} is not in the feed list")


async def test_the_feed_list_shows_a_waiting_feed_with_its_time_not_a_failure(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    until = (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    wait_on_tech(seeded.db, until)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        feeds = screen.query_one(FeedList)
        tech = feed_prompt(feeds, TECH)
        assert f"⏸ {local_time(until)}" in tech and "✗" not in tech
        assert "✗" in feed_prompt(feeds, HOSTILE)  # a real failure keeps its mark
        # The status line counts them apart: one failing (hostile), one waiting (tech).
        assert "✗ 1 failing feed" in screen.status.location
        assert "⏸ 1 waiting" in screen.status.location

        feeds.focus()
        feeds.highlighted = feed_index(feeds, TECH)
        await pilot.pause()
        assert screen.status.notice.startswith(f"⏸ {waiting_note(until)} (press e)")
        await press(pilot, "e")
        assert screen.status.notice.startswith("⏸ ")
        assert waiting_note(until) in screen.status.notice
        assert "HTTP 429" in screen.status.notice


async def test_a_wait_that_has_passed_is_a_failure_again(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    wait_on_tech(seeded.db, datetime.now(UTC) - timedelta(minutes=5))
    app = make_app(seeded)
    async with running(app):
        screen = app.main_screen
        feeds = screen.query_one(FeedList)
        tech = feed_prompt(feeds, TECH)
        assert "✗" in tech and "⏸" not in tech
        assert "✗ 2 failing feeds" in screen.status.location
        assert "waiting" not in screen.status.location


def newstui_feeds(seeded_config: Path, db: Path, *args: str) -> str:
    done = newstui_on(seeded_config, db, "feeds", *args, timeout=60, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def feed_rows(config: Path, db: Path) -> dict[str, dict[str, object]]:
    return {row["url"]: row for row in map(json.loads, newstui_feeds(config, db, "--json").splitlines())}


def test_newstui_feeds_lists_a_waiting_feed_as_waiting(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    until = (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    wait_on_tech(seeded.db, until)

    lines = newstui_feeds(seeded.config_path, seeded.db).splitlines()
    tech = next(n for n, line in enumerate(lines) if f"<{TECH}>" in line)
    assert lines[tech].startswith("waiting ")
    assert lines[tech + 1].strip() == f"⏸ {waiting_note(until)}; last answer: HTTP 429 Too Many Requests"
    hostile = next(line for line in lines if f"<{HOSTILE}>" in line)
    assert hostile.startswith("error ")

    rows = feed_rows(seeded.config_path, seeded.db)
    assert rows[TECH]["status"] == "waiting"
    assert datetime.fromisoformat(str(rows[TECH]["waiting_until"])) == until
    assert rows[HOSTILE]["status"] == "error" and rows[HOSTILE]["waiting_until"] is None


def test_newstui_feeds_after_the_wait_says_error(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    wait_on_tech(seeded.db, datetime.now(UTC) - timedelta(minutes=1))
    rows = feed_rows(seeded.config_path, seeded.db)
    assert rows[TECH]["status"] == "error" and rows[TECH]["waiting_until"] is None
