"""Reading the store: feeds, pages of items, counts, list keys, tags and flags.

Every list-shaped read (`items`, `count_items`, `neighbour_item`, `row_of`,
`unread_ids`) takes one `ItemFilter` and builds its WHERE clause in `_filters`, so
the conditions of a list have one definition; `ITEM_ORDERS` is the one definition
of its orders.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newstui.config.filters import ItemFlags, SavedQuery, to_sql
from newstui.config.urls import hide_password
from newstui.model import ALL_ITEMS, Article, Feed, Item, ItemFilter
from newstui.store.codec import EPOCH, article_from_json, enclosures_from_json, from_us, now_us, valid_utf8
from newstui.store.connection import StoreBase, guarded, in_chunks
from newstui.text import strip_control

# -- search --------------------------------------------------------------------


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query, or None when it has no terms.

    Every whitespace-separated term becomes a quoted phrase (so `AND`, `"`, `*`,
    `-` or `:` are only text, never syntax), all terms must match, and the last
    term is a prefix unless the input ends with a space: "lav" finds "Lavrov".
    """
    # A command-line argument can carry lone surrogates (undecodable bytes).
    terms = valid_utf8(strip_control(text)).split()
    if not terms:
        return None
    phrases = ['"' + term.replace('"', '""') + '"' for term in terms]
    if not text[-1:].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)


# -- items -----------------------------------------------------------------------


_ITEM_COLUMNS = """
    i.id, i.feed_id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url),
    i.title, i.link, i.guid, i.summary, i.content_html, i.author, i.published, i.read, i.bookmarked,
    i.enclosures
"""


FEED_TITLE = "coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url)"
"""SQL for a feed's shown title (`f` = the feeds table): the config's, else its own, else its URL."""

ITEM_ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "date": (("i.published", True), ("i.id", True)),
    "title": (("coalesce(i.title, '') COLLATE NOCASE", False), ("i.published", True), ("i.id", True)),
    "feed": ((FEED_TITLE + " COLLATE NOCASE", False), ("i.published", True), ("i.id", True)),
    "unread": (("i.read", False), ("i.published", True), ("i.id", True)),
}
"""The orders of the item list: (SQL expression, descending) keys, newest first within each."""


def _order_by(order: str, reverse: bool = False) -> str:
    keys = ITEM_ORDERS[order]
    return " ORDER BY " + ", ".join(f"{expr} {'DESC' if descending != reverse else 'ASC'}" for expr, descending in keys)


def _taking_turns(items: list[Item]) -> list[Item]:
    """`items` ordered as `Reads.items_without_article` orders them: each feed's newest
    first, the feeds taking turns (every feed's first, then every feed's second, ...)."""
    turn_of: dict[int, int] = {}
    keyed = []
    for item in sorted(items, key=lambda item: (item.published or EPOCH, item.id), reverse=True):
        turn = turn_of.get(item.feed_id, 0)
        turn_of[item.feed_id] = turn + 1
        keyed.append((turn, item))
    keyed.sort(key=lambda pair: pair[0])  # stable: newest first within a turn
    return [item for _, item in keyed]


def _item(row: sqlite3.Row | tuple[Any, ...]) -> Item:
    return Item(
        id=row[0],
        feed_id=row[1],
        feed_url=row[2],
        feed_title=row[3],
        title=row[4],
        link=row[5],
        guid=row[6],
        summary=row[7],
        content_html=row[8],
        author=row[9],
        published=from_us(row[10]),
        read=bool(row[11]),
        bookmarked=bool(row[12]),
        enclosures=enclosures_from_json(row[13]),
    )


_FEED_QUERY = """
SELECT f.id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url), f.site_url, f.tags,
       coalesce(c.unread, 0), coalesce(c.total, 0), f.last_status, f.last_error, f.last_success, f.in_config,
       f.last_fetch, f.not_before
FROM feeds AS f
LEFT JOIN (SELECT feed_id, count(*) AS total, total(read = 0) AS unread FROM items WHERE hidden = 0
           GROUP BY feed_id) AS c
       ON c.feed_id = f.id
"""


