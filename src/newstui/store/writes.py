"""The SQLite cache: feeds, items, read state, bookmarks, extracted articles.

One file in the user data dir, in WAL mode, shared by the app and `newstui
refresh` (cron) at the same time. Writes run in short `BEGIN IMMEDIATE`
transactions and wait (busy timeout) for the other process; a refresh batch is
one transaction, so a refresh killed at any moment leaves the database as it was
before that batch or after it.

Threads: a `Store` wraps one connection opened with `check_same_thread=False`
and guards every call with a lock, so a Store can be handed between threads
(calls are serialised). For parallel work open one Store per thread.

Times are stored as integer microseconds since the Unix epoch, UTC.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import quote

from newstui import quote_index
from newstui.errors import StoreError
from newstui.filters import FilterSet, ItemFlags, SavedQuery, sql_has, to_sql
from newstui.model import (
    Article,
    Enclosure,
    Feed,
    FeedConfig,
    FeedUpdate,
    Image,
    Item,
    Link,
    ParsedItem,
    Quote,
    Section,
)
from newstui.store_schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    SchemaTooOld,
    check_header,
    inspect,
    migrate,
)
from newstui.store_schema import (
    read_only_reason as _read_only_reason,
)
from newstui.text import strip_control

__all__ = ["SchemaTooOld", "Store", "article_from_json", "article_to_json", "fts_query"]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_CHUNK = 500
"""Ids per `IN (...)` list, well under SQLite's variable limit."""

P = ParamSpec("P")
R = TypeVar("R")


# -- times -------------------------------------------------------------------


def _to_us(moment: datetime) -> int:
    """A datetime as integer microseconds since the epoch; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // _US


def _from_us(value: int | None) -> datetime | None:
    return None if value is None else EPOCH + timedelta(microseconds=value)


def _now_us() -> int:
    return _to_us(datetime.now(UTC))


# -- article JSON --------------------------------------------------------------


def _dt_out(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _dt_in(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def article_to_json(article: Article) -> str:
    """Serialise an Article; `article_from_json` gives back an equal Article."""
    data = {
        "headline": article.headline,
        "byline": article.byline,
        "published": _dt_out(article.published),
        "sections": [
            {"heading": s.heading, "paragraphs": list(s.paragraphs), "kinds": list(s.kinds)}
            for s in article.sections
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "section": q.section, "paragraph": q.paragraph}
            for q in article.quotes
        ],
        "links": [{"text": link.text, "url": link.url} for link in article.links],
        "images": [{"src": i.src, "alt": i.alt, "caption": i.caption} for i in article.images],
        "lead": article.lead,
        "source": article.source,
        "url": article.url,
    }
    # ensure_ascii keeps a stray surrogate storable (SQLite wants valid UTF-8).
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def article_from_json(text: str) -> Article:
    """The inverse of `article_to_json`. Raises ValueError/KeyError/TypeError on bad data."""
    data = json.loads(text)
    return Article(
        headline=data["headline"],
        byline=data["byline"],
        published=_dt_in(data["published"]),
        sections=[Section(s["heading"], list(s["paragraphs"]), list(s["kinds"])) for s in data["sections"]],
        quotes=[Quote(q["text"], q["speaker"], q["section"], q["paragraph"]) for q in data["quotes"]],
        links=[Link(link["text"], link["url"]) for link in data["links"]],
        images=[Image(i["src"], i["alt"], i["caption"]) for i in data["images"]],
        lead=data["lead"],
        source=data["source"],
        url=data["url"],
    )


def _article_text(article: Article) -> str:
    """The searchable text of an article (the headline is already indexed as the title)."""
    parts: list[str] = [article.lead] if article.lead else []
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return _valid_utf8("\n".join(parts))


def _valid_utf8(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


# -- search --------------------------------------------------------------------


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query, or None when it has no terms.

    Every whitespace-separated term becomes a quoted phrase (so `AND`, `"`, `*`,
    `-` or `:` are only text, never syntax), all terms must match, and the last
    term is a prefix unless the input ends with a space: "lav" finds "Lavrov".
    """
    # A command-line argument can carry lone surrogates (undecodable bytes).
    terms = _valid_utf8(strip_control(text)).split()
    if not terms:
        return None
    phrases = ['"' + term.replace('"', '""') + '"' for term in terms]
    if not text[-1:].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)


# -- items -----------------------------------------------------------------------


def _item_key(item: ParsedItem) -> str:
    """What identifies an item within its feed: guid, else link, else its text."""
    if item.guid:
        return "g:" + item.guid
    if item.link:
        return "l:" + item.link
    digest = hashlib.blake2b(f"{item.title}\x00{item.summary}".encode("utf-8", "replace"), digest_size=16)
    return "h:" + digest.hexdigest()


