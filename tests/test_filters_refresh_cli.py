"""Filter rules end to end: a refresh over a loopback feed server, `newstui list` in a subprocess."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import newstui_on as newstui
from feed_builders import rss_document
from httpserver import Request, TestServer
from newstui.config import load_config
from newstui.feeds.refresh import refresh_feeds
from newstui.model import ItemFilter
from newstui.service import Library
from newstui.store import Store
from readonly_helpers import Place

FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


def rss(entries: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 document of (guid, title, author) entries."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><author>{author}</author>"
        f"<link>https://site.example/{guid}</link><description>about {title}</description></item>"
        for guid, title, author in entries
    )
    return rss_document(body, title="Feed")


class Feeds:
    """Two feeds whose entries a test can change between refreshes."""

    def __init__(self, server: TestServer) -> None:
        self.entries: dict[str, list[tuple[str, str, str]]] = {
            "/news.xml": [("n1", "Sponsored: a mattress", "ads@x"), ("n2", "Walrus swims", "ann@x")],
            "/ads.xml": [("d1", "Sponsored by us", "bob@x")],
        }
        for path in self.entries:
            server.add_route(path, self.answer)
        self.news = server.url("news.xml")
        self.ads = server.url("ads.xml")

    def answer(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        return 200, {"content-type": "application/rss+xml"}, rss(self.entries[request.path])


CONFIG = """\
[[feeds]]
url = "{news}"
tags = ["news"]

[[feeds]]
url = "{ads}"

[[filters]]
match = 'title =~ "^sponsored" and not feed = "{ads}"'
action = "hide"

[[filters]]
match = 'author contains "ann"'
action = ["highlight", "tag"]
tag = "ann"

