"""Save what a corrupted cache still holds into a fresh one (`newstui recover`).

Only SQLite reads the corrupted file, through a read-only connection: it is never written
to. Each table is read in rowid order; where a read meets a damaged page, the next
readable rowid is found by seeking further and further ahead (then halving back), so the
rows after the damage are saved too. A WITHOUT ROWID table is read from both ends.

Items come first: they carry the user's bookmarks and read marks. An item whose row was on
a damaged page often still has its entries in the items' indexes (feed and key, read,
bookmarked, date): a lost bookmark is kept as a row naming its link, which the next
refresh fills in again while the feed still lists it; a lost item that was read is
remembered as deleted, so the next refresh does not bring it back unread.

The fresh cache is built beside the file at the corrupted cache's own schema version,
upgraded to the current one, and checked; then the corrupted file (with its -wal and
-shm) is renamed aside, never deleted, and the fresh one takes its name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstui.errors import StoreError
from newstui.store import damage
from newstui.store.schema import APPLICATION_ID, BUSY_TIMEOUT_MS, SCHEMA_VERSION, migrate

FIRST = ("feeds", "feed_aliases", "items", "articles", "deleted_items", "filter_read_rules", "speaker_aliases")
"""Copied first, in this order: what the user made (bookmarks and read marks are in items)."""

PARTIAL = ".partial"
"""Ends the name of a fresh cache recover is still writing (`.NAME.recover-PID.partial`)."""

_MIN_ROWID = -(2**63)
_MAX_ROWID = 2**63 - 1


@dataclass
class TableCount:
    """Rows of one table: saved into the fresh cache, and lost (None: how many is unknown)."""

    name: str
    saved: int = 0
    lost: int | None = 0


@dataclass
class Recovery:
    """What `recover` did, or would do (`dry_run`)."""

    path: Path
    """The cache (after a real run: the fresh one)."""
    problem: str
    """The first thing SQLite's check found wrong."""
    sound: bool = False
    """SQLite's check found nothing wrong (rebuilt with --force)."""
    aside: Path | None = None
    """Where the corrupted file now is (None on a dry run)."""
    tables: dict[str, TableCount] = field(default_factory=dict)
    bookmarks: int = 0
    """Bookmarked items saved whole."""
    read: int = 0
    """Items saved whole that were read."""
    lost_bookmarks: list[str] = field(default_factory=list)
    """Links (or guids) of the bookmarked items whose row was lost; each is kept as a bookmark
    naming its link, filled in by the next refresh while its feed lists it."""
    lost_bookmarks_unknown: bool = False
    """The index naming the bookmarked items was unreadable too: some bookmarks may be lost unseen."""
    lost_read: int = 0
    """Read items whose row was lost: remembered as deleted, so they do not come back unread."""
    lost_unread: int = 0
    """Unread items whose row was lost: the next refresh brings them back while their feed lists them."""

    def count(self, table: str) -> TableCount:
        return self.tables.get(table, TableCount(table))


