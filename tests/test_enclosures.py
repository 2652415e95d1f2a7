"""Enclosures (RSS, Atom, Media RSS, JSON Feed attachments) and JSON Feed 1.1, parse to store to CLI."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cli_helpers import newstui
from httpserver import TestServer
from newstui.feeds import parse
from newstui.feeds.jsonfeed import is_json_feed
from newstui.feeds.parse import ParseError, enclosure_length, parse_feed
from newstui.feeds.parse.feedparser_reader import parse_with_feedparser
from newstui.feeds.parse.lxml_reader import parse_with_lxml
from newstui.model import Enclosure, FeedConfig, ParsedItem
from newstui.store import Store

BASE = "https://podcast.example.test/feed.xml"
JSON_URL = "https://json.example.test/feed.json"


def feed_file(data_dir: Path, name: str) -> bytes:
    return (data_dir / "feeds" / name).read_bytes()


PODCAST_EP2 = (
    Enclosure("https://cdn.example.test/ep2.mp3", "audio/mpeg", 12345678),
    Enclosure("https://podcast.example.test/media/ep2-notes.pdf", "application/pdf", None),
    Enclosure("https://cdn.example.test/ep2.mp4", "video/mp4", 99999),
    Enclosure("https://cdn.example.test/cover.jpg", "image/jpeg", None),
)


def test_rss_enclosures_and_media_rss(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "podcast.xml"), BASE)
    ep2, ep1 = feed.items
    # Relative URL resolved, javascript: dropped, duplicate kept once, garbage/negative length → None,
    # type parameters dropped and lower-cased.
    assert ep2.enclosures == PODCAST_EP2
    assert ep1.enclosures == (Enclosure("https://cdn.example.test/ep1.ogg", None, None),)  # length 0 = unknown


def test_atom_enclosure_links(data_dir: Path) -> None:
    (entry,) = parse_feed(feed_file(data_dir, "atom-enclosure.xml"), BASE).items
    assert entry.link == "https://atom.example.test/video"
    assert entry.enclosures == (
        Enclosure("https://atom.example.test/video.webm", "video/webm", 2048),
        Enclosure("https://atom.example.test/still.png", "image/png", 77),
    )


@pytest.mark.parametrize("name", ["podcast.xml", "atom-enclosure.xml", "rss2.xml", "atom.xml"])
def test_fast_path_and_feedparser_agree_on_enclosures(data_dir: Path, name: str) -> None:
    body = feed_file(data_dir, name)
    fast = parse_with_lxml(body, BASE, None)
    assert fast is not None
    assert fast == parse_with_feedparser(body, BASE, None)


def test_malformed_feed_keeps_enclosures_through_feedparser() -> None:
    body = (
        b'<rss version="2.0"><channel><title>t & broken</title><item><title>x</title><guid>1</guid>'
        b'<enclosure url="https://e.test/a.mp3" type="audio/mpeg" length="12"/></item></channel></rss>'
    )
    feed = parse_feed(body, BASE)
    assert feed.error is not None  # went through feedparser
    assert feed.items[0].enclosures == (Enclosure("https://e.test/a.mp3", "audio/mpeg", 12),)


def test_hostile_enclosure_urls_are_dropped() -> None:
    urls = [
        "data:audio/mpeg;base64,AAAA",
        "file:///etc/passwd",
        "https://e.test/\u202eevil.mp3",
        "https://e.test/a\x1b[2J.mp3",
    ]
    encl = "".join(f'<enclosure url="{u}" type="audio/mpeg"/>' for u in urls)
    body = f'<rss version="2.0"><channel><item><title>x</title><guid>1</guid>{encl}</item></channel></rss>'.encode()
    item = parse_feed(body, BASE).items[0]
    assert all("\x1b" not in e.url and "\u202e" not in e.url for e in item.enclosures)
    assert all(e.url.startswith("https://") for e in item.enclosures)


def test_many_enclosures_are_capped() -> None:
    encl = "".join(f'<enclosure url="https://e.test/{n}.jpg"/>' for n in range(1000))
    body = f'<rss version="2.0"><channel><item><title>x</title><guid>1</guid>{encl}</item></channel></rss>'.encode()
    assert len(parse_feed(body, BASE).items[0].enclosures) == parse.MAX_ENCLOSURES


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("123", 123),
        (" 42 ", 42),
        ("0", None),
        ("-4", None),
        ("12.5", None),
        ("", None),
        ("junk", None),
        ("١٢٣", None),
        ("9" * 40, None),
        (None, None),
        (7, 7),
        (True, None),
    ],
)
def test_enclosure_length(value: str | int | None, expected: int | None) -> None:
    assert enclosure_length(value) == expected


# -- JSON Feed -----------------------------------------------------------------------------


def test_json_feed_1_1(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "feed.json"), JSON_URL, "application/feed+json")
    assert feed.title == "Loopback JSON Feed" and feed.site_url == "https://json.example.test/"
    assert feed.error is None
    second, first, odd = feed.items
    assert second.title == "Second <post>"  # plain text, not markup
    assert second.guid == second.link == "https://json.example.test/2"
    assert second.content_html == "<p>Hello <b>world</b>.</p>"
    assert second.summary == "A summary <not html>"
    assert second.author == "Ann Author, Bo Writer"
    assert second.published == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)  # date_published wins
    assert second.enclosures == (
        Enclosure("https://json.example.test/2.m4a", "audio/x-m4a", 89970236),
        Enclosure("https://json.example.test/2.jpg", "image/jpeg", None),
    )
    # JSON Feed 1.0 style: numeric id, external_url, content_text, author object, date_modified.
    assert first.guid == "1" and first.link == "https://elsewhere.example.test/1"
    assert first.content_html == "<p>Line one.</p><p>Line &lt;two&gt;.</p>"
    assert first.author == "Old Style"
    assert first.published == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    # Wrong types are ignored, not fatal.
    assert odd.guid == "3" and odd.link is None and odd.enclosures == ()


def test_json_feed_is_recognised_without_its_content_type(data_dir: Path) -> None:
    body = feed_file(data_dir, "feed.json")
    assert is_json_feed(body, "text/plain")
    assert is_json_feed(b"{}", "application/feed+json")
    assert not is_json_feed(b"<rss/>", None)
    assert len(parse_feed(body, JSON_URL, None).items) == 3


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "not valid JSON at line 1"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": 5}', 'no "items" list'),
        (b'{"items": [{"id": ' + b"9" * 5000 + b"}]}", "not valid JSON"),
        (b'{"items": ' + b"[" * 8_000_000 + b"]" * 8_000_000 + b"}", "nested too deeply"),
        (b'{"items": ' + b'{"a":' * 5000 + b"1" + b"}" * 5000 + b"}", "nested too deeply"),
        (b'{"items": [], "title": "\xff\xfe"}', "not UTF-8"),
        (b'{"items": [], "x": "' + b'\\"' * 1_000_000, "not valid JSON"),  # an unterminated string of escapes
        (b" " * (17 * 1024 * 1024) + b"{}", "over the 16777216-byte limit"),
    ],
    ids=[
        "truncated",
        "array",
        "items-not-list",
        "huge-int",
        "deep-arrays",
        "deep-objects",
        "not-utf8",
        "unterminated-escapes",
        "too-big",
    ],
)
def test_hostile_json_is_a_parse_error_naming_the_url(body: bytes, says: str) -> None:
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parse_feed(body, JSON_URL, "application/feed+json")
    assert caught.value.url == JSON_URL and says in str(caught.value)
    assert str(caught.value).startswith(JSON_URL)
    assert time.monotonic() - started < 5


def test_nesting_json_accepts_is_fine() -> None:
    nested = b'{"items": [], "x": ' + b"[" * 500 + b"]" * 500 + b"}"
    assert parse_feed(nested, JSON_URL, "application/feed+json").items == []


def test_brackets_and_escapes_inside_strings_are_text() -> None:
    title = "[" * 1000 + '\\"{' * 100
    body = json.dumps({"items": [{"id": "1", "title": title}]}).encode()
    assert parse_feed(body, JSON_URL, "application/feed+json").items[0].title.startswith("[[[")


# -- store ---------------------------------------------------------------------------------


def test_store_keeps_enclosures_and_updates_them(tmp_path: Path) -> None:
    url = "https://e.test/feed"
    with Store.open(tmp_path / "c.db") as store:
        store.sync_feeds([FeedConfig(url)])
        plain = ParsedItem(title="plain", guid="p")
        item = ParsedItem(title="ep", guid="e", enclosures=PODCAST_EP2)
        store.upsert_items(url, [plain, item])
        by_title = {i.title: i for i in store.items()}
        assert by_title["ep"].enclosures == PODCAST_EP2 and by_title["plain"].enclosures == ()
        store.upsert_items(url, [ParsedItem(title="ep", guid="e", enclosures=PODCAST_EP2[:1])])
        assert store.item(by_title["ep"].id).enclosures == PODCAST_EP2[:1]  # type: ignore[union-attr]


def test_a_damaged_enclosures_value_reads_as_none(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store.open(path) as store:
        store.upsert_items("https://e.test/feed", [ParsedItem(title="ep", guid="e", enclosures=PODCAST_EP2)])
    conn = sqlite3.connect(path)
    conn.execute("""UPDATE items SET enclosures = '[[1, 2, 3], ["https://ok.test/a", null, "12"]'""")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.items()[0].enclosures == ()


def test_migration_adds_the_column_to_an_old_database(tmp_path: Path) -> None:
    from newstui.store import schema as store_schema

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {store_schema.APPLICATION_ID}")
    # Just before the step that adds the column (later steps come after it).
    store_schema.migrate(conn, path, target=store_schema.MIGRATIONS.index(store_schema._add_enclosures))
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    assert "enclosures" not in columns
    conn.close()
    with Store.open(path) as store:
        store.upsert_items("https://e.test/feed", [ParsedItem(title="ep", guid="e", enclosures=PODCAST_EP2)])
        assert store.items()[0].enclosures == PODCAST_EP2


# -- refresh over loopback, then `list --json` --------------------------------------------------


def test_refresh_podcast_and_json_feed_into_a_store(http_server: TestServer, tmp_path: Path) -> None:
    podcast = http_server.url("feeds/podcast.xml")
    jsonfeed = http_server.url("feeds/feed.json")
    config = tmp_path / "config.toml"
    config.write_text(
        "[general]\ntimeout_seconds = 5\nfetch_full_articles = false\n\n"
        f'[[feeds]]\nurl = "{podcast}"\n\n[[feeds]]\nurl = "{jsonfeed}"\n',
        encoding="utf-8",
    )
    db = tmp_path / "cache.db"
    refreshed = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stdout.startswith("2 feeds ok, 0 failed, 5 new items"), refreshed.stdout
    listed = newstui("--config", str(config), "--db", str(db), "list", "--json", "--limit", "0", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = {row["title"]: row for row in map(json.loads, listed.stdout.splitlines())}
    base = podcast.rsplit("/", 1)[0].rsplit("/", 1)[0]  # the server root: /media/... is resolved against it
    assert rows["Episode 2: Enclosures"]["enclosures"] == [
        {"url": "https://cdn.example.test/ep2.mp3", "type": "audio/mpeg", "length": 12345678},
        {"url": f"{base}/media/ep2-notes.pdf", "type": "application/pdf", "length": None},
        {"url": "https://cdn.example.test/ep2.mp4", "type": "video/mp4", "length": 99999},
        {"url": "https://cdn.example.test/cover.jpg", "type": "image/jpeg", "length": None},
    ]
    assert rows["Second <post>"]["enclosures"][0] == {
        "url": "https://json.example.test/2.m4a",
        "type": "audio/x-m4a",
        "length": 89970236,
    }
    assert rows["First"]["enclosures"] == []
    assert rows["Second <post>"]["feed_title"] == "Loopback JSON Feed"


# -- config ----------------------------------------------------------------------------------


def test_player_and_download_settings(tmp_path: Path) -> None:
    from newstui.config import GeneralConfig, parse_config

    config = parse_config(
        '[general]\nplayer = ["mpv", "--no-video", "%u"]\ndownload_dir = "~/pods"\nmax_download_mb = 5\n', "c.toml"
    )
    assert config.general.player == ("mpv", "--no-video", "%u")
    assert config.general.download_path == Path.home() / "pods"
    assert config.general.max_download_mb == 5
    assert GeneralConfig().download_path.is_absolute()


@pytest.mark.parametrize("value", ['"mpv %u"', '["mpv", 3]', '["mpv", ""]'])
def test_a_bad_player_names_the_line(value: str) -> None:
    from newstui.config import parse_config
    from newstui.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config(f"[general]\n\nplayer = {value}\n", "c.toml")
    assert "c.toml" in str(caught.value) and ":3" in str(caught.value) and "player" in str(caught.value)
