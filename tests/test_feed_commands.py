"""Feed management through the CLI, as real processes against the loopback server:
`remove`, `feeds`, `list` after a hand edit, `refresh --due`, `notify_command`,
feed order, OPML htmlUrl."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cli_helpers import config_with, feed_entry, newstui
from httpserver import TestServer
from newstui.config import parse_config
from newstui.model import FeedConfig, ItemFilter
from newstui.store import Store

# --------------------------------------------------------------------------- remove


def test_remove_edits_in_place_keeps_comments_and_bookmarks(http_server: TestServer, tmp_path: Path) -> None:
    a, b = http_server.url("feeds/rss2.xml"), http_server.url("feeds/atom.xml")
    body = (
        "# my feeds\n"
        + feed_entry(a, 'title = "A"  # the first\n')
        + "\n# news from b\n"
        + feed_entry(b, '[feeds.headers]\nCookie = "x=1"\n')
        + '\n# keys follow\n[keys]\n"app.quit" = "q"\n'
    )
    config, db = config_with(tmp_path, body)
    assert newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path).returncode == 0
    with Store.open(db) as store:
        store.set_bookmarked(store.items(ItemFilter("feed", b), limit=1)[0].id, True)
        total = store.count_items(ItemFilter("feed", b))
    original = config.read_text(encoding="utf-8")
    done = newstui("--config", str(config), "--db", str(db), "remove", b, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"Removed {b} from {config} (line 12)",
        f"Its 1 bookmarked item stays; `newstui gc` deletes its other {total - 1}.",
    ]
    text = config.read_text(encoding="utf-8")
    assert text == original.replace(feed_entry(b, '[feeds.headers]\nCookie = "x=1"\n'), "")
    assert "# news from b" in text and "# keys follow" in text and "Cookie" not in text
    # The list forgets the feed at once, except its bookmark.
    listed = newstui("--config", str(config), "--db", str(db), "list", "--json", "--limit", "0", cwd=tmp_path)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [row["bookmarked"] for row in rows if row["feed_url"] == b] == [True]
    again = newstui("--config", str(config), "--db", str(db), "remove", b, cwd=tmp_path)
    assert again.returncode == 1 and "is not in" in again.stderr


def test_list_hides_a_feed_removed_by_hand_before_any_refresh(http_server: TestServer, tmp_path: Path) -> None:
    a, b = http_server.url("feeds/rss2.xml"), http_server.url("feeds/atom.xml")
    config, db = config_with(tmp_path, feed_entry(a) + "\n" + feed_entry(b))
    assert newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path).returncode == 0
    config.write_text(config.read_text().replace(feed_entry(b), ""), encoding="utf-8")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    urls = {json.loads(line)["feed_url"] for line in listed.stdout.splitlines()}
    assert urls == {a}
    # Put back: listed again at once.
    config.write_text(config.read_text() + "\n" + feed_entry(b), encoding="utf-8")
    listed = newstui("--config", str(config), "--db", str(db), "list", "--json", cwd=tmp_path)
    assert {json.loads(line)["feed_url"] for line in listed.stdout.splitlines()} == {a, b}


# --------------------------------------------------------------------------- feeds


def test_feeds_json_and_text(http_server: TestServer, tmp_path: Path) -> None:
    http_server.add_route("/gone.xml", (404, {}, b""))
    good, bad, fresh = http_server.url("feeds/rss2.xml"), http_server.url("gone.xml"), http_server.url("feeds/rss1.rdf")
    config, db = config_with(tmp_path, feed_entry(good, 'tags = ["t"]\n') + "\n" + feed_entry(bad))
    assert newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path).returncode == 0
    config.write_text(config.read_text() + "\n" + feed_entry(fresh), encoding="utf-8")
    done = newstui("--config", str(config), "--db", str(db), "feeds", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["url"], r["status"]) for r in rows] == [(good, "ok"), (bad, "error"), (fresh, "new")]
    assert rows[0]["tags"] == ["t"] and rows[0]["items"] == rows[0]["unread"] > 0 and rows[0]["last_success"]
    assert (
        rows[1]["last_error"] == "HTTP 404 Not Found"
        and rows[1]["http_status"] == 404
        and rows[1]["last_success"] is None
    )
    text = newstui("--config", str(config), "--db", str(db), "feeds", cwd=tmp_path).stdout.splitlines()
    assert text[0].startswith("ok ") and text[1].startswith("error ") and text[2].strip() == "error: HTTP 404 Not Found"
    assert text[3].startswith("new ")


def test_feed_order_setting(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        store.sync_feeds(
            [
                FeedConfig("https://z.example/", "zebra"),
                FeedConfig("https://a.example/", "Aardvark"),
                FeedConfig("https://m.example/", "mole"),
            ]
        )
        assert [f.title for f in store.feeds()] == ["zebra", "Aardvark", "mole"]
        assert [f.title for f in store.feeds(order="title")] == ["Aardvark", "mole", "zebra"]
    config = parse_config('[general]\nfeed_order = "title"\n', "c.toml")
    assert config.general.feed_order == "title"


# --------------------------------------------------------------------------- due feeds


def test_feeds_due_and_refresh_due(http_server: TestServer, tmp_path: Path) -> None:
    fast, slow, manual = (
        http_server.url("feeds/rss2.xml"),
        http_server.url("feeds/atom.xml"),
        http_server.url("feeds/rss1.rdf"),
    )
    body = (
        feed_entry(fast, "refresh_minutes = 5\n")
        + "\n"
        + feed_entry(slow)
        + "\n"
        + feed_entry(manual, "refresh_minutes = 0\n")
    )
    config, db = config_with(tmp_path, body, "refresh_minutes = 60")
    loaded = parse_config(config.read_text(), config)
    now = datetime.now(UTC)
    assert [f.url for f in loaded.feeds_due({}, now)] == [fast, slow]  # never fetched: due; 0 = on demand only
    last = {fast: now - timedelta(minutes=6), slow: now - timedelta(minutes=30)}
    assert [f.url for f in loaded.feeds_due(last, now)] == [fast]
    assert loaded.next_due(last) == now - timedelta(minutes=1)

    first = newstui("--config", str(config), "--db", str(db), "refresh", "--due", cwd=tmp_path)
    assert first.returncode == 0 and first.stdout.startswith("2 feeds ok"), first.stdout + first.stderr
    assert http_server.requests_for("/feeds/rss1.rdf") == []
    second = newstui("--config", str(config), "--db", str(db), "refresh", "--due", cwd=tmp_path)
    assert second.returncode == 0 and second.stdout.strip() == "no feed is due for a refresh"
    assert len(http_server.requests) == 2
    everything = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)  # without --due: all
    assert everything.stdout.startswith("3 feeds ok")


# --------------------------------------------------------------------------- notify


def test_notify_command_gets_count_titles_and_stdin_without_a_shell(http_server: TestServer, tmp_path: Path) -> None:
    out = tmp_path / "notified.json"
    script = (
        f"import json, sys; json.dump({{'argv': sys.argv[1:], 'stdin': sys.stdin.read()}}, open({str(out)!r}, 'w'))"
    )
    command = json.dumps([sys.executable, "-c", script, "%n new", "%t", "100%% $(id)"])
    url = http_server.url("feeds/rss1.rdf")
    config, db = config_with(tmp_path, feed_entry(url), f"notify_command = {command}")
    done = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    seen = json.loads(out.read_text())
    count, titles, literal = seen["argv"]
    assert count == "2 new" and literal == "100% $(id)"
    assert len(titles.splitlines()) == 2
    assert len(seen["stdin"].splitlines()) == 2 and all(line.count("\t") == 2 for line in seen["stdin"].splitlines())
    out.unlink()
    again = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert again.returncode == 0 and not out.exists()  # nothing new: no notification


def test_a_failing_notify_command_is_only_a_warning(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("feeds/rss1.rdf")
    config, db = config_with(tmp_path, feed_entry(url), 'notify_command = ["/nonexistent/notify-tool", "%n"]')
    done = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert done.returncode == 0
    assert "newstui: warning: notify_command '/nonexistent/notify-tool' was not found" in done.stderr
    assert "2 new items" in done.stdout


# --------------------------------------------------------------------------- OPML htmlUrl


def test_opml_keeps_the_site_url_both_ways(http_server: TestServer, tmp_path: Path) -> None:
    from newstui.feeds.opml import read_opml, write_opml

    feeds = [FeedConfig("https://a.example/feed", "A", ("x",), site_url="https://a.example/")]
    assert read_opml(write_opml(feeds).encode()) == feeds
    # import writes it into the config; export takes the config's, else the feed's own link from the cache.
    opml = tmp_path / "in.opml"
    opml.write_text(write_opml(feeds + [FeedConfig(http_server.url("feeds/rss2.xml"))]), encoding="utf-8")
    config, db = config_with(tmp_path, "")
    assert newstui("--config", str(config), "--db", str(db), "import-opml", str(opml), cwd=tmp_path).returncode == 0
    assert 'site_url = "https://a.example/"' in config.read_text()
    newstui(
        "--config", str(config), "--db", str(db), "refresh", "--feed", http_server.url("feeds/rss2.xml"), cwd=tmp_path
    )
    exported = newstui("--config", str(config), "--db", str(db), "export-opml", cwd=tmp_path).stdout
    with Store.open(db) as store:
        own = store.feed(http_server.url("feeds/rss2.xml")).site_url  # type: ignore[union-attr]
    assert own and f'htmlUrl="{own}"' in exported and 'htmlUrl="https://a.example/"' in exported


def test_remove_by_the_url_a_permanent_redirect_gave(http_server: TestServer, tmp_path: Path) -> None:
    old = http_server.add_route("/old.xml", (301, {"Location": http_server.url("feeds/rss2.xml")}, b""))
    config, db = config_with(tmp_path, feed_entry(old))
    assert newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path).returncode == 0
    done = newstui("--config", str(config), "--db", str(db), "remove", http_server.url("feeds/rss2.xml"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Removed {old} from")
    assert "[[feeds]]" not in config.read_text()


def test_notify_arguments_are_cleaned_and_bounded() -> None:
    from newstui.feeds.notify import MAX_TITLES, notify_arguments, run_notify
    from newstui.model import Item

    items = [
        Item(id=n, feed_id=1, feed_url="u", feed_title="F\x1b]0;x\x07", title=f"t{n}\x1b[2J" + "x" * 10_000)
        for n in range(30)
    ]
    count, titles = notify_arguments(["%n", "%t"], items)
    lines = titles.split("\n")
    assert count == "30" and len(lines) == MAX_TITLES + 1 and lines[-1] == "… and 10 more"
    assert all(len(line) <= 300 and "\x1b" not in line for line in lines)
    script = "import sys, time; sys.stdin.read(); time.sleep(30)"
    warning = run_notify([sys.executable, "-c", script], items, timeout=0.5)
    assert warning is not None and "took more than 0.5 s" in warning
