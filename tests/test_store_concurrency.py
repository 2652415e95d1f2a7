"""Two real processes on one database file, and a refresh killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newstui.model import FeedConfig, FeedUpdate, ItemFilter, ParsedItem
from newstui.store import Store
from newstui.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

# A refresh as cron runs it: batch after batch of feeds, every item changed and
# some new ones each round. argv: db path, worker name, rounds (0 = forever).
REFRESHER = r"""
import sys
from datetime import datetime, timedelta, timezone
from newstui.model import FeedUpdate, ParsedItem
from newstui.store import Store
from newstui.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

path, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
feeds, per_round = 200 if rounds == 0 else 20, 5
base = datetime(2026, 1, 1, tzinfo=timezone.utc)
store = Store.open(path)
print("ready", flush=True)
n = 0
while rounds == 0 or n < rounds:
    updates = []
    for f in range(feeds):
        items = [
            ParsedItem(
                title=f"{name} round {n} item {i}", guid=f"{name}-{f}-{i}",
                summary="words " * 40 + str(n), published=base + timedelta(minutes=i),
            )
            for i in range((n + 1) * per_round)
        ]
        items.append(ParsedItem(title="shared story", guid="shared", summary=f"{name} {n}"))
        updates.append(FeedUpdate(url=f"https://{name}.example/{f}", ok=True, status=200, items=items))
        updates.append(FeedUpdate(url="https://shared.example/feed", ok=True, status=200, items=items[-1:]))
    print("writing", n, flush=True)
    store.apply_updates(updates)
    n += 1
store.close()
print("done", flush=True)
"""


def start(path: Path, name: str, rounds: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", REFRESHER, str(path), name, str(rounds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready", process.stderr.read() if process.stderr else ""
    return process


def integrity(path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        # Raises if the full-text index disagrees with its content.
        conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
        count = conn.execute("SELECT count(*) FROM items").fetchone()[0]
    finally:
        conn.close()
    return check, count


def seed(path: Path, feeds: int = 10) -> list[int]:
    """Feeds with items, every third one bookmarked; returns the bookmarked ids."""
    with Store.open(path) as store:
        store.sync_feeds([FeedConfig(f"https://seed.example/{f}") for f in range(feeds)])
        store.apply_updates(
            [
                FeedUpdate(
                    url=f"https://seed.example/{f}",
                    ok=True,
                    status=200,
                    items=[ParsedItem(title=f"seed {f} {i}", guid=f"s{f}-{i}") for i in range(30)],
                )
                for f in range(feeds)
            ]
        )
        ids = [item.id for item in store.items(limit=None)][::3]
        for item_id in ids:
            store.set_bookmarked(item_id, True)
    return sorted(ids)


def test_two_processes_and_the_app_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "newstui.db"
    seed(path)
    first, second = start(path, "alpha", 6), start(path, "beta", 6)
    # Meanwhile "the app" reads, bookmarks and marks items read in this process.
    bookmarked: set[int] = set()
    read: set[int] = set()
    with Store.open(path) as app:
        while first.poll() is None or second.poll() is None:
            page = app.items(limit=50)
            for item in page[:3]:
                app.set_bookmarked(item.id, True)
                bookmarked.add(item.id)
            app.set_read([item.id for item in page[3:6]])
            read.update(item.id for item in page[3:6])
            app.feeds()
            time.sleep(0.01)
    for process in (first, second):
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert out.strip().endswith("done")
    assert integrity(path)[0] == "ok"
    with Store.open(path) as store:
        for name in ("alpha", "beta"):
            for f in range(20):
                items = store.items(ItemFilter("feed", f"https://{name}.example/{f}"), limit=None)
                # Six rounds of 5 more items each, plus the shared story: nothing lost, nothing doubled.
                assert len(items) == 31
                assert {i.title.split(" round ")[1].split()[0] for i in items if i.guid != "shared"} == {"5"}
        assert store.count_items(ItemFilter("feed", "https://shared.example/feed")) == 1
        marked = {i.id for i in store.items(ItemFilter("bookmarks"), limit=None)}
        assert bookmarked <= marked
        assert all(store.item(i).read for i in read)  # type: ignore[union-attr]


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
def test_refresh_killed_mid_batch_leaves_a_consistent_database(tmp_path: Path, delay: float) -> None:
    path = tmp_path / "newstui.db"
    bookmarks = seed(path)
    _, seeded = integrity(path)
    process = start(path, "cron", 0)
    assert process.stdout is not None
    # Let a batch or two commit, then kill during a later one.
    while process.stdout.readline().split() != ["writing", "2"]:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    check, count = integrity(path)
    assert check == "ok"
    # Each round adds 5 items to each of 200 feeds (+1 shared story in the first
    # round and 1 shared story per feed): only whole batches are ever visible.
    added = count - seeded
    assert added in {1201 + 1000 * k for k in range(0, 10)}, added
    with Store.open(path) as store:
        assert sorted(i.id for i in store.items(ItemFilter("bookmarks"), limit=None)) == bookmarks
        # And the database still takes writes.
        store.set_bookmarked(bookmarks[0], False)
        assert store.count_items(ItemFilter("bookmarks")) == len(bookmarks) - 1


def test_processes_creating_one_new_database_at_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "newstui.db"
    script = (
        "import sys; from newstui.model import ParsedItem; from newstui.store import Store;"
        "s = Store.open(sys.argv[1]); s.upsert_items('https://x.example/' + sys.argv[2],"
        " [ParsedItem(title='t', guid=str(n)) for n in range(50)]); s.close()"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script, str(path), str(k)], stderr=subprocess.PIPE, text=True)
        for k in range(4)
    ]
    for process in processes:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    assert integrity(path) == ("ok", 200)


# Started together: every process imports first, says "ready", then waits for the go
# file, so the opens really race. argv: db path, go file, role, name.
RACER = r"""
import os, sys, time
from pathlib import Path
from newstui.model import ItemFilter, ParsedItem
from newstui.store import SchemaTooOld, Store

