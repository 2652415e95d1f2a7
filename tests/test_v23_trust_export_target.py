"""`newstui export-opml FILE` never replaces the config in use, the cache, or any SQLite file.

A careless tab completion (`newstui export-opml ~/.config/newstui/<TAB>`) replaced the config
with OPML (every filter rule, key and saved search gone; the next start failed on its syntax),
or the cache with OPML (every bookmark and read mark gone). An export is refused, exit 2 and
the file untouched, when FILE is the config, the cache or one of its -wal/-shm/-journal files
(through a symlink too), or an SQLite database (a backup of the cache).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from newstui.model import FeedConfig, ParsedItem
from newstui.store import Store

FEEDS = ["http://127.0.0.1:9/tide-tables.xml", "http://127.0.0.1:9/ferry-times.xml"]


def _cache(db: Path) -> None:
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(FEEDS[0], "Tides", ())])
        store.upsert_items(FEEDS[0], [ParsedItem("Spring tide tonight", link="http://127.0.0.1:9/t1", guid="t1")])
        (item,) = store.items(limit=10)
        store.set_bookmarked(item.id, True)


def _refused(config: Path, db: Path, target: Path) -> None:
    before = target.read_bytes()
    done = newstui_on(config, db, "export-opml", str(target))
    assert "Traceback" not in done.stderr
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert str(target) in done.stderr and "not replaced" in done.stderr, done.stderr
    assert target.read_bytes() == before


def test_export_onto_the_config_in_use_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    config.write_text(
        config.read_text(encoding="utf-8") + '[[filters]]\nmatch = \'title =~ "advert"\'\naction = "hide"\n',
        encoding="utf-8",
    )
    _refused(config, tmp_path / "news.db", config)
    link = tmp_path / "same-config.toml"
    link.symlink_to(config)
    _refused(config, tmp_path / "news.db", link)


def test_export_onto_the_cache_or_a_copy_of_it_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    db = tmp_path / "news.db"
    _cache(db)
    _refused(config, db, db)
    backup = tmp_path / "news-backup.db"
    shutil.copy(db, backup)
    _refused(config, db, backup)
    with Store.open(db) as store:
        assert [item.title for item in store.items(limit=10) if item.bookmarked] == ["Spring tide tonight"]


def test_export_onto_an_earlier_export_still_replaces_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    target = tmp_path / "feeds.opml"
    target.write_text("an earlier export", encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "export-opml", str(target))
    assert done.returncode == 0, done.stderr
    assert all(url in target.read_text(encoding="utf-8") for url in FEEDS)
