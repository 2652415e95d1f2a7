"""A feed document the parser could read only in part never makes retention's deleted items
come back.

Retention (`max_items`, `keep_days`) deletes read items and keeps their keys as tombstones,
so the feed cannot bring them back; a tombstone is forgotten once the feed's document no
longer lists its key. A document cut short or broken midway (a proxy cutting the body, a CMS
printing an error into the XML) parses as its first items with a warning: the refresh took
that part for the whole document and forgot every other tombstone, and the next whole
document brought the deleted stories back, unread. Only a document read whole forgets
tombstones now. Real loopback server, `newstui` as a real process. Invented feed.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import newstui_on
from httpserver import TestServer
from newstui.store import Store


def _item(n: int) -> str:
    return (
        f"<item><title>Lock keeper's log {n}</title><guid>lock-{n}</guid>"
        f"<pubDate>Mon, 0{n} Jun 2026 08:00:00 GMT</pubDate><description>Entry {n}.</description></item>"
    )


def _rss(items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Lock log</title>{items}'.encode()


WHOLE = _rss("".join(_item(n) for n in (3, 2, 1)) + "</channel></rss>")
# Cut after its first item: what the parser reads is that item, with a warning.
BROKEN = _rss(_item(3) + "</chan")


def _state(db: Path) -> list[tuple[str, int]]:
    with Store.open(db) as store:
        return store.run(lambda c: c.execute("SELECT key, read FROM items ORDER BY key").fetchall())


def test_a_broken_document_does_not_bring_deleted_items_back(tmp_path: Path, http_server: TestServer) -> None:
    url = http_server.add_route("/lock.xml", (200, {"Content-Type": "application/rss+xml"}, WHOLE))
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nmax_items = 2\n\n[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    db = tmp_path / "news.db"
    assert newstui_on(config, db, "refresh").returncode == 0
    with Store.open(db) as store:
        store.mark_feed_read(url)
    assert newstui_on(config, db, "refresh").returncode == 0  # retention deletes the oldest, read
    assert _state(db) == [("g:lock-2", 1), ("g:lock-3", 1)]
    http_server.add_route("/lock.xml", (200, {"Content-Type": "application/rss+xml"}, BROKEN))
    broken = newstui_on(config, db, "refresh")
    assert broken.returncode == 0 and "Traceback" not in broken.stderr, broken.stderr
    assert _state(db) == [("g:lock-2", 1), ("g:lock-3", 1)]
    http_server.add_route("/lock.xml", (200, {"Content-Type": "application/rss+xml"}, WHOLE))
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _state(db) == [("g:lock-2", 1), ("g:lock-3", 1)]
