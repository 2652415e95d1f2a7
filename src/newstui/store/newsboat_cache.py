"""Newsboat's cache (`cache.db`): read its items' state, read-only, and carry it over.

Newsboat keeps one SQLite table of items (src/cache.cpp): `rss_item` with `guid`
(the feed's guid; without one, newsboat makes it from the link and date, the link,
or the title), `url` (the item's link), `feedurl` (the feed's URL as the urls file
writes it), `unread` (1 or 0), `flags` (letters the user set, a-z and A-Z; any is
shown as "!") and `deleted` (1 when the user deleted it: newstui has no deletion,
so it counts as read).

The file is opened with SQLite's `mode=ro` and `query_only`, never for writing:
newsboat may be running and its cache is the user's, not ours.

Matching an item: same feed (the newstui feed whose URL, or a URL it had before a
redirect, is the newsboat feed's, compared as `normalize_url` does), then the same
guid, else the same link when the newstui item has no guid (a feed that gives guids
gives newsboat the same ones, so a different guid is a different story, whatever its
link) and exactly one item of that feed has the link in each reader (counting all of
newsboat's items, read or not). Items newstui has not fetched cannot be matched: the import refreshes their
feeds first (see `newstui.cli.newsboat_import`).

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from newstui.config.urls import normalize_url
from newstui.errors import FileError
from newstui.text import one_line

if TYPE_CHECKING:
    from newstui.store import Store

# The columns every newsboat cache has; url, title, flags and deleted are read when there.
_NEEDED: Final = ("guid", "feedurl", "unread")


class NewsboatCacheError(FileError):
    """Newsboat's cache cannot be read: names the file and says why."""


@dataclass(frozen=True, slots=True)
class NewsboatItem:
    """One newsboat item with state worth carrying over (read, deleted or flagged)."""

    feed_url: str
    guid: str
    link: str
    title: str
    read: bool
    """Read in newsboat (or deleted there)."""
    flags: str = ""

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


@dataclass(frozen=True, slots=True)
class NewsboatCache:
    """What the import takes from newsboat's cache."""

    path: Path
    items: tuple[NewsboatItem, ...]
    total: int
    """Items in the cache, whatever their state."""
    running: bool = False
    """Newsboat's lock file is there: it may be running, with changes not yet saved."""
    shared_links: frozenset[tuple[str, str]] = frozenset()
    """(feed URL, link) pairs that more than one of newsboat's items has, read or not."""


