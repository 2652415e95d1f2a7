"""Who said what: every extracted quote in its own table, by canonical speaker.

Writes happen inside `Store.save_article`'s transaction (`index_article`), so the
index always matches the cached articles: re-extracting an article replaces its
quotes, and removing an item removes them (foreign keys cascade). Schema
version 3 (`build_index`, a migration) builds the index for caches that already
hold articles.

Tables (see `SCHEMA`):

- `quotes`: text, speaker as written, the cleaned name, canonical speaker, item,
  feed and date (copied from the item, kept in step by a trigger), position
  (section, paragraph, order) and extractor version; `quote_fts` is an FTS5
  index over the text and the speaker's name.
- `speakers`: one row per canonical speaker with its counts (quotes, articles,
  feeds, first and last seen), kept by triggers on `quotes`, so listing the
  most quoted speakers reads a few rows of an index. `speaker_forms` counts the
  written forms; the most common full form is the name shown.
- `speaker_aliases`: corrections, written → canonical, from the config
  (`source = 'config'`) or the user (`'user'`, wins over the config).
- `quote_shingles`, `stories`, `story_items`, `story_quotes`: see `stories.py`.
- `story_docs`, `story_terms`, `story_term_df`, `story_term_state` (schema 8): the
  second story link, by shared terms; see `terms.py`.

Speaker resolution (`speakers.py` has the name rules): an alias first; then a
surname-only name takes the full name given in the same article; else the one
full name known in the cache with that surname, when exactly one is (two
people sharing a surname leave a bare surname as written: it is its own
speaker until a correction says otherwise); else the name itself. Every time a
new full name appears, bare surnames are resolved again.

Read API (each takes an open `Store`; the UI calls them from thread workers):
`speakers(store, limit=, search=)`, `quotes(store, speaker=, search=,
feed_url=, story=, item_id=, limit=)`, `stories(store, limit=, offset=)`,
`story_of_item(store, item_id)`, `outlets_for_quote(store, quote_id)`,
`set_speaker_alias(store, written, canonical)`,
`remove_speaker_alias(store, written)`, `apply_config_aliases(store, aliases)`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from newstui.store.codec import from_us
from newstui.store.connection import in_chunks
from newstui.store.reads import FEED_TITLE
from newstui.text import read_whole_references
from newstui.whosaid.speakers import CleanName, clean_name, resolve_in_article, speaker_key, surname_key

if TYPE_CHECKING:
    from newstui.model import Article
    from newstui.store import Store

__all__ = [
    "IndexedQuote",
    "SpeakerSummary",
    "Story",
    "StoryItem",
    "apply_config_aliases",
    "build_index",
    "index_article",
    "outlets_for_quote",
    "quotes",
    "remove_speaker_alias",
    "set_speaker_alias",
    "speakers",
    "stories",
    "story_of_item",
]

SCHEMA = """
CREATE TABLE speakers (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    pinned     TEXT,
    org        INTEGER NOT NULL DEFAULT 0,
    surname    TEXT,
    quotes     INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    feeds      INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER,
    last_seen  INTEGER
);
CREATE INDEX speakers_surname ON speakers(surname) WHERE surname IS NOT NULL;
CREATE INDEX speakers_rank ON speakers(quotes DESC, id) WHERE quotes > 0;
CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    feed_id    INTEGER NOT NULL,
    published  INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    section    INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       TEXT NOT NULL,
    search     TEXT,  -- schema 11 (`search_text`); here too, as schema 3 indexes the articles
    written    TEXT,
    name       TEXT,
    name_key   TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    shingles   INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL
);
CREATE INDEX quotes_item ON quotes(item_id);
CREATE INDEX quotes_speaker_date ON quotes(speaker_id, published, id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quotes_speaker_item ON quotes(speaker_id, item_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quotes_speaker_feed ON quotes(speaker_id, feed_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quotes_name_key ON quotes(name_key) WHERE name_key IS NOT NULL;
CREATE INDEX quotes_date ON quotes(published, id);
CREATE TABLE speaker_forms (
    speaker_id INTEGER NOT NULL,
    name       TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, name)
) WITHOUT ROWID;
CREATE TABLE speaker_aliases (
    written_key   TEXT NOT NULL,
    source        TEXT NOT NULL,
    written       TEXT NOT NULL,
    canonical     TEXT NOT NULL,
    canonical_key TEXT NOT NULL,
    PRIMARY KEY (written_key, source)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_canonical ON speaker_aliases(canonical_key);
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, name, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_fts(rowid, text, name) VALUES (new.id, new.text, new.name);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text, name) VALUES ('delete', old.id, old.text, old.name);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, name ON quotes BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text, name) VALUES ('delete', old.id, old.text, old.name);
    INSERT INTO quote_fts(rowid, text, name) VALUES (new.id, new.text, new.name);
END;
-- The speakers' counts, kept row by row with index probes only (no recount):
-- a speaker quoted 10,000 times costs a new quote as much as one quoted once.
CREATE TRIGGER quotes_speaker_insert AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
    UPDATE speakers SET quotes = quotes + 1,
        articles = articles + NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = new.speaker_id AND item_id = new.item_id AND id <> new.id),
        feeds = feeds + NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = new.speaker_id AND feed_id = new.feed_id AND id <> new.id),
        first_seen = min(coalesce(first_seen, new.published), new.published),
        last_seen = max(coalesce(last_seen, new.published), new.published)
    WHERE id = new.speaker_id;
    INSERT INTO speaker_forms (speaker_id, name, n) VALUES (new.speaker_id, new.name, 1)
        ON CONFLICT (speaker_id, name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER quotes_speaker_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
    UPDATE speakers SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = old.speaker_id AND item_id = old.item_id),
        feeds = feeds - NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = old.speaker_id AND feed_id = old.feed_id),
        first_seen = (SELECT min(published) FROM quotes WHERE speaker_id = old.speaker_id),
        last_seen = (SELECT max(published) FROM quotes WHERE speaker_id = old.speaker_id)
    WHERE id = old.speaker_id;
    UPDATE speaker_forms SET n = n - 1 WHERE speaker_id = old.speaker_id AND name = old.name;
    DELETE FROM speaker_forms WHERE speaker_id = old.speaker_id AND name = old.name AND n <= 0;
