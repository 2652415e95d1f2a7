"""A feed whose document always carries a harmless parser warning still forgets the
tombstones of items it no longer lists, in time.

Retention keeps the key of each item it deletes (a tombstone) and forgets it once the feed
stops listing it. Since v24 only a document read whole forgets; but a bare "&" in one title,
an `&nbsp;` or junk after `</rss>` (a CMS appending a warning) makes every document of a
feed "read with a warning" although every item was read: such a feed never forgot a
tombstone, and its table grew by every item retention ever deleted, all read at each refresh.
A document with a warning now forgets the tombstones no document has listed for
`TOMBSTONE_UNLISTED_DAYS`; one a document still lists is kept (the cut document of
`test_v24_trust_partial_document.py` still cannot bring it back). Real loopback server,
`newstui` as a real process, real SQLite file. Invented feed.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import newstui_on
from httpserver import TestServer
from newstui.store import Store
from newstui.store.writes import TOMBSTONE_UNLISTED_DAYS

_DAY_US = 86_400_000_000


def _item(n: int) -> str:
    return (
        f"<item><title>Ferry timetable {n}</title><guid>ferry-{n}</guid>"
        f"<pubDate>Mon, {n:02d} Jun 2026 08:00:00 GMT</pubDate><description>Crossing {n}.</description></item>"
    )


def _rss(numbers: list[int], *, cut: bool = False) -> bytes:
    # A bare "&" in the channel title: the parser warns, yet reads every item.
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Ferries & piers</title>'
    items = "".join(_item(n) for n in numbers)
    return (head + items + ("</chan" if cut else "</channel></rss>")).encode()


def _serve(http_server: TestServer, body: bytes) -> str:
    return http_server.add_route("/ferry.xml", (200, {"Content-Type": "application/rss+xml"}, body))


def _tombstones(db: Path) -> list[str]:
    with Store.open(db) as store:
        return store.run(lambda c: [r[0] for r in c.execute("SELECT key FROM deleted_items ORDER BY key")])


def _age_tombstones(db: Path, days: int) -> None:
    with Store.open(db) as store:
        store.run(lambda c: c.execute("UPDATE deleted_items SET deleted = deleted - ?", (days * _DAY_US,)))


def _keys(db: Path) -> list[str]:
    with Store.open(db) as store:
        return store.run(lambda c: [r[0] for r in c.execute("SELECT key FROM items ORDER BY key")])


def _setup(tmp_path: Path, http_server: TestServer) -> tuple[Path, Path]:
    url = _serve(http_server, _rss([3, 2, 1]))
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nmax_items = 2\n\n[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    db = tmp_path / "news.db"
    assert newstui_on(config, db, "refresh").returncode == 0
    with Store.open(db) as store:
        store.mark_feed_read(url)
    assert newstui_on(config, db, "refresh").returncode == 0  # retention deletes the oldest, read
    assert _tombstones(db) == ["g:ferry-1"]
    return config, db


def test_a_feed_always_warned_about_forgets_tombstones_it_stopped_listing(
    tmp_path: Path, http_server: TestServer
) -> None:
    config, db = _setup(tmp_path, http_server)
    _serve(http_server, _rss([4, 3, 2]))  # the feed moves on: ferry-1 is listed no more
    assert newstui_on(config, db, "refresh").returncode == 0
    assert "g:ferry-1" in _tombstones(db)  # unlisted since a moment only: kept for now
    _age_tombstones(db, TOMBSTONE_UNLISTED_DAYS + 1)
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _tombstones(db) == ["g:ferry-2"]  # still listed: kept


def test_a_tombstone_still_listed_is_kept_by_a_cut_document_however_old(
    tmp_path: Path, http_server: TestServer
) -> None:
    config, db = _setup(tmp_path, http_server)
    _age_tombstones(db, TOMBSTONE_UNLISTED_DAYS + 1)  # deleted long ago, listed all along
    assert newstui_on(config, db, "refresh").returncode == 0  # the feed still lists ferry-1
    _serve(http_server, _rss([3], cut=True))  # cut short before ferry-1
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _tombstones(db) == ["g:ferry-1"]
    _serve(http_server, _rss([3, 2, 1]))
    assert newstui_on(config, db, "refresh").returncode == 0
    assert "g:ferry-1" not in _keys(db)
