"""A body encoded over and over (Content-Encoding: deflate, deflate, … 1,500 times) is the
feed's or the page's error, in words.

Found with a hostile loopback server: each encoding is a decoder the body passes through in
turn, and 1,500 of them ended in a RecursionError, which no caller expects from a fetch: a
refresh listed the feed as "RecursionError: maximum recursion depth exceeded", and
`newstui extract URL` said "the page is nested too deeply to read". At most `MAX_ENCODINGS` are undone now; a
body encoded more times over is refused, naming the count. Real `newstui` processes; an
invented feed and page.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from cli_helpers import newstui, newstui_on
from httpserver import HostileServer, raw

FEED = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>Signal box</title>"
    b"<item><title>Points renewed at the junction</title><guid>points</guid></item></channel></rss>"
)
PAGE = b"<html><body><article><h1>Points renewed</h1><p>The junction reopens on Monday.</p></article></body></html>"


def _layered(body: bytes, layers: int, content_type: str) -> bytes:
    for _ in range(layers):
        body = zlib.compress(body, 1)
    names = b", ".join([b"deflate"] * layers)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n\r\n"
    return head % (content_type.encode(), names, len(body)) + body


def test_a_refresh_names_a_body_encoded_over_and_over(tmp_path: Path) -> None:
    with HostileServer() as server:
        deep = server.add("/deep.rss", raw(_layered(FEED, 1500, "application/rss+xml")))
        two = server.add("/two.rss", raw(_layered(FEED, 2, "application/rss+xml")))
        config = tmp_path / "config.toml"
        config.write_text(f'[[feeds]]\nurl = "{deep}"\n\n[[feeds]]\nurl = "{two}"\n', encoding="utf-8")
        done = newstui_on(config, tmp_path / "news.db", "refresh")
    said = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in said, said
    assert "1 feed ok, 1 failed" in said, said
    (line,) = [line for line in said.splitlines() if line.startswith(deep)]
    assert "encoded 1500 times over" in line and "Recursion" not in line, line


def test_extract_names_a_page_encoded_over_and_over(tmp_path: Path) -> None:
    with HostileServer() as server:
        url = server.add("/deep.html", raw(_layered(PAGE, 1500, "text/html")))
        done = newstui("extract", url, cwd=tmp_path)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    assert "encoded 1500 times over" in done.stderr, done.stderr
