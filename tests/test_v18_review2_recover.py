"""Review of `newstui recover` on caches as users have them: commits still in the -wal after
a crash, a cache reached through a symlink, a feed lost with all its items. Real caches with
real pages overwritten, `newstui` as a real process.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli_helpers import newstui
from damage_helpers import SMALL, build_cache, config_for, damage, page_of
from newstui.model import ItemFilter
from newstui.store import Store


def run(db: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return newstui(
        "--config", str(config_for(tmp_path / "config.toml")), "--db", str(db), "recover", *extra, cwd=tmp_path
    )


def bookmarked_keys(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {str(k) for (k,) in conn.execute("SELECT key FROM items WHERE bookmarked = 1")}
    finally:
        conn.close()


_CRASH_AFTER_BOOKMARK = """
import os, sys
from newstui.store import Store
store = Store.open(sys.argv[1])
(item,) = [i for i in store.items(limit=10_000) if i.guid == sys.argv[2]]
store.set_bookmarked(item.id, True)
os._exit(0)  # killed: the commit is in the -wal only, never checkpointed into the file
"""


def test_commits_still_in_the_wal_of_a_crashed_process_are_saved(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    page = page_of(db, "items", 0.3)
    # A bookmark made just before the crash, on an item of another (sound) page.
    subprocess.run([sys.executable, "-c", _CRASH_AFTER_BOOKMARK, str(db), "small-3"], check=True, timeout=60)
    damage(db, page)
    assert Path(str(db) + "-wal").stat().st_size > 0
    result = run(db, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "g:small-3" in bookmarked_keys(db)


def test_a_symlinked_cache_stays_a_link_and_its_file_is_the_one_recovered(tmp_path: Path) -> None:
    """A cache kept on another disk behind a symlink: the link still leads to the cache, and
    the file it led to is the one set aside (not the link), so deleting the aside frees it."""
    real_dir = tmp_path / "disk"
    real_dir.mkdir()
    real = real_dir / "news.db"
    build_cache(real)
    damage(real, page_of(real, "items"))
    corrupted = real.read_bytes()
    link = tmp_path / "news.db"
    link.symlink_to(real)

    result = run(link, tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.path.realpath(link) == str(real)
    conn = sqlite3.connect(real)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    asides = [p for p in real_dir.glob("news.db.corrupted-*") if not p.name.endswith(("-wal", "-shm"))]
    assert [p.read_bytes() for p in asides] == [corrupted]


def test_a_bookmark_of_a_feed_lost_with_all_its_items_is_kept(tmp_path: Path) -> None:
    """The feeds page and the page of one feed's items both damaged (a torn copy tears
    several pages): the indexes still name the feed and its bookmarked item."""
    db = tmp_path / "news.db"
    build_cache(db)
    with Store.open(db) as store:
        small = store.items(ItemFilter("feed", SMALL))
        store.set_bookmarked(small[0].id, True)
        key = "g:" + (small[0].guid or "")
    conn = sqlite3.connect(db)
    try:
        feeds_page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'feeds' AND pagetype = 'leaf'").fetchone()[0]
        # SMALL's rows came last: the last leaf of the items table holds them.
        last_items = conn.execute(
            "SELECT max(pageno) FROM dbstat WHERE name = 'items' AND pagetype = 'leaf'"
        ).fetchone()[0]
        holding = {
            str(k)
            for (k,) in conn.execute(
                "SELECT key FROM items WHERE feed_id = (SELECT id FROM feeds WHERE url = ?)", (SMALL,)
            )
        }
    finally:
        conn.close()
    assert key in holding
    damage(db, feeds_page)
    damage(db, last_items)
    result = run(db, tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # Kept as a bookmark naming it, and named among the bookmarks whose text was lost.
    assert key in bookmarked_keys(db)
    assert any(key[2:] in link for link in report["bookmarks_lost"]), report
    with Store.open(db) as store:
        assert SMALL in {feed.url for feed in store.feeds()}


def test_a_cache_cut_short_by_an_interrupted_copy_is_recovered_as_far_as_it_goes(tmp_path: Path) -> None:
    """A copy stopped part way (a full disk, a killed sync): the file ends early, its schema
    names pages past its end, and SQLite refuses the whole schema unless told to read it as is."""
    db = tmp_path / "news.db"
    build_cache(db)
    with db.open("r+b") as file:
        file.truncate(db.stat().st_size * 6 // 10 // 4096 * 4096)
    cut = db.read_bytes()
    result = run(db, tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["tables"]["items"]["saved"] > 50, report
    assert len(bookmarked_keys(db)) >= report["bookmarks_saved"] > 0
    (aside,) = [p for p in tmp_path.glob("news.db.corrupted-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == cut


def test_bookmarks_of_a_feed_whose_row_and_url_are_both_lost_are_kept(tmp_path: Path) -> None:
    """The feeds page and the feeds' URL index both damaged: nothing names the feed any more,
    but its bookmarked items were read whole; they stay, under a feed marked as lost."""
    db = tmp_path / "news.db"
    build_cache(db)
    before = bookmarked_keys(db)
    damage(db, page_of(db, "feeds"))
    damage(db, page_of(db, "sqlite_autoindex_feeds_1"))
    result = run(db, tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    assert bookmarked_keys(db) == before
    listed = newstui("--config", str(tmp_path / "config.toml"), "--db", str(db), "list", "--bookmarked", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Big story 7" in listed.stdout, listed.stdout


_BOOKMARK = """
import sys
from newstui.model import ItemFilter
from newstui.store import Store
with Store.open(sys.argv[1]) as store:  # SMALL's items only: the damaged page is not read
    (item,) = [i for i in store.items(ItemFilter("feed", sys.argv[3])) if i.guid == sys.argv[2]]
    store.set_bookmarked(item.id, True)
