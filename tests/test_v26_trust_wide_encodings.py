"""UTF-16 and UTF-32 as servers get them wrong: one bad byte or header is not the feed's end.

Found by serving mutated corpus feeds from a hostile loopback server:
- a UTF-16 document whose length is not whole characters (a download cut at an odd byte, a
  server that appends one stray newline byte) was read as nothing at all: "invalid token" at
  line 2, every item lost. It is now read up to its last whole character.
- an 8-bit document served with `charset=utf-16` (or utf-32) whose XML declaration names no
  encoding was read by the label: nothing but invalid tokens, every item lost. A label the
  bytes contradict (no byte-order mark, no NUL among the first bytes, which "<" in UTF-16 has)
  is dropped, and the document is read as any other.
Real `newstui refresh` processes, a real SQLite file; invented feeds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import newstui_on
from httpserver import HostileServer, raw


def _rss(count: int, declaration: str = "<?xml version='1.0' encoding='utf-16'?>") -> str:
    items = "".join(
        f"<item><title>Café {n} opens</title><guid isPermaLink='false'>cafe-{n}</guid>"
        f"<description>The café on pier {n} serves crème brûlée.</description></item>"
        for n in range(count)
    )
    return f"{declaration}<rss version='2.0'><channel><title>Pier</title>{items}</channel></rss>"


def _answer(body: bytes, content_type: str = "application/rss+xml") -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n".encode() + body


def _refresh(tmp_path: Path, answers: dict[str, bytes]) -> tuple[str, dict[str, list[str]]]:
    with HostileServer() as server:
        urls = {name: server.add(f"/{name}", raw(answer)) for name, answer in answers.items()}
        config = tmp_path / "config.toml"
        config.write_text("".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls.values()), encoding="utf-8")
        db = tmp_path / "news.db"
        done = newstui_on(config, db, "refresh", "-v")
    said = done.stdout + done.stderr
    assert "Traceback" not in said, said
    with sqlite3.connect(db) as conn:
        titles = {
            name: sorted(t for (t,) in conn.execute(
                "SELECT i.title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = ?", (url,)
            ))
            for name, url in urls.items()
        }  # fmt: skip
    return said, titles


def test_a_utf16_feed_with_a_stray_byte_or_an_odd_cut_keeps_its_items(tmp_path: Path) -> None:
    whole = _rss(3).encode("utf-16")
    cut = whole[: whole.index("<item>".encode("utf-16")[2:], len(whole) // 2 + 200) + 5]
    assert len(cut) % 2 == 1
    said, titles = _refresh(
        tmp_path,
        {
            "stray": _answer(whole + b"\n"),
            "odd-cut": _answer(cut),
            "utf32-stray": _answer(_rss(2).replace("utf-16", "utf-32").encode("utf-32") + b"\n\n"),
        },
    )
    assert titles["stray"] == ["Café 0 opens", "Café 1 opens", "Café 2 opens"], said
    assert titles["odd-cut"] and set(titles["odd-cut"]) <= {"Café 0 opens", "Café 1 opens"}, said
    assert titles["utf32-stray"] == ["Café 0 opens", "Café 1 opens"], said


def test_an_8bit_feed_labelled_utf16_by_http_is_read_by_its_bytes(tmp_path: Path) -> None:
    plain = _rss(2, "<?xml version='1.0'?>")
    said, titles = _refresh(
        tmp_path,
        {
            "utf8-as-16": _answer(plain.encode("utf-8"), "application/rss+xml; charset=UTF-16"),
            "cp1252-as-32": _answer(plain.encode("cp1252"), 'text/xml; charset="utf-32le"'),
            "really-16": _answer(_rss(2, "").encode("utf-16-le"), "application/rss+xml; charset=utf-16le"),
        },
    )
    for name in ("utf8-as-16", "cp1252-as-32", "really-16"):
        assert titles[name] == ["Café 0 opens", "Café 1 opens"], (name, said)