END;
CREATE TRIGGER quotes_speaker_update AFTER UPDATE OF speaker_id, item_id, feed_id, published, name ON quotes BEGIN
    UPDATE speakers SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = old.speaker_id AND item_id = old.item_id),
        feeds = feeds - NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = old.speaker_id AND feed_id = old.feed_id),
        first_seen = (SELECT min(published) FROM quotes WHERE speaker_id = old.speaker_id),
        last_seen = (SELECT max(published) FROM quotes WHERE speaker_id = old.speaker_id)
    WHERE old.speaker_id IS NOT NULL AND id = old.speaker_id;
    UPDATE speaker_forms SET n = n - 1 WHERE speaker_id = old.speaker_id AND name = old.name;
    DELETE FROM speaker_forms WHERE speaker_id = old.speaker_id AND name = old.name AND n <= 0;
    UPDATE speakers SET quotes = quotes + 1,
        articles = articles + NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = new.speaker_id AND item_id = new.item_id AND id <> new.id),
        feeds = feeds + NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = new.speaker_id AND feed_id = new.feed_id AND id <> new.id),
        first_seen = (SELECT min(published) FROM quotes WHERE speaker_id = new.speaker_id),
        last_seen = (SELECT max(published) FROM quotes WHERE speaker_id = new.speaker_id)
    WHERE new.speaker_id IS NOT NULL AND id = new.speaker_id;
    INSERT INTO speaker_forms (speaker_id, name, n) SELECT new.speaker_id, new.name, 1 WHERE new.speaker_id IS NOT NULL
        ON CONFLICT (speaker_id, name) DO UPDATE SET n = n + 1;
END;
-- An item moved to another feed (a merge after a redirect) or given a new date.
CREATE TRIGGER items_quotes_update AFTER UPDATE OF feed_id, published ON items
WHEN new.feed_id IS NOT old.feed_id OR new.published IS NOT old.published BEGIN
    UPDATE quotes SET feed_id = new.feed_id, published = new.published WHERE item_id = new.id;
