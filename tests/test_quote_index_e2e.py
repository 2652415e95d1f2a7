"""Who said what, end to end: three outlets served on loopback quote one minister
under different namings; `newstui refresh` fetches and extracts their pages into a
real SQLite file; `newstui speakers/quotes/stories` read it in subprocesses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_helpers import newstui
from feed_builders import rss_document
from httpserver import TestServer

FILLER = (
    "<p>The talks in the harbour city ran late into the night, with delegations from both sides "
    "meeting in a converted customs house near the old fish market.</p>"
    "<p>Fishing quotas have been the sticking point for months, and several coastal towns have "
    "held protests outside the regional parliament since the summer.</p>"
)


def _page(title: str, body: str) -> bytes:
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header><main><article><h1>{title}</h1>"
        f"{body}{FILLER}</article></main><footer>Copyright</footer></body></html>"
    )
    return html.encode()


PAGES = {
    "harbour": (
        "Minister rejects fishing deal",
        "<p>Foreign Minister Ana Ruiz rejected the draft fisheries agreement on Tuesday.</p>"
        "<p>“We will not sign an agreement that leaves our fishing towns without a future,” Ruiz told reporters "
        "after the session.</p>"
        "<p>Her deputy, Tomas Ekberg, said the team would stay for another round. “The door is still open,” "
        "Ekberg said, “but the clock is running and everybody in that room knows it.”</p>",
    ),
    "coastal": (
        "Ruíz walks out of fisheries talks",
        "<p>Ana Ruíz left the talks early on Tuesday evening.</p>"
        "<p>Ana Ruíz said: ‘We will not sign an agreement that leaves our fishing towns without a future.’</p>"
        "<p>Officials said a new draft could be ready within a week.</p>",
    ),
    "wire": (
        "Fisheries talks stall",
        "<p>Talks on a fisheries agreement stalled on Tuesday.</p>"
        "<p>Ruiz said the draft “leaves our fishing towns without a future” and called for a new text.</p>"
        "<p>Talks are expected to resume next month, diplomats said.</p>",
    ),
    "other": (
        "Bridge reopens after repairs",
        "<p>The Mill Lane footbridge reopened on Monday after eight months of repairs.</p>"
        "<p>“It feels like the town has its heart back after a very long winter of detours,” said "
        "council engineer Priya Nandakumar.</p>",
    ),
}
FEEDS = {"harbour": ["harbour"], "coastal": ["coastal"], "wire": ["wire", "other"]}


def _feed(title: str, links: dict[str, str]) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
        f"<pubDate>Tue, 01 Dec 2026 1{n}:00:00 GMT</pubDate><description>{t}.</description></item>"
        for n, (t, u) in enumerate(links.items())
    )
    return rss_document(items, title=title)


def _setup(http_server: TestServer, tmp_path: Path, aliases: str = "") -> tuple[Path, Path, dict[str, str]]:
    feed_urls: dict[str, str] = {}
    for feed, pages in FEEDS.items():
        links = {}
        for name in pages:
            title, body = PAGES[name]
            links[title] = http_server.add_route(
                f"/{name}.html", (200, {"Content-Type": "text/html"}, _page(title, body))
            )
        feed_urls[feed] = http_server.add_route(
            f"/{feed}.xml", (200, {"Content-Type": "application/rss+xml"}, _feed(f"The {feed.title()} News", links))
        )
    config = tmp_path / "config.toml"
    config.write_text(
        "[general]\ntimeout_seconds = 5\nfetch_full_articles = true\n\n"
        + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in feed_urls.values())
        + aliases,
        encoding="utf-8",
    )
    db = tmp_path / "cache.db"
    result = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return config, db, feed_urls


def _json_lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_minister_three_namings_one_speaker_one_story(http_server: TestServer, tmp_path: Path) -> None:
    config, db, feed_urls = _setup(http_server, tmp_path)
    base = ("--config", str(config), "--db", str(db))

    speakers = _json_lines(newstui(*base, "speakers", "--json", cwd=tmp_path))
    by_name = {s["name"]: s for s in speakers}
    assert "Ruiz" not in by_name and "Ana Ruíz" not in by_name and "Foreign Minister Ana Ruiz" not in by_name
    ruiz = by_name["Ana Ruiz"]
    assert (ruiz["quotes"], ruiz["articles"], ruiz["feeds"]) == (3, 3, 3)
    assert speakers[0]["name"] == "Ana Ruiz", "most quoted first"
    assert ruiz["first_seen"] and ruiz["last_seen"]
    assert by_name["Tomas Ekberg"]["quotes"] == 2

    for name in ("Ruiz", "ana ruiz", "Ana Ruíz", "RUIZ"):
        quotes = _json_lines(newstui(*base, "quotes", "--speaker", name, "--json", cwd=tmp_path))
        assert len(quotes) == 3, name
        assert {q["speaker"] for q in quotes} == {"Ana Ruiz"}
        assert {q["feed_title"] for q in quotes} == {"The Harbour News", "The Coastal News", "The Wire News"}
    assert set(_json_lines(newstui(*base, "quotes", "--json", cwd=tmp_path))[0]) == {
        "text",
        "speaker",
        "item_id",
        "title",
        "feed_title",
        "link",
        "published",
    }

    stories = _json_lines(newstui(*base, "stories", "--json", cwd=tmp_path))
    assert len(stories) == 1
    story = stories[0]
    assert sorted(i["title"] for i in story["items"]) == [  # type: ignore[union-attr]
        "Fisheries talks stall",
        "Minister rejects fishing deal",
        "Ruíz walks out of fisheries talks",
    ]
    # One quotation, however many forms: the whole one (with or without its full stop).
    assert [q.rstrip(".") for q in story["quotes"]] == [  # type: ignore[union-attr]
        "We will not sign an agreement that leaves our fishing towns without a future"
    ]

    in_story = _json_lines(newstui(*base, "quotes", "--story", str(story["id"]), "--json", cwd=tmp_path))
    assert {q["speaker"] for q in in_story} == {"Ana Ruiz", "Tomas Ekberg"}
    searched = _json_lines(newstui(*base, "quotes", "--search", "clock running", "--json", cwd=tmp_path))
    assert [q["speaker"] for q in searched] == ["Tomas Ekberg"]
    by_feed = _json_lines(newstui(*base, "quotes", "--feed", feed_urls["wire"], "--json", cwd=tmp_path))
    assert {q["speaker"] for q in by_feed} == {"Ana Ruiz", "Priya Nandakumar"}

    text = newstui(*base, "stories", cwd=tmp_path)
    assert text.returncode == 0 and text.stdout.startswith(f"story {story['id']}: “We will not sign")
    text = newstui(*base, "speakers", "--search", "ruí", cwd=tmp_path)
    assert text.returncode == 0 and text.stdout.splitlines()[0].endswith("Ana Ruiz")


def test_config_alias_renames_the_speaker(http_server: TestServer, tmp_path: Path) -> None:
    config, db, _ = _setup(http_server, tmp_path, aliases='[speakers]\n"Ana Ruiz" = "Ana María Ruiz Soto"\n')
    base = ("--config", str(config), "--db", str(db))
    speakers = _json_lines(newstui(*base, "speakers", "--json", cwd=tmp_path))
    assert speakers[0]["name"] == "Ana María Ruiz Soto" and speakers[0]["quotes"] == 3
    assert _json_lines(newstui(*base, "quotes", "--speaker", "Ana Ruiz", "--json", cwd=tmp_path))[0]["speaker"] == (
        "Ana María Ruiz Soto"
    )
    # The alias leaves the config: the names go back.
    config.write_text(config.read_text(encoding="utf-8").split("[speakers]")[0], encoding="utf-8")
    speakers = _json_lines(newstui(*base, "speakers", "--json", cwd=tmp_path))
    assert speakers[0]["name"] == "Ana Ruiz" and speakers[0]["quotes"] == 3


def test_hostile_text_is_cleaned_in_text_output(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from newstui.model import Article, ParsedItem, Quote
    from newstui.store import Store

    db = tmp_path / "cache.db"
    with Store.open(db) as store:
        store.upsert_items(
            "http://x.test/feed",
            [ParsedItem("\x1b]8;;http://evil\x07Title\x1b[31m", "http://x.test/1", published=datetime.now(UTC))],
        )
        item = store.items()[0]
        store.save_article(
            item.id,
            Article("h", quotes=[Quote("Red \x1b[31malert\x1b[0m in the\nstreets today", "Eve\x07 Mallory")]),
            7,
        )
    for command in ("speakers", "quotes"):
        result = newstui("--config", str(tmp_path / "c.toml"), "--db", str(db), command, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert result.stdout.count("\n") == 1


def test_empty_answers_say_so_on_stderr_and_keep_stdout_and_json_clean(tmp_path: Path) -> None:
    """A cache with no quotes: the text answers say why on stderr (an empty screen reads as a
    fault), JSON lines stay an empty stream, and every command exits 0."""
    base = ("--config", str(tmp_path / "c.toml"), "--db", str(tmp_path / "cache.db"))
    cases = {
        ("speakers",): "no speakers (quotes are indexed from extracted articles",
        ("speakers", "--search", "Ruiz"): "no speakers matching 'Ruiz'",
        ("quotes",): "no quotes (quotes are indexed",
        ("quotes", "--speaker", "Ana Ruiz"): "no quotes by 'Ana Ruiz'",
        ("stories",): "no stories yet",
    }
    for args, said in cases.items():
        text = newstui(*base, *args, cwd=tmp_path)
        assert text.returncode == 0 and text.stdout == "", (args, text.stdout, text.stderr)
        assert text.stderr.splitlines()[-1].startswith(f"newstui: {said}"), (args, text.stderr)
        as_json = newstui(*base, *args, "--json", cwd=tmp_path)
        assert as_json.returncode == 0 and as_json.stdout == "" and "no " not in as_json.stderr, args
