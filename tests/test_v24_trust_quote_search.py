"""Who-said-what search matches a quote's words as the reader reads them.

Since version 23 a quote keeps the characters its page printed, so a page that escaped its
apostrophe twice gives a quote stored as "We&#39;re". The full-text index held those
characters ("we", "39", "re"): typing "we're" (or the stored "We&#39;re") found nothing.
The index now holds the text with its HTML references read; a cache written by the older
schema is re-indexed once, in the upgrade's one transaction (safe under kill -9, and when the
reader and a cron refresh open the old file at once). Real SQLite files made by the older
schema; real processes. Invented quotes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newstui.extract import find_quotes
from newstui.model import Article, ParsedItem, Section
from newstui.store import Store, schema
from newstui.store.schema import migrate
from newstui.whosaid import index as qi

OLD_SCHEMA = 10
"""The last schema whose quote index held the stored characters."""

ESCAPED = "We&#39;re keeping the ferry running through the winter, whatever the fuel costs"
PLAIN = "The timetable stays as it is until the spring crossings begin again"


def _old_cache(path: Path, quotes: list[str], *, items: int = 1) -> None:
    """A cache as schema 10 wrote it: feed, items (the first bookmarked and read) and quotes,
    each quote indexed by that schema's own trigger."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")  # as every cache newstui opened
    migrate(conn, path, target=OLD_SCHEMA)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds (id, url) VALUES (1, 'http://ferry.test/feed.xml')")
    for item_id in range(1, items + 1):
        conn.execute(
            "INSERT INTO items (id, feed_id, key, title, published, first_seen, hash, read, bookmarked)"
            " VALUES (?, 1, ?, 'Ferry timetable', 5, 5, 1, ?, ?)",
            (item_id, f"g:ferry-{item_id}", int(item_id == 1), int(item_id == 1)),
        )
    conn.execute("UPDATE fts_state SET indexed = ?", (items,))
    conn.executemany(
        "INSERT INTO quotes (item_id, feed_id, published, ord, section, paragraph, text, version)"
        " VALUES (?, 1, 5, ?, 0, 0, ?, 23)",
        [(1 + n % items, n, text) for n, text in enumerate(quotes)],
    )
    conn.execute("COMMIT")
    conn.close()


def _index_sound(store: Store) -> bool:
    """FTS5's own check of the quote index against what it indexes (raises when they differ)."""
    store.run(lambda c: c.execute("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')").fetchall())
    return True


def _found(store: Store, typed: str) -> list[str]:
    return [q.text for q in qi.quotes(store, search=typed)]


@pytest.mark.parametrize("typed", ["we're", "We&#39;re keeping", "ferry running"])
def test_an_old_cache_finds_a_quote_printed_with_a_reference(tmp_path: Path, typed: str) -> None:
    db = tmp_path / "news.db"
    _old_cache(db, [ESCAPED, PLAIN])
    with Store.open(db) as store:
        assert _found(store, typed) == [ESCAPED]
        assert _found(store, "timetable stays") == [PLAIN]
        # What the user saved is there, and the shown text is still what the page printed.
        assert store.run(lambda c: c.execute("SELECT read, bookmarked FROM items").fetchall()) == [(1, 1)]
        assert store.run(lambda c: c.execute("PRAGMA integrity_check").fetchall()) == [("ok",)]


def test_a_new_quote_is_found_as_read_and_forgotten_when_its_article_changes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items("http://quay.test/feed.xml", [ParsedItem("Quay", "http://quay.test/a", guid="quay")])
        [item] = store.items()
        paragraph = "“It&#39;s the oldest crane on the quay and it still lifts every morning,” Vell said."
        quotes = find_quotes([paragraph])
        assert quotes and "&#39;" in quotes[0].text  # stored as printed
        store.save_article(item.id, Article("Quay", sections=[Section(None, [paragraph])], quotes=quotes), 1)
        assert len(_found(store, "it's the oldest")) == 1
        assert len(_found(store, "oldest crane")) == 1
        store.save_article(item.id, Article("Quay", sections=[Section(None, ["Nothing said."])], quotes=[]), 1)
        assert _found(store, "it's the oldest") == []
        assert _index_sound(store)