END;
-- No foreign key and no index by item: an index on item_id would be as big as
-- the table (53 MB at 200,000 quotes). A re-extracted item's shingles are
-- deleted by recomputing them; those of a deleted item stay behind and are
-- skipped on lookup (their quote is gone). Items are deleted only by feed merges.
CREATE TABLE quote_shingles (
    hash     INTEGER NOT NULL,
    item_id  INTEGER NOT NULL,
    quote_id INTEGER NOT NULL,
    PRIMARY KEY (hash, item_id, quote_id)
) WITHOUT ROWID;
CREATE TABLE stories (
    id     INTEGER PRIMARY KEY,
    items  INTEGER NOT NULL DEFAULT 0,
    feeds  INTEGER NOT NULL DEFAULT 0,
    newest INTEGER
);
CREATE INDEX stories_newest ON stories(newest DESC, id DESC) WHERE feeds >= 2;
CREATE TABLE story_items (
    item_id  INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL
);
CREATE INDEX story_items_story ON story_items(story_id);
CREATE TABLE story_quotes (
    story_id INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX story_quotes_quote ON story_quotes(quote_id);
-- An item leaving a story (re-extracted, or deleted): recount what is left.
CREATE TRIGGER story_items_delete AFTER DELETE ON story_items BEGIN
    UPDATE stories SET (items, feeds, newest) = (
        SELECT count(*), count(DISTINCT i.feed_id), max(i.published)
        FROM story_items AS s JOIN items AS i ON i.id = s.item_id WHERE s.story_id = old.story_id)
    WHERE id = old.story_id;
    DELETE FROM stories WHERE id = old.story_id AND items = 0;
END;
"""  # noqa: E501 - the trigger SQL is stored in sqlite_master as written; kept one clause a line


# -- writing -----------------------------------------------------------------------


def build_index(conn: sqlite3.Connection) -> None:
    """Migration to schema 3: create the tables and index every cached article.

    Runs inside the migration's transaction; an unreadable article is skipped
    (it is extracted again when opened, and indexed then).
    """
    from newstui.store.codec import article_from_json
    from newstui.store.schema import sql_statements

    for statement in sql_statements(SCHEMA):
        conn.execute(statement)
    for item_id, version, data in conn.execute(
        "SELECT item_id, version, json FROM articles ORDER BY item_id"
    ).fetchall():
        try:
            article = article_from_json(data)
        except (ValueError, KeyError, TypeError):
            continue
        # The term tables come with a later version (terms.build_terms), which indexes these again.
        index_article(conn, int(item_id), article, int(version), terms=False)


def reindex_item(conn: sqlite3.Connection, item_id: int) -> None:
    """Index the quotes of an item's cached article again (after it was copied to the item)."""
    from newstui.store.codec import article_from_json

    row = conn.execute("SELECT version, json FROM articles WHERE item_id = ?", (item_id,)).fetchone()
    if row is None:
        return
    try:
        article = article_from_json(row[1])
    except (ValueError, KeyError, TypeError):
        return
    index_article(conn, item_id, article, int(row[0]))


def index_article(
    conn: sqlite3.Connection,
    item_id: int,
    article: Article,
    version: int,
    *,
    terms: bool = True,
    item: ItemRow | None = None,
) -> None:
    """Replace the indexed quotes and story terms of an item with those of `article`.

    Call inside the write transaction that saves the article (as `save_article` does).
    The item is linked to stories by shared quotations first, then by shared
    terms (`terms.link_by_terms`; `terms=False` only for the schema 3 migration,
    which runs before the term tables exist). `item`: the item's row when the caller
    has just read it (else it is read here, once).
    """
    if item is None:
        item = item_row(conn, item_id)
        if item is None:
            return
    _index_quotes(conn, item_id, item, article, version)
    if terms:
        from newstui.whosaid.terms import link_by_terms

        link_by_terms(conn, item_id, item, article)


class ItemRow(NamedTuple):
    """What indexing needs of an item's row: read once per saved article."""

    title: str
    feed_id: int
    published: int


ITEM_ROW_SQL = "SELECT title, feed_id, published FROM items WHERE id = ?"
"""Reads an `ItemRow` (`ItemRow(*row)`)."""


def item_row(conn: sqlite3.Connection, item_id: int) -> ItemRow | None:
    """The item's `ItemRow`, or None when there is no such item."""
    row = conn.execute(ITEM_ROW_SQL, (item_id,)).fetchone()
    return None if row is None else ItemRow(str(row[0]), int(row[1]), int(row[2]))


def _index_quotes(conn: sqlite3.Connection, item_id: int, item: ItemRow, article: Article, version: int) -> None:
    from newstui.text import one_line
    from newstui.whosaid.stories import link_item, shingles, unlink_item

    feed_id, published = item.feed_id, item.published
    unlink_item(conn, item_id)
    conn.execute("DELETE FROM quotes WHERE item_id = ?", (item_id,))
    if not article.quotes:
        return
    cleans: list[CleanName | None] = []
    for quote in article.quotes:
        written = one_line(quote.speaker or "")
        clean = clean_name(written) if written else None
        cleans.append(clean if clean is not None and clean.name else None)
    resolved = resolve_in_article(cleans)
    cache: dict[tuple[str, bool], int] = {}
    new_surnames: set[str] = set()
    stored: list[tuple[int, str]] = []
    for order, (quote, clean) in enumerate(zip(article.quotes, resolved, strict=True)):
        speaker_id: int | None = None
        if clean is not None:
            ref = (clean.key, clean.org)
            if ref not in cache:
                cache[ref] = _resolve(conn, clean, new_surnames)
            speaker_id = cache[ref]
        text = _valid(quote.text)
        hashes = shingles(text)
        cursor = conn.execute(
            "INSERT INTO quotes (item_id, feed_id, published, ord, section, paragraph, text, search, written, name,"
            " name_key, speaker_id, shingles, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                item_id,
                feed_id,
                published,
                order,
                quote.section,
                quote.paragraph,
                text,
                search_text(text),
                None if not quote.speaker else _valid(one_line(quote.speaker)),
                None if clean is None else _valid(clean.name),
                None if clean is None else clean.key,
                speaker_id,
                len(hashes),
                version,
            ),
        )
        stored.append((int(cursor.fetchone()[0]), text))
    for surname in new_surnames:
        _reresolve_keys(conn, [surname])
    link_item(conn, item_id, stored)