path, go, role, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
if role == "list":
    # What `newstui list` does (cli.common.open_store with read_only=True).
    try:
        store = Store.open(path, read_only=True) if path.exists() else Store.open(path)
    except SchemaTooOld:
        store = Store.open(path)
    store.items(limit=10)
else:
    store = Store.open(path)
    store.upsert_items("https://race.example/" + name, [ParsedItem(title="t", guid=str(n)) for n in range(20)])
    store.set_bookmarked(store.items(ItemFilter("feed", "https://race.example/" + name), limit=1)[0].id, True)
store.close()
print("done", flush=True)
"""


def race(path: Path, go: Path, roles: list[str]) -> None:
    processes = []
    for n, role in enumerate(roles):
        process = subprocess.Popen(
            [sys.executable, "-c", RACER, str(path), str(go), role, f"p{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr.read() if process.stderr else ""
        processes.append(process)
    go.touch()
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert out.strip() == "done"


def test_creating_and_migrating_race_from_a_starting_line(tmp_path: Path) -> None:
    """Writers and `list` readers open a database nobody has created yet, all at one moment;
    then again on a version-1 database that each of them wants to migrate."""
    roles = ["write", "list", "write", "list", "write", "write"]
    for attempt in range(2):
        path = tmp_path / f"new{attempt}" / "newstui.db"
        race(path, tmp_path / f"go{attempt}", roles)
        assert integrity(path) == ("ok", 20 * roles.count("write"))
        with Store.open(path) as store:
            assert store.count_items(ItemFilter("bookmarks")) == roles.count("write")

    old = tmp_path / "old" / "newstui.db"
    old.parent.mkdir()
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    race(old, tmp_path / "go-old", roles)
    assert integrity(old) == ("ok", 20 * roles.count("write"))
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
