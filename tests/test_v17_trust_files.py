"""What users do to the files under a running or a later newstui: a -wal left from another
database, the cache deleted or replaced while the app has it open, a clock set back, a
config file made read-only. Real processes and real files; each test checks that what the
user saved before is still there.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cache_files_helpers import QUAY_FEED, bookmarked, cache_with_bookmarks, foreign_log
from cli_helpers import newstui_on as newstui
from newstui.config import load_config
from newstui.errors import ConfigError, StoreError
from newstui.model import FeedConfig
from newstui.store import Store
from newstui.store.codec import to_us
from readonly_helpers import Place

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and permissions")


# -- a -wal that is not the cache's own -------------------------------------------------------


@pytest.mark.parametrize("command", ["refresh", "gc", "list", "feeds"])
def test_a_log_from_another_database_is_named_and_never_written_into_the_cache(tmp_path: Path, command: str) -> None:
    """A backup restored next to a -wal it does not own (or one copied in by mistake):
    SQLite would read the other database's pages as the cache's, and a writer closing the
    file would checkpoint them into it, truncating the cache to the other database's size.
    (Before: `refresh` and `gc` said "not a newstui database ... left untouched", then
    their close wrote the other database over the cache: every bookmark lost.)"""
    db = tmp_path / "news.db"
    saved = cache_with_bookmarks(db)
    wal = db.with_name("news.db-wal")
    wal.write_bytes(foreign_log(tmp_path))
    before = db.read_bytes()
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    done = newstui(config, db, command)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
    assert f"{wal} is not this cache's log" in done.stderr, done.stderr
    # The way out the message gives: move the log aside.
    wal.rename(tmp_path / "moved-aside")
    assert bookmarked(db) == saved
    again = newstui(config, db, "list", "--bookmarked")
    assert again.returncode == 0, again.stderr
    assert len(again.stdout.splitlines()) == len(saved)


def test_the_cache_own_log_after_a_kill_is_still_read(tmp_path: Path) -> None:
    """The check above must not refuse the normal case: a process killed with commits only
    in the -wal (no checkpoint yet); the next command reads them."""
    db = tmp_path / "news.db"
    script = (
        "import os, sys\nfrom newstui.store import Store\nstore = Store.open(sys.argv[1])\n"
        "store.run(lambda conn: conn.execute('PRAGMA wal_autocheckpoint = 0'))\n"
        "ids = [item.id for item in store.items(limit=None)]\n"
        "store.set_bookmarked(ids[1], True)\nos._exit(0)\n"
    )
    saved = cache_with_bookmarks(db)
    done = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert db.with_name("news.db-wal").stat().st_size > 0
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    gc = newstui(config, db, "gc")
    assert gc.returncode == 0, gc.stderr
    assert len(bookmarked(db)) == len(saved) + 1


# -- the cache deleted or replaced while open ---------------------------------------------------


@pytest.mark.parametrize("how", ["directory deleted", "file replaced"])
def test_a_write_to_a_cache_deleted_or_replaced_meanwhile_says_it_was_not_saved(tmp_path: Path, how: str) -> None:
    """The data directory removed (a cleaner, `rm -rf ~/.local/share/newstui`) or the file
    replaced (a backup restored over it) while the app runs: SQLite goes on writing to the
    old, unlinked file, so a bookmark would show as saved and be gone at exit. (Before:
    the write "worked", and the bookmark was lost.)"""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "news.db"
    cache_with_bookmarks(db)
    store = Store.open(db)
    try:
        first = store.items(limit=None)[1]
        if how == "directory deleted":
            shutil.rmtree(data)
        else:
            backup = tmp_path / "backup.db"
            shutil.copy(db, backup)
            os.replace(backup, db)
        with pytest.raises(StoreError, match=f"{db} was deleted or replaced while newstui had it open") as caught:
            store.set_bookmarked(first.id, True)
        assert "not saved" in str(caught.value)
    finally:
        store.close()


# -- a clock set back ------------------------------------------------------------------------------


def test_a_clock_set_back_does_not_stop_due_refreshes(tmp_path: Path) -> None:
    """A machine whose clock ran ahead (a dead RTC battery, a wrong time zone) and is set
    right: the feeds' last fetch lies in the future. (Before: `refresh --due` and the app's
    timer found no feed due until the clock caught up with that time, a year later here.)"""
    db = tmp_path / "news.db"
    cache_with_bookmarks(db)
    ahead = datetime.now(UTC) + timedelta(days=365)
    with Store.open(db) as store:
        store.run_write(lambda conn: conn.execute("UPDATE feeds SET last_fetch = ?", (to_us(ahead),)))
        last = store.last_fetches()
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nrefresh_minutes = 30\n\n[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    due = load_config(config).feeds_due(last, datetime.now(UTC))
    assert [feed.url for feed in due] == [QUAY_FEED]


def test_a_wait_asked_before_the_clock_was_set_back_is_not_longer_than_a_day(tmp_path: Path) -> None:
    """A server's Retry-After is stored as a time: with the clock set back a year, that
    time is a year ahead. No server may hold a feed more than a day (NOT_BEFORE_CAP), so
    a wait further ahead than that comes from the clock and is not kept to."""
    from newstui.feeds.refresh import held_back

    db = tmp_path / "news.db"
    cache_with_bookmarks(db)
    now = datetime.now(UTC)
    with Store.open(db) as store:
        store.run_write(
            lambda conn: conn.execute("UPDATE feeds SET not_before = ?", (to_us(now + timedelta(days=365)),))
        )
        assert held_back(store.feeds(), now) == {}
        store.run_write(
            lambda conn: conn.execute("UPDATE feeds SET not_before = ?", (to_us(now + timedelta(hours=2)),))
        )
        assert list(held_back(store.feeds(), now)) == [QUAY_FEED]


# -- the config file ------------------------------------------------------------------------------


def test_a_config_file_made_read_only_is_not_replaced(tmp_path: Path) -> None:
    """`chmod a-w config.toml` says "do not change this file"; as every edit writes a new
    file and renames it over the old one, only the directory's mode stopped it.
    (Before: `newstui add` replaced the read-only file.)"""
    from newstui.config.edit import add_feed

    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    config.chmod(0o444)
    with pytest.raises(ConfigError, match="is read-only"):
        add_feed(config, FeedConfig("https://other.example/feed.xml"))
    assert config.read_text(encoding="utf-8") == f'[[feeds]]\nurl = "{QUAY_FEED}"\n'
    assert not list(tmp_path.glob(".config.toml*"))  # no new file left beside it


def test_a_config_in_a_read_only_directory_names_the_directory(place: Place) -> None:  # noqa: F811
    """The edit writes a new file next to the config: the directory is what must be writable,
    and the message says so. (Before: "config.toml: cannot write: Permission denied", about a
    file the user could see was writable.)"""
    place.config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    place.read_only(place.base)
    done = place.run("add", "--no-check", "https://other.example/feed.xml")
    assert done.returncode == 2, done.stderr
    assert f"{place.base} is read-only" in done.stderr, done.stderr
    assert "https://other.example" not in place.config.read_text(encoding="utf-8")


def test_an_edit_killed_before_its_rename_leaves_no_file_for_good(tmp_path: Path) -> None:
    """kill -9 between writing the new config and renaming it over the old one (seen in 9
    of 40 random kills of `newstui add`) leaves the old config whole, and a hidden
    `.config.toml.PID.tmp`: the next edit, which holds the lock no other edit writes
    without, removes it. (Before: one such file per kill, for good.)"""
    from newstui.config.edit import add_feed

    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    left = tmp_path / ".config.toml.4242.tmp"
    left.write_text("[[feeds]]\nurl = 'https://half", encoding="utf-8")
    add_feed(config, FeedConfig("https://other.example/feed.xml"))
    assert not left.exists()
    assert [feed.url for feed in load_config(config).feeds] == [QUAY_FEED, "https://other.example/feed.xml"]


# The app's pattern (one long-lived Store writing, one key press each) while the -shm is
# deleted under it and other commands write. argv: db.
WRITER = r"""
import sys, time
from newstui.errors import StoreError
from newstui.store import Store