def _item_hash(item: ParsedItem, published: int | None) -> int:
    """A fingerprint of everything stored about an item, to skip unchanged ones."""
    text = "\x00".join(
        (item.guid or "", item.link or "", item.title or "", item.summary or "", item.content_html or "", item.author or "", str(published))
    )
    if item.enclosures:
        # Only then: items without enclosures keep the hash they had before enclosures were stored.
        text += "\x00" + (_enclosures_to_json(item.enclosures) or "")
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


def _item_rows(feed_id: int, items: Sequence[ParsedItem], now: int) -> list[tuple[Any, ...]]:
    rows = []
    for index, item in enumerate(items):
        published = None if item.published is None else _to_us(item.published)
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
                _enclosures_to_json(item.enclosures),
            )
        )
    return rows


def _enclosures_to_json(enclosures: Sequence[Enclosure]) -> str | None:
    """The items.enclosures column: a JSON list of [url, type, length], NULL when there are none."""
    if not enclosures:
        return None
    return json.dumps([[e.url, e.type, e.length] for e in enclosures], ensure_ascii=True, separators=(",", ":"))


def _enclosures_from_json(text: str | None) -> tuple[Enclosure, ...]:
    """The inverse of `_enclosures_to_json`; a damaged value reads as no enclosures."""
    if not text:
        return ()
    try:
        data = json.loads(text)
        return tuple(
            Enclosure(url, kind, length)
            for url, kind, length in data
            if isinstance(url, str)
            and (kind is None or isinstance(kind, str))
            and (length is None or type(length) is int)
        )
    except (ValueError, TypeError):
        return ()


def _clean_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(_valid_utf8(v) if isinstance(v, str) else v for v in row)


_ITEM_COLUMNS = """
    i.id, i.feed_id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url),
    i.title, i.link, i.guid, i.summary, i.content_html, i.author, i.published, i.read, i.bookmarked,
    i.enclosures
"""


_FEED_TITLE = "coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url)"

ITEM_ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "date": (("i.published", True), ("i.id", True)),
    "title": (("coalesce(i.title, '') COLLATE NOCASE", False), ("i.published", True), ("i.id", True)),
    "feed": ((_FEED_TITLE + " COLLATE NOCASE", False), ("i.published", True), ("i.id", True)),
    "unread": (("i.read", False), ("i.published", True), ("i.id", True)),
}
"""The orders of the item list: (SQL expression, descending) keys, newest first within each."""


def _order_by(order: str, reverse: bool = False) -> str:
    keys = ITEM_ORDERS[order]
    return " ORDER BY " + ", ".join(f"{expr} {'DESC' if descending != reverse else 'ASC'}" for expr, descending in keys)


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
        published=_from_us(row[10]),
        read=bool(row[11]),
        bookmarked=bool(row[12]),
        enclosures=_enclosures_from_json(row[13]),
    )


_FEED_QUERY = """
SELECT f.id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url), f.site_url, f.tags,
       coalesce(c.unread, 0), coalesce(c.total, 0), f.last_status, f.last_error, f.last_success, f.in_config,
       f.last_fetch
FROM feeds AS f
LEFT JOIN (SELECT feed_id, count(*) AS total, total(read = 0) AS unread FROM items WHERE hidden = 0 GROUP BY feed_id) AS c
       ON c.feed_id = f.id
"""


def _feed(row: tuple[Any, ...]) -> Feed:
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2],
        site_url=row[3],
        tags=tuple(json.loads(row[4])),
        unread=int(row[5]),
        total=int(row[6]),
        last_status=row[7],
        last_error=row[8],
        last_success=_from_us(row[9]),
        in_config=bool(row[10]),
        last_fetch=_from_us(row[11]) if len(row) > 11 else None,
    )


@dataclass(frozen=True, slots=True)
class _Filters:
    """The WHERE clause shared by items() and count_items()."""

    sql: str
    params: tuple[Any, ...]


