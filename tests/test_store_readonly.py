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

import ctypes
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstui.errors import StoreError
from newstui.model import FeedConfig, ParsedItem
from newstui.store import SchemaTooOld, Store
from newstui.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

FEED = "https://ro.example/feed.xml"


class Place:
    """A data directory another (unprivileged) user reads, with a config for it."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.data = base / "data"
        self.data.mkdir()
        self.db = self.data / "newstui.db"
        self.home = base / "home"
        self.home.mkdir()
        self.config = base / "config.toml"
        self.config.write_text(f'[general]\nrefresh_minutes = 0\n\n[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")

    def seed(self, titles: int = 3) -> None:
        with Store.open(self.db) as store:
            store.sync_feeds([FeedConfig(FEED)])
            store.upsert_items(FEED, [ParsedItem(title=f"Story {n}", guid=f"g{n}") for n in range(titles)])

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -m newstui --config C --db DB ARGS`, bound by file modes even as root."""
        env = dict(os.environ, HOME=str(self.home), XDG_CONFIG_HOME=str(self.home), XDG_DATA_HOME=str(self.home))
        env["XDG_CACHE_HOME"] = str(self.home)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return subprocess.run(
            [sys.executable, "-m", "newstui", "--config", str(self.config), "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            stdin=subprocess.DEVNULL,
            cwd=self.base,
            preexec_fn=_drop_file_capabilities if os.geteuid() == 0 else None,  # noqa: PLW1509 - a single-threaded child, before exec
        )

    def read_only(self, path: Path) -> None:
        mode = 0o555 if path.is_dir() else 0o444
        path.chmod(mode)
        if os.geteuid() != 0 and os.access(path, os.W_OK):
            pytest.skip("chmod does not stop this user from writing (and it cannot drop to another uid)")

    def unwritable_config(self) -> None:
        """No config yet, and its directory read-only: the starter config cannot be written."""
        config_dir = self.base / "etc"
        config_dir.mkdir()
        self.config = config_dir / "config.toml"
        self.read_only(config_dir)


_PR_CAPBSET_DROP = 24
_FILE_CAPABILITIES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _drop_file_capabilities() -> None:
    """In the child before exec: out of the bounding set, so the new program never has them."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _FILE_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl(PR_CAPBSET_DROP, {capability})")


@pytest.fixture
def place() -> Iterator[Place]:
    # Not under tmp_path: pytest's directories are private to their owner.
    base = Path(tempfile.mkdtemp(prefix="newstui-ro-"))
    base.chmod(0o755)
    try:
        yield Place(base)
    finally:
        for path in [base, *base.rglob("*")]:
            if not path.is_symlink():
                path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR | stat.S_IXUSR)
        shutil.rmtree(base)


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
