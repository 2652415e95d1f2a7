"""A UTF-16 (or UTF-32) download cut short is told as one, as a UTF-8 one is.

Version 25's checks for a cut download looked for tags as bytes (`<item` left open, `</rss>`
at the end, `</body>` near a page's end), which a UTF-16 document does not hold: there "<" is
two bytes. A UTF-16 feed cut inside an item stored that half item (no guid: it came after the
cut) beside the whole one the next refresh brought; a whole UTF-16 feed whose server left out
the gzip trailer was called cut and lost its validators. And `newstui extract URL` on a page
whose compressed stream ended early printed the part that came without a word. Real loopback
servers, real `newstui` processes and SQLite files; invented feeds and pages.
"""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest

from cli_helpers import newstui, newstui_on
from httpserver import HostileServer, raw
from newstui.feeds.parse.cleaning import ends_inside_item, ends_with_root_end
from newstui.feeds.parse.encoding import ascii_view


def _rss(count: int, *, fault: str = "") -> str:
    items = "".join(
        f"<item><title>Crane {n} idle{fault}</title><description>Crane {n} waits for the tide.</description>"
        f"<guid isPermaLink='false'>crane-{n}</guid></item>"
        for n in range(count)
    )
    channel = f"<channel><title>Wharf</title>{items}</channel>"
    return f"<?xml version='1.0' encoding='utf-16'?><rss version='2.0'>{channel}</rss>"


def _closed(body: bytes, *headers: str) -> bytes:
    """An answer delimited by the connection's close (no length): a cut is not seen by HTTP."""
    head = "".join(f"{h}\r\n" for h in ("Content-Type: application/rss+xml", "Connection: close", *headers))
    return f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body


def _rows(db: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT title, guid FROM items").fetchall())


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_the_half_item_of_a_cut_wide_document_is_left_out(codec: str) -> None:
    whole = _rss(3).encode(codec)
    cut = whole[: whole.index("<guid isPermaLink='false'>crane-2".encode(codec)[4 if codec == "utf-32" else 2 :])]
    assert ends_inside_item(cut) and not ends_inside_item(whole)
    assert ends_with_root_end(whole) and not ends_with_root_end(cut)
    # A cut inside a character drops that character, and the rest reads as ASCII.
    assert b"Crane 2 waits for the tide.</description" in ascii_view(cut[:-1], 64)


def test_a_cut_utf16_feed_stores_no_half_item(tmp_path: Path) -> None:
    whole = _rss(3).encode("utf-16")
    cut = whole[: whole.index("<guid isPermaLink='false'>crane-2".encode("utf-16")[2:])]
    with HostileServer() as server:
        url = server.add("/wharf.rss", raw(_closed(cut)))
        config = tmp_path / "config.toml"
        config.write_text(f'[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
        db = tmp_path / "news.db"
        first = newstui_on(config, db, "refresh")
        assert "stops inside its last item" in first.stdout + first.stderr, first.stdout + first.stderr
        assert _rows(db) == [("Crane 0 idle", "crane-0"), ("Crane 1 idle", "crane-1")]
        server.routes["/wharf.rss"] = raw(_closed(whole))
        assert newstui_on(config, db, "refresh").returncode == 0
    assert _rows(db) == [(f"Crane {n} idle", f"crane-{n}") for n in range(3)]


def test_a_whole_utf16_feed_without_its_gzip_trailer_keeps_its_own_fault_and_validators(tmp_path: Path) -> None:
    """The document ends with </rss>: its server left the trailer out, the download is whole."""
    body = gzip.compress(_rss(2, fault=" & busy").encode("utf-16"))[:-8]
    with HostileServer() as server:
        url = server.add("/wharf.rss", raw(_closed(body, "Content-Encoding: gzip", 'ETag: "w1"')))
        config = tmp_path / "config.toml"
        config.write_text(f'[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
        db = tmp_path / "news.db"
        done = newstui_on(config, db, "refresh", "-v")
    said = done.stdout + done.stderr
    assert "cut short" not in said, said
    assert len(_rows(db)) == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT etag FROM feeds").fetchone() == ('"w1"',)


_PAGE = (
    "<!DOCTYPE html><html><head><title>Harbour dues rise</title></head><body><article>"
    "<h1>Harbour dues rise</h1>"
    + "".join(
        f"<p>Paragraph {n}: the harbour board met on day {n * 7919 % 997} and agreed that the dues for "
        f"moorings along quay {n * 104729 % 991} will rise by {n * 31 % 97} pounds, after a debate.</p>"
        for n in range(60)
    )
    + "</article></body></html>"
)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_extract_warns_of_a_page_cut_short(tmp_path: Path, codec: str) -> None:
    page = _PAGE.encode(codec)
    cut = gzip.compress(page)[: len(gzip.compress(page)) // 2]
    trailerless = gzip.compress(page)[:-8]
    with HostileServer() as server:
        head = ("Content-Type: text/html; charset=" + codec, "Content-Encoding: gzip")
        cut_url = server.add("/cut.html", raw(_closed(cut, *head)))
        whole_url = server.add("/whole.html", raw(_closed(trailerless, *head)))
        done = newstui("extract", cut_url, "--format", "markdown", cwd=tmp_path)
        whole = newstui("extract", whole_url, "--format", "markdown", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and "the download was cut short" in done.stderr, done.stderr
    assert "Paragraph 0" in done.stdout
    assert whole.returncode == 0 and "warning" not in whole.stderr, whole.stderr
    assert "Paragraph 59" in whole.stdout
