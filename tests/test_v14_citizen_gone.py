"""410 Gone is for good: neither a full refresh nor a due one (`--due`, the app's timer)
asks such a feed again; only a refresh naming it does. Real processes over loopback and
the real SQLite files they leave."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from citizen_helpers import RSS, run, write_config
from httpserver import TestServer
from newstui.config import load_config
from newstui.service import Library


def age_fetches(db: Path, seconds: int = 3600) -> None:
    """Move every feed's last fetch back: all of them are due again."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE feeds SET last_fetch = last_fetch - ?", (seconds * 1_000_000,))
    conn.close()


def test_due_refresh_does_not_ask_a_gone_feed_again(http_server: TestServer, tmp_path: Path) -> None:
    gone = http_server.add_route("/gone.rss", (410, {"Content-Type": "text/plain"}, b"gone"))
    live = http_server.add_route("/live.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = write_config(tmp_path / "config.toml", [gone, live], refresh_minutes=1)
    db = tmp_path / "news.db"
    code, _, err = run(config, db)
    assert code == 0 and "removed for good" in err
    assert len(http_server.requests_for("/gone.rss")) == 1

    age_fetches(db)
    code, out, err = run(config, db, "--due")
    assert code == 0, err
    assert len(http_server.requests_for("/live.rss")) == 2  # the due run did run
    assert len(http_server.requests_for("/gone.rss")) == 1  # but left the gone feed alone
    assert f"{gone}: HTTP 410 Gone: the server says this feed was removed for good" in err  # and says so

    # --due with --feed is still the schedule's choice: skipped.
    age_fetches(db)
    run(config, db, "--due", "--feed", gone)
    assert len(http_server.requests_for("/gone.rss")) == 1

    # Named without --due: asked again.
    code, _, err = run(config, db, "--feed", gone)
    assert len(http_server.requests_for("/gone.rss")) == 2


def test_the_apps_timer_leaves_gone_and_waiting_feeds_out(http_server: TestServer, tmp_path: Path) -> None:
    gone = http_server.add_route("/gone.rss", (410, {}, b"gone"))
    busy = http_server.add_route("/busy.rss", (429, {"Retry-After": "3600"}, b"later"))
    live = http_server.add_route("/live.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config_path = write_config(tmp_path / "config.toml", [gone, busy, live], refresh_minutes=1)
    db = tmp_path / "news.db"
    run(config_path, db)
    library = Library(load_config(config_path), db)
    try:
        later = datetime.now(UTC) + timedelta(minutes=5)  # every interval has passed
        assert library.feeds_due(later) == [live]
        # Once the server's time has passed, the waiting feed is due again; the gone one never is.
        assert library.feeds_due(datetime.now(UTC) + timedelta(hours=2)) == [busy, live]

        # R (all feeds) skips both; r on one (named) asks it.
        summary = library.refresh()
        assert [url for url, _ in summary.waiting] == [busy]
        assert [(f.url, f.status) for f in summary.failed] == [(gone, 410)]
        assert len(http_server.requests_for("/gone.rss")) == 1
        assert len(http_server.requests_for("/busy.rss")) == 1
        library.refresh(only=[gone])
        library.refresh(only=[busy])
        assert len(http_server.requests_for("/gone.rss")) == 2
        assert len(http_server.requests_for("/busy.rss")) == 2
    finally:
        library.close()
