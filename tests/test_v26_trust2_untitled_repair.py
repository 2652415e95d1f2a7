"""A cache version 25 already refreshed keeps no "(untitled)" duplicate.

Before version 25 an item that is only an attachment was "(untitled)", every such episode of
a feed one row; version 25 titles each by its file's name, and its first refresh stored each
episode beside the old row, which kept the user's read mark and bookmark. Version 26's fold
at refresh (`writes._untitled_before`) only helps a cache refreshed by it first: this is the
one-time repair of a cache version 25 already refreshed (a schema step,
`untitled_pairs.fold_untitled_pairs`). The cache is made by version 25's own code (its source
at its commit, in a child process): the old row written as version 24's parser gave it to the
store, then a real version 25 refresh from a loopback server. Invented feeds.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import feeds_config, newstui_on
from httpserver import TestServer
from newstui.model import ItemFilter
from newstui.store import Store
from newstui.store.untitled_pairs import fold_untitled_pairs

VERSION_25 = "00571727"
TESTS = Path(__file__).parent
REPO = TESTS.parent

_AS_VERSION_25_LEFT_IT = """
import asyncio, sys
from datetime import UTC, datetime
from pathlib import Path
from newstui.config import load_config
from newstui.feeds.refresh import refresh_feeds
from newstui.model import Article, Enclosure, ParsedItem, Quote, Section
from newstui.store import Store

db, config, article = sys.argv[1], sys.argv[2], sys.argv[3] == "article"
store = Store.open(db)
for url in sys.argv[4:]:
    # Version 24's parser: "(untitled)" each, so one row, the last episode's attachment and date.
    store.upsert_items(url, [
        ParsedItem(title="(untitled)", published=datetime(2026, 12, day, 6, tzinfo=UTC),
                   enclosures=(Enclosure(f"https://{url.split('/')[-2]}.example/media/ep{day}.mp3", "audio/mpeg", 10),))
        for day in (3, 2, 1)
    ])
    old = store.run(lambda c: c.execute(
        "SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = ?", (url,)).fetchone()[0])
    store.set_read(old, True)
    store.set_bookmarked(old, True)
asyncio.run(refresh_feeds(load_config(Path(config)), store,
                          fetcher_options={"timeout": 5.0, "retries": 0, "backoff": 0.0}, workers=0))
if article:  # the new ep1 row read as an article, with a quote (as the article pass saves it)
    new = store.run(lambda c: c.execute("SELECT id FROM items WHERE title = 'ep1.mp3'").fetchone()[0])
    text = 'Harbour notes. "The tide turned early," said Wren Calloway.'
    store.save_article(new, Article("ep1.mp3", sections=[Section(None, [text])],
                                    quotes=[Quote("The tide turned early", "Wren Calloway")], source="feed"), 1)
