"""A feed URL written with its credentials (`https://user:pass@host/feed`) works, and no line
newstui prints shows the password: refresh's error lines (a cron mail), `newstui feeds` (text
and JSON) and the feed's stored last error, which the app's status line and toasts show.
Printed, the URL reads `user:***@host`; the cache keeps the URL itself (it is the feed's key).

A real loopback server that answers 401 without the right credentials and 500 with them, so
the request must carry them and the error line must be printed.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from httpserver import Request, TestServer

PASSWORD = "Gr33n-h0use"
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Allotment news</title>'
    b"<item><title>Seed swap on Sunday</title><guid>seed-swap</guid></item></channel></rss>"
)


def _route(failing: dict[str, bool]):  # type: ignore[no-untyped-def]
    wanted = "Basic " + base64.b64encode(f"marta:{PASSWORD}".encode()).decode()

    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        if request.headers.get("authorization") != wanted:
            return (401, {"WWW-Authenticate": 'Basic realm="plots"'}, b"who are you?")
        if failing["now"]:
            return (500, {}, b"the shed is on fire")
        return (200, {"Content-Type": "application/rss+xml"}, RSS)

    return answer


def test_a_password_in_a_feed_url_is_sent_but_never_printed(tmp_path: Path, http_server: TestServer) -> None:
    failing = {"now": False}
    plain = http_server.add_route("/allotment.xml", _route(failing))
    url = plain.replace("http://", f"http://marta:{PASSWORD}@")
    shown = plain.replace("http://", "http://marta:***@")
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    first = newstui_on(config, db, "refresh")
    assert first.returncode == 0 and "1 feed ok" in first.stdout, (first.stdout, first.stderr)  # the credentials went
    failing["now"] = True
    failed = newstui_on(config, db, "refresh", "-v")
    assert "500" in failed.stderr, failed.stderr
    assert PASSWORD not in failed.stdout + failed.stderr, failed.stderr
    assert f"{shown}: HTTP 500" in failed.stderr, failed.stderr
    listed = newstui_on(config, db, "feeds")
    assert PASSWORD not in listed.stdout + listed.stderr, listed.stdout
    assert f"<{shown}>" in listed.stdout and "error: HTTP 500" in listed.stdout, listed.stdout
    as_json = newstui_on(config, db, "feeds", "--json")
    (data,) = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert data["url"] == shown and PASSWORD not in as_json.stdout
    unknown = newstui_on(config, db, "refresh", "--feed", url.replace(PASSWORD, "n0t-1t"))
    assert unknown.returncode != 0 and "n0t-1t" not in unknown.stderr and "marta:***@" in unknown.stderr, unknown.stderr
    # The cache keeps the feed's URL (its key); its stored error shows no password.
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    ((stored_url, last_error),) = conn.execute("SELECT url, last_error FROM feeds").fetchall()
    conn.close()
    assert stored_url == url and PASSWORD not in (last_error or "")


def test_a_redirect_to_another_feed_with_a_password_is_said_without_it(tmp_path: Path, http_server: TestServer) -> None:
    other_plain = http_server.add_route("/other.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    other = other_plain.replace("http://", f"http://marta:{PASSWORD}@")
    moving = http_server.add_route("/moving.xml", (301, {"Location": other}, b""))
    config = tmp_path / "config.toml"
    feeds_config(config, [other, moving])
    db = tmp_path / "news.db"
    done = newstui_on(config, db, "refresh")
    assert "another subscribed feed" in done.stderr, done.stderr
    assert PASSWORD not in done.stdout + done.stderr, done.stderr
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    errors = [row[0] or "" for row in conn.execute("SELECT last_error FROM feeds")]
    conn.close()
    assert not any(PASSWORD in error for error in errors), errors


def test_hide_password_masks_every_url_in_a_text_and_nothing_else() -> None:
    from newstui.config.urls import hide_password

    assert hide_password("https://ana:p@ss:w0rd@news.example:8443/f?x=1") == "https://ana:***@news.example:8443/f?x=1"
    assert (
        hide_password("http://a:b@one.example/x: redirects to https://c:d@two.example/y, which is")
        == "http://a:***@one.example/x: redirects to https://c:***@two.example/y, which is"
    )
    for text in ("https://news.example:8443/feed", "https://ana@news.example/feed", "mail ana@example.org at 10:30"):
        assert hide_password(text) == text
