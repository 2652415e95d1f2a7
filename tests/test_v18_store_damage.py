"""A cache damaged mid-file, as a disk fault or a bad copy leaves it: one page of the items
table or of an index overwritten. Whoever meets it (a CLI command, the app's workers) says
which file and what to do, never a traceback, and writes nothing more to it.

The damage is made the way it happens: the bytes of one real page, found by offset in the
file (the page holding a known title) or through `dbstat`, are overwritten.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli_helpers import newstui
from damage_helpers import BIG, SMALL, T0, build_cache, config_for, damage, page_of
from newstui.errors import StoreError
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store


def assert_told(result: object, db: Path) -> None:
    """One clear line: the cache file, that it is corrupted, and `newstui recover`; no traceback."""
    err = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in err, err
    assert str(db) in err, err
    assert "corrupted" in err and "newstui recover" in err, err
    assert "sqlite3" not in err, err  # the sqlite3 shell is often not installed


# -- the CLI -------------------------------------------------------------------------------


def test_list_meeting_a_damaged_page_names_the_file_and_recover(damaged_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config, db, _ = damaged_items
    result = newstui("--config", str(config), "--db", str(db), "list", "--bookmarked", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert_told(result, db)


@pytest.mark.parametrize("name", ["items", "items_date"])
def test_gc_on_a_damaged_cache_writes_nothing_and_says_so(tmp_path: Path, name: str) -> None:
    """gc deleted and committed rows in the damaged file before its VACUUM met the damage,
    then said the file "was left untouched"."""
    db = tmp_path / "news.db"
    build_cache(db)
    damage(db, page_of(db, name))
    before = db.read_bytes()
    result = newstui("--config", str(config_for(tmp_path / "config.toml")), "--db", str(db), "gc", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert_told(result, db)
    assert db.read_bytes() == before


# -- the Store -----------------------------------------------------------------------------


def test_once_damage_is_met_no_store_of_the_process_writes_to_the_file(damaged_items) -> None:  # type: ignore[no-untyped-def]
    _, db, ids = damaged_items
    reader, writer = Store.open(db), Store.open(db)
    try:
        with pytest.raises(StoreError) as met:
            reader.items(ItemFilter("feed", BIG), limit=10_000)
        assert str(db) in str(met.value) and "newstui recover" in str(met.value)
        before = db.read_bytes()
        small = reader.items(ItemFilter("feed", SMALL))  # what can be read still is
        assert len(small) == 5
        with pytest.raises(StoreError) as refused:
            writer.set_bookmarked(small[0].id, not small[0].bookmarked)
        assert "nothing more is saved" in str(refused.value) and "corrupted" in str(refused.value)
    finally:
        reader.close()
        writer.close()
    assert db.read_bytes() == before
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT bookmarked FROM items WHERE id = ?", (small[0].id,)).fetchone()[0] == int(
            small[0].bookmarked
        )
    finally:
        conn.close()


# -- the app ---------------------------------------------------------------------------------


async def test_the_app_shows_what_it_can_and_says_the_cache_is_damaged(damaged_items) -> None:  # type: ignore[no-untyped-def]
    from newstui.config import load_config
    from newstui.ui.app import NewsApp
    from newstui.ui.messages import FilterChosen
    from newstui.ui.widgets.item_list import ItemList
    from ui_helpers import settle

    config, db, _ = damaged_items
    app = NewsApp(load_config(config), db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.post_message(FilterChosen(ItemFilter("feed", BIG)))
        await settle(pilot)
        status = app.screen.status
        shown = status.location + " " + status.notice
        assert "corrupted" in shown and "newstui recover" in shown, shown
        # The rest of the cache still shows.
        app.screen.post_message(FilterChosen(ItemFilter("feed", SMALL)))
        await settle(pilot)
        items = app.screen.query_one(ItemList)
        assert items.count == 5
        first = items.current_item
        assert first is not None
        await pilot.press("b")
        await settle(pilot)
        assert "corrupted" in app.screen.status.location
        assert items.current_item.bookmarked == first.bookmarked  # the screen shows what was saved
        assert "not saved" in app.screen.status.notice or "nothing more is saved" in app.screen.status.notice
        await pilot.press("Q")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT bookmarked FROM items WHERE id = ?", (first.id,)).fetchone()[0] == int(
            first.bookmarked
        )
    finally:
        conn.close()


def test_refresh_meeting_the_damage_says_it_once_and_exits_2(tmp_path: Path) -> None:
    """Every feed's batch meets the damaged key index: one line for all, not one per feed
    (the first batch's words are every later refusal's), and exit 2: the cache needs
    attention, not the feeds."""
    from httpserver import TestServer

    site = tmp_path / "site"
    site.mkdir()
    db = tmp_path / "news.db"
    urls = []
    with TestServer(site) as server:
        for n in range(3):
            items = "".join(
                f"<item><title>Fresh {n}-{k}</title><link>{server.base}/{n}/{k}</link><guid>fresh-{n}-{k}</guid></item>"
                for k in range(3)
            )
            (site / f"f{n}.xml").write_text(
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title><link>{server.base}/</link>'
                f"<description>d</description>{items}</channel></rss>",
                encoding="utf-8",
            )
            urls.append(f"{server.base}/f{n}.xml")
        config = tmp_path / "config.toml"
        config.write_text(
            "[general]\nfetch_full_articles = false\n\n" + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls),
            encoding="utf-8",
        )
        with Store.open(db) as store:
            for url in urls:
                store.upsert_items(
                    url,
                    [ParsedItem(f"Old {k} " + "x" * 300, guid=f"old-{url}-{k}", published=T0) for k in range(60)],
                )
        # Every page of the (feed, key) index: each feed's lookups meet the damage.
        conn = sqlite3.connect(db)
        try:
            pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_items_1'")]
        finally:
            conn.close()
        for page in pages:
            damage(db, page)
        result = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert_told(result, db)
    assert result.stderr.count("newstui recover") == 1, result.stderr
