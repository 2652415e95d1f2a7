"""`newstui recover`: what a corrupted cache still holds is saved into a fresh cache, without
the sqlite3 shell; the corrupted file is kept aside, unchanged; the counts of what was saved
and lost are said. Real caches with a real page overwritten, `newstui` as a real process.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from cli_helpers import newstui
from damage_helpers import BIG, SMALL, build_cache, damage, page_of
from newstui.model import ItemFilter
from newstui.store import Store
from recover_helpers import aside_files, run_recover


def state(db: Path) -> dict[str, tuple[int, int]]:
    """Each item's (read, bookmarked) by key, read with SQLite from a sound file."""
    conn = sqlite3.connect(db)
    try:
        return {str(key): (int(r), int(b)) for key, r, b in conn.execute("SELECT key, read, bookmarked FROM items")}
    finally:
        conn.close()


def test_recover_saves_what_a_damaged_items_page_left_and_keeps_the_file_aside(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    pristine = tmp_path / "pristine.db"
    shutil.copy(db, pristine)
    before = state(pristine)
    damage(db, page_of(db, "items"))
    corrupted = db.read_bytes()

    result = run_recover(db, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert "Saved into a fresh cache" in out and "items" in out and "bookmarks" in out, out

    # The corrupted file is kept aside, byte for byte; the fresh cache is sound and opens.
    (aside,) = aside_files(db)
    assert aside.read_bytes() == corrupted
    assert str(aside) in out
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with Store.open(db) as store:
        assert len(store.items(ItemFilter("feed", SMALL))) == 5
        assert store.items(ItemFilter("search", "happened"), limit=5)  # the full-text index was rebuilt

    after = state(db)
    saved = {key for key, flags in after.items() if flags == before[key]}
    lost = set(before) - set(after)
    assert lost, "the damaged page held items: some must be lost"
    assert len(lost) < len(before) // 10
    # Every item saved keeps its read mark and bookmark; every bookmark is kept, even those
    # whose row was lost (as a row naming it, filled in by the next refresh).
    assert saved | {k for k in after if after[k][1] and before.get(k, (0, 0))[1]} == set(after)
    assert {k for k, (_, b) in before.items() if b} == {k for k, (_, b) in after.items() if b}
    report = json.loads(run_recover(db, tmp_path, "--dry-run", "--force", "--json").stdout)
    assert report["sound"] is True and report["tables"]["items"]["lost"] == 0


def test_the_counts_said_are_those_saved_and_lost(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    before = state(db)
    damage(db, page_of(db, "items"))
    result = run_recover(db, tmp_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    after = state(db)
    lost = set(before) - set(after)
    lost_bookmarks = [k for k in before if before[k][1] and after.get(k, (0, 0))[0:2] != before[k]]
    assert report["tables"]["items"]["saved"] + report["tables"]["items"]["lost"] == len(before)
    assert report["tables"]["items"]["lost"] == len(lost) + len(report["bookmarks_lost"])
    assert report["read_items_lost"] + report["unread_items_lost"] == len(lost)
    assert len(report["bookmarks_lost"]) >= len(lost_bookmarks)
    assert report["corrupted_file"] == str(aside_files(db)[0])


def test_a_lost_read_item_does_not_come_back_unread(tmp_path: Path) -> None:
    """Its key is remembered as deleted: a refresh that sees it in the feed again skips it."""
    db = tmp_path / "news.db"
    build_cache(db)
    before = state(db)
    damage(db, page_of(db, "items", 0.3))
    assert run_recover(db, tmp_path).returncode == 0
    after = state(db)
    lost_read = [k for k in before if k not in after and before[k][0]]
    assert lost_read, "the damaged page held read items"
    conn = sqlite3.connect(db)
    try:
        deleted = {str(k) for (k,) in conn.execute("SELECT key FROM deleted_items")}
    finally:
        conn.close()
    assert set(lost_read) <= deleted


def test_only_an_index_damaged_loses_no_item(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    before = state(db)
    damage(db, page_of(db, "items_date"))
    result = run_recover(db, tmp_path)
    assert result.returncode == 0, result.stderr
    assert state(db) == before
    assert "Lost" not in result.stdout


def test_a_sound_cache_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    build_cache(db)
    before = db.read_bytes()
    result = run_recover(db, tmp_path)
    assert result.returncode == 0
    assert "nothing to recover" in result.stdout
    assert db.read_bytes() == before and not aside_files(db)


def test_dry_run_moves_and_writes_nothing(damaged_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _, db, _ = damaged_items
    before = db.read_bytes()
    result = run_recover(db, tmp_path, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Would save" in result.stdout and "Nothing was written or moved" in result.stdout
    assert db.read_bytes() == before and not aside_files(db)
    assert not list(tmp_path.glob(".news.db.recover-*"))


def test_after_recover_the_cache_is_used_as_before(damaged_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    config, db, _ = damaged_items
    assert run_recover(db, tmp_path).returncode == 0
    listed = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "saved from a corrupted cache" in listed.stdout  # the lost bookmark, by its guid
    gc = newstui("--config", str(config), "--db", str(db), "gc", cwd=tmp_path)
    assert gc.returncode == 0, gc.stderr


@pytest.mark.parametrize("name", ["feeds", "articles"])
def test_a_table_whose_only_page_is_damaged_keeps_the_rest(tmp_path: Path, name: str) -> None:
    """A small table on one page: the feeds come back from their URL index (their items and
    bookmarks with them); lost articles are lost alone (their pages are fetched again)."""
    db = tmp_path / "news.db"
    build_cache(db)
    before = state(db)
    conn = sqlite3.connect(db)
    try:
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (name,))]
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    finally:
        conn.close()
    assert len(pages) == 1
    damage(db, pages[0])
    result = run_recover(db, tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert state(db) == before
    with Store.open(db) as store:
        assert {feed.url for feed in store.feeds()} == {BIG, SMALL}
        kept = store.run(lambda c: c.execute("SELECT count(*) FROM articles").fetchone()[0])
    assert kept == (0 if name == "articles" else 6)