_OPEN_AND_SEARCH = """
import sys
from pathlib import Path
from newstui.store import Store
from newstui.whosaid import index as qi
with Store.open(Path(sys.argv[1])) as store:
    print(len(qi.quotes(store, search="we're", limit=None)))
"""


def test_the_reader_and_a_cron_refresh_opening_the_old_cache_at_once_upgrade_it_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _old_cache(db, [ESCAPED] * 3000 + [PLAIN] * 3000, items=50)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AND_SEARCH, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    answers = [child.communicate(timeout=300) for child in children]
    assert [child.returncode for child in children] == [0, 0, 0], answers
    assert [out.strip() for out, _ in answers] == ["3000"] * 3, answers
    with Store.open(db) as store:
        assert _index_sound(store)
        assert len(qi.quotes(store, search="timetable stays", limit=None)) == 3000


# Opens the cache; the upgrade stops once its last step has done all its work, before the
# commit, says so, and waits to be killed.
_UPGRADE_STOPPING_BEFORE_COMMIT = """
import sys, time
from pathlib import Path
from newstui.store import Store
from newstui.store import schema
last = schema.MIGRATIONS[-1]

def stopping(conn):
    last(conn)
    Path(sys.argv[2]).touch()
    time.sleep(600)

schema.MIGRATIONS[-1] = stopping
Store.open(Path(sys.argv[1]))
"""


def _untouched_old_cache(db: Path, quotes: int) -> None:
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert check.execute("PRAGMA user_version").fetchone()[0] in (OLD_SCHEMA, schema.SCHEMA_VERSION)
    assert check.execute("SELECT read, bookmarked FROM items WHERE id = 1").fetchone() == (1, 1)
    assert check.execute("SELECT count(*) FROM quotes").fetchone()[0] == quotes
    check.close()


def test_an_upgrade_killed_before_its_commit_leaves_the_old_cache_which_upgrades_next_time(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _old_cache(db, [ESCAPED] * 2000 + [PLAIN] * 2000, items=50)
    stopped = tmp_path / "stopped"
    child = subprocess.Popen([sys.executable, "-c", _UPGRADE_STOPPING_BEFORE_COMMIT, str(db), str(stopped)])
    try:
        deadline = time.monotonic() + 300
        while not stopped.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert stopped.exists(), child.returncode
    finally:
        child.kill()  # SIGKILL: no cleanup, no rollback by the process
        child.wait()
    _untouched_old_cache(db, 4000)
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA user_version").fetchone()[0] == OLD_SCHEMA
    check.close()
    with Store.open(db) as store:
        assert len(qi.quotes(store, search="we're", limit=None)) == 2000
        assert _index_sound(store)


def test_an_upgrade_killed_at_any_point_leaves_a_cache_that_upgrades_next_time(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    _old_cache(db, [ESCAPED] * 4000 + [PLAIN] * 4000, items=50)
    rng = random.Random(24)
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", _OPEN_AND_SEARCH, str(db)], stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))  # where it dies does not matter: every point must be safe
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        _untouched_old_cache(db, 8000)
    with Store.open(db) as store:
        assert len(qi.quotes(store, search="we're", limit=None)) == 4000
        assert _index_sound(store)


def test_an_upgrade_of_many_quotes_says_so_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstui.store import schema

    monkeypatch.setattr(schema, "SLOW_MIGRATION_QUOTES", 40)
    said: dict[int, list[str]] = {}
    for count in (40, 39):
        db = tmp_path / f"news{count}.db"
        _old_cache(db, [PLAIN] * count)
        said[count] = []
        conn = sqlite3.connect(db, isolation_level=None)
        schema.migrate(conn, db, notice=said[count].append)
        conn.close()
    assert said[40] == [
        f"upgrading the cache (schema {OLD_SCHEMA} to {schema.SCHEMA_VERSION}): indexing its 40 quotes again for "
        "search, once; this takes a moment"
    ]
    assert said[39] == []


def test_recover_makes_the_quote_index_over_the_words_as_read(tmp_path: Path) -> None:
    from newstui.store.recover import recover

    db = tmp_path / "news.db"
    _old_cache(db, [ESCAPED, PLAIN])
    Store.open(db).close()  # upgraded
    recover(db, force=True)  # rebuilds every full-text index from the rows it saved
    with Store.open(db) as store:
        assert _found(store, "we're") == [ESCAPED]
        assert _index_sound(store)