store.close()
"""


@pytest.fixture(scope="module")
def version_25(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Version 25's source tree (`src/`), from its commit."""
    where = tmp_path_factory.mktemp("v25")
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", VERSION_25, "src/newstui"], capture_output=True, timeout=120
    )
    if archive.returncode != 0:
        pytest.skip(f"version 25's source is not in this checkout: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True, timeout=120)
    return where / "src"


def _episodes(host: str) -> bytes:
    items = "".join(
        f'<item><enclosure url="https://{host}/media/ep{day}.mp3" length="10" type="audio/mpeg"/>'
        f"<pubDate>{day:02d} Dec 2026 06:00:00 +0000</pubDate></item>"
        for day in (3, 2, 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{host}</title>{items}</channel></rss>'.encode()


def _serve(http_server: TestServer, name: str) -> str:
    body = _episodes(f"{name}.example")
    http_server.add_route(f"/{name}/feed.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, body))
    return http_server.url(f"/{name}/feed.rss")


def _left_by_version_25(version_25: Path, tmp_path: Path, urls: list[str], *, article: bool = False) -> Path:
    """A cache as version 25 left it: per feed, the old "(untitled)" row (read, bookmarked)
    beside the three episodes its refresh stored."""
    db, config = tmp_path / "cache.db", tmp_path / "config.toml"
    feeds_config(config, urls)
    env = {**os.environ, "PYTHONPATH": str(version_25)}
    done = subprocess.run(
        [sys.executable, "-c", _AS_VERSION_25_LEFT_IT, str(db), str(config), "article" if article else "-", *urls],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    check = sqlite3.connect(db)
    titles = sorted(row[0] for row in check.execute("SELECT title FROM items"))
    check.close()
    assert titles == sorted(["(untitled)", "ep1.mp3", "ep2.mp3", "ep3.mp3"] * len(urls))  # the duplicate
    return db


def _rows(db: Path) -> list[tuple[str, int, int, int, int]]:
    """(feed URL, title, id, read, bookmarked, first_seen) of every item, by feed and title."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT f.url, i.title, i.id, i.read, i.bookmarked, i.first_seen FROM items i"
            " JOIN feeds f ON f.id = i.feed_id ORDER BY f.url, i.title"
        ).fetchall()
    finally:
        conn.close()


def _assert_sound(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO item_fts(item_fts) VALUES ('integrity-check')")
        found = conn.execute("SELECT rowid FROM item_fts WHERE item_fts MATCH 'untitled'").fetchall()
        assert found == []  # the old title is out of the search index too
    finally:
        conn.close()


def test_each_episode_is_one_row_with_the_old_rows_marks(
    version_25: Path, http_server: TestServer, tmp_path: Path
) -> None:
    url = _serve(http_server, "tidecast")
    db = _left_by_version_25(version_25, tmp_path, [url])
    before = {title: (item_id, first_seen) for _, title, item_id, _, _, first_seen in _rows(db)}
    Store.open(db).close()  # the upgrade
    rows = _rows(db)
    assert [title for _, title, *_ in rows] == ["ep1.mp3", "ep2.mp3", "ep3.mp3"]
    kept = rows[0]
    # The old row's id (nothing else named the new one), its read mark, bookmark, first sight.
    assert kept[2:] == (before["(untitled)"][0], 1, 1, before["(untitled)"][1])
    assert [(read, bookmarked) for *_, read, bookmarked, _ in rows[1:]] == [(0, 0), (0, 0)]
    _assert_sound(db)
    # Once: a second pass finds nothing, and the next refresh stores nothing again.
    conn = sqlite3.connect(db)
    assert fold_untitled_pairs(conn) == 0
    conn.close()
    done = newstui_on(tmp_path / "config.toml", db, "refresh")
    assert done.returncode == 0, done.stderr
    assert _rows(db) == rows


def test_the_row_with_an_article_keeps_its_id(version_25: Path, http_server: TestServer, tmp_path: Path) -> None:
    """The new row's article and quote name it by id: that row stays, with the old one's marks."""
    url = _serve(http_server, "tidecast")
    db = _left_by_version_25(version_25, tmp_path, [url], article=True)
    new_id = next(item_id for _, title, item_id, *_ in _rows(db) if title == "ep1.mp3")
    with Store.open(db) as store:
        kept = [i for i in store.items(ItemFilter("feed", url), limit=None) if i.title == "ep1.mp3"]
        assert [(i.id, i.read, i.bookmarked) for i in kept] == [(new_id, True, True)]
        quoted = store.run(lambda c: c.execute("SELECT item_id, text FROM quotes").fetchall())
    assert quoted == [(new_id, "The tide turned early")]
    _assert_sound(db)


def test_two_titled_copies_of_one_attachment_are_left_alone(tmp_path: Path) -> None:
    """More than one row of a kind: which is the old row's episode cannot be told."""
    with Store.open(tmp_path / "cache.db") as store:
        conn = store._conn
        conn.execute("INSERT INTO feeds (url) VALUES ('https://pods.example/feed')")
        for key, title in (("h:1", "(untitled)"), ("h:2", "take one"), ("h:3", "take two")):
            conn.execute(
                "INSERT INTO items (feed_id, key, title, published, first_seen, hash, enclosures)"
                ' VALUES (1, ?, ?, 1, 1, 0, \'[["https://pods.example/a.mp3","audio/mpeg",10]]\')',
                (key, title),
            )
        assert fold_untitled_pairs(conn) == 0
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 3


_KILLED_MID_REPAIR = """
import os, signal, sys
from newstui.store import Store, untitled_pairs

real = untitled_pairs._fold_pair

def fold_then_die(conn, old_id, new_id):
    real(conn, old_id, new_id)
    os.kill(os.getpid(), signal.SIGKILL)  # after the first pair's writes, before the commit

untitled_pairs._fold_pair = fold_then_die
Store.open(sys.argv[1])
"""


async def test_killed_mid_repair_then_the_app_and_a_refresh_open_it(
    version_25: Path, http_server: TestServer, tmp_path: Path
) -> None:
    """kill -9 in the middle of the repair: nothing lost, the cache still version 25's; then the
    app (Pilot) opens it while a CLI refresh runs, one of them repairs it, both work."""
    from ui_helpers import app_for, settle

    urls = [_serve(http_server, "tidecast"), _serve(http_server, "harbourcast")]
    db = _left_by_version_25(version_25, tmp_path, urls)
    before = _rows(db)
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_REPAIR, str(db)], capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert _rows(db) == before  # the whole repair is one transaction: none of it was kept
    config = tmp_path / "config.toml"
    refresh = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), "refresh"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        app = app_for(config, db)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            out, err = refresh.communicate(timeout=120)
            assert refresh.returncode == 0, err
            items = app.main_screen.item_list
            shown = [item for row in range(items.count) if (item := items.item_at(row)) is not None]
            assert sorted((i.title, i.read, i.bookmarked) for i in shown) == sorted(
                [("ep1.mp3", True, True), ("ep2.mp3", False, False), ("ep3.mp3", False, False)] * 2
            )
    finally:
        if refresh.poll() is None:
            refresh.kill()
            refresh.wait()
    rows = _rows(db)
    assert [(url, title, read, bookmarked) for url, title, _, read, bookmarked, _ in rows] == [
        (url, title, int(title == "ep1.mp3"), int(title == "ep1.mp3"))
        for url in sorted(urls)
        for title in ("ep1.mp3", "ep2.mp3", "ep3.mp3")
    ]
    _assert_sound(db)