store = Store.open(sys.argv[1])
ids = [item.id for item in store.items(limit=None)]
store.set_read(ids[:1])
print("ready", flush=True)
sys.stdin.readline()  # the -shm is deleted, and other commands wrote meanwhile
for item_id in ids[:10]:
    try:
        store.set_bookmarked(item_id, True)
        print("saved", item_id, flush=True)
    except StoreError as error:
        print("refused", error, flush=True)
store.close()
"""


def test_a_process_whose_shm_was_deleted_does_not_claim_saves_another_process_discards(tmp_path: Path) -> None:
    """The -shm deleted while the app runs (a cleaner, a user tidying "junk" files): the
    next command makes a new one and never sees the app's later commits, and its
    checkpoint (gc) drops them. (Before: the app's bookmarks after the deletion said
    "saved", and 44 of 60 were gone after a `gc`.)"""
    db = tmp_path / "news.db"
    saved = cache_with_bookmarks(db)
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    app = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert app.stdin is not None and app.stdout is not None
    try:
        assert app.stdout.readline().strip() == "ready"
        db.with_name("news.db-shm").unlink()
        assert newstui(config, db, "gc").returncode == 0
        app.stdin.write("go\n")
        app.stdin.flush()
        lines = app.stdout.read().splitlines()
    finally:
        app.kill()
        app.wait(timeout=30)
    assert lines and all(line.startswith("refused") and "-shm was deleted or replaced" in line for line in lines), lines
    assert newstui(config, db, "gc").returncode == 0
    assert bookmarked(db) == saved  # every bookmark it was told was saved is there


def test_an_old_cache_with_its_own_log_after_a_crash_is_upgraded_not_refused(tmp_path: Path) -> None:
    """The checks that name a foreign -wal must leave alone what is not one: a cache of an
    older schema whose last commits are still in its log (a crash) is read with them and
    upgraded, as before."""
    from newstui.store.schema import migrate

    db = tmp_path / "news.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=7)
    conn.close()
    script = (
        "import os, sqlite3, sys\nconn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = WAL')\nconn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute(\"INSERT INTO feeds (url) VALUES ('" + QUAY_FEED + "')\")\n"
        'conn.execute("INSERT INTO items (feed_id, key, guid, title, published, first_seen, hash, bookmarked)'
        " VALUES (1, 'g:k', 'k', 'Kept', 1, 1, 0, 1)\")\nos._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert db.with_name("news.db-wal").stat().st_size > 0
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{QUAY_FEED}"\n', encoding="utf-8")
    listed = newstui(config, db, "list", "--bookmarked")
    assert listed.returncode == 0, listed.stderr
    assert "Kept" in listed.stdout


def test_with_no_config_and_a_read_only_config_directory_the_cache_is_still_listed(place: Place) -> None:  # noqa: F811
    """No config yet, and its directory read-only (a locked-down home, a config path on a
    read-only mount): the starter config cannot be written. Listing the cache needs no
    config; it goes on with the defaults and says why, once. `add` still refuses.
    (Before: every command stopped at "cannot write the starter config".)"""
    place.seed()
    with Store.open(place.db) as store:
        store.set_bookmarked(store.items(limit=None)[0].id, True)
    place.unwritable_config()
    listed = place.run("list", "--bookmarked")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 1
    assert listed.stderr.count("cannot write the starter config") == 1, listed.stderr
    assert "going on with the default settings" in listed.stderr
    added = place.run("add", "--no-check", "https://other.example/feed.xml")
    assert added.returncode == 2 and "cannot write the starter config" in added.stderr
