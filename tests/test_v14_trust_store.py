"""What the user saved survives what users do to the cache: real processes on real files.

The app while another process holds the write lock; a refresh or `gc` on a full disk
(the kernel refusing writes past RLIMIT_FSIZE, as a full disk refuses them); a refresh
on a read-only database; a database path that is a directory or lies under a file;
caches made by every older schema; a refresh killed over and over, at random moments,
in the feed writes and in the article pass; `gc` while a refresh runs. Each test ends
with `PRAGMA integrity_check`, the full-text index's own check, and every bookmark,
read mark and cached article made before still there.
"""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import newstui_on
from httpserver import TestServer
from newstui.model import Article, ItemFilter, Section
from newstui.store import Store
from newstui.store.codec import article_from_json, article_text, article_to_json
from newstui.store.schema import SCHEMA_VERSION, migrate
from newstui.ui.widgets.item_list import ItemList
from readonly_helpers import Place
from ui_helpers import app_for, running, seed, settle

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks, SIGKILL and rlimits")


def newstui(
    config: Path, db: Path, *args: str, limit: int | None = None, **options: object
) -> subprocess.CompletedProcess[str]:
    """`python -m newstui --config CONFIG --db DB ARGS` in its own process; `limit`: the most
    bytes it may write into any one file (RLIMIT_FSIZE: past it the kernel refuses the write)."""

    def cap() -> None:
        assert limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return newstui_on(
        config,
        db,
        *args,
        preexec_fn=cap if limit is not None else None,  # noqa: PLW1509 - a single-threaded child, before exec
        **options,
    )


def popen(config: Path, db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Saved:
    """What the user saved in a cache: bookmarked and read guids, guids with an article."""

    def __init__(self, db: Path) -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        try:
            self.check = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
            if self.check == "ok":
                # Raises if the full-text index disagrees with its content.
                conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
            self.guids = {row[0] for row in conn.execute("SELECT guid FROM items")}
            self.bookmarked = {row[0] for row in conn.execute("SELECT guid FROM items WHERE bookmarked")}
            self.read = {row[0] for row in conn.execute("SELECT guid FROM items WHERE read")}
            articles = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone()
            self.articles = (
                {row[0] for row in conn.execute("SELECT i.guid FROM articles AS a JOIN items AS i ON i.id = a.item_id")}
                if articles
                else set()
            )
        finally:
            conn.close()

    def keeps(self, before: Saved) -> bool:
        return (
            self.check == "ok"
            and before.bookmarked <= self.bookmarked
            and before.read <= self.read
            and before.articles <= self.articles
        )


def mark(db: Path, *, bookmark_every: int = 5, read_every: int = 3) -> Saved:
    """Bookmark and mark read some items, as a user does, through the store."""
    with Store.open(db) as store:
        items = store.items(limit=None)
        for n, item in enumerate(items):
            if n % bookmark_every == 0:
                store.set_bookmarked(item.id, True)
        store.set_read([item.id for n, item in enumerate(items) if n % read_every == 0])
    return Saved(db)


# -- a site of feeds and pages -------------------------------------------------------------

PAGE = "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


def write_feeds(root: Path, base: str, feeds: int, items: int, generation: str) -> list[str]:
    """`feeds` RSS files of `items` items each (guids of this `generation`), every item with
    its own page; returns the feed URLs."""
    urls = []
    for f in range(feeds):
        entries = []
        for i in range(items):
            slug = f"p{f}-{generation}-{i}"
            entries.append(
                f"<item><title>Harbour report {f} {generation} {i}</title><link>{base}/{slug}.html</link>"
                f"<guid>{f}-{generation}-{i}</guid><pubDate>Thu, 12 Mar 2026 {i % 24:02d}:{i % 60:02d}:00 GMT</pubDate>"
                f"<description>{'The ferry timetable changes again this spring. ' * 12}</description></item>"
            )
            paragraphs = "".join(
                f"<p>Paragraph {k} of report {i}: the harbour board met on Tuesday and agreed to widen the quay "
                "before the summer crossings begin.</p>"
                for k in range(8)
            )
            page = PAGE.format(title=f"Report {i}", paragraphs=paragraphs)
            (root / f"{slug}.html").write_text(page, encoding="utf-8")
        feed = root / f"f{f}.xml"
        feed.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour {f}</title>'
            f"<link>{base}/</link><description>News</description>{''.join(entries)}</channel></rss>",
            encoding="utf-8",
        )
        urls.append(f"{base}/f{f}.xml")
    return urls


