"""A server's "ask me later" (429/503 with Retry-After) outlives the refresh that heard it.

newstui runs beside newsboat on the same feeds: a later `newstui refresh` (cron's, another
process) must not ask a feed again before the time its server named. Every test runs the
real command against a loopback server and reads the real SQLite file it left.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from citizen_helpers import RSS, http_date, not_before, run, write_config
from httpserver import Request, Response, TestServer
from newstui.feeds.refresh import NOT_BEFORE_CAP, local_time, waiting_note
from newstui.store import Store
from newstui.store import schema as store_schema


class Switch:
    """A route that answers `busy` until told otherwise, then the feed."""

    def __init__(self, busy: Response) -> None:
        self.busy: Response | None = busy

    def __call__(self, request: Request) -> Response:
        if self.busy is not None:
            return self.busy
        return Response(200, {"Content-Type": "application/rss+xml"}, RSS)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds_is_kept_for_the_next_run(http_server: TestServer, tmp_path: Path, status: int) -> None:
    route = Switch(Response(status, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"slow down"))
    busy = http_server.add_route("/busy.rss", route)
    calm = http_server.add_route("/calm.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [busy, calm])
    db = tmp_path / "news.db"

    before = datetime.now(UTC)
    code, out, err = run(config, db)
    assert code == 0, err
    until = not_before(db, busy)
    assert until is not None
    assert before + timedelta(seconds=3590) <= until <= datetime.now(UTC) + timedelta(seconds=3610)
    assert f"not asked again before {local_time(until)}" in err  # the failure says until when
    assert not_before(db, calm) is None
    assert len(http_server.requests_for("/busy.rss")) == 1  # 3600 s is past what one run waits

    # The next run (another process) leaves it alone and says why, not as a failure.
    route.busy = None
    code, out, err = run(config, db)
    assert code == 0, err
    assert len(http_server.requests_for("/busy.rss")) == 1
    assert len(http_server.requests_for("/calm.rss")) == 2
    assert f"{busy}: {waiting_note(until)}" in out.splitlines()
    assert waiting_note(until).startswith("waiting until ") and waiting_note(until).endswith(" (server asked)")
    assert out.splitlines()[-1].startswith("1 feed ok, 0 failed, 0 new items (")
    assert "1 waiting (server asked)" in out.splitlines()[-1]
    assert busy not in err

    # Naming it fetches it at once; the answer without Retry-After ends the wait.
    code, out, err = run(config, db, "--feed", busy)
    assert code == 0, err
    assert len(http_server.requests_for("/busy.rss")) == 2
    assert not_before(db, busy) is None
    with Store.open(db) as store:
        assert [item.title for item in store.items()] == ["Ferry timetable changes for winter"] * 2


def test_retry_after_as_an_http_date(http_server: TestServer, tmp_path: Path) -> None:
    later = (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": http_date(later)}, b"later"))
    config = write_config(tmp_path / "config.toml", [busy])
    db = tmp_path / "news.db"
    run(config, db)
    until = not_before(db, busy)
    assert until is not None and abs((until - later).total_seconds()) < 5
    code, out, _ = run(config, db)
    assert code == 0
    assert len(http_server.requests_for("/busy.rss")) == 1
    assert f"{busy}: {waiting_note(until)}" in out


@pytest.mark.parametrize("value", ["999999999", "Fri, 31 Dec 2100 23:59:59 GMT"])
def test_an_absurd_retry_after_is_cut_to_a_day(http_server: TestServer, tmp_path: Path, value: str) -> None:
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": value}, b"go away"))
    config = write_config(tmp_path / "config.toml", [busy])
    db = tmp_path / "news.db"
    start = datetime.now(UTC)
    run(config, db)
    until = not_before(db, busy)
    assert until is not None
    assert start + NOT_BEFORE_CAP - timedelta(seconds=5) <= until <= datetime.now(UTC) + NOT_BEFORE_CAP
    assert timedelta(hours=24) == NOT_BEFORE_CAP


@pytest.mark.parametrize("value", ["Sat, 01 Jan 2000 00:00:00 GMT", "0", "soon"])
def test_a_retry_after_in_the_past_or_unreadable_is_not_kept(
    http_server: TestServer, tmp_path: Path, value: str
) -> None:
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": value}, b"now?"))
    config = write_config(tmp_path / "config.toml", [busy])
    db = tmp_path / "news.db"
    run(config, db)
    asked = len(http_server.requests_for("/busy.rss"))
    assert not_before(db, busy) is None
    run(config, db)
    assert len(http_server.requests_for("/busy.rss")) > asked  # asked again: nothing said to wait


def test_due_refresh_waits_too_and_the_wait_ends(http_server: TestServer, tmp_path: Path) -> None:
    route = Switch(Response(429, {"Retry-After": "600"}, b"later"))
    busy = http_server.add_route("/busy.rss", route)
    config = write_config(tmp_path / "config.toml", [busy], refresh_minutes=1)
    db = tmp_path / "news.db"
    run(config, db)
    conn = sqlite3.connect(db)
    with conn:  # its interval has passed: due, but the server's time has not
        conn.execute("UPDATE feeds SET last_fetch = last_fetch - 3600000000")
    conn.close()
    code, out, _ = run(config, db, "--due")
    assert code == 0
    assert len(http_server.requests_for("/busy.rss")) == 1
    assert "waiting until" in out
    # Once that time has passed, a due run asks again.
    route.busy = None
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE feeds SET not_before = not_before - 3600000000, last_fetch = last_fetch - 3600000000")
    conn.close()
    code, out, err = run(config, db, "--due")
    assert code == 0, err
    assert len(http_server.requests_for("/busy.rss")) == 2
    assert not_before(db, busy) is None


def test_an_old_cache_gains_the_column_and_keeps_its_feeds(http_server: TestServer, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    conn = sqlite3.connect(db, isolation_level=None)
    step = store_schema.MIGRATIONS.index(store_schema._add_not_before)
    store_schema.migrate(conn, db, target=step)
    assert "not_before" not in {row[1] for row in conn.execute("PRAGMA table_info(feeds)")}
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": "3600"}, b"later"))
    conn.execute("INSERT INTO feeds (url, last_status) VALUES (?, 200)", (busy,))
    conn.close()
    config = write_config(tmp_path / "config.toml", [busy])
    code, _, err = run(config, db)
    assert code == 0, err
    assert not_before(db, busy) is not None
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store_schema.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM feeds").fetchone()[0] == 1
    conn.close()


def test_waiting_note_names_the_day_when_not_today() -> None:
    now = datetime.now(UTC)
    local_midnight = now.astimezone().replace(hour=23, minute=59)
    assert waiting_note(local_midnight, now) == f"waiting until {local_midnight:%H:%M} (server asked)"
    tomorrow = local_midnight + timedelta(hours=12)
    assert waiting_note(tomorrow, now) == f"waiting until tomorrow {tomorrow.astimezone():%H:%M} (server asked)"


def test_the_apps_summary_counts_the_waiting_feeds() -> None:
    from newstui.service import RefreshSummary
    from newstui.ui.screens.main import format_summary

    waiting = [("http://harbour.test/feed", datetime.now(UTC) + timedelta(hours=1))]
    line = format_summary(RefreshSummary(2, 2, 0, new_items=3, waiting=waiting))
    assert line == "Refreshed: 2 ok, 0 failed, 3 new items, 1 waiting (server asked)"