def aside_path(path: Path, when: float | None = None) -> Path:
    """Where the corrupted cache goes: `NAME.corrupted-YYYYMMDD-HHMMSS` beside it (a number
    added when taken)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    candidate = path.with_name(f"{path.name}.corrupted-{stamp}")
    n = 1
    while any(Path(str(candidate) + suffix).exists() for suffix in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.name}.corrupted-{stamp}-{n}")
    return candidate


def check(path: Path) -> str | None:
    """What SQLite's quick check finds wrong with the cache at `path` (read-only), or None when
    it is sound."""
    conn = _open_source(path)
    try:
        return _problem(conn)
    finally:
        conn.close()


def recover(path: Path, *, dry_run: bool = False, force: bool = False) -> Recovery | None:
    """Save what the corrupted cache at `path` holds into a fresh cache that takes its place.

    Args:
        path: The cache file.
        dry_run: Read and count only: nothing is written or moved.
        force: Rebuild even when SQLite's check finds nothing wrong.

    Returns None when the cache is sound (and `force` is not given): nothing is done.
    Raises StoreError when nothing can be saved (the page listing the tables is damaged,
    the file is not newstui's) or the fresh cache cannot be written; the corrupted file is
    then where it was, unchanged.
    """
    # A cache behind a symlink: the file it leads to is set aside and replaced, never the link
    # (its -wal and -shm are beside that file, and a link left aside would keep nothing).
    path = Path(os.path.realpath(path))
    try:
        return _recover(path, dry_run=dry_run, force=force)
    except sqlite3.Error as error:
        # Not damage (that is read past): a lock held too long, a directory that cannot
        # hold the fresh file. The corrupted file was only read.
        if damage.primary_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise StoreError(
                path,
                "cannot recover the cache: another program holds it locked (is the reader or a refresh "
                "running?); quit it and run `newstui recover` again; it was left as it is",
            ) from error
        raise StoreError(path, f"cannot recover the cache: {error}; it was left as it is") from error
    except OSError as error:
        raise StoreError(path, f"cannot recover the cache: {error.strerror or error}; it was left as it is") from error


def _recover(path: Path, *, dry_run: bool, force: bool) -> Recovery | None:
    from newstui.store.connection import _identity

    read = _identity(path)  # the file read; the one set aside must be it (another recover?)
    source = _open_source(path)
    try:
        problem = _problem(source)
        if problem is None and not force:
            return None
        version = _source_version(source, path)
        changes = _data_version(source)
        result = Recovery(path, problem or "nothing (rebuilt on request)", sound=problem is None)
        fresh_path = path.with_name(f".{path.name}.recover-{os.getpid()}")
        # Written under a name of its own until whole and checked (`_finish`): an open that
        # finds no cache offers a recover's fresh file to move in, never a half-written one.
        partial = path.with_name(fresh_path.name + PARTIAL)
        _remove_with_sides(fresh_path)
        _remove_with_sides(partial)
        target = ":memory:" if dry_run else str(partial)
        fresh = sqlite3.connect(target, isolation_level=None)
        try:
            migrate(fresh, partial, target=version)
            _copy(source, fresh, result)
            fresh.execute("PRAGMA journal_mode = DELETE")
        except BaseException:
            fresh.close()
            _remove_with_sides(partial)
            raise
        fresh.close()

        def unchanged() -> None:
            if changes != _data_version(source) or _identity(path) != read:
                _remove_with_sides(partial)
                _remove_with_sides(fresh_path)
                raise StoreError(
                    path,
                    "the cache changed while it was being read (is the reader, a refresh or another "
                    "`newstui recover` running?); nothing was moved: quit it and run `newstui recover` again",
                )

        unchanged()
        if dry_run:
            return result
        # Asked again once the fresh cache is checked, just before the files move: a commit
        # to the old file meanwhile (a reader left running) would be in the aside file only.
        _finish(path, partial, result, unchanged)
    finally:
        source.close()
    return result


# -- reading the corrupted file --------------------------------------------------------------


def _open_source(path: Path) -> sqlite3.Connection:
    from newstui.store.connection import _connect_read_only

    conn = _connect_read_only(path)
    # A file cut short (an interrupted copy) names root pages past its end: SQLite then
    # refuses its whole schema, and every table with it. With writable_schema it reads the
    # schema as it is, and each table as far as it goes (the connection stays read-only).
    conn.execute("PRAGMA writable_schema = ON")
    return conn


def _problem(conn: sqlite3.Connection) -> str | None:
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        if not damage.is_damage(error):
            raise  # locked or unreadable: not a finding about the file's content
        return str(error)
    if rows == [("ok",)]:
        return None
    text = str(rows[0][0]) if rows else "no answer"
    # "*** in database main ***\nPage 174: btreeInitPage() returns error code 11": the page.
    return " ".join(line for line in text.splitlines() if not line.startswith("***")) or text


def _source_version(conn: sqlite3.Connection, path: Path) -> int:
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as error:
        if not damage.is_damage(error):
            raise
        raise StoreError(
            path,
            f"cannot be recovered: the part of the file that lists its tables is damaged ({error}); "
            "it was left as it is",
        ) from error
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and version):
        raise StoreError(path, "not a newstui cache; it was left as it is")
    if version > SCHEMA_VERSION:
        raise StoreError(path, f"written by a newer newstui (schema version {version}); recover it with that newstui")
    return version


def _data_version(conn: sqlite3.Connection) -> int:
    """Changes when another connection commits to the file (PRAGMA data_version)."""
    try:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return -1


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple[object, ...]], bool]:
    """Every readable row of a rowid table (rowid first, then `columns`), and whether some
    part of it could not be read."""
    names = ", ".join(f'"{c}"' for c in columns)
    rows: list[tuple[object, ...]] = []
    last = _MIN_ROWID - 1
    damaged = False
    sql = f'SELECT rowid, {names} FROM "{table}"'
    while True:
        try:
            cursor = (
                conn.execute(sql + " ORDER BY rowid")
                if last < _MIN_ROWID
                # ">= last + 1", not "> last": a seek to `last` itself may land in the damaged page.
                else conn.execute(sql + " WHERE rowid >= ? ORDER BY rowid", (last + 1,))
            )
            for row in cursor:
                rows.append(tuple(row))
                last = int(row[0])
            return rows, damaged
        except sqlite3.DatabaseError as error:
            if not damage.is_damage(error):
                raise
            damaged = True
        # Python's cursor reads a row ahead: the rows before the damage are read one at a time.
        while True:
            try:
                row = conn.execute(
                    sql + " WHERE rowid >= ? ORDER BY rowid LIMIT 1", (max(last + 1, _MIN_ROWID),)
                ).fetchone()
            except sqlite3.DatabaseError as error:
                if not damage.is_damage(error):
                    raise
                break
            if row is None:
                return rows, damaged
            rows.append(tuple(row))
            last = int(row[0])
        after = _readable_after(conn, table, max(last, _MIN_ROWID - 1))
        if after is None:
            return rows, damaged
        last = after - 1


def _seeks(conn: sqlite3.Connection, table: str, rowid: int) -> bool:
    """Whether a seek to `rowid` reads without meeting a damaged page."""
    try:
        conn.execute(f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1', (rowid,)).fetchone()
    except sqlite3.DatabaseError as error:
        if not damage.is_damage(error):
            raise
        return False
    return True


def _readable_after(conn: sqlite3.Connection, table: str, last: int) -> int | None:
    """The smallest rowid above `last` from which the table reads again, or None.

    A seek into a damaged leaf's range fails; past it, it lands on the next leaf: so the
    failing seeks are those up to some bound. Found by doubling the step, then halving.
    """
    bad = max(last, _MIN_ROWID)
    step = 1
    good = None
    while good is None:
        probe = bad + step
        if probe > _MAX_ROWID:
            if bad < _MAX_ROWID and _seeks(conn, table, _MAX_ROWID):
                good = _MAX_ROWID
                break
            return None
        if _seeks(conn, table, probe):
            good = probe
        else:
            bad = probe
            step *= 2
    while good - bad > 1:
        middle = (bad + good) // 2
        if _seeks(conn, table, middle):
            good = middle
        else:
            bad = middle
    return good


def _rows_without_rowid(
    conn: sqlite3.Connection, table: str, columns: list[str], key: list[str]
) -> tuple[list[tuple[object, ...]], bool]:
    """Every readable row of a WITHOUT ROWID table: read forward to the damage, then backward."""
    forward, hurt = _rows_by_key(conn, table, columns, key, descending=False)
    if not hurt:
        return forward, False
    backward, _ = _rows_by_key(conn, table, columns, key, descending=True)
    seen = set(forward)
    return forward + [row for row in reversed(backward) if row not in seen], True


def _rows_by_key(
    conn: sqlite3.Connection, table: str, columns: list[str], key: list[str], *, descending: bool
) -> tuple[list[tuple[object, ...]], bool]:
    """The rows in key order (or its reverse) up to a damaged page, and whether one was met."""
    names = ", ".join(f'"{c}"' for c in columns)
    order = ", ".join(f'"{c}"' + (" DESC" if descending else "") for c in key)
    rows: list[tuple[object, ...]] = []
    try:
        for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}'):
            rows.append(tuple(row))
        return rows, False
    except sqlite3.DatabaseError as error:
        if not damage.is_damage(error):
            raise
    if not set(key) <= set(columns):
        return rows, True
    # Python's cursor reads a row ahead, and drops the row before the damage with the error:
    # the rows up to it are read again one at a time, each a seek past the one before.
    keys = ", ".join(f'"{c}"' for c in key)
    where = f"({keys}) {'<' if descending else '>'} ({', '.join('?' * len(key))})"
    positions = [columns.index(c) for c in key]
    while True:
        after = () if not rows else tuple(rows[-1][i] for i in positions)
        sql = f'SELECT {names} FROM "{table}"' + (f" WHERE {where}" if after else "") + f" ORDER BY {order} LIMIT 1"
        try:
            row = conn.execute(sql, after).fetchone()
        except sqlite3.DatabaseError as error:
            if not damage.is_damage(error):
                raise
            return rows, True
        if row is None:
            return rows, True
        rows.append(tuple(row))


def _index_facts(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]] | None:
    """The rows of a query answered from an index alone, or None when it meets damage."""
    try:
        return [tuple(row) for row in conn.execute(sql)]
    except sqlite3.DatabaseError as error:
        if not damage.is_damage(error):
            raise
        return None


# -- writing the fresh cache -----------------------------------------------------------------


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without SQLite's own and full-text shadow tables (rebuilt instead)."""
    virtual = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    names = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rootpage"
        )
    ]
    names = [name for name in names if not any(name.startswith(v + "_") for v in virtual)]
    return [name for name in FIRST if name in names] + [name for name in names if name not in FIRST]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, int]]:
    """(name, position in the primary key) of each column."""
    return [(str(row[1]), int(row[5])) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _integer_key(conn: sqlite3.Connection, table: str) -> str | None:
    """The INTEGER PRIMARY KEY column of a rowid table (the rowid itself), or None."""
    keys = [row for row in conn.execute(f'PRAGMA table_info("{table}")') if int(row[5])]
    if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
        return str(keys[0][1])
    return None


def _without_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    return "WITHOUT ROWID" in str(sql).upper()


def _copy(source: sqlite3.Connection, fresh: sqlite3.Connection, result: Recovery) -> None:
    fresh.execute("BEGIN")
    triggers = fresh.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        fresh.execute(f'DROP TRIGGER "{name}"')
    source_tables = set(_tables(source))
    for table in _tables(fresh):
        if table not in source_tables:
            continue
        wanted = _columns(fresh, table)
        present = {name for name, _ in _columns(source, table)}
        columns = [name for name, _ in wanted if name in present]
        key = [name for name, position in sorted(wanted, key=lambda c: c[1]) if position > 0]
        count = result.tables[table] = TableCount(table)
        values: list[tuple[object, ...]]
        if _without_rowid(fresh, table):
            rows, hurt = _rows_without_rowid(source, table, columns, key)
            values, names = rows, columns
        else:
            rows, hurt = _rows(source, table, columns)
            if _integer_key(fresh, table) in columns:
                values, names = [row[1:] for row in rows], columns  # the key is the rowid
            else:
                values, names = rows, ["rowid", *columns]
        if not rows and hurt:
            count.lost = None
            continue
        fresh.execute(f'DELETE FROM "{table}"')  # a row the schema's creation put there
        marks = ", ".join("?" * len(names))
        quoted = ", ".join(f'"{n}"' if n != "rowid" else "rowid" for n in names)
        fresh.executemany(f'INSERT OR IGNORE INTO "{table}" ({quoted}) VALUES ({marks})', values)
        count.saved = len(rows)
        count.lost = _lost(source, table, len(rows)) if hurt else 0
    if "feeds" in source_tables and "items" in source_tables:
        _keep_lost_feeds(source, fresh, result)
    if "items" in source_tables:
        _keep_lost_items(source, fresh, result)
    _drop_orphans(fresh, result)
    if "items" in source_tables:
        result.bookmarks = int(
            fresh.execute("SELECT count(*) FROM items WHERE bookmarked = 1 AND hash <> 0").fetchone()[0]
        )
        result.read = int(fresh.execute("SELECT count(*) FROM items WHERE read = 1 AND hash <> 0").fetchone()[0])
    for _, sql in triggers:
        fresh.execute(sql)
    _rebuild_derived(fresh)
    fresh.execute("COMMIT")


def _lost(source: sqlite3.Connection, table: str, saved: int) -> int | None:
    """How many rows of `table` were lost, counted through one of its indexes when one still
    reads whole (None when none does)."""
    indexes = [
        str(row[1])
        for row in source.execute(f'PRAGMA index_list("{table}")')
        if not int(row[4])  # not partial
    ]
    for index in indexes:
        rows = _index_facts(source, f'SELECT count(*) FROM "{table}" INDEXED BY "{index}"')
        if rows is not None:
            return max(0, int(rows[0][0]) - saved)
    return None


def _keep_lost_items(source: sqlite3.Connection, fresh: sqlite3.Connection, result: Recovery) -> None:
    """What the indexes still say of items whose rows were lost: bookmarks are kept as rows
    naming their link, read items are remembered as deleted, unread ones are counted."""
    saved = {int(row[0]) for row in fresh.execute("SELECT id FROM items")}
    keys = _index_facts(source, "SELECT rowid, feed_id, key FROM items INDEXED BY sqlite_autoindex_items_1")
    if keys is None:
        result.lost_bookmarks_unknown = result.count("items").lost != 0
        return
    lost = {int(rowid): (int(feed_id), str(key)) for rowid, feed_id, key in keys if int(rowid) not in saved}
    if not lost:
        return
    reads = _index_facts(source, "SELECT rowid, read FROM items INDEXED BY items_feed_read") or []
    read = {int(rowid) for rowid, flag in reads if flag}
    dates = _index_facts(source, "SELECT rowid, published FROM items INDEXED BY items_feed_date") or []
    published = {int(rowid): int(when) for rowid, when in dates}
    marked = _index_facts(source, "SELECT rowid FROM items INDEXED BY items_bookmarked WHERE bookmarked = 1")
    if marked is None:
        result.lost_bookmarks_unknown = True
        marked = []
    bookmarked = {int(rowid) for (rowid,) in marked}
    feeds = {int(row[0]): str(row[1]) for row in fresh.execute("SELECT id, url FROM feeds")}
    now = int(time.time() * 1_000_000)
    for rowid, (feed_id, key) in sorted(lost.items()):
        if feed_id not in feeds and rowid in bookmarked:
            _lost_feed(fresh, feed_id)
            feeds[feed_id] = f"newstui-lost-feed:{feed_id}"
        if feed_id not in feeds:
            continue
        named = key[2:] if key[:2] in ("g:", "l:") else key
        if rowid in bookmarked:
            link = key[2:] if key.startswith("l:") else (named if named.startswith(("http://", "https://")) else None)
            result.lost_bookmarks.append(link or f"{named} (in {feeds[feed_id]})")
            fresh.execute(
                "INSERT OR IGNORE INTO items (id, feed_id, key, link, title, published, first_seen, hash, read,"
                " bookmarked) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 1)",
                (
                    rowid,
                    feed_id,
                    key,
                    link,
                    f"(saved from a corrupted cache; its text was lost) {named}",
                    published.get(rowid, now),
                    now,
                    int(rowid in read),
                ),
            )
        elif rowid in read:
            result.lost_read += 1
            if _has_table(fresh, "deleted_items"):
                fresh.execute(
                    "INSERT OR IGNORE INTO deleted_items (feed_id, key, deleted) VALUES (?, ?, ?)", (feed_id, key, now)
                )
        else:
            result.lost_unread += 1


def _keep_lost_feeds(source: sqlite3.Connection, fresh: sqlite3.Connection, result: Recovery) -> None:
    """A feed whose row was lost is made again from its URL (in the feeds' URL index): else
    its saved items, with their bookmarks, would go with it, and the bookmarks and read marks
    the indexes still give of its lost items (`_keep_lost_items`) would have no feed to name.
    The next refresh or start brings back its title and settings from the config and the feed.
    A feed whose URL was lost too keeps its bookmarks under a feed marked as lost (`_lost_feed`)."""
    have = {int(feed_id) for (feed_id,) in fresh.execute("SELECT id FROM feeds")}
    urls = _index_facts(source, "SELECT rowid, url FROM feeds INDEXED BY sqlite_autoindex_feeds_1") or []
    for feed_id, url in urls:
        if int(feed_id) not in have:
            fresh.execute("INSERT OR IGNORE INTO feeds (id, url) VALUES (?, ?)", (feed_id, url))
            count = result.tables.setdefault("feeds", TableCount("feeds"))
            count.saved += 1
            count.lost = None if count.lost is None else max(0, count.lost - 1)
    # A feed nothing names any more (its row and its URL index lost): its bookmarked items,
    # read whole, stay under a feed marked as lost, as a removed feed's bookmarks do.
    for (feed_id,) in fresh.execute(
        "SELECT DISTINCT feed_id FROM items WHERE bookmarked = 1 AND feed_id NOT IN (SELECT id FROM feeds)"
    ).fetchall():
        _lost_feed(fresh, int(feed_id))


def _lost_feed(fresh: sqlite3.Connection, feed_id: int) -> None:
    """A feed row standing for one whose URL was lost: out of the config, named as lost."""
    fresh.execute(
        "INSERT OR IGNORE INTO feeds (id, url, own_title, in_config) VALUES (?, ?, ?, 0)",
        (feed_id, f"newstui-lost-feed:{feed_id}", f"(feed {feed_id}, lost from a corrupted cache)"),
    )


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def _drop_orphans(fresh: sqlite3.Connection, result: Recovery) -> None:
    """Rows whose parent row was lost (an article of a lost item, a quote of a lost article):
    deleted, over and over until none is left (one loss can orphan a chain)."""
    references = [
        (table, str(fk[3]), str(fk[2]), str(fk[4]))
        for table in _tables(fresh)
        for fk in fresh.execute(f'PRAGMA foreign_key_list("{table}")')
    ]
    changed = True
    while changed:
        changed = False
        for table, column, parent, parent_column in references:
            deleted = fresh.execute(
                f'DELETE FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
                f'(SELECT "{parent_column}" FROM "{parent}")'
            ).rowcount
            if deleted > 0:
                changed = True
                count = result.tables.get(table)
                if count is not None:
                    count.saved -= deleted
                    count.lost = None if count.lost is None else count.lost + deleted


def _rebuild_derived(fresh: sqlite3.Connection) -> None:
    """The full-text indexes are made again from the rows saved (their own pages are never copied)."""
    if _has_table(fresh, "fts_state"):
        fresh.execute("DELETE FROM fts_state")
        fresh.execute("INSERT INTO fts_state (indexed) SELECT coalesce(max(id), 0) FROM items")
    for (name,) in fresh.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
    ).fetchall():
        fresh.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    if _has_table(fresh, "filter_state"):
        # The filter rules are applied to the whole cache again at the next start or refresh.
        fresh.execute("UPDATE filter_state SET fingerprint = ''")


