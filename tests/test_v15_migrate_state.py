"""`newstui import-newsboat --read-state`: newsboat's read and flagged items, from a real
cache.db made with newsboat's own schema (src/cache.cpp), carried over to newstui's cache
after a refresh from a loopback server; the newsboat file is never written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from httpserver import TestServer
from newsboat_helpers import import_newsboat, titles_read_bookmarked
from newstui.store.newsboat_cache import NewsboatCacheError, read_newsboat_cache


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_and_flagged_items_carry_over_after_a_refresh(
    tmp_path: Path, newsboat_world: dict[str, Path | str], http_server: TestServer
) -> None:
    before = _digest(Path(newsboat_world["cache"]))
    files_before = sorted(p.name for p in Path(newsboat_world["dir"]).iterdir())
    code, out, err = import_newsboat(tmp_path, newsboat_world)
    assert code == 0, err + out
    # read, bookmarked
    assert titles_read_bookmarked(Path(newsboat_world["db"])) == {
        "One": (1, 0),
        "Two": (0, 0),
        "Three": (1, 1),
        "Four": (0, 1),
        "Five has no guid": (1, 0),
    }
    assert "Newsboat's cache" in out and "9 items, 7 read, 3 flagged" in out
    assert "Refreshing 1 feed" in out and "Refreshed: 1 ok" in out
    assert "Marked 3 items read and bookmarked 2 (flagged in newsboat)." in out
    # g-old, g-starred and the deleted one are read in newsboat but no longer in the feed.
    assert "3 read items of newsboat's cache are not in newstui's" in out
    assert "1 item of newsboat's cache belongs to feeds not in the config" in out
    assert "1 flagged item could not be found" in out
    assert "  Starred [b]long ago[/b] <" in out and "\x1b" not in out
    # newsboat's cache is exactly as it was, and no journal or WAL file was made beside it.
    assert _digest(Path(newsboat_world["cache"])) == before
    assert sorted(p.name for p in Path(newsboat_world["dir"]).iterdir()) == files_before
    # The second run finds it all done.
    code, out, _ = import_newsboat(tmp_path, newsboat_world)
    assert code == 0
    assert "Marked 0 items read and bookmarked 0 (flagged in newsboat) (3 already read, 2 already bookmarked)." in out


def test_no_refresh_marks_only_what_is_cached(
    tmp_path: Path, newsboat_world: dict[str, Path | str], http_server: TestServer
) -> None:
    code, out, err = import_newsboat(tmp_path, newsboat_world, "--no-refresh")
    assert code == 0, err
    assert not http_server.requests_for("loop.xml")
    assert "Marked 0 items read and bookmarked 0" in out
    assert "6 read items of newsboat's cache are not in newstui's" in out
    assert "3 flagged items could not be found" in out


def test_dry_run_with_read_state_fetches_and_writes_nothing(
    tmp_path: Path, newsboat_world: dict[str, Path | str], http_server: TestServer
) -> None:
    config_before = Path(newsboat_world["config"]).read_bytes()
    code, out, err = import_newsboat(tmp_path, newsboat_world, "--dry-run")
    assert code == 0, err
    assert not http_server.requests_for("loop.xml")
    assert Path(newsboat_world["config"]).read_bytes() == config_before
    assert not Path(newsboat_world["db"]).exists()
    assert "Would mark 0 items read and bookmark 0 (of the items newstui has now)." in out
    assert "6 read items and 3 flagged are not in newstui's cache now; a real run refreshes 1 feed first." in out
    assert out.rstrip().endswith("Dry run: nothing was written.")


def test_a_running_newsboat_is_mentioned(tmp_path: Path, newsboat_world: dict[str, Path | str]) -> None:
    Path(str(newsboat_world["cache"]) + ".lock").write_text("12345", encoding="utf-8")
    code, _, err = import_newsboat(tmp_path, newsboat_world, "--no-refresh")
    assert code == 0
    assert "cache.db.lock exists: newsboat may be running" in err


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"this is not a database at all" * 100, "not an SQLite database"),
        (None, "not newsboat's cache (it has no rss_item table)"),
    ],
)
def test_a_foreign_cache_stops_the_import_before_anything_is_written(
    tmp_path: Path, newsboat_world: dict[str, Path | str], content: bytes | None, why: str
) -> None:
    cache = Path(newsboat_world["cache"])
    cache.unlink()
    if content is None:
        conn = sqlite3.connect(cache)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        cache.write_bytes(content)
    config_before = Path(newsboat_world["config"]).read_bytes()
    code, _, err = import_newsboat(tmp_path, newsboat_world)
    assert code == 2
    assert f"newstui: {cache}: {why}" in err
    assert Path(newsboat_world["config"]).read_bytes() == config_before  # no feed was added either


def test_a_missing_cache_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(NewsboatCacheError, match=r"cache\.db: no such file"):
        read_newsboat_cache(tmp_path / "cache.db")


def test_an_old_schema_without_flags_or_deleted_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE rss_item (id INTEGER PRIMARY KEY, guid TEXT, title TEXT, author TEXT, url TEXT,"
        " feedurl TEXT, pubDate INTEGER, content TEXT, unread INTEGER)"
    )
    conn.execute("INSERT INTO rss_item VALUES (1, 'g', 't', '', 'https://l/', 'https://f/', 0, '', '0')")
    conn.execute("INSERT INTO rss_item VALUES (2, 'h', 't', '', 'https://l/2', 'https://f/', 0, '', 1)")
    conn.execute("INSERT INTO rss_item VALUES (3, 'i', ?, '', '', 'https://f/', 0, '', 0)", (b"bad \xff utf-8",))
    conn.commit()
    conn.close()
    cache = read_newsboat_cache(path)
    assert cache.total == 3
    assert [(i.guid, i.read, i.flags) for i in cache.items] == [("g", True, ""), ("i", True, "")]
    assert cache.items[1].title == "bad \ufffd utf-8"
