"""`newstui gc` run on a config that lists no feed at all keeps the cache's feeds.

A cron line with a mistyped `--config` (newstui then writes a starter config there, with no
feed), or a config an editor left empty, made every feed of the cache "removed from the
config": gc deleted all their items with the feeds' tombstones, and the next refresh with the
right config brought every story back unread (every read mark lost; bookmarks stayed). A
config with no feed is a mistake far more often than a wish; gc now drops no feed then, says
so, and still applies retention and shrinks the file. Removing one feed of several still drops
it. Real loopback server, real `newstui` processes, real cache file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli_helpers import newstui_on
from feed_builders import rss_document
from httpserver import TestServer

ITEMS = "".join(f"<item><title>Pier notice {n}</title><guid>pier-{n}</guid></item>" for n in range(4))


def _read_cache(tmp_path: Path, http_server: TestServer) -> tuple[Path, Path, str]:
    """A cache of two feeds, every item read; (config, cache, the second feed's URL)."""
    first = http_server.add_route(
        "/pier.xml", (200, {"Content-Type": "application/rss+xml"}, rss_document(ITEMS, title="Pier"))
    )
    second = http_server.add_route(
        "/dock.xml",
        (200, {"Content-Type": "application/rss+xml"}, rss_document(ITEMS.replace("Pier", "Dock"), title="Dock")),
    )
    config = tmp_path / "config.toml"
    config.write_text(
        f'[general]\nfetch_full_articles = false\n[[feeds]]\nurl = "{first}"\n[[feeds]]\nurl = "{second}"\n',
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    refreshed = newstui_on(config, db, "refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    conn = sqlite3.connect(db)
    conn.execute("UPDATE items SET read = 1")
    conn.commit()
    conn.close()
    return config, db, second


def _unread(config: Path, db: Path) -> list[str]:
    listed = newstui_on(config, db, "list", "--unread")
    assert listed.returncode == 0, listed.stderr
    return [line for line in listed.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("mistake", ["missing", "empty"])
def test_gc_on_a_config_without_feeds_keeps_every_read_mark(
    tmp_path: Path, http_server: TestServer, mistake: str
) -> None:
    config, db, _ = _read_cache(tmp_path, http_server)
    wrong = tmp_path / "confg.toml"  # a typo on the cron line
    if mistake == "empty":
        wrong.write_text("", encoding="utf-8")
    gc = newstui_on(wrong, db, "gc")
    assert gc.returncode == 0, gc.stderr
    assert "no feed" in gc.stderr and "Traceback" not in gc.stderr
    assert "forgotten" not in gc.stdout
    again = newstui_on(config, db, "refresh")
    assert again.returncode == 0, again.stderr
    assert _unread(config, db) == []  # every story still read


def test_gc_still_drops_a_feed_removed_from_a_config_that_lists_others(tmp_path: Path, http_server: TestServer) -> None:
    config, db, second = _read_cache(tmp_path, http_server)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'[[feeds]]\nurl = "{second}"\n', ""), encoding="utf-8")
    gc = newstui_on(config, db, "gc")
    assert gc.returncode == 0, gc.stderr
    assert "4 items deleted, 1 feed forgotten" in gc.stdout