def search_text(text: str) -> str | None:
    """A quote's words as search reads them, when they differ from its stored text; else None.

    The general pattern: a quote keeps the characters its page printed (v23), and a page that
    escaped a mark twice prints an HTML reference where the reader reads the mark ("We&#39;re",
    "&quot;", "&amp;"). Search matches the words, so the index holds the text with its references
    read, as the story links do (`stories.normalise`); a user typing the reference finds it too
    (`quotes` reads the references of what was typed).
    """
    if "&" not in text:
        return None
    read = _valid(read_whole_references(text))
    return read if read != text else None


# Schema 11: quote search over the text as read (`search_text`). `quotes.search` holds it
# where it differs from `text` (NULL elsewhere: most quotes hold no reference), and
# `quote_fts` indexes `quote_search`, a view giving the one or the other, so an FTS5
# 'rebuild' (recover makes its indexes again so) reads the same words as the triggers.
_SEARCH_SCHEMA = """
CREATE VIEW IF NOT EXISTS quote_search (id, text, name) AS
    SELECT id, coalesce(search, text), name FROM quotes;
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, name, content = 'quote_search', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO quote_fts(quote_fts) VALUES ('rebuild');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_fts(rowid, text, name) VALUES (new.id, coalesce(new.search, new.text), new.name);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text, name) VALUES ('delete', old.id, coalesce(old.search, old.text), old.name);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, search, name ON quotes BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text, name) VALUES ('delete', old.id, coalesce(old.search, old.text), old.name);
    INSERT INTO quote_fts(rowid, text, name) VALUES (new.id, coalesce(new.search, new.text), new.name);
END;
"""  # noqa: E501 - trigger SQL kept one clause a line, as SCHEMA's


def index_as_read(conn: sqlite3.Connection) -> None:
    """Migration to schema 11: quote search reads HTML references (`search_text`).

    Fills `quotes.search` for the quotes that hold a reference and rebuilds `quote_fts` over
    `quote_search`, inside the migration's one transaction: a process killed meanwhile leaves
    the old cache as it was, and the next open upgrades it again. Checks what is there first,
    so the step does not depend on its place in MIGRATIONS.
    """
    from newstui.store.schema import sql_statements

    columns = {row[1] for row in conn.execute("PRAGMA table_info(quotes)")}
    if not columns:
        return  # no quote index (cannot happen after schema 3; nothing to do)
    if "search" not in columns:
        conn.execute("ALTER TABLE quotes ADD COLUMN search TEXT")
    rows = conn.execute("SELECT id, text FROM quotes WHERE instr(text, '&') > 0").fetchall()
    conn.executemany(
        "UPDATE quotes SET search = ? WHERE id = ?", [(search_text(str(text)), quote_id) for quote_id, text in rows]
    )
    for trigger in ("quotes_fts_insert", "quotes_fts_delete", "quotes_fts_update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE IF EXISTS quote_fts")
    for statement in sql_statements(_SEARCH_SCHEMA):
        conn.execute(statement)