"""


def test_a_bookmark_saved_while_the_fresh_cache_is_checked_is_not_lost(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A reader left running saves a bookmark after the corrupted file was read, while the
    fresh cache is being checked: recover must not put in place a cache without it."""
    from newstui.errors import StoreError
    from newstui.store import recover as recovering

    db = tmp_path / "news.db"
    build_cache(db)
    damage(db, page_of(db, "items", 0.3))
    real_check = Store.check_whole

    def check_then_another_process_writes(store: Store) -> None:
        real_check(store)
        if store.path != db:  # the fresh cache: the reader saves a bookmark to the old one now
            subprocess.run([sys.executable, "-c", _BOOKMARK, str(db), "small-2", SMALL], check=True, timeout=60)

    monkeypatch.setattr(Store, "check_whole", check_then_another_process_writes)
    try:
        recovering.recover(db)
    except StoreError as error:
        assert "changed while it was being read" in error.message
        assert not [p for p in tmp_path.glob("news.db.corrupted-*")]
        return
    assert "g:small-2" in bookmarked_keys(db)


def test_every_readable_row_of_a_without_rowid_table_is_saved(tmp_path: Path) -> None:
    """The remembered deletions (read items gc dropped: a WITHOUT ROWID table) on several
    pages, one damaged: every row of the other pages is saved, none beside the damage lost
    (the rows next to it come back unread otherwise)."""
    db = tmp_path / "news.db"
    build_cache(db)
    conn = sqlite3.connect(db)
    try:
        feed_id = conn.execute("SELECT id FROM feeds WHERE url = ?", (SMALL,)).fetchone()[0]
        conn.executemany(
            "INSERT INTO deleted_items (feed_id, key, deleted) VALUES (?, ?, 1)",
            [(feed_id, f"l:http://feeds.test/small/gone-{n:05d}") for n in range(3000)],
        )
        conn.commit()
        leaves = conn.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'deleted_items' AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
    finally:
        conn.close()
    assert len(leaves) > 4
    page, on_it = leaves[len(leaves) // 2]
    damage(db, page)
    result = run(db, tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["tables"]["deleted_items"]["saved"] == 3000 - on_it, report["tables"]["deleted_items"]
