"""A 304 Not Modified to a request that asked nothing conditionally is the feed's error.

A server (or a proxy before it) that answers every request with 304 sends no feed at all; the
feed had no copy to keep, yet `newstui refresh` counted it "not modified" and `newstui feeds`
listed it "ok" with no item, refresh after refresh. It is now that feed's error, naming it
(the other feeds refresh as usual); a 304 to a conditional request is still "not modified".
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from httpserver import TestServer

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Canal walks</title>'
    b"<item><title>Towpath reopened</title><guid>towpath</guid></item></channel></rss>"
)


def test_an_unasked_304_fails_its_feed_only(tmp_path: Path, http_server: TestServer) -> None:
    stuck = http_server.add_route("/always-304.xml", (304, {}, b""))
    good = http_server.add_route("/canal.xml", (200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, RSS))
    config = tmp_path / "config.toml"
    feeds_config(config, [stuck, good])
    db = tmp_path / "news.db"
    done = newstui_on(config, db, "refresh")
    assert "Traceback" not in done.stderr
    assert f"{stuck}: " in done.stderr and "304" in done.stderr, done.stderr
    listed = newstui_on(config, db, "feeds")
    lines = listed.stdout.splitlines()
    stuck_line = next(n for n, line in enumerate(lines) if stuck in line)
    assert lines[stuck_line].startswith("error"), listed.stdout
    assert any(good in line and line.startswith("ok") for line in lines), listed.stdout
    # The good feed's next refresh is conditional: its 304 keeps it "ok" with its item.
    http_server.add_route(
        "/canal.xml", lambda request: (304, {}, b"") if request.headers.get("if-none-match") else (200, {}, RSS)
    )
    again = newstui_on(config, db, "refresh")
    assert good not in again.stderr, again.stderr
    listed = newstui_on(config, db, "feeds")
    assert any(good in line and line.startswith("ok") and "1/1" in line for line in listed.stdout.splitlines()), (
        listed.stdout
    )