def read_newsboat_cache(path: Path) -> NewsboatCache:
    """The read, deleted and flagged items of newsboat's cache at `path`, opened read-only.

    Raises:
        NewsboatCacheError: missing, not an SQLite database, not newsboat's, or unreadable.
    """
    if not path.exists():
        raise NewsboatCacheError(
            path,
            "no such file: give newsboat's cache.db with --cache PATH, or leave out --read-state to import "
            "the feeds alone",
        )
    if not path.is_file():
        raise NewsboatCacheError(path, "not a file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise NewsboatCacheError(path, f"cannot open it read-only: {error}") from None
    # Whatever bytes newsboat stored: never let a bad one stop the import.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        conn.execute("PRAGMA query_only = ON")
        columns = _columns(conn, path)
        pick = ", ".join(name if name in columns else "''" for name in ("url", "title", "flags"))
        deleted = "coalesce(deleted, 0)" if "deleted" in columns else "0"
        flagged = "coalesce(flags, '') <> ''" if "flags" in columns else "0"
        total = int(conn.execute("SELECT count(*) FROM rss_item").fetchone()[0])
        rows = conn.execute(
            f"SELECT feedurl, guid, {pick}, CAST(unread AS INTEGER), {deleted} FROM rss_item"
            f" WHERE CAST(unread AS INTEGER) = 0 OR {deleted} <> 0 OR {flagged}"
        ).fetchall()
        shared = (
            conn.execute(
                "SELECT feedurl, url FROM rss_item WHERE url <> '' GROUP BY feedurl, url HAVING count(*) > 1"
            ).fetchall()
            if "url" in columns
            else []
        )
    except sqlite3.DatabaseError as error:
        raise NewsboatCacheError(path, _reason(error)) from None
    finally:
        conn.close()
    items = tuple(
        NewsboatItem(
            feed_url=_text(feed),
            guid=_text(guid),
            link=_text(link),
            title=_text(title),
            read=not unread or bool(gone),
            flags="".join(sorted({c for c in _text(flags) if c.isascii() and c.isalpha()})),
        )
        for feed, guid, link, title, flags, unread, gone in rows
    )
    lock = path.with_name(path.name + ".lock")
    shared_links = frozenset((_text(feed), _text(link)) for feed, link in shared)
    return NewsboatCache(path, items, total, running=lock.exists(), shared_links=shared_links)


def _text(value: object) -> str:
    """A column as text: SQLite may hold a BLOB (or a number) where newsboat meant text."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _columns(conn: sqlite3.Connection, path: Path) -> set[str]:
    try:
        columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(rss_item)")}
    except sqlite3.DatabaseError as error:
        raise NewsboatCacheError(path, _reason(error)) from None
    if not columns:
        raise NewsboatCacheError(path, "not newsboat's cache (it has no rss_item table)")
    missing = [name for name in _NEEDED if name not in columns]
    if missing:
        raise NewsboatCacheError(path, f"not newsboat's cache (rss_item has no {', '.join(missing)} column)")
    return columns


_READONLY_ROLLBACK: Final = 776
"""SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection may not roll back."""


def _reason(error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "not a database" in text:
        return "not an SQLite database (is this newsboat's cache.db?)"
    if getattr(error, "sqlite_errorcode", None) == _READONLY_ROLLBACK:
        # newsboat was killed (or the machine went down) while it saved: SQLite finishes such a
        # file at its next writable open, and newstui never writes to newsboat's files.
        return (
            "newsboat stopped in the middle of saving it (its -journal holds the unfinished write); "
            "start newsboat once and quit it (that finishes the file), then import again; "
            "nothing was changed"
        )
    return f"cannot read it: {text}"


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class StatePlan:
    """What carrying newsboat's state over does to newstui's cache."""

    to_read: tuple[int, ...] = ()
    """newstui items to mark read."""
    to_bookmark: tuple[int, ...] = ()
    """newstui items to bookmark (flagged in newsboat)."""
    already_read: int = 0
    already_bookmarked: int = 0
    missing_read: int = 0
    """Read newsboat items with no newstui item (not fetched yet, or gone from the feed)."""
    missing_flagged: tuple[NewsboatItem, ...] = ()
    other_feeds: int = 0
    """Newsboat items of feeds that are not in newstui's config."""
    by_feed: dict[str, int] = field(default_factory=dict)
    """Matched newsboat items per newstui feed URL (to know which feeds to refresh)."""


def feeds_with_state(cache: NewsboatCache, feed_urls: Sequence[str]) -> list[str]:
    """Of `feed_urls` (the config's), those newsboat has read or flagged items of."""
    wanted = {normalize_url(item.feed_url) for item in cache.items}
    return [url for url in feed_urls if normalize_url(url) in wanted]


def plan_state(store: Store | None, cache: NewsboatCache, feed_urls: Sequence[str]) -> StatePlan:
    """Match newsboat's read and flagged items with newstui's items of the configured feeds.

    Args:
        store: newstui's cache, or None when there is none yet (nothing matches).
        cache: what `read_newsboat_cache` read.
        feed_urls: the config's feed URLs: items of other feeds are only counted.
    """
    configured = {normalize_url(url): url for url in feed_urls}
    ours: dict[str, list[NewsboatItem]] = {}
    other = 0
    for item in cache.items:
        url = configured.get(normalize_url(item.feed_url))
        if url is None:
            other += 1
        else:
            ours.setdefault(url, []).append(item)
    if store is None:
        return StatePlan(
            missing_read=sum(1 for items in ours.values() for item in items if item.read),
            missing_flagged=tuple(item for items in ours.values() for item in items if item.flagged),
            other_feeds=other,
        )
    rows = store.run(lambda conn: _newstui_items(conn, list(ours)))
    to_read: list[int] = []
    to_bookmark: list[int] = []
    already_read = already_bookmarked = missing_read = 0
    missing_flagged: list[NewsboatItem] = []
    by_feed: dict[str, int] = {}
    for url, items in ours.items():
        mine = rows.get(url, [])
        by_guid = {guid: row for row in mine if (guid := row[1])}
        link_counts = Counter(row[2] for row in mine if row[2])
        # Only guid-less items are matched by link: see the module docstring.
        by_link = {row[2]: row for row in mine if row[2] and not row[1] and link_counts[row[2]] == 1}
        their_links = Counter(item.link for item in items if item.link)
        for item in items:
            row = by_guid.get(one_line(item.guid)) if item.guid else None
            if (
                row is None
                and item.link
                and their_links[item.link] == 1
                and (item.feed_url, item.link) not in cache.shared_links
            ):
                row = by_link.get(item.link)
            if row is None:
                missing_read += item.read
                if item.flagged:
                    missing_flagged.append(item)
                continue
            by_feed[url] = by_feed.get(url, 0) + 1
            item_id, _, _, read, bookmarked = row
            if item.read:
                if read:
                    already_read += 1
                else:
                    to_read.append(item_id)
            if item.flagged:
                if bookmarked:
                    already_bookmarked += 1
                else:
                    to_bookmark.append(item_id)
    return StatePlan(
        tuple(dict.fromkeys(to_read)),
        tuple(dict.fromkeys(to_bookmark)),
        already_read,
        already_bookmarked,
        missing_read,
        tuple(missing_flagged),
        other,
        by_feed,
    )


_Row = tuple[int, str | None, str | None, int, int]


def _newstui_items(conn: sqlite3.Connection, urls: list[str]) -> dict[str, list[_Row]]:
    """newstui's items of these feeds (found by URL or by a URL before a redirect)."""
    ids: dict[str, int] = {}
    wanted = {normalize_url(url): url for url in urls}
    for url, feed_id in conn.execute(
        "SELECT url, id FROM feeds UNION ALL SELECT old_url, feed_id FROM feed_aliases"
    ).fetchall():
        configured = wanted.get(normalize_url(str(url)))
        if configured is not None:
            ids.setdefault(configured, int(feed_id))
    out: dict[str, list[_Row]] = {}
    for url, feed_id in ids.items():
        out[url] = [
            (int(row[0]), row[1], row[2], int(row[3]), int(row[4]))
            for row in conn.execute("SELECT id, guid, link, read, bookmarked FROM items WHERE feed_id = ?", (feed_id,))
        ]
    return out


def import_state(store: Store, cache: NewsboatCache, feed_urls: Sequence[str]) -> tuple[StatePlan, int, int]:
    """Match newsboat's items with newstui's (`plan_state`) and mark them, in one transaction;
    (the plan, marked read, bookmarked).

    One transaction, so no other process (a cron `newstui gc`) deletes a matched row before it
    is marked: a flagged item is then either bookmarked or among the plan's `missing_flagged`,
    which the caller names, never dropped unsaid.
    """

    def write(conn: sqlite3.Connection) -> tuple[StatePlan, int, int]:
        plan = plan_state(store, cache, feed_urls)
        return (plan, *_mark(conn, plan))

    return store.run_write(write)


def _mark(conn: sqlite3.Connection, plan: StatePlan) -> tuple[int, int]:
    """Mark the plan's items read and bookmarked; (marked read, bookmarked)."""
    from newstui.store.connection import in_chunks

    read = bookmarked = 0
    for chunk, marks in in_chunks(plan.to_read):
        read += conn.execute(f"UPDATE items SET read = 1 WHERE read = 0 AND id IN ({marks})", chunk).rowcount
    for chunk, marks in in_chunks(plan.to_bookmark):
        bookmarked += conn.execute(
            f"UPDATE items SET bookmarked = 1 WHERE bookmarked = 0 AND id IN ({marks})", chunk
        ).rowcount
    return read, bookmarked