# -- putting it in place -----------------------------------------------------------------------


def _sides(path: Path) -> list[Path]:
    return [path, Path(str(path) + "-wal"), Path(str(path) + "-shm")]


def _remove_with_sides(path: Path) -> None:
    for file in _sides(path):
        file.unlink(missing_ok=True)


def _finish(path: Path, partial: Path, result: Recovery, unchanged: Callable[[], None]) -> None:
    """Upgrade and check the fresh cache (written at `partial`), give it its fresh name, move
    the corrupted file aside, put the fresh one in (`unchanged()` raises, the fresh cache
    removed, when the old file was written to meanwhile)."""
    from newstui.store import Store

    fresh_path = partial.with_name(partial.name.removesuffix(PARTIAL))
    try:
        with Store.open(partial) as store:
            store.check_whole()
        os.rename(partial, fresh_path)  # whole now: it may be offered to move in (nothing had that name)
    except BaseException:
        _remove_with_sides(partial)
        _remove_with_sides(fresh_path)
        raise
    unchanged()
    aside = aside_path(path)
    from newstui.store.connection import swap_lock

    try:
        with swap_lock(_sides(path)[1], BUSY_TIMEOUT_MS / 1000) as locked, _holding(fresh_path):
            if not locked:
                raise StoreError(
                    path,
                    "another newstui was opening the cache all the while; nothing was moved: "
                    "run `newstui recover` again",
                )
            with _holding_writes(path):
                # Under the locks, so another recover's swap is before it or after this one,
                # and no commit to the old file comes between this look and the swap.
                unchanged()
                _swap(path, fresh_path, aside)
    except BaseException:
        # Stopped (Ctrl-C, an error) after the old file left the path without a hard link,
        # the fresh cache is the only whole copy: kept, the next open says to move it in.
        if path.exists():
            _remove_with_sides(fresh_path)  # still there when the swap did not happen
        raise
    result.aside = aside
    damage.forget(path)


