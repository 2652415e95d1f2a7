"""The SQLite schema of the newstui cache, its migrations, and the checks made
before a database file is touched.

The schema version lives in `PRAGMA user_version`; `MIGRATIONS[n]` takes a
database from version n to n + 1. `PRAGMA application_id` marks the file as
newstui's, so a foreign SQLite database is refused instead of being written to.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from newstui.config.files import owner_note
from newstui.errors import StoreError

APPLICATION_ID = 0x4E575354
"""'NWST': written into every newstui database header."""

BUSY_TIMEOUT_MS = 15_000
"""How long a writer waits for the other process (the app vs `newstui refresh`)."""


# Version 1: feeds, tags, items and a full-text index over title and summary.
_V1 = """
CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    config_title  TEXT,
    own_title     TEXT,
    site_url      TEXT,
    tags          TEXT NOT NULL DEFAULT '[]',
    in_config     INTEGER NOT NULL DEFAULT 1,
    position      INTEGER NOT NULL DEFAULT 0,
    etag          TEXT,
    last_modified TEXT,
    last_status   INTEGER,
    last_error    TEXT,
    last_success  INTEGER,
    last_fetch    INTEGER
);
CREATE TABLE feed_tags (
    tag     TEXT NOT NULL,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    PRIMARY KEY (tag, feed_id)
) WITHOUT ROWID;
CREATE INDEX feed_tags_feed ON feed_tags(feed_id);
CREATE TABLE items (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    guid         TEXT,
    link         TEXT,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    content_html TEXT NOT NULL DEFAULT '',
    author       TEXT,
    published    INTEGER NOT NULL,
    first_seen   INTEGER NOT NULL,
    hash         INTEGER NOT NULL,
    read         INTEGER NOT NULL DEFAULT 0,
    bookmarked   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, key)
);
CREATE INDEX items_feed_date ON items(feed_id, published);
CREATE INDEX items_date ON items(published);
CREATE INDEX items_feed_read ON items(feed_id, read);
CREATE INDEX items_bookmarked ON items(published) WHERE bookmarked = 1;
CREATE VIRTUAL TABLE item_fts USING fts5(title, summary, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO item_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items
WHEN new.title IS NOT old.title OR new.summary IS NOT old.summary BEGIN
    UPDATE item_fts SET title = new.title, summary = new.summary WHERE rowid = new.id;
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    DELETE FROM item_fts WHERE rowid = old.id;
END;
"""

# Version 2: the article cache, whose text joins the full-text index, and URL
# aliases left by permanent redirects. The index is rebuilt as an external-content
# FTS5 table over a view (the text lives once, in items and articles), which
# halves its write cost. New items are indexed by the store in one
# INSERT ... SELECT per batch, not by a trigger: a per-row trigger into FTS5
# costs three times as much, and a cold refresh writes 25,000 items. Changes
# and deletions go through triggers, which hand FTS5 the old values it needs.
_V2 = """
CREATE TABLE articles (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    json    TEXT NOT NULL,
    text    TEXT NOT NULL DEFAULT '',
    saved   INTEGER NOT NULL
);
CREATE TABLE feed_aliases (
    old_url TEXT PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE
);
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_update;
DROP TRIGGER items_fts_delete;
DROP TABLE item_fts;
CREATE VIEW item_search (id, title, summary, article) AS
    SELECT i.id, i.title, i.summary, coalesce(a.text, '')
    FROM items AS i LEFT JOIN articles AS a ON a.item_id = i.id;
CREATE VIRTUAL TABLE item_fts USING fts5(
    title, summary, article,
    content = 'item_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO item_fts(rowid, title, summary, article) SELECT id, title, summary, '' FROM items;
-- Items up to `indexed` are in the full-text index. A batch inserts rows, may
-- update one of them again (a guid twice in one feed), and indexes the new rows
-- at its end: such an update must not tell FTS5 to delete what it never had.
CREATE TABLE fts_state (indexed INTEGER NOT NULL);
INSERT INTO fts_state (indexed) SELECT coalesce(max(id), 0) FROM items;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items
WHEN (new.title IS NOT old.title OR new.summary IS NOT old.summary)
     AND old.id <= (SELECT indexed FROM fts_state) BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, summary, article) VALUES (
        'delete', old.id, old.title, old.summary,
        coalesce((SELECT text FROM articles WHERE item_id = old.id), ''));
    INSERT INTO item_fts(rowid, title, summary, article) VALUES (
        new.id, new.title, new.summary,
        coalesce((SELECT text FROM articles WHERE item_id = new.id), ''));
END;
-- BEFORE: the article row is still there (ON DELETE CASCADE removes it).
CREATE TRIGGER items_fts_delete BEFORE DELETE ON items
WHEN old.id <= (SELECT indexed FROM fts_state) BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, summary, article) VALUES (
        'delete', old.id, old.title, old.summary,
        coalesce((SELECT text FROM articles WHERE item_id = old.id), ''));
