"""The cache shared by the running app and CLI commands in other processes.

Real processes on a real file: the app (or the Library it uses, with its two
database threads and the Store an article fetch opens) keeps connections open
while `newstui list` and `newstui refresh` come and go. On POSIX, closing any
descriptor of the database file drops every lock the process holds on it, so a
stray `open()` of the file in the app made the CLI believe it was the last
connection: it checkpointed and deleted the -wal the app still wrote to, and the
database came out "malformed". These tests are that user report.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_helpers import local_feed_config, newstui_on
from newstui.model import FeedConfig, ItemFilter
from newstui.store import Store
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import app_for, running, settle
from valley_site import STORIES, write_site
from valley_site import site as site  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")

MORE = [(f"extra{n}", f"Extra story number {n}", f"Fri, 13 Mar 2026 {10 + n:02d}:30:00 GMT") for n in range(6)]


def cli(config: Path, db: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m newstui --config CONFIG --db DB ARGS` in its own process."""
    return newstui_on(config, db, *args, timeout=timeout)


def check_db(db: Path) -> tuple[str, set[str], set[str]]:
    """integrity_check, every item's guid, the bookmarked guids (on a fresh connection)."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        check = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        if check == "ok":
            # Raises if the full-text index disagrees with its content.
            conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
        guids = {row[0] for row in conn.execute("SELECT guid FROM items")}
        marked = {row[0] for row in conn.execute("SELECT guid FROM items WHERE bookmarked")}
    finally:
        conn.close()
    return check, guids, marked


async def test_app_open_while_cli_lists_and_refreshes(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The user's report step by step: open an item, `list` elsewhere, j and b, `refresh`, quit."""
    server, root = site
    config = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    first = cli(config, db, "refresh")
    assert first.returncode == 0, first.stderr

    app = app_for(config, db)
    bookmarked: set[str] = set()
    async with running(app, (160, 48)) as pilot:
        items = app.screen.query_one(ItemList)
        assert items.count == 3
        await pilot.press("enter")  # the article fetch opens one more Store in this process
        await settle(pilot)
        assert app.screen.query_one(ArticleView).article.source == "page"

        listed = await asyncio.to_thread(cli, config, db, "list", "--limit", "1")
        assert listed.returncode == 0, listed.stderr
        await pilot.press("j", "b")
        await settle(pilot)
        assert items.current_item.bookmarked
        bookmarked.add(items.current_item.guid)

        write_site(root, server.base, MORE + STORIES)
        refreshed = await asyncio.to_thread(cli, config, db, "refresh")
        assert refreshed.returncode == 0, refreshed.stderr
        listed = await asyncio.to_thread(cli, config, db, "list", "--limit", "1")
        assert listed.returncode == 0, listed.stderr

        await pilot.press("j", "b")  # the last item of the list the app shows
        await settle(pilot)
        assert items.current_item.bookmarked
        bookmarked.add(items.current_item.guid)
        await pilot.press("Q")
    assert not app.is_running

    check, guids, marked = check_db(db)
    assert check == "ok"
    assert guids == {slug for slug, _, _ in STORIES + MORE}
    assert bookmarked <= marked and len(bookmarked) == 2
    final = cli(config, db, "list", "--bookmarked")
    assert final.returncode == 0, final.stderr
    assert len(final.stdout.splitlines()) == len(marked)


