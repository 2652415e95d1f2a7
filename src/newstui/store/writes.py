"""Writing the store: feeds (sync, fetch status, redirects and merges), items (a refresh
batch in one transaction), read state, bookmarks, articles, retention and filter rules.

Every write is one short `BEGIN IMMEDIATE` transaction (`StoreBase._write`) that
waits (busy timeout) for the other process; a refresh batch is one transaction, so
a refresh killed at any moment leaves the database as it was before that batch or
after it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from newstui.config.filters import FilterSet, to_sql
from newstui.errors import ItemGone
from newstui.feeds.parse.links import lower_origin
from newstui.feeds.parse.titles import UNTITLED
from newstui.model import Article, FeedConfig, FeedUpdate, ParsedItem
from newstui.store.codec import article_text, article_to_json, enclosures_to_json, now_us, to_us, valid_utf8
from newstui.store.connection import StoreBase, guarded, in_chunks
from newstui.whosaid import index as quote_index

# -- items -----------------------------------------------------------------------


def _item_key(item: ParsedItem) -> str:
    """What identifies an item within its feed: guid, else link, else its text.

    A link's scheme and host in lower case, as the parser gives them (and as the schema 10
    step rewrote the keys cached before): one key whichever way a caller spelt them."""
    if item.guid:
        return "g:" + item.guid
    if item.link:
        return "l:" + lower_origin(item.link)
    digest = hashlib.blake2b(f"{item.title}\x00{item.summary}".encode("utf-8", "replace"), digest_size=16)
    return "h:" + digest.hexdigest()


def _item_hash(item: ParsedItem, published: int | None) -> int:
    """A fingerprint of everything stored about an item, to skip unchanged ones."""
    text = "\x00".join(
        (
            item.guid or "",
            item.link or "",
            item.title or "",
            item.summary or "",
            item.content_html or "",
            item.author or "",
            str(published),
        )
    )
    if item.enclosures:
        # Only then: items without enclosures keep the hash they had before enclosures were stored.
        text += "\x00" + (enclosures_to_json(item.enclosures) or "")
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).digest(), "big", signed=True)


# Unchanged items cost one index probe; changed ones are updated in place and
# keep id, read and bookmark state. ?9 is the feed's own date (may be NULL),
# ?10 the first-seen fallback. New and changed rows get filtered = 0: the filter
# rules have not seen them yet.
_UPSERT_ITEM = """
INSERT INTO items (feed_id, key, guid, link, title, summary, content_html, author, published, first_seen, hash,
                   enclosures, filtered)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, ?10), ?11, ?12, ?13, 0)
ON CONFLICT (feed_id, key) DO UPDATE SET
    guid = excluded.guid, link = excluded.link, title = excluded.title, summary = excluded.summary,
    content_html = excluded.content_html, author = excluded.author, enclosures = excluded.enclosures,
    published = coalesce(?9, items.published), hash = excluded.hash, filtered = 0
