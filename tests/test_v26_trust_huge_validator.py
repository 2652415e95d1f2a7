"""A server's huge ETag does not fail its feed's every later refresh.

Found with a hostile loopback server: an ETag of 20,000 characters was stored and sent back
as If-None-Match, and a server refusing header lines over 8 KB (as nginx and Apache do, with
"400 Request Header Too Large") failed the feed at every refresh from then on, for the
feed's own request. A validator over `MAX_VALIDATOR` characters is neither stored nor sent
(one an older version stored counts as none): the next request is whole. Real `newstui
refresh` processes and SQLite files; an invented feed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import newstui_on
from httpserver import Request, TestServer
from newstui.feeds.fetch.headers import MAX_VALIDATOR

FEED = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>Lock keeper</title>"
    b"<item><title>Gate 3 shut for repairs</title><guid>gate-3</guid></item></channel></rss>"
)


def _server_with_etag(server: TestServer, etag: str) -> str:
    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        sent = request.headers.get("if-none-match")
        if sent is not None and len(sent) > 8000:
            return 400, {"Content-Type": "text/html"}, b"<html>Request Header Or Cookie Too Large</html>"
        if sent == etag:
            return 304, {}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, FEED

    return server.add_route("/lock.rss", answer)


def _refresh(tmp_path: Path, url: str) -> str:
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "refresh")
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_a_huge_etag_is_not_kept_and_every_refresh_is_read(http_server: TestServer, tmp_path: Path) -> None:
    url = _server_with_etag(http_server, '"' + "9f" * 10_000 + '"')
    for _ in range(3):
        said = _refresh(tmp_path, url)
        assert "1 feed ok, 0 failed" in said, said
    with sqlite3.connect(tmp_path / "news.db") as conn:
        assert conn.execute("SELECT etag FROM feeds").fetchone() == (None,)


def test_a_huge_etag_an_older_version_stored_is_taken_for_none(http_server: TestServer, tmp_path: Path) -> None:
    url = _server_with_etag(http_server, '"' + "9f" * 10_000 + '"')
    _refresh(tmp_path, url)
    with sqlite3.connect(tmp_path / "news.db") as conn:
        conn.execute("UPDATE feeds SET etag = ?", ('"' + "9f" * 10_000 + '"',))
    said = _refresh(tmp_path, url)
    assert "1 feed ok, 0 failed" in said, said


def test_an_etag_of_ordinary_length_still_gives_304s(http_server: TestServer, tmp_path: Path) -> None:
    etag = '"' + "a" * (MAX_VALIDATOR - 2) + '"'
    url = _server_with_etag(http_server, etag)
    _refresh(tmp_path, url)
    said = _refresh(tmp_path, url)
    assert "1 not modified" in said, said