def _valid(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def _alias_for(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute(
        "SELECT canonical FROM speaker_aliases WHERE written_key = ? ORDER BY source = 'user' DESC LIMIT 1", (key,)
    ).fetchone()
    return None if row is None else str(row[0])


def _resolve(conn: sqlite3.Connection, clean: CleanName, new_surnames: set[str] | None = None) -> int:
    """The canonical speaker id of a cleaned name (creating the speaker when new)."""
    canonical = _alias_for(conn, clean.key)
    if canonical is not None:
        return _speaker_for(conn, CleanName(canonical, clean.org), canonical, new_surnames)
    if clean.single:
        # Full names with this surname, and the canonical names of aliases whose
        # written name has it ("Ruiz" → "Ana Ruiz" = "Ana María Ruiz Soto").
        rows = conn.execute(
            "SELECT id FROM speakers AS s WHERE surname = ?1 AND org = 0 AND (pinned IS NOT NULL OR EXISTS"
            " (SELECT 1 FROM speaker_forms AS f WHERE f.speaker_id = s.id AND instr(f.name, ' ') > 0))"
            " UNION SELECT s.id FROM speaker_aliases AS a JOIN speakers AS s ON s.key = a.canonical_key"
            " WHERE substr(a.written_key, -length(?1) - 1) = ' ' || ?1 LIMIT 2",
            (clean.key,),
        ).fetchall()
        if len(rows) == 1:
            return int(rows[0][0])
    return _speaker_for(conn, clean, None, new_surnames)


def _speaker_for(conn: sqlite3.Connection, clean: CleanName, pinned: str | None, new_surnames: set[str] | None) -> int:
    key = clean.key
    row = conn.execute("SELECT id, pinned FROM speakers WHERE key = ?", (key,)).fetchone()
    if row is not None:
        if pinned is not None and row[1] != pinned:
            conn.execute("UPDATE speakers SET pinned = ? WHERE id = ?", (pinned, row[0]))
        return int(row[0])
    surname = None if clean.org else surname_key(clean.name)
    cursor = conn.execute(
        "INSERT INTO speakers (key, name, pinned, org, surname) VALUES (?, ?, ?, ?, ?) RETURNING id",
        (key, _valid(clean.name), pinned, int(clean.org), surname),
    )
    speaker_id = int(cursor.fetchone()[0])
    if surname is not None and new_surnames is not None:
        new_surnames.add(surname)
    return speaker_id


def _reresolve_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Resolve again the quotes whose cleaned name has one of these keys."""
    # Full names first: a bare surname then sees where they went.
    for key in sorted(set(keys), key=lambda k: (-k.count(" "), k)):
        names = conn.execute("SELECT DISTINCT name FROM quotes WHERE name_key = ?", (key,)).fetchall()
        for (name,) in names:
            target = _resolve(conn, clean_name(name))
            conn.execute(
                "UPDATE quotes SET speaker_id = ? WHERE name_key = ? AND name = ? AND speaker_id IS NOT ?",
                (target, key, name, target),
            )


# -- corrections ---------------------------------------------------------------------


def _set_alias(conn: sqlite3.Connection, written: str, canonical: str, source: str) -> None:
    clean = clean_name(written)
    key = clean.key or speaker_key(written)
    conn.execute(
        "INSERT OR REPLACE INTO speaker_aliases (written_key, source, written, canonical, canonical_key)"
        " VALUES (?, ?, ?, ?, ?)",
        (key, source, written, canonical, speaker_key(canonical)),
    )
    _apply_alias_change(conn, key)


def _apply_alias_change(conn: sqlite3.Connection, key: str) -> None:
    """Re-point the quotes a changed alias for `key` concerns."""
    canonical = _alias_for(conn, key)
    new_surnames: set[str] = set()
    old = conn.execute("SELECT id FROM speakers WHERE key = ?", (key,)).fetchone()
    if canonical is not None:
        target = _speaker_for(conn, CleanName(canonical, False), canonical, new_surnames)
        if old is not None and int(old[0]) != target:
            # Quotes that reached the old speaker through its surname follow it too.
            conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (target, old[0]))
    _reresolve_keys(conn, [key, *(s for s in (surname_key(key),) if s), *new_surnames])
    if canonical is not None:
        surname = surname_key(canonical)
        if surname:
            _reresolve_keys(conn, [surname])


def set_speaker_alias(store: Store, written: str, canonical: str) -> None:
    """Record a user's correction: the speaker written `written` is `canonical`.

    It persists in the database and applies at once to the quotes already stored.
    """
    from newstui.text import one_line

    written, canonical = one_line(written), one_line(canonical)
    if not written or not canonical:
        from newstui.errors import StoreError

        raise StoreError(store.path, "a speaker alias needs a written name and a canonical name")
    store.run_write(lambda conn: _set_alias(conn, written, canonical, "user"))


def remove_speaker_alias(store: Store, written: str) -> bool:
    """Drop a user's correction; returns whether there was one."""

    def remove(conn: sqlite3.Connection) -> bool:
        key = clean_name(written).key or speaker_key(written)
        gone = conn.execute("DELETE FROM speaker_aliases WHERE written_key = ? AND source = 'user'", (key,)).rowcount
        if gone:
            _forget_pins(conn)
            _apply_alias_change(conn, key)
        return bool(gone)

    return store.run_write(remove)


def apply_config_aliases(store: Store, aliases: Mapping[str, str]) -> None:
    """Make the config's `[speakers]` aliases the stored 'config' ones (writes only changes)."""
    wanted = {(clean_name(w).key or speaker_key(w)): (w, c) for w, c in aliases.items()}

    def current(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
        rows = conn.execute("SELECT written_key, written, canonical FROM speaker_aliases WHERE source = 'config'")
        return {row[0]: (row[1], row[2]) for row in rows}

    if store.run(current) == wanted:
        return

    def sync(conn: sqlite3.Connection) -> None:
        have = current(conn)
        for key in have.keys() - wanted.keys():
            conn.execute("DELETE FROM speaker_aliases WHERE written_key = ? AND source = 'config'", (key,))
            _forget_pins(conn)
            _apply_alias_change(conn, key)
        for key, (written, canonical) in wanted.items():
            if have.get(key) != (written, canonical):
                _set_alias(conn, written, canonical, "config")

    store.run_write(sync)


def _forget_pins(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE speakers SET pinned = NULL WHERE pinned IS NOT NULL"
        " AND key NOT IN (SELECT canonical_key FROM speaker_aliases)"
    )


# -- reading ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One canonical speaker with its counts."""

    id: int
    name: str
    """The correction's name, else the most common full written form."""
    quotes: int
    articles: int
    feeds: int
    first_seen: datetime | None
    last_seen: datetime | None


@dataclass(frozen=True, slots=True)
class IndexedQuote:
    """A stored quote with its item."""

    id: int
    text: str
    speaker: str | None
    """The canonical speaker's name; None when nobody is named."""
    written: str | None
    """The speaker as the article wrote it."""
    item_id: int
    title: str
    feed_title: str
    feed_url: str
    link: str | None
    published: datetime | None
    story_id: int | None


@dataclass(frozen=True, slots=True)
class StoryItem:
    id: int
    title: str
    link: str | None
    feed_title: str
    published: datetime | None


@dataclass(frozen=True, slots=True)
class Story:
    """Items of different feeds sharing a quotation."""

    id: int
    items: list[StoryItem]
    """Newest first."""
    quotes: list[str]
    """The shared quotation(s), longest form first."""


_DISPLAY = (
    "coalesce(s.pinned, (SELECT f.name FROM speaker_forms AS f WHERE f.speaker_id = s.id"
    " ORDER BY instr(f.name, ' ') > 0 DESC, f.n DESC, f.name LIMIT 1), s.name)"
)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def speakers(store: Store, limit: int | None = 50, search: str | None = None) -> list[SpeakerSummary]:
    """Speakers, most quoted first. `search` matches any part of the name, an alias
    or a written form (case and diacritics ignored)."""

    def read(conn: sqlite3.Connection) -> list[SpeakerSummary]:
        where = "s.quotes > 0"
        params: list[Any] = []
        if search is not None and search.strip():
            folded = _like(speaker_key(search))
            where += (
                " AND (s.key LIKE ?1 ESCAPE '\\' OR s.key IN (SELECT canonical_key FROM speaker_aliases"
                " WHERE written_key LIKE ?1 ESCAPE '\\'))"
            )
            params.append(folded)
        params.append(-1 if limit is None else limit)
        rows = conn.execute(
            f"SELECT s.id, {_DISPLAY}, s.quotes, s.articles, s.feeds, s.first_seen, s.last_seen FROM speakers AS s"
            f" WHERE {where} ORDER BY s.quotes DESC, s.id LIMIT ?{len(params)}",
            params,
        ).fetchall()
        return [SpeakerSummary(r[0], r[1], r[2], r[3], r[4], from_us(r[5]), from_us(r[6])) for r in rows]

    return store.run(read)


def _speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers a user's NAME means: the canonical name, an alias, or a surname."""
    clean = clean_name(name)
    keys = {clean.key, speaker_key(name)} - {""}
    ids: set[int] = set()
    for key in keys:
        ids.update(r[0] for r in conn.execute("SELECT id FROM speakers WHERE key = ?", (key,)))
        ids.update(
            r[0]
            for r in conn.execute(
                "SELECT s.id FROM speaker_aliases AS a JOIN speakers AS s ON s.key = a.canonical_key"
                " WHERE a.written_key = ?",
                (key,),
            )
        )
        if " " not in key:
            ids.update(r[0] for r in conn.execute("SELECT id FROM speakers WHERE surname = ?", (key,)))
            ids.update(
                r[0]
                for r in conn.execute(
                    "SELECT s.id FROM speaker_aliases AS a JOIN speakers AS s ON s.key = a.canonical_key"
                    " WHERE substr(a.written_key, -length(?1) - 1) = ' ' || ?1",
                    (key,),
                )
            )
    return sorted(ids)


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    search: str | None = None,
    feed_url: str | None = None,
    story: int | None = None,
    item_id: int | None = None,
    limit: int | None = 100,
) -> list[IndexedQuote]:
    """Stored quotes, newest first, filtered by any of the arguments.

    Args:
        speaker: a canonical name, a surname or an alias (case and diacritics ignored).
        search: what a user typed, matched against quote text and speaker names.
        feed_url: only this feed's items.
        story: only the items of this story.
        item_id: only this item's quotes (then in article order).
        limit: at most this many; None for all.
    """
    from newstui.store.reads import fts_query

    def read(conn: sqlite3.Connection) -> list[IndexedQuote]:
        clauses: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            ids = _speaker_ids(conn, speaker)
            if not ids:
                return []
            clauses.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if search is not None and search.strip():
            # What was typed is read as the index reads a quote: "We&#39;re" finds "we're".
            query = fts_query(read_whole_references(search))
            if query is None:
                return []
            clauses.append("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
            params.append(query)
        if feed_url is not None:
            row = conn.execute(
                "SELECT id FROM feeds WHERE url = ?1 UNION ALL SELECT feed_id FROM feed_aliases WHERE old_url = ?1",
                (feed_url,),
            ).fetchone()
            if row is None:
                return []
            clauses.append("q.feed_id = ?")
            params.append(row[0])
        if story is not None:
            clauses.append("q.item_id IN (SELECT item_id FROM story_items WHERE story_id = ?)")
            params.append(story)
        if item_id is not None:
            clauses.append("q.item_id = ?")
            params.append(item_id)
        order = "q.ord" if item_id is not None else "q.published DESC, q.id DESC"
        rows = conn.execute(
            "SELECT q.id, q.text, q.speaker_id, q.written, q.item_id, i.title, "
            f"{FEED_TITLE}, f.url, i.link, q.published, si.story_id"
            " FROM quotes AS q JOIN items AS i ON i.id = q.item_id JOIN feeds AS f ON f.id = q.feed_id"
            " LEFT JOIN story_items AS si ON si.item_id = q.item_id"
            f" WHERE {' AND '.join(clauses) or '1'} ORDER BY {order} LIMIT ?",
            (*params, -1 if limit is None else limit),
        ).fetchall()
        names = _display_names(conn, {r[2] for r in rows if r[2] is not None})
        return [
            IndexedQuote(
                id=r[0],
                text=r[1],
                speaker=None if r[2] is None else names.get(r[2]),
                written=r[3],
                item_id=r[4],
                title=r[5],
                feed_title=r[6],
                feed_url=r[7],
                link=r[8],
                published=from_us(r[9]),
                story_id=r[10],
            )
            for r in rows
        ]

    return store.run(read)


def _display_names(conn: sqlite3.Connection, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk, marks in in_chunks(sorted(ids)):
        found.update(conn.execute(f"SELECT s.id, {_DISPLAY} FROM speakers AS s WHERE s.id IN ({marks})", chunk))
    return found


def _story(conn: sqlite3.Connection, story_id: int) -> Story | None:
    from newstui.whosaid.stories import normalise

    items = [
        StoryItem(r[0], r[1], r[2], r[3], from_us(r[4]))
        for r in conn.execute(
            f"SELECT i.id, i.title, i.link, {FEED_TITLE}, i.published FROM story_items AS s"
            " JOIN items AS i ON i.id = s.item_id JOIN feeds AS f ON f.id = i.feed_id"
            " WHERE s.story_id = ? ORDER BY i.published DESC, i.id DESC",
            (story_id,),
        )
    ]
    if not items:
        return None
    texts = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT q.text FROM story_quotes AS sq JOIN quotes AS q ON q.id = sq.quote_id"
            " WHERE sq.story_id = ? LIMIT 50",
            (story_id,),
        )
    ]
    texts.sort(key=lambda text: (-len(normalise(text)), text))
    return Story(story_id, items, _distinct_quotations(texts))


def _distinct_quotations(texts: list[str]) -> list[str]:
    """Longest first; a text whose words lie inside a kept one is the same quotation."""
    from newstui.whosaid.stories import normalise

    kept: list[tuple[str, str]] = []
    for text in texts:
        words = " " + " ".join(normalise(text)) + " "
        if any(words in other for _, other in kept):
            continue
        kept.append((text, words))
    return [text for text, _ in kept[:5]]


def stories(store: Store, limit: int | None = 50, offset: int = 0) -> list[Story]:
    """Stories whose items come from two or more feeds, newest first."""

    def read(conn: sqlite3.Connection) -> list[Story]:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM stories WHERE feeds >= 2 ORDER BY newest DESC, id DESC LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            )
        ]
        return [story for story in (_story(conn, i) for i in ids) if story is not None]

    return store.run(read)