[[queries]]
name = "Walrus"
search = "walrus"
unread = true
"""


@pytest.fixture
def feeds(http_server: TestServer) -> Feeds:
    return Feeds(http_server)


@pytest.fixture
def config_path(tmp_path: Path, feeds: Feeds) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(news=feeds.news, ads=feeds.ads), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "cache.db")
    yield s
    s.close()


async def test_refresh_applies_rules_to_new_and_updated_items(feeds: Feeds, config_path: Path, store: Store) -> None:
    config = load_config(config_path)
    summary = await refresh_feeds(config, store, fetcher_options=FAST, workers=0)
    assert summary.ok == 2 and summary.new_items == 3
    assert {i.title for i in store.items()} == {"Walrus swims", "Sponsored by us"}
    walrus = next(i for i in store.items() if i.title == "Walrus swims")
    assert store.item_flags([walrus.id])[walrus.id].tags == ("ann",)
    # The feed changes an entry (same guid): it is judged again in the same write.
    feeds.entries["/news.xml"] = [("n1", "A mattress review", "ads@x"), ("n2", "Sponsored walrus", "bob@x")]
    await refresh_feeds(config, store, fetcher_options=FAST, workers=0)
    shown = {i.title: i.id for i in store.items()}
    assert set(shown) == {"A mattress review", "Sponsored by us"}
    assert store.item_flags(list(shown.values())) == {}
    assert store.count_items(include_hidden=True) == 3


async def test_a_changed_config_reapplies_at_the_next_refresh(feeds: Feeds, config_path: Path, store: Store) -> None:
    await refresh_feeds(load_config(config_path), store, fetcher_options=FAST, workers=0)
    assert store.count_items() == 2
    config_path.write_text(CONFIG.format(news=feeds.news, ads=feeds.ads).replace('action = "hide"', 'action = "read"'))
    summary = await refresh_feeds(load_config(config_path), store, fetcher_options=FAST, workers=0)
    assert summary.new_items == 0
    assert store.count_items() == 3 and store.count_items(ItemFilter("unread")) == 2


def test_library_passes_rules_and_queries_through(feeds: Feeds, config_path: Path, tmp_path: Path) -> None:
    library = Library(load_config(config_path), tmp_path / "lib.db")
    try:
        library.refresh()
        assert library.apply_filters() is False  # the refresh applied them already
        (walrus,) = library.queries()
        assert (walrus.name, walrus.unread, walrus.total) == ("Walrus", 1, 1)
        items = library.query_page("Walrus", 0, 50, total=library.query_count("Walrus"))
        assert [i.title for i in items] == ["Walrus swims"]
        assert library.item_flags([items[0].id])[items[0].id].highlighted
        from newstui.errors import ConfigError

        with pytest.raises(ConfigError, match="no saved search named 'Nope'"):
            library.query_count("Nope")
    finally:
        library.close()


# --------------------------------------------------------------------------- `newstui list`


@pytest.fixture
def refreshed(feeds: Feeds, config_path: Path, tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    result = newstui(config_path, db, "refresh")
    assert result.returncode == 0, result.stderr
    return db


def test_list_honours_rules_and_shows_flags(config_path: Path, refreshed: Path) -> None:
    result = newstui(config_path, refreshed, "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["title"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == {"Walrus swims", "Sponsored by us"}
    assert rows["Walrus swims"]["tags"] == ["news", "ann"] and rows["Walrus swims"]["highlighted"] is True
    assert rows["Sponsored by us"]["tags"] == [] and rows["Sponsored by us"]["highlighted"] is False
    every = newstui(config_path, refreshed, "list", "--json", "--hidden")
    hidden = [row for row in map(json.loads, every.stdout.splitlines()) if row["hidden"]]
    assert [row["title"] for row in hidden] == ["Sponsored: a mattress"]
    plain = newstui(config_path, refreshed, "list").stdout.splitlines()
    assert [line[7:10] for line in plain if "Walrus" in line] == ["N !"]


def test_list_a_saved_search(config_path: Path, refreshed: Path) -> None:
    result = newstui(config_path, refreshed, "list", "--query", "Walrus", "--json")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Walrus swims"]
    unknown = newstui(config_path, refreshed, "list", "--query", "walrus")
    assert (
        unknown.returncode == 1 and "no saved search named 'walrus'" in unknown.stderr and "'Walrus'" in unknown.stderr
    )


def test_list_reapplies_changed_rules(config_path: Path, refreshed: Path) -> None:
    text = config_path.read_text()
    config_path.write_text(text + '\n[[filters]]\nmatch = \'title # "walrus"\'\naction = "hide"\n')
    result = newstui(config_path, refreshed, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Sponsored by us"]
    config_path.write_text(text.replace('action = "hide"', 'action = "highlight"'))
    rows = [json.loads(line) for line in newstui(config_path, refreshed, "list", "--json").stdout.splitlines()]
    assert len(rows) == 3 and [r["highlighted"] for r in rows if r["title"].startswith("Sponsored:")] == [True]


def test_list_with_a_bad_rule_names_the_line(config_path: Path, refreshed: Path) -> None:
    config_path.write_text(config_path.read_text() + '\n[[filters]]\nmatch = \'title =~ "(a+)+"\'\naction = "hide"\n')
    result = newstui(config_path, refreshed, "list")
    assert result.returncode == 2
    line = len(config_path.read_text().splitlines()) - 1
    assert f"{config_path}:{line}: filters[3].match:" in result.stderr and "exponential" in result.stderr


def test_list_in_a_read_only_place_lists_with_the_last_rules(place: Place) -> None:  # noqa: F811 - the fixture
    place.seed(3)  # "Story 0" .. "Story 2"
    rules = '\n[[filters]]\nmatch = \'title = "Story 1"\'\naction = "{action}"\n'
    base = place.config.read_text()
    place.config.write_text(base + rules.format(action="hide"))
    first = place.run("list", "--json")  # a writable place: the rules are applied
    assert first.returncode == 0 and "Story 1" not in first.stdout, first.stderr
    place.config.write_text(base + rules.format(action="highlight"))
    place.read_only(place.db)
    result = place.run("list", "--json")
    assert result.returncode == 0, result.stderr
    assert "filter rules changed but cannot be applied" in result.stderr and "read-only" in result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Story 0", "Story 2"]
