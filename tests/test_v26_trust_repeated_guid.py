"""A guid (or Atom id) repeated in one document: the copy the feed dates latest is the item.

Feeds that repeat a guid hold two versions of one story: a CMS that appends the corrected
entry below the first, a tide table or price list re-issued under one id each day (oldest
first), a planet listing one post twice. Up to version 25 newstui kept the first copy whole,
whatever its date (newsboat keeps the first title with the last date): a feed written oldest
first showed the stale version for good. Now the copy with the latest date wins, wherever it
stands; with no date to tell them apart (none, or the same), the first, as before. The item
keeps its key, so its id, read mark and bookmark stay when a corrected copy appears. Real
refreshes from a loopback server into a real SQLite file; invented feeds.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import feeds_config
from httpserver import TestServer
from newstui.feeds.refresh import refresh_feeds
from newstui.model import Item, ItemFilter
from newstui.store import Store

FAST = {"timeout": 5.0, "retries": 0, "backoff": 0.0}


def _item(guid: str, title: str, date: str | None) -> str:
    dated = f"<pubDate>{date}</pubDate>" if date else ""
    key = f"<guid isPermaLink='false'>{guid}</guid>"
    return f"<item><title>{title}</title>{key}{dated}<description>{title}.</description></item>"


def _rss(*items: str) -> bytes:
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Quay</title>{''.join(items)}</channel></rss>".encode()
    )


def _atom(*entries: tuple[str, str, str]) -> bytes:
    body = "".join(
        f"<entry><id>{id_}</id><title>{title}</title><updated>{date}</updated>"
        f"<link href='https://quay.example/{title.replace(' ', '-')}'/></entry>"
        for id_, title, date in entries
    )
    return f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Quay</title>{body}</feed>".encode()


class _Feed:
    def __init__(self, server: TestServer, tmp_path: Path, store: Store, body: bytes) -> None:
        self.body, self.store = body, store
        self.url = server.add_route("/quay.xml", lambda _: (200, {"Content-Type": "application/xml"}, self.body))
        self.config = feeds_config(tmp_path / "config.toml", [self.url])

    async def refresh(self) -> list[Item]:
        await refresh_feeds(self.config, self.store, fetcher_options=FAST, workers=0)
        return self.store.items(ItemFilter("feed", self.url), limit=None)


async def test_oldest_first_the_latest_copy_is_kept(http_server: TestServer, tmp_path: Path, store: Store) -> None:
    body = _rss(
        _item("tide", "High water 06:12", "Thu, 03 Dec 2026 06:00:00 +0000"),
        _item("tide", "High water 06:58", "Fri, 04 Dec 2026 06:00:00 +0000"),
        _item("tide", "High water 07:41", "Sat, 05 Dec 2026 06:00:00 +0000"),
        _item("note", "Neap tide note", "Tue, 01 Dec 2026 06:00:00 +0000"),
    )
    items = await _Feed(http_server, tmp_path, store, body).refresh()
    assert sorted(i.title for i in items) == ["High water 07:41", "Neap tide note"]
    (tide,) = [i for i in items if i.guid == "tide"]
    assert tide.summary == "High water 07:41." and tide.published is not None and tide.published.day == 5


async def test_newest_first_and_undated_copies_keep_the_first(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    body = _rss(
        _item("price", "Apples up 3%", "Fri, 27 Nov 2026 07:00:00 GMT"),
        _item("price", "Pears down 1%", "Thu, 26 Nov 2026 07:00:00 GMT"),
        _item("same", "Figs scarce", "Wed, 25 Nov 2026 07:00:00 GMT"),
        _item("same", "Figs plentiful", "Wed, 25 Nov 2026 07:00:00 GMT"),
        _item("loose", "Quinces in season", None),
        _item("loose", "Quinces out of season", None),
    )
    items = await _Feed(http_server, tmp_path, store, body).refresh()
    assert sorted(i.title for i in items) == ["Apples up 3%", "Figs scarce", "Quinces in season"]


async def test_atom_ids_the_latest_copy_wins(http_server: TestServer, tmp_path: Path, store: Store) -> None:
    body = _atom(
        ("urn:quay:1", "Berth closed", "2026-11-22T10:00:00Z"),
        ("urn:quay:1", "Berth open again", "2026-11-23T10:00:00Z"),
    )
    items = await _Feed(http_server, tmp_path, store, body).refresh()
    assert [(i.title, i.link) for i in items] == [("Berth open again", "https://quay.example/Berth-open-again")]


async def test_a_corrected_copy_keeps_the_items_read_mark_and_bookmark(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    first = _item("ferry", "Ferry cancelled", "Mon, 30 Nov 2026 08:00:00 +0000")
    other = _item("bus", "Bus on time", "Mon, 30 Nov 2026 07:00:00 +0000")
    feed = _Feed(http_server, tmp_path, store, _rss(first, other))
    (ferry,) = [i for i in await feed.refresh() if i.guid == "ferry"]
    store.set_read(ferry.id, True)
    store.set_bookmarked(ferry.id, True)
    # The CMS appends the correction below the first copy, same guid, a later time.
    feed.body = _rss(first, other, _item("ferry", "Ferry running after all", "Mon, 30 Nov 2026 09:30:00 +0000"))
    items = await feed.refresh()
    assert len(items) == 2
    (now,) = [i for i in items if i.guid == "ferry"]
    assert (now.id, now.title, now.read, now.bookmarked) == (ferry.id, "Ferry running after all", True, True)