def _swap(path: Path, fresh_path: Path, aside: Path) -> None:
    """Give the old files their aside names and the fresh cache the path (under the locks
    of `_finish`)."""
    # Killed at any step (kill -9, a power cut), a whole cache keeps the path: the old files
    # get their aside names as second links first, then the fresh cache takes the path in one
    # rename, and only then do the old -wal and -shm lose it. (Moved aside first, the path
    # had no cache until the fresh one came: the next newstui made an empty one.) Between the
    # rename and the unlinks the old -wal sits beside the fresh file, whose check names it
    # (see connection: a log that is not the cache's own); its commits are in the fresh file.
    try:
        for file, moved in zip(_sides(path), _sides(aside), strict=True):
            if file.exists():
                os.link(file, moved)
    except OSError:
        # A file system without hard links (FAT, some network shares): moved as before.
        for file, moved in zip(_sides(path), _sides(aside), strict=True):
            if file.exists():
                os.replace(file, moved)
    os.replace(fresh_path, path)
    # The -wal first: a -shm left alone (killed between) is rebuilt by SQLite, a -wal is read.
    for file in _sides(path)[1:]:
        file.unlink(missing_ok=True)


@contextlib.contextmanager
def _holding(fresh_path: Path) -> Iterator[None]:
    """An SQLite lock on the fresh cache for the block: an open of the cache after it took the
    path waits until the old log's name is gone (read before, the old log would be taken for
    the fresh cache's own; removed after, a -wal that open made would go, with its commits)."""
    conn = sqlite3.connect(fresh_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        # In rollback mode an EXCLUSIVE lock keeps readers out too (in WAL mode it would not).
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        conn.close()  # nothing was written: the lock goes with the connection


@contextlib.contextmanager
def _holding_writes(path: Path) -> Iterator[None]:
    """The old file's own write lock for the block (BEGIN IMMEDIATE, nothing written): a reader
    left running cannot commit between recover's last look at the file and the swap (its commit
    would be in the file set aside only). Its write waits, then finds the path leads to another
    file and says it was not saved (`StoreBase._write` looks once it holds the lock).

    Closed before the read-only connection that read the file, which keeps SQLite from copying
    the old log into the file or removing it by name on this close. A file too damaged to take
    the lock (its first page unreadable) cannot be written by anyone either: held without it.
    """
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            if not damage.is_damage(error):
                raise
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def table_counts(result: Recovery) -> Iterator[TableCount]:
    """The tables in the order they were saved."""
    yield from result.tables.values()