WAL_CLOSER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("SELECT count(*) FROM items").fetchone()
conn.close()  # the last connection checkpoints and deletes -wal: it must see the other process's locks
"""


def test_a_second_store_in_a_process_keeps_its_locks(tmp_path: Path) -> None:
    """Opening one more Store (as the app's second DB thread or an article fetch does) must
    not drop the first one's locks: another process closing its connection then leaves -wal alone."""
    db = tmp_path / "news.db"
    wal = db.with_name(db.name + "-wal")
    first = Store.open(db)
    try:
        first.sync_feeds([FeedConfig("https://a.example/feed")])
        second = Store.open(db)
        second.close()
        assert wal.exists()
        subprocess.run([sys.executable, "-c", WAL_CLOSER, str(db)], check=True, timeout=30)
        assert wal.exists(), "another process deleted the -wal this process still has open"
    finally:
        first.close()


# The app's database pattern without the UI: a Library (two DB threads, each with its
# own Store) marking read, bookmarking and fetching articles (each fetch opens one
# more Store). argv: config, db, a file whose existence stops the loop (at most
# 3000 rounds). Prints "bookmarked GUID" once the bookmark is committed.
LIBRARY_LOOP = r"""
import sys
import time
from pathlib import Path
from newstui.config import load_config
from newstui.service import ItemFilter, Library

config, db, stop = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
library = Library(load_config(Path(config)), db)
library.sync_feeds()
print("ready", flush=True)
n = 0
while n < 3000 and not stop.exists():
    items = library.page(ItemFilter(), 0, 200)
    item = items[n % len(items)]
    library.set_read([item.id], read=n % 2 == 0)
    library.set_bookmarked(item.id, True)
    print("bookmarked", item.guid, flush=True)
    library.count(ItemFilter("unread"))
    result = library.fetch_article(item)
    assert result.status == "page", result.notice
    n += 1
    time.sleep(0.002)  # leave the CPU to the commands it races (CI has two cores)
library.close()
print("done", flush=True)
"""


def stories(prefix: str, count: int, hour: int = 9) -> list[tuple[str, str, str]]:
    return [
        (f"{prefix}{n}", f"Story {prefix} {n}", f"Thu, 12 Mar 2026 {hour:02d}:{n % 60:02d}:00 GMT")
        for n in range(count)
    ]


def start_library(config: Path, db: Path, stop: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", LIBRARY_LOOP, str(config), str(db), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == "ready", line + (process.stderr.read() if process.stderr else "")
    return process


def bookmarks_of(output: str) -> set[str]:
    return {line.split()[1] for line in output.splitlines() if line.startswith("bookmarked ")}


def test_library_pattern_while_cli_lists_and_refreshes(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    config = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    assert cli(config, db, "refresh").returncode == 0
    stop = tmp_path / "stop"
    library = start_library(config, db, stop)
    expected = {slug for slug, _, _ in STORIES}
    for rounds in range(3):
        assert library.poll() is None, library.stderr.read() if library.stderr else ""
        # Every refresh brings two new items.
        new = stories(f"r{rounds}-", 2, hour=10 + rounds % 10)
        expected.update(slug for slug, _, _ in new)
        write_site(root, server.base, new + STORIES)
        for args in (("list", "--limit", "1"), ("refresh",), ("list", "--bookmarked")):
            done = cli(config, db, *args)
            assert done.returncode == 0, done.stderr
    stop.touch()
    out, err = library.communicate(timeout=60)
    assert library.returncode == 0, err
    assert out.strip().endswith("done")
    check, guids, marked = check_db(db)
    assert check == "ok"
    assert guids == expected
    assert bookmarks_of(out) <= marked


def big_feed(root: Path, base: str, name: str, count: int) -> None:
    items = "".join(
        f"<item><title>Big {name} {n}</title><link>{base}/bridge.html</link><guid>{name}-{n}</guid>"
        f"<description>{'Words of the story. ' * 20}{n}</description></item>"
        for n in range(count)
    )
    (root / f"{name}.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>{base}/</link><description>Big</description>{items}</channel></rss>",
        encoding="utf-8",
    )


def wait_for_wal(db: Path, process: subprocess.Popen[str], size: int) -> None:
    """Until the process has written `size` bytes to the -wal (it is mid-refresh)."""
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 30
    while not (wal.exists() and wal.stat().st_size >= size):
        assert process.poll() is None, "finished before it could be killed"
        assert time.monotonic() < deadline, "never started writing"
        time.sleep(0.005)


def seed_bookmarks(db: Path) -> set[str]:
    with Store.open(db) as store:
        items = store.items(limit=None)
        for item in items:
            store.set_bookmarked(item.id, True)
        return {item.guid for item in items if item.guid}


def children_of(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc), e.g. its parse workers."""
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("written", [64 * 1024, 2 * 1024 * 1024])
def test_refresh_killed_mid_write(site, tmp_path: Path, written: int) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    config = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    assert cli(config, db, "refresh").returncode == 0
    bookmarks = seed_bookmarks(db)
    feeds = [f"big{n}" for n in range(4)]
    for name in feeds:
        big_feed(root, server.base, name, 1500)
    with config.open("a", encoding="utf-8") as handle:
        handle.writelines(f'\n[[feeds]]\nurl = "{server.url(name + ".xml")}"\n' for name in feeds)
    # The app's pattern stays open in this process the whole time.
    with Store.open(db) as app:
        process = subprocess.Popen(
            [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), "refresh"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_wal(db, process, written)
        workers = children_of(process.pid)
        assert workers, "the refresh parses in worker processes"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        assert {i.guid for i in app.items(ItemFilter("bookmarks"), limit=None)} >= bookmarks
        # Its parse workers end with it instead of idling for ever.
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)], "parse workers outlived a killed refresh"

    check, guids, marked = check_db(db)
    assert check == "ok"
    assert bookmarks <= marked and {slug for slug, _, _ in STORIES} <= guids
    # A new refresh works, and brings what the killed one did not write.
    for name in feeds:
        big_feed(root, server.base, name, 20)
    again = cli(config, db, "refresh")
    assert again.returncode == 0, again.stderr
    check, guids, marked = check_db(db)
    assert check == "ok" and bookmarks <= marked
    assert {f"{name}-{n}" for name in feeds for n in range(20)} <= guids


def test_library_killed_mid_write(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    config = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    write_site(root, server.base, stories("k", 40) + STORIES)
    assert cli(config, db, "refresh").returncode == 0
    library = start_library(config, db, tmp_path / "never")
    assert library.stdout is not None
    made = 0
    while made < 12:
        line = library.stdout.readline()
        assert line, library.stderr.read() if library.stderr else ""
        made += line.startswith("bookmarked ")
    os.kill(library.pid, signal.SIGKILL)
    out, _ = library.communicate(timeout=30)
    assert library.returncode == -signal.SIGKILL
    check, guids, marked = check_db(db)
    assert check == "ok"
    assert len(guids) == 43
    # Every bookmark the Library reported as made is there (those read before the kill, too).
    assert made <= len(marked) and bookmarks_of(out) <= marked
    write_site(root, server.base, stories("after", 3, hour=11) + stories("k", 40) + STORIES)
    again = cli(config, db, "refresh")
    assert again.returncode == 0, again.stderr
    check, guids, marked = check_db(db)
    assert check == "ok" and len(guids) == 46