def _open_error(path: Path, error: sqlite3.Error) -> StoreError:
    """What "unable to open database file" means here: a read-only place, or something else."""
    reason = _read_only_reason(path)
    if reason is not None:
        return StoreError(path, f"cannot write the database: {reason}")
    return StoreError(path, f"cannot open the database: {error}")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A `mode=ro` connection, or StoreError saying why there cannot be one.

    A WAL database is read through its -shm file, which SQLite must create when it
    is missing. In a directory we cannot write that fails; only on a read-only
    file system (where no writer can exist) is the file opened as immutable.
    """
    if not path.exists():
        raise StoreError(path, "there is no database here yet")
    base = "file:" + quote(str(path.absolute()), safe="/") + "?mode=ro"
    try:
        conn = sqlite3.connect(
            base, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        if not os.access(path, os.R_OK):
            raise StoreError(path, "cannot read the database: the file is not readable") from error
        raise StoreError(path, f"cannot read the database: {error}") from error
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        # Without a -shm it may create, SQLite says "unable to open" or (3.22+,
        # SQLITE_READONLY_CANTINIT) "attempt to write a readonly database".
        if "unable to open" not in str(error) and "readonly" not in str(error):
            return conn  # _setup's checks report it in their usual words
        conn.close()
        if _on_read_only_file_system(path) and not path.with_name(path.name + "-wal").exists():
            return sqlite3.connect(
                base + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False
            )
        raise StoreError(
            path,
            f"cannot read the database: {path.parent} is read-only, and SQLite must create "
            f"{path.name}-shm there to read it; make the directory writable",
        ) from error
    return conn


def _on_read_only_file_system(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _guarded(method: Callable[P, R]) -> Callable[P, R]:
    """Run a Store method under the Store's lock, turning SQLite errors into StoreError."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        store = args[0]
        assert isinstance(store, Store)
        with store._lock:
            try:
                return method(*args, **kwargs)
            except sqlite3.Error as error:
                raise store._error(error) from error
            except UnicodeEncodeError as error:
                raise StoreError(store.path, f"text that is not valid Unicode cannot be stored: {error}") from error

    return wrapper