END;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, summary, article)
        SELECT 'delete', id, title, summary, '' FROM items WHERE id = new.item_id;
    INSERT INTO item_fts(rowid, title, summary, article)
        SELECT id, title, summary, new.text FROM items WHERE id = new.item_id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, summary, article)
        SELECT 'delete', id, title, summary, old.text FROM items WHERE id = old.item_id;
    INSERT INTO item_fts(rowid, title, summary, article)
        SELECT id, title, summary, new.text FROM items WHERE id = new.item_id;
END;
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO item_fts(item_fts, rowid, title, summary, article)
        SELECT 'delete', id, title, summary, old.text FROM items WHERE id = old.item_id;
    INSERT INTO item_fts(rowid, title, summary, article)
        SELECT id, title, summary, '' FROM items WHERE id = old.item_id;
END;
"""


# Filter rules ([[filters]]): what they did to each item, kept apart from the
# user's own state. `filtered = 0` marks rows the rules have not seen yet (new
# or changed by a refresh; a partial index finds them); `filter_state` holds the
# fingerprint of the rules last applied to the whole cache ('' = none), and
# `filter_read_rules` the "read" rules already applied to it (they mark the
# cache read once, not at every re-apply). The (feed_id, read) index gains
# `hidden` so the unread counts stay index-only.
_FILTERS = """
ALTER TABLE items ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN highlighted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN filtered INTEGER NOT NULL DEFAULT 1;
CREATE INDEX items_unfiltered ON items(id) WHERE filtered = 0;
DROP INDEX items_feed_read;
CREATE INDEX items_feed_read ON items(feed_id, read, hidden);
CREATE TABLE item_tags (
    tag     TEXT NOT NULL,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    PRIMARY KEY (tag, item_id)
) WITHOUT ROWID;
CREATE INDEX item_tags_item ON item_tags(item_id);
CREATE TABLE filter_state (fingerprint TEXT NOT NULL);
INSERT INTO filter_state (fingerprint) VALUES ('');
CREATE TABLE filter_read_rules (fingerprint TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        # Statement by statement: executescript() would COMMIT the migration's transaction.
        for statement in sql_statements(sql):
            conn.execute(statement)

    return step


def sql_statements(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current = ""
    for line in sql.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _v3(conn: sqlite3.Connection) -> None:
    # Version 3: the quote index (who said what) and stories across outlets; see quote_index.py.
    from newstui.whosaid.index import build_index

    build_index(conn)


# Deleted items: the keys of items retention or `newstui gc` deleted, so a feed that
# still lists them does not bring them back (unread) on the next refresh. A key is
# forgotten once its feed stops listing it (a document read with a parser warning: once no
# document listed it for a while; `deleted` is moved to when a document last listed it).
# Written to run at any version number.
_DELETED_ITEMS = """
CREATE TABLE IF NOT EXISTS deleted_items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
"""


def _add_enclosures(conn: sqlite3.Connection) -> None:
    # Enclosures (podcast audio, video, images): a JSON list of [url, type, length]
    # per item, NULL when it has none. Checks the column first, so this step does
    # not depend on its place in MIGRATIONS.
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    if "enclosures" not in columns:
        conn.execute("ALTER TABLE items ADD COLUMN enclosures TEXT")


def _add_not_before(conn: sqlite3.Connection) -> None:
    # When a feed's server asked (429/503 with Retry-After) not to be asked again before,
    # in microseconds; NULL when it did not. Checks the column first, as _add_enclosures.
    columns = {row[1] for row in conn.execute("PRAGMA table_info(feeds)")}
    if "not_before" not in columns:
        conn.execute("ALTER TABLE feeds ADD COLUMN not_before INTEGER")


def _add_story_terms(conn: sqlite3.Connection) -> None:
    # Stories by shared terms (whosaid/terms.py): the tables, and every cached article
    # indexed and linked, oldest first, in this one transaction. IF NOT EXISTS throughout.
    from newstui.whosaid.terms import build_terms

    build_terms(conn)
    # The page articles the feed has since edited (`articles.saved = 0`, see
    # Writes._mark_edited_pages): every article pass looks for them, and without this
    # index it read every cached article to find none.
    conn.execute("CREATE INDEX IF NOT EXISTS articles_edited ON articles(item_id) WHERE saved = 0")


def _drop_dead_term_counts(conn: sqlite3.Connection) -> None:
    # Term counts that fall to 0 are deleted (whosaid/terms.py's trigger); schema 8 kept them.
    from newstui.whosaid.terms import drop_dead_counts

    drop_dead_counts(conn)


# The link keys of a cache written before the parser lower-cased the scheme and host of
# links (feeds/parse/links.py): "l:" + the origin as only the SQL below can cut it out
# (up to the first "/", "?" or "#" after "://"). Rows whose origin has an upper-case or a
# non-ASCII letter are few; only they reach Python, which decides through the parser's
# own function. `table`'s rows are named by `where` ("id = ?" or feed_id and key).
_MIXED_CASE_LINK_KEYS = """
SELECT {columns} FROM (
    SELECT {columns}, substr(key, 1, instr(key, '://') + 2 + min(
        instr(substr(key, instr(key, '://') + 3) || '/', '/'),
        instr(substr(key, instr(key, '://') + 3) || '?', '?'),
        instr(substr(key, instr(key, '://') + 3) || '#', '#')
    )) AS origin
    FROM {table} WHERE key GLOB 'l:*://*'
)
WHERE origin GLOB '*[A-Z]*' OR origin GLOB '*[^ -~]*'
"""


def _lower_link_origins(conn: sqlite3.Connection) -> None:
    # Items without a guid are keyed "l:" + link. The parser now lower-cases the scheme and
    # host of links, so an old key would no longer match: a deleted item (its tombstone in
    # deleted_items) would come back unread, an undated item without text be stored twice.
    # UPDATE OR IGNORE: a key already taken (both spellings were stored) keeps the old one;
    # that item is no longer listed by its feed and goes with retention, that tombstone is
    # forgotten at the feed's next refresh.
    from newstui.feeds.parse import links

    for item_id, key in conn.execute(_MIXED_CASE_LINK_KEYS.format(columns="id, key", table="items")).fetchall():
        new = "l:" + links.lower_origin(key[2:])
        if new != key:
            conn.execute(
                "UPDATE OR IGNORE items SET key = ?, link = CASE WHEN link = ? THEN ? ELSE link END WHERE id = ?",
                (new, key[2:], new[2:], item_id),
            )
    for feed_id, key in conn.execute(
        _MIXED_CASE_LINK_KEYS.format(columns="feed_id, key", table="deleted_items")
    ).fetchall():
        new = "l:" + links.lower_origin(key[2:])
        if new != key:
            conn.execute(
                "UPDATE OR IGNORE deleted_items SET key = ? WHERE feed_id = ? AND key = ?", (new, feed_id, key)
            )


def _index_quotes_as_read(conn: sqlite3.Connection) -> None:
    # Quote search over the words as read, HTML references and all (whosaid/index.py).
    from newstui.whosaid.index import index_as_read

    index_as_read(conn)


def _fold_untitled_pairs(conn: sqlite3.Connection) -> None:
    # Version 25 left an old "(untitled)" row beside each attachment-only episode it titled
    # anew (untitled_pairs.py): folded once, here. Written to run at any version number.
    from newstui.store.untitled_pairs import fold_untitled_pairs

    fold_untitled_pairs(conn)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1),
    _script(_V2),
    _v3,
    _script(_DELETED_ITEMS),
    _script(_FILTERS),  # filter rules: keep it after the others, whatever its number
    _add_enclosures,
    _add_not_before,
    _add_story_terms,
    _drop_dead_term_counts,
    _lower_link_origins,
    _index_quotes_as_read,
    _fold_untitled_pairs,
]
"""MIGRATIONS[n] upgrades a database at user_version n to n + 1, inside a transaction."""

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooOld(StoreError):
    """A read-only open found a database that needs a migration it may not run."""