def write_config(path: Path, urls: list[str], **general: object) -> Path:
    settings = {"refresh_minutes": 0, "fetch_full_articles": True, **general}
    lines = ["[general]"] + [f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in settings.items()]
    for url in urls:
        lines += ["", "[[feeds]]", f'url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[TestServer, Path]]:
    root = tmp_path / "site"
    root.mkdir()
    with TestServer(root) as server:
        yield server, root


# -- the app while another process holds the write lock ----------------------------------------

LOCKER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE feeds SET last_error = last_error")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@pytest.fixture
def locker() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.wait(timeout=10)


def hold_write_lock(db: Path, seconds: float, started: list[subprocess.Popen[str]]) -> None:
    process = subprocess.Popen([sys.executable, "-c", LOCKER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    started.append(process)
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"


async def test_the_app_reads_on_while_another_process_holds_the_write_lock(
    tmp_path: Path, locker: list[subprocess.Popen[str]]
) -> None:
    """Bookmarking and marking read wait for the lock; listing the bookmarks must not wait
    behind them, and the writes say why they failed within APP_WRITE_WAIT_SECONDS of the
    key press. (Before: the two database threads both waited on the writes, `B` showed
    nothing for the whole 15 s busy timeout, and the second write failed after 30 s.)"""
    from newstui.service import APP_WRITE_WAIT_SECONDS

    seeded = seed(tmp_path)
    before = Saved(seeded.db)
    app = app_for(seeded.config_path, seeded.db)
    async with running(app) as pilot:
        items = app.screen.query_one(ItemList)
        shown = items.count
        hold_write_lock(seeded.db, 30, locker)
        started = time.monotonic()
        await pilot.press("j", "b", "j", "m")  # two writes now wait on the lock
        await pilot.pause(0.3)
        await pilot.press("B")
        while not (items.item_filter == ItemFilter("bookmarks") and items.count == len(before.bookmarked)):
            assert time.monotonic() - started < 3, "the bookmarks list waited behind writes stuck on a lock"
            await pilot.pause(0.05)
        assert items.count != shown
        # Both writes fail within the app's wait, counted from the key press, and say why.
        while len([n for n in app._notifications if "busy" in n.message]) < 2:
            assert time.monotonic() - started < APP_WRITE_WAIT_SECONDS + 3, [n.message for n in app._notifications]
            await pilot.pause(0.1)
        assert "another newstui is writing" in app.screen.status.notice
        await pilot.press("q")
    for process in locker:
        process.kill()
        process.wait(timeout=10)
    after = Saved(seeded.db)
    assert after.check == "ok" and after.bookmarked == before.bookmarked and after.read == before.read


async def test_the_feed_list_loads_when_the_config_changed_and_another_process_holds_the_lock(
    tmp_path: Path, locker: list[subprocess.Popen[str]]
) -> None:
    """At start the app saves the config's feeds to the cache; when that write cannot get the
    lock (a cron refresh, `gc`) the cached feeds still show, with a warning saying why.
    (Before: the failed save skipped the whole load and the feed list stayed empty.)"""
    from newstui.ui.widgets.feed_list import FeedList

    seeded = seed(tmp_path)
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write('\n[[feeds]]\nurl = "http://127.0.0.1:9/new-feed.xml"\ntitle = "Brand New"\n')
    hold_write_lock(seeded.db, 30, locker)
    app = app_for(seeded.config_path, seeded.db)
    async with app.run_test(size=(120, 40)) as pilot:
        feeds = app.screen.query_one(FeedList)
        started = time.monotonic()
        while not any("could not save the config's feeds" in n.message.lower() for n in app._notifications):
            assert time.monotonic() - started < 12, [n.message for n in app._notifications]
            await pilot.pause(0.1)
        await settle(pilot)
        shown = [str(feeds.get_option_at_index(i).prompt) for i in range(feeds.option_count)]
        assert any("World Desk" in row for row in shown), shown
        assert not any("Brand New" in row for row in shown), shown
        await pilot.press("q")


# -- a full disk -------------------------------------------------------------------------------


def test_refresh_on_a_full_disk_says_so_once_and_keeps_what_was_saved(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    urls = write_feeds(root, server.base, 6, 40, "a")
    config = write_config(tmp_path / "config.toml", urls)
    db = tmp_path / "news.db"
    first = newstui(config, db, "refresh")
    assert first.returncode == 0, first.stderr
    before = mark(db)
    assert before.articles and before.bookmarked
    write_feeds(root, server.base, 6, 300, "b")
    full = newstui(config, db, "refresh", limit=db.stat().st_size + 64 * 1024)
    assert full.returncode == 2, full.stdout + full.stderr
    assert "Traceback" not in full.stderr
    assert "disk" in full.stderr
    # One line for the database's error, not one per feed or per page.
    assert len(full.stderr.splitlines()) <= 2, full.stderr
    assert "could not be fetched" not in full.stdout  # the pages were fetched: the disk refused them
    assert Saved(db).keeps(before)
    # With room again, the next refresh saves what the full disk refused.
    again = newstui(config, db, "refresh", "--no-articles")
    assert again.returncode == 0, again.stderr
    after = Saved(db)
    assert after.keeps(before) and {f"{f}-b-{i}" for f in range(6) for i in range(300)} <= after.guids


def test_gc_on_a_full_disk_keeps_its_deletions_and_says_it_could_not_shrink(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    urls = write_feeds(root, server.base, 2, 600, "a")
    config = write_config(tmp_path / "config.toml", urls, fetch_full_articles=False)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    before = mark(db, read_every=1)
    write_config(config, urls, fetch_full_articles=False, max_items=590)
    # VACUUM writes a copy of the whole file; deleting 20 items needs far less.
    gc = newstui(config, db, "gc", limit=db.stat().st_size * 6 // 10)
    assert gc.returncode == 2, gc.stdout + gc.stderr
    assert "Traceback" not in gc.stderr
    assert gc.stdout.startswith("Deleted ") and "could not be shrunk" in gc.stderr and "disk" in gc.stderr
    after = Saved(db)
    assert after.check == "ok" and before.bookmarked <= after.bookmarked
    assert len(after.guids) < len(before.guids)  # the deletions (bookmarks excepted) were committed


# -- read-only, and paths that cannot hold a database -------------------------------------------


def test_refresh_of_a_read_only_database_fetches_nothing_and_says_so_once(site, place: Place) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    urls = write_feeds(root, server.base, 5, 3, "a")
    write_config(place.config, urls)
    assert newstui(place.config, place.db, "refresh").returncode == 0
    before = Saved(place.db)
    place.read_only(place.db)
    requests = len(server.requests)
    done = place.run("refresh")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"newstui: {place.db}: cannot write the database: {place.db} is read-only; nothing was fetched"
    ]
    assert len(server.requests) == requests  # not one feed was fetched for nothing
    assert Saved(place.db).guids == before.guids


@pytest.mark.parametrize("where", ["directory", "under a file", "XDG_DATA_HOME is a file"])
@pytest.mark.parametrize("command", ["list", "refresh", "gc"])
def test_a_database_path_that_cannot_hold_a_file_is_named(tmp_path: Path, where: str, command: str) -> None:
    config = write_config(tmp_path / "config.toml", [])
    blocker = tmp_path / "notes.txt"
    blocker.write_text("my notes\n", encoding="utf-8")
    env = dict(os.environ)
    args = [sys.executable, "-m", "newstui", "--config", str(config)]
    if where == "directory":
        db = tmp_path / "somedir"
        db.mkdir()
        expected = f"{db} is a directory, not a database file"
        args += ["--db", str(db)]
    elif where == "under a file":
        db = blocker / "news.db"
        expected = f"{blocker} is a file, not a directory"
        args += ["--db", str(db)]
    else:
        env["XDG_DATA_HOME"] = str(blocker)
        expected = f"{blocker} is a file, not a directory"
    done = subprocess.run([*args, command], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2
    assert expected in done.stderr and "read-only" not in done.stderr, done.stderr
    assert blocker.read_text(encoding="utf-8") == "my notes\n"


# -- caches made by every older schema ----------------------------------------------------------

OLD_ARTICLE = Article(headline="Quay", sections=[Section(None, ["The harbour board widened the quay in 1998."])])


def old_cache(db: Path, version: int, url: str) -> None:
    """A cache made by the schema at `version` (its own migration steps), with read,
    bookmarked and (from version 2) cached articles, written as that version's store did."""
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=version)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds (url, config_title) VALUES (?, 'Old harbour')", (url,))
    for i in range(60):
        conn.execute(
            "INSERT INTO items (feed_id, key, guid, title, summary, published, first_seen, hash, read, bookmarked)"
            " VALUES (1, ?, ?, ?, 'ferry news', ?, ?, 0, ?, ?)",
            (f"g:old{i}", f"old{i}", f"Old story {i}", i, i, int(i % 3 == 0), int(i % 4 == 0)),
        )
    articles = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone() is not None
    if articles:  # from version 2 new items are indexed by the store, not by a trigger
        conn.execute("INSERT INTO item_fts (rowid, title, summary, article) SELECT id, title, summary, '' FROM items")
        conn.execute("UPDATE fts_state SET indexed = (SELECT max(id) FROM items)")
        conn.execute(
            "INSERT INTO articles (item_id, version, json, text, saved)"
            " SELECT id, 1, ?, ?, 1 FROM items WHERE id % 5 = 0",
            (article_to_json(OLD_ARTICLE), article_text(OLD_ARTICLE)),
        )
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_cache_of_every_older_schema_opens_and_keeps_everything(tmp_path: Path, version: int) -> None:
    db = tmp_path / "news.db"
    url = "https://old.example/feed.xml"
    old_cache(db, version, url)
    before = Saved(db)
    assert len(before.bookmarked) == 15 and len(before.read) == 20
    config = write_config(tmp_path / "config.toml", [url])
    listed = newstui(config, db, "list", "--bookmarked", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 15
    after = Saved(db)
    assert after.keeps(before) and after.guids == before.guids
    with Store.open(db) as store:
        assert store.run(lambda conn: conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
        if version >= 2:
            stored = store.run(lambda conn: conn.execute("SELECT json FROM articles").fetchall())
            assert len(stored) == 12 and all(article_from_json(row[0]) == OLD_ARTICLE for row in stored)
            found = store.items(ItemFilter("search", "quay"), limit=None)
            assert len(found) == 12  # the articles' text is still searched


# -- kill -9, again and again -------------------------------------------------------------------


def test_refresh_killed_twelve_times_at_random_moments_loses_nothing_saved(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each round brings new items and pages: a kill lands in the feed writes, the article
    pass, or after; bookmarks, read marks and cached articles made before always survive."""
    server, root = site
    urls = write_feeds(root, server.base, 4, 60, "start")
    config = write_config(tmp_path / "config.toml", urls)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    saved = mark(db)
    chance = random.Random(1914)
    killed = 0
    for round_ in range(12):
        write_feeds(root, server.base, 4, 60, f"r{round_}")
        process = popen(config, db, "refresh")
        time.sleep(chance.uniform(0.3, 2.5))
        if process.poll() is None:
            killed += 1
        process.kill()
        process.wait(timeout=30)
        now = Saved(db)
        assert now.keeps(saved), f"round {round_}: {now.check}"
        saved = now
    assert killed >= 6, "too few refreshes were still running when killed"
    again = newstui(config, db, "refresh")
    assert again.returncode == 0, again.stderr
    assert Saved(db).keeps(saved)


# -- gc while a refresh runs -----------------------------------------------------------------------


def test_gc_during_a_refresh_keeps_bookmarks_and_their_articles(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    urls = write_feeds(root, server.base, 3, 40, "a")
    config = write_config(tmp_path / "config.toml", urls)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    before = mark(db, bookmark_every=7, read_every=1)
    assert len(before.articles) == 120 and before.bookmarked <= before.articles
    # The last feed leaves the config; the others keep only 5 items, read or not.
    write_feeds(root, server.base, 2, 200, "b")
    write_config(config, urls[:2], max_items=5)
    refresh = popen(config, db, "refresh")
    time.sleep(0.3)
    gc = newstui(config, db, "gc", "--include-unread")
    out, err = refresh.communicate(timeout=120)
    assert refresh.returncode == 0, err
    assert gc.returncode == 0, gc.stderr
    after = Saved(db)
    assert after.check == "ok"
    assert before.bookmarked <= after.bookmarked
    assert before.bookmarked <= after.articles  # gc never deletes a bookmarked item's article
    # The removed feed's items are gone but for the bookmarked ones.
    assert {guid for guid in after.guids if guid.startswith("2-")} == {
        guid for guid in before.bookmarked if guid.startswith("2-")
    }
    listed = newstui(config, db, "list", "--bookmarked", "--limit", "1000")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == len(before.bookmarked)


# -- two refreshes at once -------------------------------------------------------------------------


def test_a_second_refresh_does_not_start_while_one_runs(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Cron overlapping a slow run (or a manual run during cron's): the second says so and
    fetches nothing; kill -9 of the first frees the way for the next."""
    from httpserver import Response

    server, root = site
    urls = write_feeds(root, server.base, 3, 5, "a")
    slow = server.add_route("/slow.xml", Response(body=(root / "f0.xml").read_bytes(), delay=30))
    config = write_config(tmp_path / "config.toml", [*urls, slow], fetch_full_articles=False)
    db = tmp_path / "news.db"
    first = popen(config, db, "refresh")
    deadline = time.monotonic() + 30
    while not any(request.path == "/slow.xml" for request in server.requests):
        assert first.poll() is None and time.monotonic() < deadline, "the first refresh never got going"
        time.sleep(0.05)
    requests = len(server.requests)
    second = newstui(config, db, "refresh")
    assert second.returncode == 0, second.stderr
    assert second.stderr.splitlines() == [
        f"newstui: another `newstui refresh` (pid {first.pid}) is already refreshing {db}; not starting a second one"
    ]
    assert second.stdout == ""
    assert len(server.requests) == requests  # it fetched nothing
    first.kill()
    first.wait(timeout=30)
    server.add_route("/slow.xml", Response(body=(root / "f1.xml").read_bytes()))
    third = newstui(config, db, "refresh")
    assert third.returncode == 0, third.stderr
    assert third.stdout.startswith("4 feeds ok, 0 failed")
    assert Saved(db).check == "ok"


def test_items_gc_deletes_while_their_pages_are_fetched_are_no_failure(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`gc` deleting items whose pages a refresh is fetching: those articles have nowhere to
    go, which is neither a page that could not be fetched nor a database error."""
    from httpserver import Response

    server, root = site
    [url] = write_feeds(root, server.base, 1, 10, "a")
    for i in range(10):
        slug = f"/p0-a-{i}.html"
        server.add_route(slug, Response(body=(root / slug.lstrip("/")).read_bytes(), delay=3))
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    refresh = popen(config, db, "refresh")
    deadline = time.monotonic() + 30
    while not any(request.path.endswith(".html") for request in server.requests):
        assert refresh.poll() is None and time.monotonic() < deadline, "the article pass never started"
        time.sleep(0.05)
    write_config(config, [url], max_items=2)
    gc = newstui(config, db, "gc", "--include-unread")
    assert gc.returncode == 0, gc.stderr
    assert gc.stdout.startswith("Deleted 8 old items")
    out, err = refresh.communicate(timeout=60)
    assert refresh.returncode == 0, out + err
    assert "could not be" not in out + err
    assert out.splitlines()[-1].startswith("2 articles saved for offline reading")
    assert Saved(db).check == "ok"


# -- kill -9 of gc and of a migration ----------------------------------------------------------


def kill_mid_write(config: Path, db: Path, args: tuple[str, ...], delays: list[float]) -> int:
    """Run the command once per delay, each killed that many seconds after its first write
    to the -wal (in the middle of its transaction); returns how many were killed so. Each
    run is checked to keep what the one before kept."""
    wal = db.with_name(db.name + "-wal")
    killed = 0
    for delay in delays:
        before = Saved(db)
        old = wal.stat().st_mtime_ns if wal.exists() else None
        process = popen(config, db, *args)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_mtime_ns != old:
                time.sleep(delay)
                break
            time.sleep(0.002)
        killed += process.poll() is None
        process.kill()
        process.wait(timeout=30)
        after = Saved(db)
        # gc deletes read items (bookmarks excepted): those it kept keep their state.
        assert after.check == "ok" and before.bookmarked <= after.bookmarked
        assert before.read & after.guids <= after.read
    return killed


def test_gc_killed_mid_run_keeps_the_cache_whole(tmp_path: Path) -> None:
    from newstui.model import FeedConfig, FeedUpdate, ParsedItem

    db = tmp_path / "news.db"
    urls = [f"https://gc{f}.example/feed.xml" for f in range(10)]
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(url) for url in urls])
        store.apply_updates(
            [
                FeedUpdate(
                    url=url,
                    ok=True,
                    status=200,
                    items=[
                        ParsedItem(
                            title=f"Quay story {f} {i}", guid=f"{f}-{i}", summary="The ferry timetable changes. " * 30
                        )
                        for i in range(3000)
                    ],
                )
                for f, url in enumerate(urls)
            ]
        )
    mark(db, bookmark_every=50, read_every=2)
    config = write_config(tmp_path / "config.toml", urls, max_items=10)
    killed = kill_mid_write(config, db, ("gc", "--include-unread"), [0.05, 0.5, 0.2, 1.0, 0.0])
    assert killed >= 3, "gc finished too fast to be killed mid-run"
    done = newstui(config, db, "gc", "--include-unread")
    assert done.returncode == 0, done.stderr
    after = Saved(db)
    assert after.check == "ok" and len(after.guids) < 30_000 and len(after.bookmarked) == 600


def big_old_cache(db: Path, url: str) -> None:
    """A version-2 cache of 60,000 items (a ninth bookmarked, half read, a quarter with
    an article): its migration writes a few MB."""
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, target=2)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO feeds (url) VALUES (?)", (url,))
    conn.executemany(
        "INSERT INTO items (feed_id, key, guid, title, summary, published, first_seen, hash, read, bookmarked)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        [
            (f"g:{i}", f"old{i}", f"Old story {i}", "Harbour board minutes. " * 20, i, i, i % 2, int(i % 9 == 0))
            for i in range(60_000)
        ],
    )
    conn.execute("INSERT INTO item_fts (rowid, title, summary, article) SELECT id, title, summary, '' FROM items")
    conn.execute("UPDATE fts_state SET indexed = (SELECT max(id) FROM items)")
    conn.execute(
        "INSERT INTO articles (item_id, version, json, text, saved) SELECT id, 1, ?, ?, 1 FROM items WHERE id % 4 = 0",
        (article_to_json(OLD_ARTICLE), article_text(OLD_ARTICLE)),
    )
    conn.execute("COMMIT")
    conn.close()


def test_a_migration_killed_mid_way_leaves_the_old_cache_to_migrate_again(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    url = "https://old.example/feed.xml"
    big_old_cache(db, url)
    before = Saved(db)
    config = write_config(tmp_path / "config.toml", [url])
    killed = kill_mid_write(config, db, ("list", "--bookmarked", "--limit", "1"), [0.0, 0.1, 0.05, 0.2])
    versions = sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0]
    assert killed >= 2 and versions in (2, SCHEMA_VERSION)
    done = newstui(config, db, "list", "--bookmarked", "--limit", "100000")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(before.bookmarked)
    after = Saved(db)
    assert after.keeps(before) and after.guids == before.guids


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_cache_another_user_owns_is_named_with_the_likely_cause(site, place: Place) -> None:  # type: ignore[no-untyped-def]
    """`sudo newstui refresh` once, and the cache belongs to root: the user is told whose it
    is, not only that it is read-only. (Here root plays the user and uid 65534 the owner.)"""
    server, root = site
    urls = write_feeds(root, server.base, 1, 3, "a")
    write_config(place.config, urls)
    assert newstui(place.config, place.db, "refresh").returncode == 0
    os.chown(place.db, 65534, -1)
    done = place.run("refresh")
    assert done.returncode == 2
    assert "read-only (it belongs to " in done.stderr and "sudo" in done.stderr, done.stderr


def test_a_migration_on_a_full_disk_says_so_and_leaves_the_old_cache(tmp_path: Path) -> None:
    """SQLite ends the migration's transaction itself on a full disk: the error shown is the
    disk's, not "cannot rollback - no transaction is active"."""
    db = tmp_path / "news.db"
    url = "https://old.example/feed.xml"
    big_old_cache(db, url)
    before = Saved(db)
    config = write_config(tmp_path / "config.toml", [url])
    full = newstui(config, db, "list", "--bookmarked", limit=200_000)
    assert full.returncode == 2
    assert "cannot write the database: disk I/O error (is the disk full" in full.stderr, full.stderr
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 2
    assert Saved(db).keeps(before)
    done = newstui(config, db, "list", "--bookmarked", "--limit", "100000")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(before.bookmarked)


# The app's pattern on a disk that fills up, then has room again: one Store (as a database
# thread holds) marks read and bookmarks. argv: db. RLIMIT_FSIZE's soft limit plays the full
# disk; raising it again is the user freeing space.
FILLING_DISK = r"""
import os, resource, sys
from pathlib import Path
from newstui.errors import StoreError
from newstui.store import Store

db = Path(sys.argv[1])
store = Store.open(db)
ids = [item.id for item in store.items(limit=None)]
store.set_read(ids[:1])
wal = db.with_name(db.name + "-wal")
resource.setrlimit(resource.RLIMIT_FSIZE, (wal.stat().st_size + 4096, resource.RLIM_INFINITY))
for n in range(3):
    try:
        store.set_read(ids[n * 100:(n + 1) * 100])
        print("saved", flush=True)
    except StoreError as error:
        print("refused", error, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
store.set_bookmarked(ids[-1], True)
print("bookmarked", store.item(ids[-1]).bookmarked, flush=True)
"""


def test_a_process_that_hit_a_full_disk_writes_again_once_there_is_room(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    urls = write_feeds(root, server.base, 2, 200, "a")
    config = write_config(tmp_path / "config.toml", urls, fetch_full_articles=False)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    before = mark(db)
    done = subprocess.run([sys.executable, "-c", FILLING_DISK, str(db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("refused") for line in lines), lines
    assert all(
        "the disk is full" in line or "disk I/O error (is the disk full" in line
        for line in lines[:-1]
        if line.startswith("refused")
    )
    assert lines[-1] == "bookmarked True"
    after = Saved(db)
    assert after.keeps(before) and len(after.bookmarked) == len(before.bookmarked) + 1


def test_relative_xdg_directories_are_ignored_as_the_spec_says(tmp_path: Path, isolated_dirs: Path) -> None:
    """XDG paths must be absolute: a relative one would put the cache wherever the command
    happens to run (cron's cwd is $HOME, a terminal's anywhere), so it is not used."""
    work = tmp_path / "somewhere"
    work.mkdir()
    env = dict(os.environ, XDG_DATA_HOME="rel/data", XDG_CONFIG_HOME="rel/config", HOME=str(isolated_dirs))
    done = subprocess.run(
        [sys.executable, "-m", "newstui", "list"], capture_output=True, text=True, timeout=60, env=env, cwd=work
    )
    assert done.returncode == 0, done.stderr
    assert not (work / "rel").exists()
    assert (isolated_dirs / ".config" / "newstui" / "config.toml").exists()
    assert (isolated_dirs / ".local" / "share" / "newstui" / "newstui.db").exists()


# The app's pattern: a Library bookmarking five items, one key press each. argv: config, db.
BOOKMARKS = r"""
import sys
from pathlib import Path
from newstui.config import load_config
from newstui.service import ItemFilter, Library

library = Library(load_config(Path(sys.argv[1])), Path(sys.argv[2]))
for item in library.page(ItemFilter(), 0, 5):
    library.set_bookmarked(item.id, True)
library.close()
"""


@pytest.mark.skipif(not Path("/usr/bin/strace").exists(), reason="counts the process's fsync calls with strace")
def test_each_bookmark_reaches_the_disk_before_it_is_shown(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A power cut must not take back a bookmark the screen showed: the app's commits sync
    the log each time (SQLite's NORMAL, the refresh's setting, syncs only at checkpoints)."""
    server, root = site
    urls = write_feeds(root, server.base, 1, 10, "a")
    config = write_config(tmp_path / "config.toml", urls, fetch_full_articles=False)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    trace = tmp_path / "trace"
    done = subprocess.run(
        [
            "/usr/bin/strace",
            "-f",
            "-e",
            "trace=fsync,fdatasync",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            BOOKMARKS,
            str(config),
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("strace is not allowed here")
    assert done.returncode == 0, done.stderr
    syncs = [line for line in trace.read_text().splitlines() if "sync(" in line and "resumed" not in line]
    assert len(syncs) >= 5, syncs
    assert len(Saved(db).bookmarked) == 5


def test_bookmarks_can_be_listed_on_a_full_disk(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a full disk SQLite cannot make the -shm file it reads a WAL database through;
    the cache, closed cleanly (no log), is read from the file alone."""
    server, root = site
    urls = write_feeds(root, server.base, 2, 30, "a")
    config = write_config(tmp_path / "config.toml", urls, fetch_full_articles=False)
    db = tmp_path / "news.db"
    assert newstui(config, db, "refresh").returncode == 0
    before = mark(db)
    assert not db.with_name(db.name + "-shm").exists()
    listed = newstui(config, db, "list", "--bookmarked", "--limit", "1000", limit=1000)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == len(before.bookmarked) == 12
    feeds = newstui(config, db, "feeds", limit=1000)
    assert feeds.returncode == 0, feeds.stderr
    refresh = newstui(config, db, "refresh", limit=1000)
    assert refresh.returncode == 2 and "disk" in refresh.stderr
    assert Saved(db).keeps(before)