def _feed(row: tuple[Any, ...]) -> Feed:
    # A feed with no title of its own is named by its URL, which may carry a password: the
    # title is shown (feed list, item rows, `newstui feeds`), so it shows `***` instead.
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2] if row[2] != row[1] else hide_password(row[2]),
        site_url=row[3],
        tags=tuple(json.loads(row[4])),
        unread=int(row[5]),
        total=int(row[6]),
        last_status=row[7],
        last_error=row[8],
        last_success=from_us(row[9]),
        in_config=bool(row[10]),
        last_fetch=from_us(row[11]) if len(row) > 11 else None,
        not_before=from_us(row[12]) if len(row) > 12 else None,
    )


@dataclass(frozen=True, slots=True)
class _Filters:
    """The WHERE clause shared by the list reads."""

    sql: str
    params: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Terms:
    """An ItemFilter's conditions by what they test (kinds without a value test nothing)."""

    unread: bool
    bookmarked: bool
    feeds: tuple[str, ...]
    tags: tuple[str, ...]
    searches: tuple[str, ...]
    queries: tuple[SavedQuery, ...]
    unread_view: bool = False
    """The reader's Unread list (no condition but "unread"): like the Unread count, the sum
    of the feeds' own counts, it leaves out feeds removed from the config, bookmarked items
    included (those stay under Bookmarks and All)."""


def _terms(where: ItemFilter) -> _Terms:
    parts = where.parts
    for part in parts:
        if part.kind == "query" and part.saved is None:
            raise ValueError(
                f"the saved search {part.value!r} reached the store without its conditions (ItemFilter.of_query)"
            )
    return _Terms(
        unread=any(part.kind == "unread" for part in parts),
        bookmarked=any(part.kind == "bookmarks" for part in parts),
        feeds=tuple(part.value for part in parts if part.kind == "feed" and part.value is not None),
        tags=tuple(part.value for part in parts if part.kind == "tag" and part.value is not None),
        searches=tuple(part.value for part in parts if part.kind == "search" and part.value and part.value.strip()),
        queries=tuple(part.saved for part in parts if part.kind == "query" and part.saved is not None),
        unread_view=all(part.kind == "unread" for part in parts),
    )


