"""No "(untitled)" duplicate after an upgrade.

Before version 25 an item that is only an attachment (no title, link, guid or text: a podcast
feed written by a script) was titled "(untitled)", and every such episode of a feed shared one
key (a store knows an item with neither guid nor link by its title and text): one row, holding
the last episode's attachment and date. Version 25 titles each by its file's name, so each has
a key of its own: the first refresh after the upgrade stored every episode, and the old row
stayed beside them as one more "(untitled)" item, with whatever read mark or bookmark the user
gave it. Now that old row is the episode it holds (the same attachment, text and date), keeps
its id, read mark and bookmark, and takes the new title. The cache is written as version 24's
parser left it (the rows it gave the store); the refresh is real, from a loopback server.
Invented feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cli_helpers import feeds_config
from httpserver import TestServer
from newstui.feeds.refresh import refresh_feeds
from newstui.model import Enclosure, ItemFilter, ParsedItem
from newstui.store import Store

FAST = {"timeout": 5.0, "retries": 0, "backoff": 0.0}


def _episode(name: str, day: int, *, dated: bool = True) -> str:
    date = f"<pubDate>{day:02d} Dec 2026 06:00:00 +0000</pubDate>" if dated else ""
    return f'<item><enclosure url="https://tidecast.example/media/{name}" length="10" type="audio/mpeg"/>{date}</item>'


def _feed(*items: str) -> bytes:
    channel = f"<channel><title>Tidecast</title>{''.join(items)}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def _as_version_24_stored(store: Store, url: str, episodes: list[tuple[str, int | None]]) -> int:
    """What version 24's parser gave the store for attachment-only items: '(untitled)' each,
    so one row (the key of the title and no text), the last episode's attachment and date."""
    store.upsert_items(
        url,
        [
            ParsedItem(
                title="(untitled)",
                published=datetime(2026, 12, day, 6, tzinfo=UTC) if day else None,
                enclosures=(Enclosure(f"https://tidecast.example/media/{name}", "audio/mpeg", 10),),
            )
            for name, day in episodes
        ],
    )
    (row,) = store.run(lambda c: c.execute("SELECT id FROM items").fetchall())
    return int(row[0])


async def _refresh(http_server: TestServer, tmp_path: Path, store: Store, body: bytes) -> str:
    url = http_server.add_route("/tidecast.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, body))
    await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    return url


async def test_the_old_untitled_row_becomes_its_episode_with_its_marks(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    body = _feed(_episode("ep3.mp3", 3), _episode("ep2.mp3", 2), _episode("ep1.mp3", 1))
    url = http_server.url("/tidecast.rss")
    old = _as_version_24_stored(store, url, [("ep3.mp3", 3), ("ep2.mp3", 2), ("ep1.mp3", 1)])
    store.set_read(old, True)
    store.set_bookmarked(old, True)
    await _refresh(http_server, tmp_path, store, body)
    items = store.items(ItemFilter("feed", url), limit=None)
    assert sorted(i.title for i in items) == ["ep1.mp3", "ep2.mp3", "ep3.mp3"]
    (kept,) = [i for i in items if i.id == old]
    assert kept.title == "ep1.mp3" and kept.read and kept.bookmarked
    assert sum(i.read for i in items) == 1
    # The next refresh changes nothing more.
    await _refresh(http_server, tmp_path, store, body)
    assert len(store.items(ItemFilter("feed", url), limit=None)) == 3


async def test_an_undated_episode_is_found_too(http_server: TestServer, tmp_path: Path, store: Store) -> None:
    body = _feed(_episode("b.mp3", 0, dated=False), _episode("a.mp3", 0, dated=False))
    url = http_server.url("/tidecast.rss")
    old = _as_version_24_stored(store, url, [("b.mp3", None), ("a.mp3", None)])
    store.set_bookmarked(old, True)
    await _refresh(http_server, tmp_path, store, body)
    items = store.items(ItemFilter("feed", url), limit=None)
    assert sorted((i.title, i.id == old) for i in items) == [("a.mp3", True), ("b.mp3", False)]


async def test_an_untitled_item_with_another_attachment_stays(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    """Only the episode the old row holds: an old row whose file the feed no longer lists is
    another story (kept, as any item the feed dropped)."""
    url = http_server.url("/tidecast.rss")
    old = _as_version_24_stored(store, url, [("ep0.mp3", 1)])
    await _refresh(http_server, tmp_path, store, _feed(_episode("ep2.mp3", 2), _episode("ep1.mp3", 1)))
    items = store.items(ItemFilter("feed", url), limit=None)
    assert sorted((i.title, i.id == old) for i in items) == [
        ("(untitled)", True),
        ("ep1.mp3", False),
        ("ep2.mp3", False),
    ]