WHERE items.hash <> excluded.hash
"""


# An undated item's `published` is its first-seen time less its place in the document, in
# microseconds: an item dated by its feed is never this close below its first-seen time.
UNDATED_SPREAD = 1_000_000


def _item_rows(feed_id: int, items: Sequence[ParsedItem], now: int) -> list[tuple[Any, ...]]:
    rows = []
    for index, item in enumerate(items):
        published = None if item.published is None else to_us(item.published)
        rows.append(
            (
                feed_id,
                _item_key(item),
                item.guid,
                item.link,
                item.title,
                item.summary,
                item.content_html,
                item.author,
                published,
                # Undated items keep the feed's order (first = newest) among themselves.
                now - index,
                now,
                _item_hash(item, published),
                enclosures_to_json(item.enclosures),
            )
        )
        try:
            "".join(value for value in rows[-1] if isinstance(value, str)).encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (a JSON Feed may escape one): cleaned here, before the key is
            # looked up anywhere, or the whole batch fails. Same hash: it reads them alike.
            rows[-1] = _clean_row(rows[-1])
    return rows


def _has_text(summary: str | None, content_html: str | None) -> bool:
    """Whether an item has text to tell it by (a summary or content, not blank)."""
    return bool((summary or "").strip() or (content_html or "").strip())


# Minutes past the hour, in UTC, of midnight in the zones places use that are not a whole
# number of hours from UTC (+05:30 India, +05:45 Nepal, +09:30 and +10:30 Australia, -03:30
# and -02:30 Newfoundland, +03:30 Iran, +04:30 Afghanistan, +06:30 Myanmar, +08:45 Eucla,
# -09:30 Marquesas, +12:45 and +13:45 Chatham), as (hour, minute) of UTC.
_HALF_ZONE_MIDNIGHTS = frozenset(
    {(2, 30), (3, 30), (9, 30), (10, 15), (11, 15), (13, 30), (14, 30), (15, 15), (17, 30), (18, 15), (18, 30),
     (19, 30), (20, 30)}
)  # fmt: skip
_HOUR_US = 3_600_000_000
_MINUTE_US = 60_000_000


def _day_only(published: int | None) -> bool:
    """Whether a date may be a day only: midnight in some zone a place uses. A feed that dates
    its items by the day (midnight in its zone) gives two notices of one day one date, so the
    date tells them apart no better than none. In UTC that midnight is on the hour, or, in a
    zone a half or quarter hour off (India's +05:30 gives 18:30), at one of a few minutes past
    it. A story's time to the minute is what the retitled fold trusts; a story at one of those
    times exactly stays two items (a duplicate), never one story taking another's place."""
    if published is None or published % _HOUR_US == 0:  # microseconds
        return True
    if published % _MINUTE_US:
        return False
    hour, minute = divmod(published // _MINUTE_US % (24 * 60), 60)
    return (hour, minute) in _HALF_ZONE_MIDNIGHTS


def _front_page(link: str) -> bool:
    """Whether a link is a site's front page (no path, no query): every story of a feed
    that links its items to its home page has it, so it tells no story from another."""
    try:
        parts = urlsplit(link)
    except ValueError:  # a malformed address (an unclosed "[" in the host) is nobody's front page
        return False
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query and not parts.fragment


def _own_link(link: str | None, site: str) -> bool:
    """Whether `link` is a story's own page: not a front page nor the feed's own web page
    (`site`, scheme and host in lower case), which every item of such a feed shares."""
    return link is not None and not _front_page(link) and lower_origin(link) != site


def _retitled(title: str, summary: str, content_html: str, enclosures: str) -> bool:
    """Whether a row is titled as the parser titles an item that is only its attachments
    (the rows `Writes._untitled_before` may fold; one the feed titled is another story)."""
    from newstui.store.untitled_pairs import retitled

    return title == retitled(summary, content_html, enclosures)


def _clean_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(valid_utf8(v) if isinstance(v, str) else v for v in row)


TOMBSTONE_UNLISTED_DAYS = 30
"""Days after which a document read only in part (with a parser warning) forgets a tombstone
no document has listed meanwhile (`Writes._without_deleted`)."""

_DAY_US = 86_400_000_000


class Writes(StoreBase):
    """The Store's writes (a mixin of `newstui.store.Store`)."""

    # -- feeds -----------------------------------------------------------------

    def _ensure_feed(self, url: str) -> int:
        """The feed's id, adding it (as configured) when the store has never seen it."""
        feed_id = self._feed_id(url)
        if feed_id is None:
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM feeds").fetchone()[0]
            cursor = self._conn.execute("INSERT INTO feeds (url, position) VALUES (?, ?)", (url, position))
            feed_id = int(cursor.lastrowid or 0)
        return feed_id

    def _sync_plan(
        self, feeds: Sequence[FeedConfig]
    ) -> tuple[list[tuple[int | str, tuple[str | None, str, int]]], list[int]]:
        """What sync_feeds must write: (feed id or new URL, (title, tags, position)), and ids to mark removed."""
        conn = self._conn
        current = {
            row[0]: row[1:]
            for row in conn.execute("SELECT url, id, config_title, tags, in_config, position FROM feeds")
        }
        aliases = dict(conn.execute("SELECT old_url, feed_id FROM feed_aliases").fetchall())
        by_id = {values[0]: url for url, values in current.items()}
        wanted: dict[int | str, tuple[str | None, str, int]] = {}
        for position, feed in enumerate(feeds):
            tags = json.dumps(list(dict.fromkeys(feed.tags)))
            ref: int | str = feed.url
            if feed.url in current:
                ref = current[feed.url][0]
            elif feed.url in aliases:
                ref = aliases[feed.url]
            wanted[ref] = (feed.title, tags, position)
        changes: list[tuple[int | str, tuple[str | None, str, int]]] = []
        for ref, values in wanted.items():
            old = current.get(by_id[ref]) if isinstance(ref, int) else None
            if old is None or (old[1], old[2], old[3], old[4]) != (values[0], values[1], 1, values[2]):
                changes.append((ref, values))
        removed = [values[0] for values in current.values() if values[3] and values[0] not in wanted]
        return changes, removed

    @guarded
    def sync_feeds(self, feeds: Sequence[FeedConfig]) -> None:
        """Make the configured feeds the visible ones, in config order.

        Feeds missing from `feeds` are kept with in_config False (their items,
        read state and bookmarks stay). Writes only when something changed, so
        an app start does not wait for a running refresh without need.
        """
        plan = self._sync_plan(feeds)
        if not plan[0] and not plan[1]:
            return
        conn = self._conn
        with self._write():
            # Planned again under the write lock: another process may have moved on.
            changes, removed = self._sync_plan(feeds)
            for feed_id in removed:
                conn.execute("UPDATE feeds SET in_config = 0 WHERE id = ?", (feed_id,))
            for ref, (title, tags, position) in changes:
                if isinstance(ref, int):
                    conn.execute(
                        "UPDATE feeds SET config_title = ?, tags = ?, in_config = 1, position = ? WHERE id = ?",
                        (title, tags, position, ref),
                    )
                    feed_id = ref
                else:
                    cursor = conn.execute(
                        "INSERT INTO feeds (url, config_title, tags, in_config, position) VALUES (?, ?, ?, 1, ?)"
                        " ON CONFLICT (url) DO UPDATE SET config_title = excluded.config_title,"
                        " tags = excluded.tags, in_config = 1, position = excluded.position RETURNING id",
                        (ref, title, tags, position),
                    )
                    feed_id = int(cursor.fetchone()[0])
                conn.execute("DELETE FROM feed_tags WHERE feed_id = ?", (feed_id,))
                conn.executemany(
                    "INSERT OR IGNORE INTO feed_tags (tag, feed_id) VALUES (?, ?)",
                    [(tag, feed_id) for tag in json.loads(tags)],
                )

    @guarded
    def record_fetch(
        self,
        url: str,
        *,
        status: int | None,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        title: str | None = None,
        site_url: str | None = None,
        ok: bool = True,
        not_before: datetime | None = None,
    ) -> None:
        """Record the outcome of fetching `url` (added to the store if unknown)."""
        with self._write():
            self._record(
                self._ensure_feed(url),
                status,
                error,
                etag,
                last_modified,
                title,
                site_url,
                ok,
                now_us(),
                not_before,
            )

    @guarded
    def forget_validators(self, url: str) -> None:
        """Drop the stored ETag and Last-Modified of `url`: the next fetch is unconditional.

        For validators that could not be sent (a request failed before reaching the server).
        """
        feed_id = self._feed_id(url)
        if feed_id is None:
            return
        with self._write():
            self._conn.execute("UPDATE feeds SET etag = NULL, last_modified = NULL WHERE id = ?", (feed_id,))

    def _record(
        self,
        feed_id: int,
        status: int | None,
        error: str | None,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        site_url: str | None,
        ok: bool,
        now: int,
        not_before: datetime | None = None,
    ) -> None:
        """Write one fetch's outcome. Every fetch sets `not_before` (the server's Retry-After as
        a time) or clears it: a later answer without Retry-After ends the wait."""
        if ok and status != 304:
            # A full response replaces the validators, even with none: the server dropped them.
            validators = "etag = :etag, last_modified = :last_modified,"
        elif ok:
            # A 304 may omit them; keep the ones we have.
            validators = "etag = coalesce(:etag, etag), last_modified = coalesce(:last_modified, last_modified),"
        else:
            validators = ""
        success = "last_success = :now," if ok else ""
        self._conn.execute(
            f"UPDATE feeds SET {validators} {success} last_status = :status, last_error = :error,"
            " own_title = coalesce(:title, own_title), site_url = coalesce(:site_url, site_url),"
            " last_fetch = :now, not_before = :not_before WHERE id = :id",
            {
                "etag": etag,
                "last_modified": last_modified,
                "now": now,
                "status": status,
                "error": None if error is None else valid_utf8(error),
                "title": None if title is None else valid_utf8(title),
                "site_url": None if site_url is None else valid_utf8(site_url),
                "not_before": None if not_before is None else to_us(not_before),
                "id": feed_id,
            },
        )

    @guarded
    def rename_feed(self, old_url: str, new_url: str) -> None:
        """Move a feed to the URL a permanent redirect gave, keeping items and state.

        When `new_url` is already a feed, the two are merged: items found in both
        keep the union of their read/bookmark state. `old_url` stays an alias, so
        the config's old URL still names this feed.
        """
        if old_url == new_url:
            return
        with self._write():
            self._rename_in_transaction(old_url, new_url)

    def _merge_feeds(self, old_id: int, new_id: int) -> None:
        conn = self._conn
        # Items in both: carry state and cached articles over to the surviving copy.
        pairs = conn.execute(
            "SELECT o.id, n.id FROM items AS o JOIN items AS n ON n.feed_id = ? AND n.key = o.key WHERE o.feed_id = ?",
            (new_id, old_id),
        ).fetchall()
        for old_item, new_item in pairs:
            conn.execute(
                "UPDATE items SET read = max(read, (SELECT read FROM items WHERE id = :o)),"
                " bookmarked = max(bookmarked, (SELECT bookmarked FROM items WHERE id = :o)) WHERE id = :n",
                {"o": old_item, "n": new_item},
            )
            # The articles_fts_insert trigger indexes the moved text.
            moved = conn.execute(
                "INSERT OR IGNORE INTO articles (item_id, version, json, text, saved)"
                " SELECT ?, version, json, text, saved FROM articles WHERE item_id = ?",
                (new_item, old_item),
            ).rowcount
            if moved:
                quote_index.reindex_item(conn, new_item)
        conn.execute(
            "UPDATE items SET feed_id = ? WHERE feed_id = ? AND key NOT IN (SELECT key FROM items WHERE feed_id = ?)",
            (new_id, old_id, new_id),
        )
        # Stories by terms link items of another feed by this copy of the feed: moved with them.
        conn.execute("UPDATE story_docs SET feed_id = ? WHERE feed_id = ?", (new_id, old_id))
        settings = "SELECT config_title, tags, in_config, position FROM feeds WHERE id = ?"
        old = conn.execute(settings, (old_id,)).fetchone()
        new = conn.execute(settings, (new_id,)).fetchone()
        tags = list(dict.fromkeys(json.loads(new[1]) + json.loads(old[1])))
        conn.execute(
            "UPDATE feeds SET config_title = ?, tags = ?, in_config = ?, position = ? WHERE id = ?",
            (new[0] or old[0], json.dumps(tags), max(old[2], new[2]), min(old[3], new[3]), new_id),
        )
        conn.executemany("INSERT OR IGNORE INTO feed_tags (tag, feed_id) VALUES (?, ?)", [(t, new_id) for t in tags])
        conn.execute("UPDATE feed_aliases SET feed_id = ? WHERE feed_id = ?", (new_id, old_id))
        conn.execute("UPDATE OR IGNORE deleted_items SET feed_id = ? WHERE feed_id = ?", (new_id, old_id))
        conn.execute("DELETE FROM feeds WHERE id = ?", (old_id,))

    # -- items: writing ----------------------------------------------------------

    def _counts(self, feed_ids: Sequence[int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for chunk, marks in in_chunks(feed_ids):
            counts.update(
                self._conn.execute(
                    f"SELECT feed_id, count(*) FROM items WHERE feed_id IN ({marks}) GROUP BY feed_id", chunk
                ).fetchall()
            )
        return counts

    def _upsert(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert or update item rows, then index the new ones for search in one statement."""
        if not rows:
            return
        conn = self._conn
        last_id = conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]
        conn.execute("UPDATE fts_state SET indexed = ?", (last_id,))
        self._mark_edited_pages(rows)
        try:
            self._conn.executemany(_UPSERT_ITEM, rows)
        except UnicodeEncodeError:
            # A lone surrogate from a broken feed. The rows written before it are
            # rewritten identically (same key, same hash), so a retry is safe.
            self._conn.executemany(_UPSERT_ITEM, [_clean_row(row) for row in rows])
        self._adopt_renamed(rows, last_id)
        # New rows get ids above the old maximum (INTEGER PRIMARY KEY without
        # AUTOINCREMENT) and have no article yet; changed rows are re-indexed by
        # the items_fts_update trigger.
        conn.execute(
            "INSERT INTO item_fts (rowid, title, summary, article)"
            " SELECT id, title, summary, '' FROM items WHERE id > ?",
            (last_id,),
        )
        conn.execute("UPDATE fts_state SET indexed = (SELECT coalesce(max(id), 0) FROM items)")
        if self._filter_set is not None and self._filter_set.rules:
            # Without rules every flag stays clear: new rows need no pass (rules
            # added later are applied to the whole cache, fingerprint changed).
            self._apply_rules(self._filter_set, everything=False)

    def _mark_edited_pages(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Flag the cached page articles of items the feed has edited (`articles.saved = 0`).

        An article made from the item's page was made from the page as it was then; when
        the feed changes the item's title, text or date, the page has most likely changed
        too (a correction, an update to a developing story). The article stays (it is shown
        until a new one is in) and the next article pass fetches the page again
        (`feeds.articles.refresh_articles`). A bookmarked item keeps the article it was
        bookmarked with. Articles made from the feed's own text need no flag: they are
        made again from the stored item when shown. Costs one probe of the (feed, key)
        index per row of the batch, as the upsert does (never the feed's whole history);
        the text and the article are read only for items whose fingerprint changed.
        """
        conn = self._conn
        keyed = {(row[0], row[1]): row for row in rows}  # the last row of a key is the one stored
        changed: list[tuple[int, tuple[Any, ...]]] = []
        for (feed_id, key), new in keyed.items():
            found = conn.execute(
                "SELECT id, hash FROM items WHERE feed_id = ? AND key = ? AND bookmarked = 0", (feed_id, key)
            ).fetchone()
            if found is not None and new[11] != found[1]:
                changed.append((found[0], new))
        edited: list[int] = []
        for item_id, row in changed:
            old = conn.execute(
                "SELECT i.title, i.summary, i.content_html, i.published, json_extract(a.json, '$.source')"
                " FROM items AS i JOIN articles AS a ON a.item_id = i.id WHERE i.id = ? AND a.saved <> 0",
                (item_id,),
            ).fetchone()
            if old is None:
                continue  # no article, or one already flagged
            title, summary, content_html, published, source = old
            text_changed = (row[4], row[5], row[6]) != (title, summary, content_html)
            if source == "page" and (text_changed or (row[8] is not None and row[8] != published)):
                edited.append(item_id)
        for chunk, marks in in_chunks(edited):
            conn.execute(f"UPDATE articles SET saved = 0 WHERE item_id IN ({marks})", chunk)

    def _adopt_renamed(self, rows: Sequence[tuple[Any, ...]], last_id: int) -> None:
        """Fold each new row that is an old story under a new guid or link into the old item.

        Feeds change their guids (a CMS migration, http to https, a new permalink scheme)
        and every story would come back as a new, unread duplicate. A new row is taken
        for an older item of its feed when both have the same title, the same date from
        the feed and the same text (summary and content), the older one is no longer in
        the document, and the two fit only each other: that item takes the new key and
        text and keeps its id, read state, bookmark and article; the new row goes. The
        text must match because a title and a day are shared by different stories
        ("Letters", "Corrections" in a feed dated by the day), and the older one leaves
        the document when the feed trims to its last N items; anything ambiguous stays
        two items, as newsboat would show it. An undated row is matched the same way to an
        older undated item (no date to compare) that has text, or the same link when that is
        the story's own (not a front page or the feed's own page): a feed without dates that
        changes its guids brings no duplicates either. A row with no text dated by the day only
        (`_day_only`) is matched the same way, by its own link, not by the day. A dated row that
        fits no old item by its title is matched by its link instead (`_fold_retitled`): a story
        re-keyed on the day its headline was edited. Only rows just inserted (ids above
        `last_id`) of feeds that had items are looked at: a first fetch costs nothing.
        """
        conn = self._conn
        fresh = conn.execute(
            "SELECT id, feed_id, key, title, published, summary, content_html, link, enclosures FROM items"
            " WHERE id > ?",
            (last_id,),
        ).fetchall()
        if not fresh:
            return
        listed: dict[int, set[str]] = {}
        dated: set[tuple[int, str]] = set()
        for row in rows:
            listed.setdefault(row[0], set()).add(row[1])
            if row[8] is not None:  # the feed's own date, not the first-seen time
                dated.add((row[0], row[1]))
        older = {
            feed_id
            for feed_id in {row[1] for row in fresh}
            if conn.execute("SELECT 1 FROM items WHERE feed_id = ? AND id <= ? LIMIT 1", (feed_id, last_id)).fetchone()
        }
        candidates: dict[int, list[int]] = {}
        undated: dict[int, list[tuple[Any, ...]]] = {}
        retitled: list[tuple[Any, ...]] = []
        attachments: list[tuple[Any, ...]] = []
        for item_id, feed_id, key, title, published, summary, content_html, link, enclosures in fresh:
            if feed_id not in older or not title:
                continue
            if enclosures and key.startswith("h:") and _retitled(title, summary, content_html, enclosures):
                attachments.append(
                    (item_id, feed_id, (feed_id, key) in dated, published, summary, content_html, enclosures)
                )
            if (feed_id, key) not in dated:
                undated.setdefault(feed_id, []).append((item_id, title, summary, content_html, link))
                continue
            found = conn.execute(
                "SELECT id, key, link FROM items WHERE feed_id = ? AND published = ? AND title = ? AND summary IS ?"
                " AND content_html IS ? AND id <= ?",
                (feed_id, published, title, summary, content_html, last_id),
            ).fetchall()
            if found and _day_only(published) and not _has_text(summary, content_html):
                # A day and a title, with no text on either side, are what two alerts of one
                # day share ("Traffic alert"): as for undated rows, only the story's own link
                # tells them for one story.
                own = _own_link(link, self._site_url(feed_id))
                # (By origin in lower case: an older newstui stored links as the feed spelt them.)
                found = [row for row in found if own and row[2] and lower_origin(row[2]) == lower_origin(link)]
            candidates[item_id] = [old_id for old_id, old_key, _ in found if old_key not in listed[feed_id]]
            if not candidates[item_id] and _has_text(summary, content_html) and link:
                retitled.append((item_id, feed_id, published, summary, content_html, link))
        for feed_id, new_rows in undated.items():
            # Undated on both sides (an undated item's date is its first-seen time, less its
            # place in the document in microseconds), with text to tell it by, or its link.
            # No date to look up by: one pass over the feed per batch, not one per new row.
            olds: dict[str, list[tuple[Any, ...]]] = {}
            for chunk, marks in in_chunks(sorted({row[1] for row in new_rows})):
                for old in conn.execute(
                    "SELECT id, key, title, summary, content_html, link FROM items"
                    f" WHERE feed_id = ? AND title IN ({marks}) AND id <= ?"
                    " AND published <= first_seen AND published > first_seen - ?",
                    (feed_id, *chunk, last_id, UNDATED_SPREAD),
                ):
                    olds.setdefault(old[2], []).append(old)
            site = self._site_url(feed_id)
            for item_id, title, summary, content_html, link in new_rows:
                # Text, or the same link when it is the story's own: two items without either
                # share only their title, and a front page or the feed's own page is every
                # item's link (a feed listing only its latest briefing, each titled alike).
                own_link = _own_link(link, site)
                candidates[item_id] = [
                    old_id
                    for old_id, old_key, _, old_summary, old_content, old_link in olds.get(title, [])
                    if old_summary == summary
                    and old_content == content_html
                    and (bool(summary) or bool(content_html) or (own_link and old_link == link))
                    and old_key not in listed[feed_id]
                ]
        if attachments:
            self._untitled_before(attachments, listed, last_id, candidates)
        wanted = Counter(old_id for matches in candidates.values() for old_id in matches)
        self._fold(candidates, wanted)
        if retitled:
            self._fold_retitled(retitled, listed, set(wanted), last_id)

    def _untitled_before(
        self,
        rows: Sequence[tuple[Any, ...]],
        listed: Mapping[int, set[str]],
        last_id: int,
        candidates: dict[int, list[int]],
    ) -> None:
        """Offer each new row known by its text and attachment the old "(untitled)" item an
        older version stored for it (into `candidates`, where nothing else was found).

        The general pattern: a version that titles an untitled item anew changes the key of
        an item known by neither guid nor link (its title and text), so the first refresh
        after the upgrade stored the story again beside the old row: an item that is only an
        attachment was "(untitled)" before version 25, is titled by its file's name since,
        and the old row stayed as one more "(untitled)" item, read mark and bookmark on it.
        The old row is that story when it has the same attachments, text and date from the
        feed (an undated row: any date), no guid or link, and the document no longer lists
        its key, and the new row is titled as the parser titles an item that is only its
        attachments (`_retitled`: one its feed titled is another story, say a notice beside
        the logo every item of its feed carries); the usual fold (`_fold`) takes it only
        when the two fit only each other.
        The old rows are looked up by their attachments: a feed may hold thousands of rows
        titled "(untitled)", and as many new rows each scanning them all was quadratic.
        """
        conn = self._conn
        olds: dict[tuple[int, str], list[tuple[Any, ...]]] = {}
        for feed_id in sorted({row[1] for row in rows}):
            for old in conn.execute(
                "SELECT id, key, published, summary, content_html, enclosures FROM items"
                " WHERE feed_id = ? AND title = ? AND guid IS NULL AND link IS NULL AND enclosures IS NOT NULL"
                " AND id <= ?",
                (feed_id, UNTITLED, last_id),
            ):
                olds.setdefault((feed_id, old[5]), []).append(old)
        for item_id, feed_id, dated, published, summary, content_html, enclosures in rows:
            if candidates.get(item_id):
                continue
            candidates[item_id] = [
                old_id
                for old_id, old_key, old_published, old_summary, old_content, _ in olds.get((feed_id, enclosures), [])
                if old_summary == summary
                and old_content == content_html
                and (not dated or old_published == published)
                and old_key.startswith("h:")
                and old_key not in listed[feed_id]
            ]

    def _fold_retitled(
        self, rows: Sequence[tuple[Any, ...]], listed: Mapping[int, set[str]], taken: set[int], last_id: int
    ) -> None:
        """Fold the dated rows that fit no old item by title into an old item with the same
        link, the same date from the feed and the same text (not empty), under another title.

        The general pattern: a CMS migration (new guids) on the day a headline was sharpened
        ("Ferry timetable changes" → "Ferry to run twice a day") listed the story twice, the
        read and bookmarked copy beside an unread one. The link tells them apart only when it
        is the story's own: the feed gives it to no item but these two (a home page or a
        notices page that every item links to says nothing), and it is neither a site's front
        page nor the feed's own web page (with a feed listing only its latest notice, these
        two are all the items that have that page so far), and the date names a time, not only
        a day (`_day_only`: two warnings of one day on a shared "/warnings" page, with the
        feed's boilerplate text, are otherwise one story to every test above). As for the title-matched fold,
        the old item must be gone from the document, and the two must fit only each other;
        an old item another row took by its title is not offered again. The old item keeps
        its id, read state and bookmark; its cached page is fetched again unless it is
        bookmarked (as an item edited in place, `_mark_edited_pages`)."""
        conn = self._conn
        fitting: dict[int, list[tuple[int, str, list[int]]]] = {}
        site_urls: dict[int, str] = {}
        for item_id, feed_id, published, summary, content_html, link in rows:
            if feed_id not in site_urls:
                site_urls[feed_id] = self._site_url(feed_id)
            if _day_only(published) or not _own_link(link, site_urls[feed_id]):
                # No story's own page, even while only two items have it (a feed that lists
                # only its latest notice): a count of the items cannot tell that yet.
                continue
            # By (feed, date) first, an index probe: most new rows are new stories and stop here.
            found = conn.execute(
                "SELECT id, key FROM items WHERE feed_id = ? AND published = ? AND link = ? AND summary IS ?"
                " AND content_html IS ? AND id <= ?",
                (feed_id, published, link, summary, content_html, last_id),
            ).fetchall()
            matches = [old_id for old_id, old_key in found if old_key not in listed[feed_id] and old_id not in taken]
            if matches:
                fitting.setdefault(feed_id, []).append((item_id, link, matches))
        candidates: dict[int, list[int]] = {}
        for feed_id, fits in fitting.items():
            # How many items share each link: no index has the link, so one pass over the feed
            # per batch, not one per row (a feed that links every item to its home page, with
            # one boilerplate text, has many rows here at every refresh).
            sharing: dict[str, int] = {}
            for links, marks in in_chunks(sorted({link for _, link, _ in fits})):
                sharing.update(
                    conn.execute(
                        f"SELECT link, count(*) FROM items WHERE feed_id = ? AND link IN ({marks}) GROUP BY link",
                        (feed_id, *links),
                    ).fetchall()
                )
            for item_id, link, matches in fits:
                if sharing.get(link) == 2:  # the new row and its old self: no other item has the link
                    candidates[item_id] = matches
        wanted = Counter(old_id for matches in candidates.values() for old_id in matches)
        folded = self._fold(candidates, wanted)
        for chunk, marks in in_chunks(folded):
            # The bookmark by each article's own item (a key probe), not a list of every
            # unbookmarked item of the cache.
            conn.execute(
                f"UPDATE articles SET saved = 0 WHERE item_id IN ({marks}) AND saved <> 0"
                " AND json_extract(json, '$.source') = 'page'"
                " AND (SELECT bookmarked FROM items WHERE id = articles.item_id) = 0",
                chunk,
            )

    def _site_url(self, feed_id: int) -> str:
        """The feed's own web page (its `<link>`), scheme and host in lower case; "" when none."""
        site = self._conn.execute("SELECT site_url FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return lower_origin(site[0]) if site and site[0] else ""

    def _fold(self, candidates: Mapping[int, list[int]], wanted: Counter[int]) -> list[int]:
        """Fold each new row that fits exactly one old item, wanted by no other row, into it
        (the old item takes the new key and text; the new row goes). Returns the old ids."""
        conn = self._conn
        folded: list[int] = []
        for item_id, matches in candidates.items():
            if len(matches) != 1 or wanted[matches[0]] != 1:
                continue  # none, or too many to tell which
            folded.append(matches[0])
            values = conn.execute(
                "SELECT key, guid, link, title, summary, content_html, author, enclosures, hash"
                " FROM items WHERE id = ?",
                (item_id,),
            ).fetchone()
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
            conn.execute(
                "UPDATE items SET key = ?, guid = ?, link = ?, title = ?, summary = ?, content_html = ?, author = ?,"
                " enclosures = ?, hash = ?, filtered = 0 WHERE id = ?",
                (*values, matches[0]),
            )
        return folded

    @guarded
    def upsert_items(self, url: str, items: Sequence[ParsedItem]) -> int:
        """Store a feed's items (adding the feed if unknown); returns how many were new."""
        with self._write():
            feed_id = self._ensure_feed(url)
            before = self._counts([feed_id]).get(feed_id, 0)
            self._upsert(self._without_deleted(_item_rows(feed_id, items, now_us()), [feed_id]))
            return self._counts([feed_id]).get(feed_id, 0) - before

    @guarded
    def apply_updates(self, updates: Sequence[FeedUpdate]) -> dict[str, int]:
        """Apply a refresh batch in one transaction: redirects, fetch status, items.

        An update with `items=None` (a 304 or an error) writes no item. Returns
        the number of new items per feed URL (the new URL after a redirect).
        """
        new_counts: dict[str, int] = {}
        if not updates:
            return new_counts
        now = now_us()
        with self._write() as conn:
            ids = dict(conn.execute("SELECT url, id FROM feeds").fetchall())
            work: list[tuple[str, int, FeedUpdate]] = []
            for update in updates:
                url = update.url
                if update.new_url and update.new_url != url:
                    self._rename_in_transaction(url, update.new_url)
                    ids = dict(conn.execute("SELECT url, id FROM feeds").fetchall())
                    url = update.new_url
                feed_id = ids.get(url)
                if feed_id is None:
                    feed_id = self._ensure_feed(url)
                    ids[url] = feed_id
                work.append((url, feed_id, update))
            with_items = [feed_id for _, feed_id, update in work if update.items is not None]
            before = self._counts(with_items)
            rows: list[tuple[Any, ...]] = []
            for _, feed_id, update in work:
                self._record(
                    feed_id,
                    update.status,
                    update.error,
                    update.etag,
                    update.last_modified,
                    update.title,
                    update.site_url,
                    update.ok,
                    now,
                    update.not_before,
                )
                if update.items:
                    rows.extend(_item_rows(feed_id, update.items, now))
            # An update's `error` with items: the parser read the document only in part.
            read_whole = {feed_id for _, feed_id, update in work if update.items is not None and not update.error}
            rows = self._without_deleted(rows, with_items, whole=read_whole, now=now)
            if rows:
                self._upsert(rows)
            after = self._counts(with_items)
            for url, feed_id, update in work:
                if update.items is not None:
                    new_counts[url] = after.get(feed_id, 0) - before.get(feed_id, 0)
        return new_counts

    def _rename_in_transaction(self, old_url: str, new_url: str) -> None:
        old_id = self._feed_id(old_url)
        if old_id is None:
            return
        row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (new_url,)).fetchone()
        if row is None:
            self._conn.execute("DELETE FROM feed_aliases WHERE old_url = ?", (new_url,))
            self._conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (new_url, old_id))
            new_id = old_id
        else:
            new_id = int(row[0])
            if new_id != old_id:
                self._merge_feeds(old_id, new_id)
        self._conn.execute("INSERT OR REPLACE INTO feed_aliases (old_url, feed_id) VALUES (?, ?)", (old_url, new_id))

    # -- read state, bookmarks, tags -------------------------------------------------

    @guarded
    def set_read(self, item_ids: int | Sequence[int], read: bool = True) -> None:
        """Mark items read (or unread).

        Raises:
            ItemGone: marking unread, none of the items is there any more (`gc`, or a
                refresh's retention in another process, deleted them while the reader listed
                them): the user asked to see them again, and cannot; the reader must not say
                they were marked. As with bookmarks, only the mark that would be missed is
                told: an item marked read that is gone is as good as read (opening an item gc
                just deleted is no error). Of several items, those still there are marked.
        """
        ids = [item_ids] if isinstance(item_ids, int) else list(item_ids)
        with self._write() as conn:
            for chunk, marks in in_chunks(ids):
                conn.execute(
                    f"UPDATE items SET read = ? WHERE read <> ? AND id IN ({marks})", (int(read), int(read), *chunk)
                )
            gone = bool(ids) and not read and not self._any_item(ids)
        if gone:
            raise ItemGone(
                self.path,
                ("the item was" if len(ids) == 1 else "the items were")
                + " deleted (max_items / keep_days, or `newstui gc`) after it was listed;"
                + " it was not marked unread",
            )

    def _any_item(self, ids: Sequence[int]) -> bool:
        """Whether any of the ids names an item."""
        return any(
            self._conn.execute(f"SELECT 1 FROM items WHERE id IN ({marks}) LIMIT 1", chunk).fetchone()
            for chunk, marks in in_chunks(ids)
        )

    @guarded
    def mark_feed_read(self, feed_url: str | None = None) -> int:
        """Mark every item of a feed (of all feeds when None) read; returns how many changed."""
        with self._write() as conn:
            if feed_url is None:
                return conn.execute("UPDATE items SET read = 1 WHERE read = 0").rowcount
            feed_id = self._feed_id(feed_url)
            if feed_id is None:
                return 0
            return conn.execute("UPDATE items SET read = 1 WHERE feed_id = ? AND read = 0", (feed_id,)).rowcount

    @guarded
    def set_bookmarked(self, item_id: int, bookmarked: bool) -> None:
        """Bookmark an item (or not).

        Raises:
            ItemGone: the item was deleted meanwhile (`gc`, or a refresh's retention in another
                process, while the reader listed it): no bookmark may seem saved that is not.
        """
        with self._write() as conn:
            changed = conn.execute("UPDATE items SET bookmarked = ? WHERE id = ?", (int(bookmarked), item_id)).rowcount
        if not changed and bookmarked:
            raise ItemGone(
                self.path,
                "the item was deleted (max_items / keep_days, or `newstui gc`) after it was listed;"
                " it was not bookmarked",
            )

    # -- articles ----------------------------------------------------------------------

    @guarded
    def save_article(self, item_id: int, article: Article, version: int) -> None:
        """Cache the extracted article of an item; its text joins the search index."""
        data = article_to_json(article)
        text = article_text(article)
        with self._write() as conn:
            # The item's row, read once for the check and for the indexing below.
            item = quote_index.item_row(conn, item_id)
            if item is None:
                raise ItemGone(self.path, f"no item with id {item_id} to attach an article to")
            # An upsert, not INSERT OR REPLACE: REPLACE's implicit delete fires no
            # trigger, and the full-text index must be told the old text.
            conn.execute(
                "INSERT INTO articles (item_id, version, json, text, saved) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, json = excluded.json,"
                " text = excluded.text, saved = excluded.saved",
                (item_id, version, data, text, now_us()),
            )
            quote_index.index_article(conn, item_id, article, version, item=item)

    @guarded
    def mark_pages_tried(self, item_ids: Sequence[int], tried: bool = True) -> None:
        """Clear (or, `tried=False`, set again) the edited flag of these items' page articles.

        An article pass clears it before fetching an edited item's page, so a page that
        fails is not fetched at every refresh, and sets it again for the pages its deadline
        left (an article saved meanwhile has its time in `saved` and stays as it is).
        """
        before, after = (0, 1) if tried else (1, 0)
        with self._write() as conn:
            for chunk, marks in in_chunks(item_ids):
                conn.execute(
                    f"UPDATE articles SET saved = ? WHERE saved = ? AND item_id IN ({marks})", (after, before, *chunk)
                )

    # -- retention, garbage collection ---------------------------------------------------------

    def _without_deleted(
        self,
        rows: list[tuple[Any, ...]],
        feed_ids: Sequence[int],
        *,
        whole: Collection[int] | None = None,
        now: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """`rows` less the items retention deleted (their keys are kept as tombstones).

        `feed_ids` are the feeds whose document is in `rows`; `whole` those of them whose
        document was read whole (all of them when None): their tombstones of keys the
        document no longer lists are forgotten (they cannot come back). A document the parser
        read only in part (cut short, broken midway) lists a part of the feed: forgetting by
        it brought every deleted story past the break back, unread, with the next whole one.
        Such a document forgets only the tombstones no document has listed for
        TOMBSTONE_UNLISTED_DAYS (a listed tombstone's time is moved to `now`): a feed whose
        every document carries a harmless warning (a bare "&", junk after its end) still
        forgets, where its tombstones grew by every item retention ever deleted.
        """
        conn = self._conn
        dead: dict[tuple[int, str], int] = {}
        for chunk, marks in in_chunks(feed_ids):
            for feed_id, key, deleted in conn.execute(
                f"SELECT feed_id, key, deleted FROM deleted_items WHERE feed_id IN ({marks})", chunk
            ):
                dead[(feed_id, key)] = deleted
        if not dead:
            return rows
        listed = {(row[0], row[1]) for row in rows}
        now = now_us() if now is None else now
        stale = now - TOMBSTONE_UNLISTED_DAYS * _DAY_US
        gone = [
            pair
            for pair, deleted in dead.items()
            if pair not in listed and (whole is None or pair[0] in whole or deleted < stale)
        ]
        conn.executemany("DELETE FROM deleted_items WHERE feed_id = ? AND key = ?", gone)
        # Listed again: its time is when a document last listed it (written at most daily).
        seen = [(now, *pair) for pair, deleted in dead.items() if pair in listed and deleted < now - _DAY_US]
        conn.executemany("UPDATE deleted_items SET deleted = ? WHERE feed_id = ? AND key = ?", seen)
        return [row for row in rows if (row[0], row[1]) not in dead]

    def _delete_items(self, ids: Sequence[int], now: int) -> int:
        """Delete items (keeping their keys as tombstones); returns the articles deleted with them."""
        conn = self._conn
        articles = 0
        for chunk, marks in in_chunks(ids):
            conn.execute(
                f"INSERT OR REPLACE INTO deleted_items (feed_id, key, deleted) SELECT feed_id, key, ? FROM items"
                f" WHERE id IN ({marks})",
                (now, *chunk),
            )
            # Articles first, each through its trigger, so the full-text index is told
            # the text it holds before the item's own row goes.
            articles += conn.execute(f"DELETE FROM articles WHERE item_id IN ({marks})", chunk).rowcount
            conn.execute(f"DELETE FROM items WHERE id IN ({marks})", chunk)
        return articles

    @guarded
    def prune(
        self,
        policies: Mapping[str, tuple[int, int, bool]],
        *,
        include_unread: bool = False,
        now: datetime | None = None,
    ) -> tuple[int, int]:
        """Apply retention: per feed URL, (max_items, keep_days, delete_unread); 0 = no limit.

        A feed keeps its `max_items` newest items (by date, as listed) and those
        dated within `keep_days`; older ones are deleted unless bookmarked, or
        unread when neither `delete_unread` nor `include_unread` allows it. Their
        keys are remembered so the feed cannot bring them back. One transaction.

        Returns:
            (items deleted, cached articles deleted with them).
        """
        moment = to_us(now or datetime.now(UTC))
        doomed: list[int] = []
        with self._write() as conn:
            for url, (max_items, keep_days, delete_unread) in policies.items():
                if max_items <= 0 and keep_days <= 0:
                    continue
                feed_id = self._feed_id(url)
                if feed_id is None:
                    continue
                cutoff = moment - keep_days * 86_400_000_000 if keep_days > 0 else None
                rows = conn.execute(
                    "SELECT id FROM (SELECT id, read, bookmarked, published,"
                    " row_number() OVER (ORDER BY published DESC, id DESC) AS rank FROM items WHERE feed_id = :feed)"
                    " WHERE bookmarked = 0 AND (read = 1 OR :unread)"
                    " AND ((:max > 0 AND rank > :max) OR (:cutoff IS NOT NULL AND published < :cutoff))",
                    {
                        "feed": feed_id,
                        "unread": int(delete_unread or include_unread),
                        "max": max_items,
                        "cutoff": cutoff,
                    },
                ).fetchall()
                doomed.extend(row[0] for row in rows)
            articles = self._delete_items(doomed, moment)
        return len(doomed), articles

    @guarded
    def drop_removed_feeds(self) -> tuple[int, int, int]:
        """Delete what feeds removed from the config (`in_config = 0`) leave behind.

        Their items go, except bookmarked ones; a feed left with no item is deleted
        with its tags, aliases and tombstones. Call `sync_feeds` first.

        Returns:
            (feeds deleted, items deleted, cached articles deleted with them).
        """
        with self._write() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "SELECT i.id FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
                    " WHERE f.in_config = 0 AND i.bookmarked = 0"
                )
            ]
            articles = self._delete_items(ids, now_us())
            feeds = conn.execute(
                "DELETE FROM feeds WHERE in_config = 0 AND NOT EXISTS (SELECT 1 FROM items WHERE feed_id = feeds.id)"
            ).rowcount
        return feeds, len(ids), articles

    @guarded
    def vacuum(self) -> tuple[int, int]:
        """Rebuild the file without its free pages (SQLite VACUUM); returns (bytes before, bytes after)."""
        conn = self._conn

        def size() -> int:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])

        before = size()
        conn.execute("VACUUM")
        # In WAL mode the file shrinks at the checkpoint, not at the VACUUM.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return before, size()

    # -- filter rules ------------------------------------------------------------------------

    def _pending(self, filters: FilterSet) -> bool:
        current = self._conn.execute("SELECT fingerprint FROM filter_state").fetchone()[0]
        if current != filters.fingerprint:
            return True
        # With no rules ever applied every flag is clear: new rows need nothing.
        unseen = self._conn.execute("SELECT 1 FROM items WHERE filtered = 0 LIMIT 1").fetchone()
        return bool(current) and unseen is not None

    @guarded
    def filters_pending(self, filters: FilterSet) -> bool:
        """Would `set_filters(filters)` write? (The rules changed, or items they have not seen.)

        A read query: a read-only store can ask before deciding to reopen for writing.
        """
        return self._pending(filters)

    @guarded
    def set_filters(self, filters: FilterSet) -> bool:
        """Use these filter rules from now on, and bring the cache up to date with them.

        When the rules' fingerprint differs from the one stored, they are applied
        to every item in one transaction (hidden, highlighted and rule tags are
        recomputed; a "read" rule marks the cache read only the first time it is
        seen). Otherwise only items the rules have not seen yet are done. Items
        stored later by this Store (a refresh) get the rules in the same
        transaction that stores them.

        Returns:
            True when the rules were applied to the whole cache.

        Raises:
            StoreError: the database cannot be written (e.g. opened read-only).
        """
        self._filter_set = filters
        if not self._pending(filters):
            return False
        with self._write() as conn:
            # Checked again under the write lock: another process may have done it.
            everything = conn.execute("SELECT fingerprint FROM filter_state").fetchone()[0] != filters.fingerprint
            if everything:
                done = {row[0] for row in conn.execute("SELECT fingerprint FROM filter_read_rules")}
                self._apply_rules(filters, everything=True, read_done=done)
                conn.execute("UPDATE filter_state SET fingerprint = ?", (filters.fingerprint,))
                conn.execute("DELETE FROM filter_read_rules")
                conn.executemany(
                    "INSERT OR IGNORE INTO filter_read_rules (fingerprint) VALUES (?)",
                    [(rule.fingerprint,) for rule in filters.rules if "read" in rule.actions],
                )
            else:
                self._apply_rules(filters, everything=False)
        return bool(everything)

    def _apply_rules(self, filters: FilterSet, *, everything: bool, read_done: set[str] | None = None) -> None:
        """Apply the rules to every item, or to those not yet filtered, in the open transaction.

        One UPDATE (or INSERT for tags) per rule and action; regexes and substrings
        run in the SQL functions, on text cut to the field limits.
        """
        conn = self._conn
        if not everything and conn.execute("SELECT 1 FROM items WHERE filtered = 0 LIMIT 1").fetchone() is None:
            return
        scope = "1" if everything else "items.filtered = 0"
        conn.execute(f"UPDATE items SET hidden = 0, highlighted = 0 WHERE {scope} AND (hidden = 1 OR highlighted = 1)")
        if everything:
            conn.execute("DELETE FROM item_tags")
        else:
            conn.execute("DELETE FROM item_tags WHERE item_id IN (SELECT id FROM items WHERE filtered = 0)")
        if filters.rules:
            self._sql_functions()
        for rule in filters.rules:
            sql, params = to_sql(rule.match, self._pattern_id, "items")
            for action in rule.actions:
                if action == "hide":
                    conn.execute(f"UPDATE items SET hidden = 1 WHERE {scope} AND hidden = 0 AND ({sql})", params)
                elif action == "highlight":
                    conn.execute(
                        f"UPDATE items SET highlighted = 1 WHERE {scope} AND highlighted = 0 AND ({sql})", params
                    )
                elif action == "read":
                    where = scope
                    if everything and read_done is not None and rule.fingerprint in read_done:
                        # Applied to the cache once already (the user may have marked
                        # some unread since): only items it has not seen.
                        where = "items.filtered = 0"
                    conn.execute(f"UPDATE items SET read = 1 WHERE {where} AND read = 0 AND ({sql})", params)
                else:
                    for tag in rule.tags:
                        conn.execute(
                            "INSERT OR IGNORE INTO item_tags (tag, item_id)"
                            f" SELECT ?, id FROM items WHERE {scope} AND ({sql})",
                            (tag, *params),
                        )
        conn.execute("UPDATE items SET filtered = 1 WHERE filtered = 0")
