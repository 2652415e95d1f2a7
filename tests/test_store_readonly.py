"""A read-only database file or data directory: reading works where SQLite can, and
every failure names the file or directory and says it is read-only.

The commands run in real subprocesses. Root (as CI runs) ignores file modes through its
CAP_DAC_OVERRIDE capability, so as root the subprocess gives up that capability (and
CAP_DAC_READ_SEARCH, CAP_FOWNER) before it starts: it stays uid 0, so it can still run
an interpreter installed under /root (mode 0700, out of reach of an unprivileged uid
such as 65534), but chmod binds it like any user. As a normal user the subprocess runs
as that user over the chmod'ed files.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.model import ParsedItem
from newstui.store import SchemaTooOld, Store
from newstui.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from readonly_helpers import FEED, Place

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_list_reads_a_read_only_file(place: Place) -> None:
    place.seed()
    place.read_only(place.db)
    before = place.db.read_bytes()
    done = place.run("list")
    assert done.returncode == 0, done.stderr
    assert [line.split(": ", 1)[1] for line in done.stdout.splitlines()] == ["Story 0", "Story 1", "Story 2"]
    assert place.db.read_bytes() == before

    refused = place.run("refresh")
    assert refused.returncode == 2
    assert f"cannot write the database: {place.db} is read-only" in refused.stderr


def test_read_only_directory_is_named(place: Place) -> None:
    place.seed()
    place.read_only(place.data)
    before = snapshot(place.data)
    for args in (("refresh",), ()):  # () is the reader app: refused before the screen is taken
        done = place.run(*args)
        assert done.returncode == 2, done.stdout + done.stderr
        assert f"cannot write the database: {place.data} is read-only" in done.stderr
        assert "unable to open database file" not in done.stderr
    listed = place.run("list")
    # A WAL database is read through its -shm file, which cannot be made here: a clear error.
    assert listed.returncode == 2
    assert f"cannot read the database: {place.data} is read-only" in listed.stderr
    assert "newstui.db-shm" in listed.stderr
    assert snapshot(place.data) == before


def test_list_reads_a_read_only_directory_while_its_owner_has_it_open(place: Place) -> None:
    """With the -wal and -shm there (the owner's app is running), the lister reads through them."""
    place.seed()
    owner = Store.open(place.db)
    try:
        owner.upsert_items(FEED, [ParsedItem(title="Story fresh", guid="fresh")])  # only in the -wal so far
        place.read_only(place.data)
        done = place.run("list", "--limit", "0")
        assert done.returncode == 0, done.stderr
        assert "Story fresh" in done.stdout and len(done.stdout.splitlines()) == 4
    finally:
        owner.close()


def test_missing_database_in_read_only_directory(place: Place) -> None:
    place.read_only(place.data)
    done = place.run("list")
    assert done.returncode == 2
    assert f"cannot write the database: {place.data} is read-only" in done.stderr
    assert not place.db.exists()


# -- in this process: what a read-only open does and does not do -----------------------


def test_read_only_open_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "data" / "newstui.db"
    with Store.open(db) as store:
        store.upsert_items(FEED, [ParsedItem(title="Story", guid="g")])
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # not WAL: a read-only open must not switch it
    conn.close()
    before = snapshot(db.parent)
    with Store.open(db, read_only=True) as store:
        assert store.read_only
        assert [item.title for item in store.items()] == ["Story"]
        with pytest.raises(StoreError) as caught:
            store.set_bookmarked(store.items()[0].id, True)
        assert "opened read-only" in caught.value.message
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert snapshot(db.parent) == before


def test_read_only_open_does_not_migrate(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(SchemaTooOld) as caught:
        Store.open(db, read_only=True)
    assert str(db) in str(caught.value) and "upgrade" in caught.value.message
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old")) == ["old.db"]
    # `newstui list` on it upgrades it with a writable open, then lists.
    from newstui.__main__ import main

    assert main(["--db", str(db), "list"]) == 0
    with Store.open(db, read_only=True) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none" / "newstui.db"
    with pytest.raises(StoreError) as caught:
        Store.open(db, read_only=True)
    assert "no database here yet" in caught.value.message
    assert not db.parent.exists()


def test_unreadable_file_is_named(place: Place) -> None:
    place.seed()
    place.read_only(place.db)
    place.db.chmod(0o200)
    done = place.run("list")
    assert done.returncode == 2
    assert str(place.db) in done.stderr and "not readable" in done.stderr
