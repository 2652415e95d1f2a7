"""The one-time repair of the "(untitled)" rows version 25 left beside their episodes.

Before version 25 an item that is only an attachment (no title, guid or link: a podcast
feed written by a script) was titled "(untitled)"; version 25 titles it by its file's name,
which gives it another key, so its first refresh stored each episode again beside the old
row. Version 26 folds the two at that first refresh (`Writes._untitled_before`), but a
cache already refreshed by version 25 holds both rows for good: the old one with the read
mark or bookmark the user gave it, the new one unread. This step, a schema migration, folds
every such pair once, in the migration's one transaction (a killed upgrade leaves the cache
as it was, and the next open does it again).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newstui.feeds.parse.titles import UNTITLED, fallback_title
from newstui.store.codec import enclosures_from_json, enclosures_to_json

# How a row the feed does not date is dated (its first-seen time less its place in the
# document, in microseconds): the store's own rule, read from it.
from newstui.store.writes import UNDATED_SPREAD

# What the reader made of an item, naming it by id (each `ON DELETE CASCADE`): its article,
# its quotes, its place in a story. (item_tags are the filter rules' own, moved; the
# quote_shingles of a deleted item are skipped on lookup.)
_MADE_OF_IT = ("articles", "quotes", "story_items", "story_docs")


def fold_untitled_pairs(conn: sqlite3.Connection) -> int:
    """Fold each pair of rows of one feed that are one episode stored twice; returns how
    many pairs were folded.

    The general pattern: a version that gives an untitled item a title changes the key of an
    item known by neither guid nor link, and the copy the older version stored stays beside
    the new one. The two are one episode when they have the same feed, the same attachments
    (URL, type, length) and the same text, neither has a guid or a link, one is titled
    "(untitled)" and the other is titled as the parser titles such an item now (by its
    attachment's file name, `titles.fallback_title`), and they have the same date from the
    feed, or none on either side (as the fold at refresh asks). Feeds that give every item
    one attachment and no text (a notice feed with its logo, a show whose every item is the
    live stream) hold other rows that share the rest: one the feed titles itself, or a later
    episode under the same file, dated otherwise; folded, it would take the old row's read
    mark and date, unseen. The pair is folded only when exactly one row of each kind shares
    all that (more is ambiguous, and left as it is). One row stays: the one holding an extracted
    article, quotes or a place in a story (they name it by id), else the old one; it takes the new row's key,
    title and text (the key the feed's document gives now, so the next refresh finds it),
    the earliest first-seen time, the read mark if either was read (an unread copy of an
    episode already heard must not bring it back), the bookmark if either had one, and the
    tags of both. One scan of the items for the "(untitled)" ones, then one pass over the
    items of their feeds: linear, and a cache with none costs one scan.
    """
    # The "(untitled)" rows first (a cache holds few: one per feed and text), then the rows
    # of their feeds, one at a time: a cache of podcasts with long show notes is never held
    # in memory whole.
    groups: dict[tuple[Any, ...], tuple[list[tuple[int, int | None]], list[tuple[int, int | None]]]] = {}
    for item_id, feed_id, _, summary, content_html, attachments, dated in _episodes(conn, "title = ?", UNTITLED):
        groups.setdefault((feed_id, attachments, summary, content_html), ([], []))[0].append((item_id, dated))
    for feed_id in sorted({key[0] for key in groups}):
        for item_id, _, title, summary, content_html, attachments, dated in _episodes(
            conn, "feed_id = ? AND title <> ?", feed_id, UNTITLED
        ):
            group = groups.get((feed_id, attachments, summary, content_html))
            if group is not None and title == retitled(summary, content_html, attachments):
                group[1].append((item_id, dated))
    folded = 0
    for untitled, titled in groups.values():
        # One of each kind, dated alike by the feed or undated both.
        if len(untitled) == 1 and len(titled) == 1 and untitled[0][1] == titled[0][1]:
            _fold_pair(conn, untitled[0][0], titled[0][0])
            folded += 1
    return folded


def _episodes(conn: sqlite3.Connection, where: str, *args: Any) -> Iterator[tuple[Any, ...]]:
    """(id, feed, title, summary, content, attachments, date) of the rows `where` picks that
    have attachments and no guid or link; the date None when the feed gives none."""
    for item_id, feed_id, title, summary, content_html, enclosures, published, first_seen in conn.execute(
        "SELECT id, feed_id, title, summary, content_html, enclosures, published, first_seen FROM items"
        f" WHERE {where} AND guid IS NULL AND link IS NULL AND enclosures IS NOT NULL",
        args,
    ):
        attachments = enclosures_to_json(enclosures_from_json(enclosures))
        if attachments is None:
            continue  # a damaged value: nothing to tell the episode by
        undated = first_seen - UNDATED_SPREAD < published <= first_seen
        yield item_id, feed_id, title, summary, content_html, attachments, None if undated else published


def retitled(summary: str, content_html: str, attachments: str) -> str:
    """The title the parser gives an item with this text and these attachments (stored JSON)
    and no title of its own: its file's name, when the text has no line to title it by. A
    row titled otherwise was titled by its feed, not by the version that retitled
    "(untitled)" items (the fold at refresh, `Writes._untitled_before`, asks it too)."""
    return fallback_title(summary, content_html, None, [e.url for e in enclosures_from_json(attachments)])


def _referenced(conn: sqlite3.Connection, item_id: int) -> bool:
    """Whether an article, a quote or a story names the item (index probes only)."""
    return any(
        conn.execute(f"SELECT 1 FROM {table} WHERE item_id = ? LIMIT 1", (item_id,)).fetchone() is not None
        for table in _MADE_OF_IT
    )


def _fold_pair(conn: sqlite3.Connection, old_id: int, new_id: int) -> None:
    """Keep one row of the pair (see `fold_untitled_pairs`), the other deleted."""
    keep, drop = (new_id, old_id) if _referenced(conn, new_id) and not _referenced(conn, old_id) else (old_id, new_id)
    (old_published,) = conn.execute("SELECT published FROM items WHERE id = ?", (old_id,)).fetchone()
    values = conn.execute(
        "SELECT key, title, summary, content_html, author, enclosures, hash FROM items WHERE id = ?", (new_id,)
    ).fetchone()
    marks = conn.execute(
        "SELECT max(read), max(bookmarked), min(first_seen) FROM items WHERE id IN (?, ?)", (old_id, new_id)
    ).fetchone()
    conn.execute(
        "INSERT OR IGNORE INTO item_tags (tag, item_id) SELECT tag, ? FROM item_tags WHERE item_id = ?",
        (keep, drop),
    )
    # The dropped row's article, quotes and stories go with it (foreign keys, cascading); its
    # key is free before the kept row takes it (one key per feed).
    conn.execute("DELETE FROM items WHERE id = ?", (drop,))
    conn.execute(
        "UPDATE items SET key = ?, title = ?, summary = ?, content_html = ?, author = ?, enclosures = ?, hash = ?,"
        " read = ?, bookmarked = ?, first_seen = ?, published = ?, filtered = 0 WHERE id = ?",
        (*values, *marks, old_published, keep),
    )