def story_of_item(store: Store, item_id: int) -> Story | None:
    """The story an item belongs to (whatever its number of feeds), or None."""

    def read(conn: sqlite3.Connection) -> Story | None:
        row = conn.execute("SELECT story_id FROM story_items WHERE item_id = ?", (item_id,)).fetchone()
        return None if row is None else _story(conn, int(row[0]))

    return store.run(read)


def outlets_for_quote(store: Store, quote_id: int) -> list[StoryItem]:
    """The items carrying this quote's quotation, newest first: the items of its
    story that matched a shared quotation, or only its own item when none did."""

    def read(conn: sqlite3.Connection) -> list[StoryItem]:
        select = (
            f"SELECT DISTINCT i.id, i.title, i.link, {FEED_TITLE}, i.published"
            " FROM items AS i JOIN feeds AS f ON f.id = i.feed_id"
        )
        rows = conn.execute(
            select + " JOIN quotes AS q ON q.item_id = i.id JOIN story_quotes AS sq ON sq.quote_id = q.id"
            " WHERE sq.story_id = (SELECT story_id FROM story_quotes WHERE quote_id = ?1 LIMIT 1)"
            " ORDER BY i.published DESC, i.id DESC",
            (quote_id,),
        ).fetchall()
        if not rows:
            rows = conn.execute(
                select + " WHERE i.id = (SELECT item_id FROM quotes WHERE id = ?)", (quote_id,)
            ).fetchall()
        return [StoryItem(r[0], r[1], r[2], r[3], from_us(r[4])) for r in rows]

    return store.run(read)