class Reads(StoreBase):
    """The Store's reads (a mixin of `newstui.store.Store`)."""

    # -- feeds -----------------------------------------------------------------

    @guarded
    def feeds(self, include_removed: bool = False, order: str = "config") -> list[Feed]:
        """Feeds with their unread and total counts, in config order or by title.

        Feeds removed from the config are left out unless `include_removed`
        (then they come last). `order` is `[general] feed_order`: "config" (the
        file's order) or "title" (case-insensitive, then by URL).
        """
        where = "" if include_removed else " WHERE f.in_config = 1"
        rows = self._conn.execute(_FEED_QUERY + where + " ORDER BY f.in_config DESC, f.position, f.id").fetchall()
        feeds = [_feed(row) for row in rows]
        if order == "title":
            feeds.sort(key=lambda feed: (not feed.in_config, feed.title.casefold(), feed.url))
        return feeds

    @guarded
    def feed(self, url: str) -> Feed | None:
        """One feed by URL (or by a URL it had before a permanent redirect)."""
        feed_id = self._feed_id(url)
        if feed_id is None:
            return None
        row = self._conn.execute(
            "SELECT f.id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url), f.site_url,"
            " f.tags, (SELECT count(*) FROM items WHERE feed_id = f.id AND read = 0 AND hidden = 0),"
            " (SELECT count(*) FROM items WHERE feed_id = f.id AND hidden = 0),"
            " f.last_status, f.last_error, f.last_success,"
            " f.in_config, f.last_fetch, f.not_before FROM feeds AS f WHERE f.id = ?",
            (feed_id,),
        ).fetchone()
        return _feed(row)

    @guarded
    def fetch_state(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) for a conditional GET of `url`."""
        feed_id = self._feed_id(url)
        if feed_id is None:
            return (None, None)
        row = self._conn.execute("SELECT etag, last_modified FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return (row[0], row[1])

    @guarded
    def fetch_states(self) -> dict[str, tuple[str | None, str | None]]:
        """(etag, last_modified) of every feed by URL: one query for a whole refresh."""
        rows = self._conn.execute("SELECT url, etag, last_modified FROM feeds").fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    # -- items: reading ----------------------------------------------------------

    def _filters(
        self,
        where: ItemFilter,
        *,
        unread: bool = False,
        visibility: bool = True,
        include_hidden: bool = False,
    ) -> _Filters | None:
        """The WHERE clause of a filter over `items AS i` joined with `feeds AS f`, or None
        when nothing can match. Every part of the filter must hold (`unread` adds one more).
        Without `visibility`, the rule hiding removed feeds' items is left to the caller.
        Items hidden by a filter rule are left out unless bookmarks are asked for (Bookmarks
        keep them) or `include_hidden`."""
        terms = _terms(where)
        clauses: list[str] = []
        params: list[Any] = []
        if not terms.bookmarked and not include_hidden:
            clauses.append("i.hidden = 0")
        for query in terms.queries:
            if not self._query_clauses(query, clauses, params):
                return None
        if terms.feeds:
            for feed_url in terms.feeds:
                feed_id = self._feed_id(feed_url)
                if feed_id is None:
                    return None
                clauses.append("i.feed_id = ?")
                params.append(feed_id)
        elif visibility:
            # A feed removed from the config still shows its bookmarked items (not in Unread).
            clauses.append("f.in_config = 1" if terms.unread_view else "(f.in_config = 1 OR i.bookmarked = 1)")
        for tag in terms.tags:
            # The feed's tag, or one a filter rule gave the item.
            clauses.append(
                "(i.feed_id IN (SELECT feed_id FROM feed_tags WHERE tag = ?)"
                " OR i.id IN (SELECT item_id FROM item_tags WHERE tag = ?))"
            )
            params.extend((tag, tag))
        if unread or terms.unread:
            clauses.append("i.read = 0")
        if terms.bookmarked:
            clauses.append("i.bookmarked = 1")
        for search in terms.searches:
            match = fts_query(search)
            if match is None:
                return None
            clauses.append("i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)")
            params.append(match)
        return _Filters(" AND ".join(clauses) or "1", tuple(params))

    @guarded
    def items(
        self,
        where: ItemFilter = ALL_ITEMS,
        *,
        limit: int | None = 100,
        offset: int = 0,
        total: int | None = None,
        include_hidden: bool = False,
        order: str = "date",
    ) -> list[Item]:
        """A page of the filter's items, newest first. `limit=None` returns every match.

        Without a feed in the filter, items of feeds removed from the config are left
        out unless bookmarked. A search is what a user typed (see `fts_query`). Items a
        filter rule hides are left out, except for bookmarks or with `include_hidden`.
        `total`, the filter's `count_items()` when the caller knows it, lets a
        page past the middle be read from the oldest end: OFFSET then never
        walks more than half the list (the end of 100,000 items in ms, not 0.2 s).
        `order` is a key of `ITEM_ORDERS` ("date", "title", "feed", "unread").
        """
        filters = self._filters(where, include_hidden=include_hidden)
        if filters is None:
            return []
        select = f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}"
        if total is not None and limit is not None and offset > total // 2:
            size = min(limit, total - offset)
            if size <= 0:
                return []
            rows = self._conn.execute(
                select + _order_by(order, reverse=True) + " LIMIT ? OFFSET ?",
                (*filters.params, size, total - offset - size),
            ).fetchall()
            return [_item(row) for row in reversed(rows)]
        rows = self._conn.execute(
            select + _order_by(order) + " LIMIT ? OFFSET ?",
            (*filters.params, -1 if limit is None else limit, offset),
        ).fetchall()
        return [_item(row) for row in rows]

    @guarded
    def count_items(self, where: ItemFilter = ALL_ITEMS, *, include_hidden: bool = False) -> int:
        """How many items `items()` would give with the same filter and no limit."""
        filters = self._filters(where, visibility=False, include_hidden=include_hidden)
        if filters is None:
            return 0
        terms = _terms(where)
        if terms.feeds:
            sql, params = f"SELECT count(*) FROM items AS i WHERE {filters.sql}", filters.params
        elif terms.bookmarked:
            # Bookmarked items are always visible, and the partial bookmark index
            # answers this directly (the two-count form below scanned every feed).
            sql = f"SELECT count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}"
            params = filters.params
        elif terms.unread_view:
            sql = (
                "SELECT count(*) FROM items AS i WHERE i.feed_id IN"
                f" (SELECT id FROM feeds WHERE in_config = 1) AND {filters.sql}"
            )
            params = filters.params
        elif terms.searches or terms.queries:
            # The full-text match (or the saved search) dominates; run it once.
            sql = (
                "SELECT count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
                f" WHERE (f.in_config = 1 OR i.bookmarked = 1) AND {filters.sql}"
            )
            params = filters.params
        else:
            # Two disjoint counts, each answered from the (feed_id, read) index;
            # the OR of the visibility rule would read every row instead.
            sql = (
                "SELECT (SELECT count(*) FROM items AS i WHERE i.feed_id IN"
                f" (SELECT id FROM feeds WHERE in_config = 1) AND {filters.sql})"
                " + (SELECT count(*) FROM items AS i WHERE i.bookmarked = 1 AND i.feed_id IN"
                f" (SELECT id FROM feeds WHERE in_config = 0) AND {filters.sql})"
            )
            params = filters.params * 2
        return int(self._conn.execute(sql, params).fetchone()[0])

    # The reader's list keys: the item next to a given one in a list's order, its row,
    # and the unread ids behind "mark all read" (kept here so the order has one definition).

    def _keyset(
        self, filters: _Filters, order: str, anchor_id: int, anchor_read: bool | None, after: bool
    ) -> tuple[str, tuple[Any, ...]] | None:
        """The WHERE clause (and parameters) of the items before or `after` the anchor in `order`;
        None when the anchor item is gone. `anchor_read` overrides the anchor's read state
        (the row the list shows it on was placed by the state it was loaded with)."""
        keys = ITEM_ORDERS[order]
        values = self._conn.execute(
            f"SELECT {', '.join(expr for expr, _ in keys)} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
            " WHERE i.id = ?",
            (anchor_id,),
        ).fetchone()
        if values is None:
            return None
        values = tuple(
            int(anchor_read) if expr == "i.read" and anchor_read is not None else value
            for (expr, _), value in zip(keys, values, strict=True)
        )
        # Keys in runs of one direction, each run compared as a row value: SQLite walks
        # an index for `(i.published, i.id) < (?, ?)`, not for the OR of its parts.
        runs: list[list[int]] = []
        for index, (_, descending) in enumerate(keys):
            if runs and keys[runs[-1][0]][1] == descending:
                runs[-1].append(index)
            else:
                runs.append([index])
        ors: list[str] = []
        params: list[Any] = []
        for number, run in enumerate(runs):
            later = "<" if keys[run[0]][1] else ">"
            op = later if after else (">" if later == "<" else "<")
            equal = [f"{keys[i][0]} = ?" for earlier in runs[:number] for i in earlier]
            row = f"({', '.join(keys[i][0] for i in run)}) {op} ({', '.join('?' * len(run))})"
            ors.append("(" + " AND ".join([*equal, row]) + ")")
            params += [values[i] for earlier in runs[:number] for i in earlier] + [values[i] for i in run]
        return f"{filters.sql} AND ({' OR '.join(ors)})", (*filters.params, *params)

    @guarded
    def neighbour_item(
        self,
        anchor_id: int,
        where: ItemFilter = ALL_ITEMS,
        *,
        after: bool = True,
        order: str = "date",
        anchor_read: bool | None = None,
        unread_only: bool = True,
    ) -> Item | None:
        """The first (unread) item of the filter after (or last before) the anchor item in `order`,
        by the items' own keys rather than by row: rows shift as items are read, keys do not."""
        filters = self._filters(where, unread=unread_only)
        if filters is None:
            return None
        keyset = self._keyset(filters, order, anchor_id, anchor_read, after)
        if keyset is None:
            return None
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {keyset[0]}"
            + _order_by(order, reverse=not after)
            + " LIMIT 1",
            keyset[1],
        ).fetchone()
        return None if row is None else _item(row)

    @guarded
    def row_of(
        self, anchor_id: int, where: ItemFilter = ALL_ITEMS, *, order: str = "date", anchor_read: bool | None = None
    ) -> int | None:
        """The row of an item in the list `items()` gives for this filter (None: gone)."""
        filters = self._filters(where)
        if filters is None:
            return None
        keyset = self._keyset(filters, order, anchor_id, anchor_read, after=False)
        if keyset is None:
            return None
        sql = f"SELECT count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {keyset[0]}"
        return int(self._conn.execute(sql, keyset[1]).fetchone()[0])

    @guarded
    def unread_ids(self, where: ItemFilter = ALL_ITEMS) -> list[int]:
        """The ids of the unread items `items()` lists for this filter."""
        filters = self._filters(where, unread=True)
        if filters is None:
            return []
        sql = f"SELECT i.id FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}"
        return [int(row[0]) for row in self._conn.execute(sql, filters.params)]

    @guarded
    def item(self, item_id: int) -> Item | None:
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        return None if row is None else _item(row)

    @guarded
    def tags(self) -> list[tuple[str, int]]:
        """Every tag of a configured feed with its unread count, by name."""
        rows = self._conn.execute(
            "SELECT t.tag, total(c.unread) FROM feed_tags AS t"
            " JOIN feeds AS f ON f.id = t.feed_id AND f.in_config = 1"
            " LEFT JOIN (SELECT feed_id, count(*) AS unread FROM items WHERE read = 0 AND hidden = 0"
            " GROUP BY feed_id) AS c"
            " ON c.feed_id = t.feed_id GROUP BY t.tag ORDER BY t.tag"
        ).fetchall()
        counts = {row[0]: int(row[1]) for row in rows}
        # Tags given by filter rules, counting only items their feed's tag did not count already.
        for tag, unread in self._conn.execute(
            "SELECT it.tag, total(i.read = 0 AND i.hidden = 0 AND NOT EXISTS"
            " (SELECT 1 FROM feed_tags AS ft WHERE ft.feed_id = i.feed_id AND ft.tag = it.tag AND f.in_config = 1))"
            " FROM item_tags AS it JOIN items AS i ON i.id = it.item_id JOIN feeds AS f ON f.id = i.feed_id"
            " WHERE f.in_config = 1 OR i.bookmarked = 1 GROUP BY it.tag"
        ):
            counts[tag] = counts.get(tag, 0) + int(unread)
        return sorted(counts.items())

    @guarded
    def article(self, item_id: int, min_version: int = 0) -> Article | None:
        """The cached article, or None when missing, older than `min_version` or unreadable."""
        row = self._conn.execute("SELECT version, json FROM articles WHERE item_id = ?", (item_id,)).fetchone()
        if row is None or row[0] < min_version:
            return None
        try:
            return article_from_json(row[1])
        except (ValueError, KeyError, TypeError):
            # An unreadable cache entry is as good as none: the article is extracted again.
            return None

    @guarded
    def last_item_id(self) -> int:
        """The highest item id (0 when empty). Items stored later get higher ids, so
        `items_without_article(v, after_id=mark)` finds those a refresh added."""
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0])

    @guarded
    def items_without_article(
        self,
        version: int,
        limit: int | None = 100,
        item_ids: Sequence[int] | None = None,
        after_id: int | None = None,
        turns: bool = True,
    ) -> list[Item]:
        """Items with no cached article of at least `version`, each feed's newest first and
        the feeds taking turns: every feed's newest, then every feed's second newest, and so on.

        Taking turns is why: a pass has a limit and a deadline, and one feed that brings
        5,000 items must not leave the other feeds' new items without their pages.
        With `item_ids`, only among those; otherwise among the visible items.
        With `after_id`, only items stored after `last_item_id()` returned it.
        With `turns=False`, simply newest first: a walk of the date index that stops at
        `limit` (taking turns numbers every item without an article, the whole cache
        without `after_id`), and what a caller that wants the newest items asks.
        """
        base = (
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
            " LEFT JOIN articles AS a ON a.item_id = i.id"
            " WHERE (a.item_id IS NULL OR a.version < ?) AND i.id > ?"
        )
        floor = after_id or 0
        if item_ids is None:
            turn = "row_number() OVER (PARTITION BY i.feed_id ORDER BY i.published DESC, i.id DESC)"
            rows = self._conn.execute(
                # Items a filter hides get no page fetched (unless bookmarked).
                (base.replace(" FROM items AS i", f", {turn} AS turn FROM items AS i", 1) if turns else base)
                + " AND (f.in_config = 1 OR i.bookmarked = 1) AND (i.hidden = 0 OR i.bookmarked = 1)"
                + (
                    " ORDER BY turn, i.published DESC, i.id DESC LIMIT ?"
                    if turns
                    else " ORDER BY i.published DESC, i.id DESC LIMIT ?"
                ),
                (version, floor, -1 if limit is None else limit),
            ).fetchall()
            return [_item(row) for row in rows]  # `turn` comes last: _item reads by place
        found: list[Item] = []
        for chunk, marks in in_chunks(item_ids):
            rows = self._conn.execute(base + f" AND i.id IN ({marks})", (version, floor, *chunk)).fetchall()
            found.extend(_item(row) for row in rows)
        if turns:
            found = _taking_turns(found)
        else:
            found.sort(key=lambda item: (item.published or EPOCH, item.id), reverse=True)
        return found if limit is None else found[:limit]

    _EDITED = (
        "FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
        " WHERE i.id IN (SELECT item_id FROM articles WHERE saved = 0)"
        " AND i.bookmarked = 0 AND i.hidden = 0 AND f.in_config = 1"
    )
    """The items whose page article the feed has since edited (`articles.saved = 0`, set by
    `Writes._mark_edited_pages`) and whose page an article pass fetches again: not
    bookmarked (it keeps its article), not hidden by a filter rule and of a configured feed
    (as `items_without_article` leaves those out). Through the partial index
    `articles_edited` (schema 8): the flagged few, never every article."""

    @guarded
    def edited_page_items(self, limit: int, skip: Collection[int] = ()) -> list[int]:
        """Ids of the items an article pass fetches again because the feed edited them
        (see `_EDITED`), newest first, at most `limit`, not in `skip`."""
        rows = self._conn.execute(
            f"SELECT i.id {self._EDITED} ORDER BY i.published DESC, i.id DESC LIMIT ?", (limit + len(skip),)
        ).fetchall()
        return [row[0] for row in rows if row[0] not in skip][:limit]

    @guarded
    def count_edited_pages(self) -> int:
        """How many items an article pass would fetch again because the feed edited them."""
        return int(self._conn.execute(f"SELECT count(*) {self._EDITED}").fetchone()[0])

    @guarded
    def article_edited(self, item_id: int) -> bool:
        """Whether the feed has edited the item since its cached page article was made
        (`articles.saved = 0`): its page is worth fetching again when it is opened."""
        row = self._conn.execute("SELECT 1 FROM articles WHERE item_id = ? AND saved = 0", (item_id,)).fetchone()
        return row is not None

    # -- feed status, new items ----------------------------------------------------------------

    @guarded
    def last_fetches(self) -> dict[str, datetime | None]:
        """When each feed was last fetched (worked or not), by URL and by older URLs
        it had before a redirect: for `Config.feeds_due`.

        A fetch time ahead of the clock (None here, as never fetched) says the clock was
        set back since: kept, it would hold the feed back until the clock caught up.
        """
        out: dict[str, datetime | None] = {}
        now = now_us()

        def when(last: int | None) -> datetime | None:
            return None if last is None or last > now else from_us(last)

        for url, last in self._conn.execute("SELECT url, last_fetch FROM feeds"):
            out[url] = when(last)
        rows = self._conn.execute(
            "SELECT a.old_url, f.last_fetch FROM feed_aliases AS a JOIN feeds AS f ON f.id = a.feed_id"
        )
        for url, last in rows:
            out.setdefault(url, when(last))
        return out

    @guarded
    def new_items(self, after_id: int, limit: int | None = None) -> list[Item]:
        """Visible items stored after `last_item_id()` returned `after_id`, newest first."""
        rows = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
            " WHERE i.id > ? AND i.hidden = 0 AND (f.in_config = 1 OR i.bookmarked = 1)"
            " ORDER BY i.published DESC, i.id DESC LIMIT ?",
            (after_id, -1 if limit is None else limit),
        ).fetchall()
        return [_item(row) for row in rows]

    # -- filter rules and saved searches ---------------------------------------------------

    def _query_clauses(self, query: SavedQuery, clauses: list[str], params: list[Any]) -> bool:
        """Add a saved search's conditions over `items AS i`; False when nothing can match."""
        if query.search is not None:
            # Raw FTS5 syntax, checked when the config was loaded (filters.fts_problem).
            clauses.append("i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)")
            params.append(valid_utf8(query.search))
        if query.unread:
            clauses.append("i.read = 0")
        if query.tags:
            marks = ",".join("?" * len(query.tags))
            clauses.append(
                f"(i.feed_id IN (SELECT feed_id FROM feed_tags WHERE tag IN ({marks}))"
                f" OR i.id IN (SELECT item_id FROM item_tags WHERE tag IN ({marks})))"
            )
            params.extend(query.tags * 2)
        if query.feeds:
            ids = sorted({feed_id for url in query.feeds if (feed_id := self._feed_id(url)) is not None})
            if not ids:
                return False
            clauses.append(f"i.feed_id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if query.match is not None:
            self._sql_functions()
            sql, more = to_sql(query.match, self._pattern_id, "i")
            clauses.append(sql)
            params.extend(more)
        return True

    @guarded
    def item_flags(self, item_ids: Sequence[int]) -> dict[int, ItemFlags]:
        """What filter rules did to these items: only items with a flag are in the answer.

        Use `.get(item.id, filters.NO_FLAGS)`.
        """
        flags: dict[int, tuple[bool, bool, list[str]]] = {}
        for chunk, marks in in_chunks(item_ids):
            for item_id, hidden, highlighted in self._conn.execute(
                f"SELECT id, hidden, highlighted FROM items WHERE id IN ({marks}) AND (hidden = 1 OR highlighted = 1)",
                chunk,
            ):
                flags[item_id] = (bool(hidden), bool(highlighted), [])
            for item_id, tag in self._conn.execute(
                f"SELECT item_id, tag FROM item_tags WHERE item_id IN ({marks}) ORDER BY tag", chunk
            ):
                flags.setdefault(item_id, (False, False, []))[2].append(tag)
        return {
            item_id: ItemFlags(hidden, highlighted, tuple(tags))
            for item_id, (hidden, highlighted, tags) in flags.items()
        }

    @guarded
    def query_counts(self, queries: Sequence[SavedQuery]) -> list[tuple[int, int]]:
        """(unread, total) of each saved search, in order: one query each."""
        counts: list[tuple[int, int]] = []
        for query in queries:
            filters = self._filters(ItemFilter.of_query(query))
            if filters is None:
                counts.append((0, 0))
                continue
            row = self._conn.execute(
                "SELECT total(i.read = 0), count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
                f" WHERE {filters.sql}",
                filters.params,
            ).fetchone()
            counts.append((int(row[0]), int(row[1])))
        return counts
