"""Faults as users meet them, all in one `newstui refresh` (a real process) on one real cache:
each hostile server fails its own feed, named with what is wrong, and the good feed beside
them is read and nothing saved before is lost.

The servers: an endless body, a Content-Length longer than the body (then the connection
closes), one shorter than the body, a redirect loop, a 304 to a request that named no copy,
a 2 GB Content-Length, a socket that never answers, and a feed whose dates are all garbage
(read, dated when first seen). Only the short Content-Length was told wrong before: the
document cut at the stated length was called "malformed XML", and nothing said the server's
header was at fault. Invented feeds.
"""

from __future__ import annotations

import time
from pathlib import Path

from cli_helpers import newstui_on
from httpserver import HostileServer, endless, raw, silent
from newstui.store import Store


def _rss(title: str, count: int, date: str = "Wed, 03 Jun 2026 09:00:00 GMT") -> bytes:
    items = "".join(
        f"<item><title>{title} bulletin {n}</title><guid>{title}-{n}</guid><pubDate>{date}</pubDate>"
        f"<description>Moorings at berth {n} are free again.</description></item>"
        for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'.encode()


def _answer(body: bytes, length: int | None = None, status: bytes = b"200 OK") -> bytes:
    declared = len(body) if length is None else length
    return b"HTTP/1.1 %s\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n%s" % (
        status,
        declared,
        body,
    )


def _titles(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        rows = store.run(
            lambda c: c.execute(
                "SELECT f.own_title, COUNT(i.id) FROM feeds f JOIN items i ON i.feed_id = f.id GROUP BY f.id"
            ).fetchall()
        )
    return dict(rows)


def test_each_hostile_server_fails_its_own_feed_in_words_and_the_rest_is_read(tmp_path: Path) -> None:
    with HostileServer() as hostile:
        good = hostile.add("/marina", raw(_answer(_rss("Marina", 3))))
        short = _rss("Short", 2)
        faults = {
            hostile.add("/endless", endless()): "over the 10 MB limit",
            hostile.add("/longer", raw(_answer(_rss("Longer", 2), length=5000))): "expected 5000",
            hostile.add("/shorter", raw(_answer(short, length=len(short) // 2))): (
                f"more than its Content-Length of {len(short) // 2} bytes"
            ),
            hostile.add("/loop", raw(b"HTTP/1.1 302 Found\r\nLocation: /loop-back\r\nContent-Length: 0\r\n\r\n")): (
                "redirect loop"
            ),
            hostile.add("/unasked", raw(b"HTTP/1.1 304 Not Modified\r\n\r\n")): "named no copy",
            hostile.add("/huge", raw(_answer(b"", length=2 * 1024**3))): "2048 MB, over the 10 MB limit",
            hostile.add("/stalled", silent()): "took longer than 3 s",
        }
        hostile.add("/loop-back", raw(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n"))
        garbage = hostile.add("/dates", raw(_answer(_rss("Dates", 2, date="the Tuesday after the flood"))))
        config = tmp_path / "config.toml"
        feeds = [good, garbage, *faults]
        config.write_text(
            "[general]\ntimeout_seconds = 3\n\n" + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in feeds),
            encoding="utf-8",
        )
        db = tmp_path / "news.db"
        hostile.routes["/marina"] = raw(_answer(_rss("Marina", 2)))
        assert newstui_on(config, db, "refresh").returncode == 0
        with Store.open(db) as store:
            (marked,) = store.run(lambda c: c.execute("SELECT id FROM items WHERE key = 'g:Marina-0'").fetchone())
            store.set_bookmarked(marked, True)
        hostile.routes["/marina"] = raw(_answer(_rss("Marina", 3)))
        started = time.monotonic()
        done = newstui_on(config, db, "refresh")
        assert time.monotonic() - started < 60
    said = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in said, said
    for url, why in faults.items():
        (line,) = [line for line in said.splitlines() if line.startswith(f"{url}:")]
        assert why in line, line
    assert _titles(db) == {"Marina": 3, "Dates": 2}
    with Store.open(db) as store:
        kept = store.run(lambda c: c.execute("SELECT bookmarked FROM items WHERE id = ?", (marked,)).fetchone())
    assert kept == (1,)