def check_header(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not an SQLite database, through SQLite itself.

    The first read of the header is where SQLite says "file is not a database";
    nothing has been written by then (no journal mode switch, no -wal). The file
    is never opened with open(): in a process that holds a connection to it,
    closing another descriptor drops SQLite's POSIX locks. An empty or missing
    file is accepted: SQLite treats it as an empty database.
    """
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or "not a database" in str(error):
            raise StoreError(path, "not an SQLite database (is this the right file?); it was left untouched") from error
        raise


def read_only_reason(path: Path) -> str | None:
    """Why the database at `path` cannot be written ("<dir> is read-only"), or None.

    Asks the system with access(2) (which also answers for a read-only mount);
    it does not open the file.
    """
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only{owner_note(path)}"
    directory = path.parent
    while not directory.exists() and directory != directory.parent:
        directory = directory.parent
    if not directory.is_dir():
        return None  # a file where a directory should be: not a matter of permissions
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"{directory} is read-only{owner_note(directory)}"
    return None


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """Read-only checks of an opened database; returns its schema version.

    Raises StoreError for a foreign database or one written by a newer newstui.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise StoreError(path, f"not a newstui database (application id {app_id:#x}); it was left untouched")
    if app_id == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        if tables or version:
            raise StoreError(
                path, "not a newstui database (it holds another application's tables); it was left untouched"
            )
    if version > SCHEMA_VERSION:
        raise StoreError(
            path,
            f"written by a newer newstui (schema version {version}, this one knows up to "
            f"{SCHEMA_VERSION}); upgrade newstui",
        )
    return int(version)


SLOW_MIGRATION_ARTICLES = 500
"""Articles the stories-by-terms step (schema 8) indexes (about 2 ms each) from which an
upgrade says what it is doing first: about a second."""


SLOW_MIGRATION_QUOTES = 100_000
"""Quotes from which the step to schema 11 (quote search as read) says what it does first:
it indexes every quote again, about a second per 80,000."""


def migration_notice(conn: sqlite3.Connection, version: int, target: int) -> str | None:
    """What an upgrade from `version` to `target` will take a while doing, or None when it
    is quick. Two steps read many rows: the one to schema 8 indexes the cached articles of
    the last `MIGRATE_DAYS` days for stories by terms (`terms.build_terms`), the one to
    schema 11 indexes every quote again for search (`index.index_as_read`)."""
    work: list[str] = []
    if 2 <= version < 8 <= target:  # articles arrive with schema 2
        from newstui.whosaid.terms import MIGRATE_DAYS, articles_to_index

        count = articles_to_index(conn)
        if count >= SLOW_MIGRATION_ARTICLES:
            work.append(f"indexing the {count} articles of its last {MIGRATE_DAYS} days for Stories")
    # Its number from its place in MIGRATIONS (11 as written): merges may add steps before it.
    as_read = MIGRATIONS.index(_index_quotes_as_read) + 1
    if 3 <= version < as_read <= target:  # quotes arrive with schema 3
        count = int(conn.execute("SELECT count(*) FROM quotes").fetchone()[0])
        if count >= SLOW_MIGRATION_QUOTES:
            work.append(f"indexing its {count} quotes again for search")
    if not work:
        return None
    return f"upgrading the cache (schema {version} to {target}): {' and '.join(work)}, once; this takes a moment"


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    target: int = SCHEMA_VERSION,
    notice: Callable[[str], object] | None = None,
) -> None:
    """Bring the database to `target`, one step at a time, in one write transaction.

    The version is read again under the write lock, so two processes opening a
    new database at once migrate it only once. `notice` gets `migration_notice`'s line
    first when the upgrade takes a while (the work stays in the one transaction: a
    killed upgrade leaves the old cache, which upgrades again next time).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = inspect(conn, path)
        if notice is not None and (line := migration_notice(conn, version, target)) is not None:
            notice(line)
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for step in range(version, target):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        # SQLite has already rolled back after a full disk or an I/O error; a second
        # ROLLBACK would fail and hide that error behind "no transaction is active".
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