class Store:
    """The newstui database. Open with `Store.open(path)`; close with `close()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        """Opened with `read_only=True`: every write raises StoreError."""
        self._lock = threading.RLock()
        self._filter_set: FilterSet | None = None
        self._patterns: list[re.Pattern[str]] = []
        self._pattern_ids: dict[re.Pattern[str], int] = {}
        self._functions = False

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (creating or migrating) the database at `path`.

        Args:
            path: The database file.
            read_only: Open with SQLite's `mode=ro`: nothing is created, migrated or
                switched, and every write fails. The file must exist and be at the
                current schema (else `SchemaTooOld`).

        Raises StoreError naming the file when it is not an SQLite database, is
        corrupted, belongs to another application or to a newer newstui, or
        cannot be written (a read-only file or directory). Such a file is never
        written to.
        """
        path = Path(path)
        if read_only:
            conn = _connect_read_only(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                reason = _read_only_reason(path)
                if reason is not None:
                    raise StoreError(path, f"cannot write the database: {reason}") from error
                raise StoreError(path, f"cannot create the database directory: {error.strerror or error}") from error
            try:
                conn = sqlite3.connect(
                    path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
                )
            except sqlite3.Error as error:
                raise _open_error(path, error) from error
        store = cls(conn, path, read_only=read_only)
        try:
            store._setup()
        except BaseException:
            conn.close()
            raise
        return store

    def _setup(self) -> None:
        conn = self._conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # The header check goes through SQLite, never open(): closing any other
            # descriptor of the file would drop this process's SQLite locks (POSIX),
            # and another process would then delete the -wal we still write to.
            check_header(conn, self.path)
            # Read-only checks first: nothing is written to a file we may not own.
            # One read transaction, so the header fields come from one snapshot even
            # while another process is migrating a new file.
            conn.execute("BEGIN")
            try:
                version = inspect(conn, self.path)
            finally:
                conn.execute("COMMIT")
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise SchemaTooOld(
                        self.path,
                        f"its schema (version {version}) needs an upgrade to version {SCHEMA_VERSION}, "
                        "which a read-only open does not do; run `newstui refresh` once with write access",
                    )
            else:
                self._use_wal()
                if version < SCHEMA_VERSION:
                    migrate(conn, self.path)
                # NORMAL is safe in WAL mode: a killed process loses nothing committed.
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -16000")
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _use_wal(self) -> None:
        """Switch the file to WAL, waiting out other processes doing the same.

        Changing the journal mode needs the file to itself, and SQLite answers
        "locked" at once instead of using the busy timeout; so retry, and stop as
        soon as another process has made the switch.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                if self._conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if ("locked" not in str(error) and "busy" not in str(error)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _error(self, error: sqlite3.Error) -> StoreError:
        text = str(error)
        if "readonly" in text or "read-only" in text:
            if self.read_only:
                return StoreError(self.path, "the database was opened read-only; this change was not saved")
            reason = _read_only_reason(self.path) or "the file or its directory is read-only"
            return StoreError(self.path, f"cannot write the database: {reason}")
        if "locked" in text or "busy" in text:
            return StoreError(self.path, f"the database stayed busy (another newstui is writing?): {text}")
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
        ):
            if "malformed" in text or "not a database" in text or "corrupt" in text:
                return StoreError(self.path, f"the database is corrupted ({text}); it was left untouched")
        if "unable to open" in text:
            return _open_error(self.path, error)
        return StoreError(self.path, f"database error: {text}")

    def close(self) -> None:
        """Close the connection. The Store cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE so the wait for the other writer happens up front."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- feeds -----------------------------------------------------------------

    def _feed_id(self, url: str) -> int | None:
        url = _valid_utf8(url)
        row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            row = self._conn.execute("SELECT feed_id FROM feed_aliases WHERE old_url = ?", (url,)).fetchone()
        return None if row is None else int(row[0])

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

    @_guarded
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

    @_guarded
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

    @_guarded
    def feed(self, url: str) -> Feed | None:
        """One feed by URL (or by a URL it had before a permanent redirect)."""
        feed_id = self._feed_id(url)
        if feed_id is None:
            return None
        row = self._conn.execute(
            "SELECT f.id, f.url, coalesce(nullif(f.config_title, ''), nullif(f.own_title, ''), f.url), f.site_url,"
            " f.tags, (SELECT count(*) FROM items WHERE feed_id = f.id AND read = 0 AND hidden = 0),"
            " (SELECT count(*) FROM items WHERE feed_id = f.id AND hidden = 0), f.last_status, f.last_error, f.last_success,"
            " f.in_config, f.last_fetch FROM feeds AS f WHERE f.id = ?",
            (feed_id,),
        ).fetchone()
        return _feed(row)

    @_guarded
    def fetch_state(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) for a conditional GET of `url`."""
        feed_id = self._feed_id(url)
        if feed_id is None:
            return (None, None)
        row = self._conn.execute("SELECT etag, last_modified FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return (row[0], row[1])

    @_guarded
    def fetch_states(self) -> dict[str, tuple[str | None, str | None]]:
        """(etag, last_modified) of every feed by URL: one query for a whole refresh."""
        rows = self._conn.execute("SELECT url, etag, last_modified FROM feeds").fetchall()
        return {row[0]: (row[1], row[2]) for row in rows}

    @_guarded
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
    ) -> None:
        """Record the outcome of fetching `url` (added to the store if unknown)."""
        with self._write():
            self._record(self._ensure_feed(url), status, error, etag, last_modified, title, site_url, ok, _now_us())

    @_guarded
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
    ) -> None:
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
            " last_fetch = :now WHERE id = :id",
            {
                "etag": etag,
                "last_modified": last_modified,
                "now": now,
                "status": status,
                "error": None if error is None else _valid_utf8(error),
                "title": None if title is None else _valid_utf8(title),
                "site_url": site_url,
                "id": feed_id,
            },
        )

    @_guarded
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
        old = conn.execute("SELECT config_title, tags, in_config, position FROM feeds WHERE id = ?", (old_id,)).fetchone()
        new = conn.execute("SELECT config_title, tags, in_config, position FROM feeds WHERE id = ?", (new_id,)).fetchone()
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
        for start in range(0, len(feed_ids), _CHUNK):
            chunk = feed_ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
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
        try:
            self._conn.executemany(_UPSERT_ITEM, rows)
        except UnicodeEncodeError:
            # A lone surrogate from a broken feed. The rows written before it are
            # rewritten identically (same key, same hash), so a retry is safe.
            self._conn.executemany(_UPSERT_ITEM, [_clean_row(row) for row in rows])
        # New rows get ids above the old maximum (INTEGER PRIMARY KEY without
        # AUTOINCREMENT) and have no article yet; changed rows are re-indexed by
        # the items_fts_update trigger.
        conn.execute(
            "INSERT INTO item_fts (rowid, title, summary, article) SELECT id, title, summary, '' FROM items WHERE id > ?",
            (last_id,),
        )
        conn.execute("UPDATE fts_state SET indexed = (SELECT coalesce(max(id), 0) FROM items)")
        if self._filter_set is not None and self._filter_set.rules:
            # Without rules every flag stays clear: new rows need no pass (rules
            # added later are applied to the whole cache, fingerprint changed).
            self._apply_rules(self._filter_set, everything=False)

    @_guarded
    def upsert_items(self, url: str, items: Sequence[ParsedItem]) -> int:
        """Store a feed's items (adding the feed if unknown); returns how many were new."""
        with self._write():
            feed_id = self._ensure_feed(url)
            before = self._counts([feed_id]).get(feed_id, 0)
            self._upsert(self._without_deleted(_item_rows(feed_id, items, _now_us()), [feed_id]))
            return self._counts([feed_id]).get(feed_id, 0) - before

    @_guarded
    def apply_updates(self, updates: Sequence[FeedUpdate]) -> dict[str, int]:
        """Apply a refresh batch in one transaction: redirects, fetch status, items.

        An update with `items=None` (a 304 or an error) writes no item. Returns
        the number of new items per feed URL (the new URL after a redirect).
        """
        new_counts: dict[str, int] = {}
        if not updates:
            return new_counts
        now = _now_us()
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
            for url, feed_id, update in work:
                self._record(
                    feed_id, update.status, update.error, update.etag, update.last_modified,
                    update.title, update.site_url, update.ok, now,
                )
                if update.items:
                    rows.extend(_item_rows(feed_id, update.items, now))
            rows = self._without_deleted(rows, with_items)
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

    # -- items: reading ----------------------------------------------------------

    def _filters(
        self,
        feed_url: str | None,
        tag: str | None,
        unread: bool,
        bookmarked: bool,
        search: str | None,
        visibility: bool = True,
        query: SavedQuery | None = None,
        include_hidden: bool = False,
    ) -> _Filters | None:
        """The WHERE clause over `items AS i` joined with `feeds AS f`, or None
        when nothing can match. Without `visibility`, the rule hiding removed
        feeds' items is left to the caller. Items hidden by a filter rule are
        left out unless `bookmarked` (Bookmarks keep them) or `include_hidden`."""
        clauses: list[str] = []
        params: list[Any] = []
        if not bookmarked and not include_hidden:
            clauses.append("i.hidden = 0")
        if query is not None and not self._query_clauses(query, clauses, params):
            return None
        if feed_url is not None:
            feed_id = self._feed_id(feed_url)
            if feed_id is None:
                return None
            clauses.append("i.feed_id = ?")
            params.append(feed_id)
        elif visibility:
            # A feed removed from the config still shows its bookmarked items.
            clauses.append("(f.in_config = 1 OR i.bookmarked = 1)")
        if tag is not None:
            # The feed's tag, or one a filter rule gave the item.
            clauses.append(
                "(i.feed_id IN (SELECT feed_id FROM feed_tags WHERE tag = ?)"
                " OR i.id IN (SELECT item_id FROM item_tags WHERE tag = ?))"
            )
            params.extend((tag, tag))
        if unread:
            clauses.append("i.read = 0")
        if bookmarked:
            clauses.append("i.bookmarked = 1")
        if search is not None and search.strip():
            match = fts_query(search)
            if match is None:
                return None
            clauses.append("i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)")
            params.append(match)
        return _Filters(" AND ".join(clauses) or "1", tuple(params))

    @_guarded
    def items(
        self,
        *,
        feed_url: str | None = None,
        tag: str | None = None,
        unread: bool = False,
        bookmarked: bool = False,
        search: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
        total: int | None = None,
        query: SavedQuery | None = None,
        include_hidden: bool = False,
        order: str = "date",
    ) -> list[Item]:
        """A page of items, newest first. `limit=None` returns every match.

        Without `feed_url`, items of feeds removed from the config are left out
        unless bookmarked. `search` is what a user typed (see `fts_query`).
        `query` adds a saved search's conditions. Items a filter rule hides are
        left out, except with `bookmarked` or `include_hidden`.
        `total`, the filter's `count_items()` when the caller knows it, lets a
        page past the middle be read from the oldest end: OFFSET then never
        walks more than half the list (the end of 100,000 items in ms, not 0.2 s).
        `order` is a key of `ITEM_ORDERS` ("date", "title", "feed", "unread").
        """
        filters = self._filters(feed_url, tag, unread, bookmarked, search, query=query, include_hidden=include_hidden)
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

    @_guarded
    def count_items(
        self,
        *,
        feed_url: str | None = None,
        tag: str | None = None,
        unread: bool = False,
        bookmarked: bool = False,
        search: str | None = None,
        query: SavedQuery | None = None,
        include_hidden: bool = False,
    ) -> int:
        """How many items `items()` would give with the same filters and no limit."""
        filters = self._filters(
            feed_url, tag, unread, bookmarked, search, visibility=False, query=query, include_hidden=include_hidden
        )
        if filters is None:
            return 0
        if feed_url is not None:
            sql, params = f"SELECT count(*) FROM items AS i WHERE {filters.sql}", filters.params
        elif bookmarked:
            # Bookmarked items are always visible, and the partial bookmark index
            # answers this directly (the two-count form below scanned every feed).
            sql = f"SELECT count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}"
            params = filters.params
        elif (search is not None and search.strip()) or query is not None:
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

    def _keyset(self, filters: _Filters, order: str, anchor_id: int, anchor_read: bool | None,
                after: bool) -> tuple[str, tuple[Any, ...]] | None:
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
        values = tuple(int(anchor_read) if expr == "i.read" and anchor_read is not None else value
                       for (expr, _), value in zip(keys, values))
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

    @_guarded
    def neighbour_item(self, anchor_id: int, *, after: bool = True, order: str = "date",
                       anchor_read: bool | None = None, unread_only: bool = True,
                       feed_url: str | None = None, tag: str | None = None, unread: bool = False,
                       bookmarked: bool = False, search: str | None = None,
                       query: SavedQuery | None = None) -> Item | None:
        """The first (unread) item after (or last before) the anchor item in `order`, by the
        items' own keys rather than by row: rows shift as items are read, keys do not."""
        filters = self._filters(feed_url, tag, unread or unread_only, bookmarked, search, query=query)
        if filters is None:
            return None
        where = self._keyset(filters, order, anchor_id, anchor_read, after)
        if where is None:
            return None
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {where[0]}"
            + _order_by(order, reverse=not after) + " LIMIT 1",
            where[1],
        ).fetchone()
        return None if row is None else _item(row)

    @_guarded
    def row_of(self, anchor_id: int, *, order: str = "date", anchor_read: bool | None = None,
               feed_url: str | None = None, tag: str | None = None, unread: bool = False,
               bookmarked: bool = False, search: str | None = None, query: SavedQuery | None = None) -> int | None:
        """The row of an item in the list `items()` gives for these filters (None: gone)."""
        filters = self._filters(feed_url, tag, unread, bookmarked, search, query=query)
        if filters is None:
            return None
        where = self._keyset(filters, order, anchor_id, anchor_read, after=False)
        if where is None:
            return None
        sql = f"SELECT count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {where[0]}"
        return int(self._conn.execute(sql, where[1]).fetchone()[0])

    @_guarded
    def unread_ids(self, *, feed_url: str | None = None, tag: str | None = None, unread: bool = True,
                   bookmarked: bool = False, search: str | None = None,
                   query: SavedQuery | None = None) -> list[int]:
        """The ids of the unread items `items()` lists for these filters."""
        del unread  # always unread
        filters = self._filters(feed_url, tag, True, bookmarked, search, query=query)
        if filters is None:
            return []
        sql = f"SELECT i.id FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}"
        return [int(row[0]) for row in self._conn.execute(sql, filters.params)]

    @_guarded
    def item(self, item_id: int) -> Item | None:
        row = self._conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE i.id = ?",
            (item_id,),
        ).fetchone()
        return None if row is None else _item(row)

    # -- read state, bookmarks, tags -------------------------------------------------

    @_guarded
    def set_read(self, item_ids: int | Sequence[int], read: bool = True) -> None:
        """Mark items read (or unread)."""
        ids = [item_ids] if isinstance(item_ids, int) else list(item_ids)
        with self._write() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                conn.execute(
                    f"UPDATE items SET read = ? WHERE read <> ? AND id IN ({','.join('?' * len(chunk))})",
                    (int(read), int(read), *chunk),
                )

    @_guarded
    def mark_feed_read(self, feed_url: str | None = None) -> int:
        """Mark every item of a feed (of all feeds when None) read; returns how many changed."""
        with self._write() as conn:
            if feed_url is None:
                return conn.execute("UPDATE items SET read = 1 WHERE read = 0").rowcount
            feed_id = self._feed_id(feed_url)
            if feed_id is None:
                return 0
            return conn.execute("UPDATE items SET read = 1 WHERE feed_id = ? AND read = 0", (feed_id,)).rowcount

    @_guarded
    def set_bookmarked(self, item_id: int, bookmarked: bool) -> None:
        with self._write() as conn:
            conn.execute("UPDATE items SET bookmarked = ? WHERE id = ?", (int(bookmarked), item_id))

    @_guarded
    def tags(self) -> list[tuple[str, int]]:
        """Every tag of a configured feed with its unread count, by name."""
        rows = self._conn.execute(
            "SELECT t.tag, total(c.unread) FROM feed_tags AS t"
            " JOIN feeds AS f ON f.id = t.feed_id AND f.in_config = 1"
            " LEFT JOIN (SELECT feed_id, count(*) AS unread FROM items WHERE read = 0 AND hidden = 0 GROUP BY feed_id) AS c"
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

    # -- access for modules with tables of their own (quote_index) ---------------------

    @_guarded
    def run(self, read: Callable[[sqlite3.Connection], R]) -> R:
        """Call `read(connection)` under the Store's lock (SQLite errors become StoreError)."""
        return read(self._conn)

    @_guarded
    def run_write(self, write: Callable[[sqlite3.Connection], R]) -> R:
        """Call `write(connection)` inside one write transaction."""
        with self._write() as conn:
            return write(conn)

    # -- articles ----------------------------------------------------------------------

    @_guarded
    def save_article(self, item_id: int, article: Article, version: int) -> None:
        """Cache the extracted article of an item; its text joins the search index."""
        data = article_to_json(article)
        text = _article_text(article)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
                raise StoreError(self.path, f"no item with id {item_id} to attach an article to")
            # An upsert, not INSERT OR REPLACE: REPLACE's implicit delete fires no
            # trigger, and the full-text index must be told the old text.
            conn.execute(
                "INSERT INTO articles (item_id, version, json, text, saved) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, json = excluded.json,"
                " text = excluded.text, saved = excluded.saved",
                (item_id, version, data, text, _now_us()),
            )
            quote_index.index_article(conn, item_id, article, version)

    @_guarded
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

    @_guarded
    def last_item_id(self) -> int:
        """The highest item id (0 when empty). Items stored later get higher ids, so
        `items_without_article(v, after_id=mark)` finds those a refresh added."""
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0])

    @_guarded
    def items_without_article(
        self,
        version: int,
        limit: int | None = 100,
        item_ids: Sequence[int] | None = None,
        after_id: int | None = None,
    ) -> list[Item]:
        """Items (newest first) with no cached article of at least `version`.

        With `item_ids`, only among those; otherwise among the visible items.
        With `after_id`, only items stored after `last_item_id()` returned it.
        """
        base = (
            f"SELECT {_ITEM_COLUMNS} FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
            " LEFT JOIN articles AS a ON a.item_id = i.id"
            " WHERE (a.item_id IS NULL OR a.version < ?) AND i.id > ?"
        )
        order = " ORDER BY i.published DESC, i.id DESC"
        floor = after_id or 0
        if item_ids is None:
            rows = self._conn.execute(
                # Items a filter hides get no page fetched (unless bookmarked).
                base + " AND (f.in_config = 1 OR i.bookmarked = 1) AND (i.hidden = 0 OR i.bookmarked = 1)"
                + order + " LIMIT ?",
                (version, floor, -1 if limit is None else limit),
            ).fetchall()
            return [_item(row) for row in rows]
        found: list[Item] = []
        ids = list(item_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = self._conn.execute(
                base + f" AND i.id IN ({','.join('?' * len(chunk))})", (version, floor, *chunk)
            ).fetchall()
            found.extend(_item(row) for row in rows)
        found.sort(key=lambda item: (item.published or EPOCH, item.id), reverse=True)
        return found if limit is None else found[:limit]

    # -- retention, garbage collection, feed status ----------------------------------------------

    def _without_deleted(self, rows: list[tuple[Any, ...]], feed_ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """`rows` less the items retention deleted (their keys are kept as tombstones).

        `feed_ids` are the feeds whose whole document is in `rows`: their tombstones
        of keys the document no longer lists are forgotten (they cannot come back).
        """
        conn = self._conn
        dead: set[tuple[int, str]] = set()
        for start in range(0, len(feed_ids), _CHUNK):
            chunk = list(feed_ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            dead.update(conn.execute(f"SELECT feed_id, key FROM deleted_items WHERE feed_id IN ({marks})", chunk))
        if not dead:
            return rows
        listed = {(row[0], row[1]) for row in rows}
        gone = [pair for pair in dead if pair not in listed]
        conn.executemany("DELETE FROM deleted_items WHERE feed_id = ? AND key = ?", gone)
        return [row for row in rows if (row[0], row[1]) not in dead]

    def _delete_items(self, ids: Sequence[int], now: int) -> int:
        """Delete items (keeping their keys as tombstones); returns the articles deleted with them."""
        conn = self._conn
        articles = 0
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
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

    @_guarded
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
        moment = _to_us(now or datetime.now(UTC))
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

    @_guarded
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
            articles = self._delete_items(ids, _now_us())
            feeds = conn.execute(
                "DELETE FROM feeds WHERE in_config = 0 AND NOT EXISTS (SELECT 1 FROM items WHERE feed_id = feeds.id)"
            ).rowcount
        return feeds, len(ids), articles

    @_guarded
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

    @_guarded
    def last_fetches(self) -> dict[str, datetime | None]:
        """When each feed was last fetched (worked or not), by URL and by older URLs
        it had before a redirect: for `Config.feeds_due`."""
        out: dict[str, datetime | None] = {}
        for url, last in self._conn.execute("SELECT url, last_fetch FROM feeds"):
            out[url] = _from_us(last)
        rows = self._conn.execute(
            "SELECT a.old_url, f.last_fetch FROM feed_aliases AS a JOIN feeds AS f ON f.id = a.feed_id"
        )
        for url, last in rows:
            out.setdefault(url, _from_us(last))
        return out

    @_guarded
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

    def _sql_functions(self) -> None:
        """Register the SQL functions filter expressions compile to (once per connection)."""
        if self._functions:
            return
        patterns = self._patterns

        def regexp(index: int, text: str | None) -> int:
            # The text is already cut to the field's limit by the SQL (filters.FIELD_LIMIT).
            return 0 if text is None else int(patterns[index].search(text) is not None)

        self._conn.create_function("newstui_re", 2, regexp, deterministic=True)
        self._conn.create_function("newstui_has", 2, sql_has, deterministic=True)
        self._functions = True

    def _pattern_id(self, pattern: re.Pattern[str]) -> int:
        index = self._pattern_ids.get(pattern)
        if index is None:
            index = self._pattern_ids[pattern] = len(self._patterns)
            self._patterns.append(pattern)
        return index

    def _query_clauses(self, query: SavedQuery, clauses: list[str], params: list[Any]) -> bool:
        """Add a saved search's conditions over `items AS i`; False when nothing can match."""
        if query.search is not None:
            # Raw FTS5 syntax, checked when the config was loaded (filters.fts_problem).
            clauses.append("i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?)")
            params.append(_valid_utf8(query.search))
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

    def _pending(self, filters: FilterSet) -> bool:
        current = self._conn.execute("SELECT fingerprint FROM filter_state").fetchone()[0]
        if current != filters.fingerprint:
            return True
        # With no rules ever applied every flag is clear: new rows need nothing.
        return bool(current) and self._conn.execute("SELECT 1 FROM items WHERE filtered = 0 LIMIT 1").fetchone() is not None

    @_guarded
    def filters_pending(self, filters: FilterSet) -> bool:
        """Would `set_filters(filters)` write? (The rules changed, or items they have not seen.)

        A read query: a read-only store can ask before deciding to reopen for writing.
        """
        return self._pending(filters)

    @_guarded
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
                    conn.execute(f"UPDATE items SET highlighted = 1 WHERE {scope} AND highlighted = 0 AND ({sql})", params)
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
                            f"INSERT OR IGNORE INTO item_tags (tag, item_id) SELECT ?, id FROM items WHERE {scope} AND ({sql})",
                            (tag, *params),
                        )
        conn.execute("UPDATE items SET filtered = 1 WHERE filtered = 0")

    @_guarded
    def item_flags(self, item_ids: Sequence[int]) -> dict[int, ItemFlags]:
        """What filter rules did to these items: only items with a flag are in the answer.

        Use `.get(item.id, filters.NO_FLAGS)`.
        """
        flags: dict[int, tuple[bool, bool, list[str]]] = {}
        ids = list(item_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for item_id, hidden, highlighted in self._conn.execute(
                f"SELECT id, hidden, highlighted FROM items WHERE id IN ({marks}) AND (hidden = 1 OR highlighted = 1)",
                chunk,
            ):
                flags[item_id] = (bool(hidden), bool(highlighted), [])
            for item_id, tag in self._conn.execute(
                f"SELECT item_id, tag FROM item_tags WHERE item_id IN ({marks}) ORDER BY tag", chunk
            ):
                flags.setdefault(item_id, (False, False, []))[2].append(tag)
        return {item_id: ItemFlags(hidden, highlighted, tuple(tags)) for item_id, (hidden, highlighted, tags) in flags.items()}

    @_guarded
    def query_counts(self, queries: Sequence[SavedQuery]) -> list[tuple[int, int]]:
        """(unread, total) of each saved search, in order: one query each."""
        counts: list[tuple[int, int]] = []
        for query in queries:
            filters = self._filters(None, None, False, False, None, query=query)
            if filters is None:
                counts.append((0, 0))
                continue
            row = self._conn.execute(
                f"SELECT total(i.read = 0), count(*) FROM items AS i JOIN feeds AS f ON f.id = i.feed_id WHERE {filters.sql}",
                filters.params,
            ).fetchone()
            counts.append((int(row[0]), int(row[1])))
        return counts
