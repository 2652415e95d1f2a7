"""Awkward real-world feeds, served over loopback HTTP and refreshed into a real store:
what the item list shows must match what newsboat shows on the same feeds, except
where newstui deliberately does better (each such case says so).

The corpus is tests/data/v14feeds/. Parametrised cases marked "fixed" failed before
the change that made them pass; the rest are cheap guards.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cli_helpers import feeds_config, newstui
from httpserver import TestServer
from newstui.config import Config
from newstui.feeds.refresh import RefreshSummary, refresh_feeds
from newstui.model import Item, ItemFilter
from newstui.store import Store

CORPUS = Path(__file__).parent / "data" / "v14feeds"
FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


async def run(config: Config, store: Store, **kwargs: object) -> RefreshSummary:
    kwargs.setdefault("fetcher_options", FAST)
    kwargs.setdefault("workers", 0)
    return await refresh_feeds(config, store, **kwargs)  # type: ignore[arg-type]


def items_of(store: Store, url: str) -> list[Item]:
    return store.items(ItemFilter("feed", url), limit=None)


def serve(server: TestServer, name: str, content_type: str | None) -> str:
    """The corpus file's URL: as a plain file, or under a route with its own Content-Type."""
    if content_type is None:
        return server.url(f"v14feeds/{name}")
    body = (CORPUS / name).read_bytes()
    return server.add_route(f"/typed/{name}", (200, {"Content-Type": content_type}, body))


# (file, Content-Type or None for the file's own, item guid (or title when it has none), field, expected).
# "{base}" in an expected value is the server's http://127.0.0.1:PORT.
CASES = [
    # titles: entities, double escaping, CDATA markup, whitespace
    ("titles.rss", None, "t1", "title", "Tom & Jerry return to the quay"),
    ("titles.rss", None, "t2", "title", "Breaking: storm reaches the pier"),
    ("titles.rss", None, "t3", "title", "A title broken over lines"),
    ("titles.rss", None, "t6", "title", "It’s here — finally"),
    ("titles.rss", None, "t7", "title", "Italic harbour <notes>"),
    ("titles.rss", None, "t8", "title", "5 < 6 && 7 > 3"),
    # fixed: an empty title is the first line of the description (was the whole description, cut)
    ("titles.rss", None, "t4", "title", "Ferry timetable changes for the winter season."),
    # fixed: no title, a link whose slug is words: the slug, as newsboat does (was "(untitled)")
    ("titles.rss", None, "t5", "title", "New tram line opens"),
    # fixed: no title, no description: the content's first line
    ("titles.rss", None, "t9", "title", "Only content"),
    # links
    ("titles.rss", None, "t1", "link", "{base}/t/1"),
    ("links.rss", None, "l1", "link", "{base}/site/posts/one.html"),
    ("links.rss", None, "l2", "link", "https://cdn.example.org/archive/two.html"),
    # fixed: FeedBurner's origLink is the article; the <link> is a tracking redirect
    ("links.rss", None, "l3", "link", "https://www.example.org/blog/real-story.html"),
    (
        "links.rss",
        None,
        "https://www.example.org/blog/permalink.html",
        "link",
        "https://www.example.org/blog/permalink.html",
    ),
    ("links.rss", None, "tag:example.org,2026:5", "link", None),
    ("links.rss", None, "l6", "link", "{base}/root/six.html"),
    # fixed: no xml:base and the site on another host: relative links are the site's (newsboat's reading)
    ("channel-base.rss", None, "c1", "link", "https://www.example.org/2026/one.html"),
    ("links.atom", None, "urn:a1", "link", "{base}/news/a1.html"),
    ("links.atom", None, "urn:a1", "enclosures", ["{base}/news/audio/a1.mp3"]),
    ("links.atom", None, "urn:a2", "link", "{base}/news/a2.html"),
    ("links.atom", None, "urn:a3", "link", "{base}/news/a3.html"),
    ("links.atom", None, "https://example.org/entries/a4", "link", None),
    ("links.atom", None, "urn:a5", "link", "https://mirror.example.net/x/a5.html"),
    # identity: no guid → link, then text
    ("identity.rss", None, "no guid, has link", "link", "{base}/i/1.html"),
    ("identity.rss", None, "no guid, no link", "summary", "first text"),
    # dates
    ("dates.rss", None, "d1", "published", datetime(2026, 11, 3, 14, 15, tzinfo=UTC)),
    ("dates.rss", None, "d2", "published", datetime(2026, 11, 3, 3, 45, tzinfo=UTC)),
    ("dates.rss", None, "d3", "published", datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
    ("dates.rss", None, "d4", "published", datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
    ("dates.rss", None, "d5", "published", datetime(2026, 11, 3, 8, 0, tzinfo=UTC)),
    ("dates.rss", None, "d6", "published", datetime(2026, 11, 3, 12, 0, tzinfo=UTC)),
    ("dates.rss", None, "d7", "published", datetime(2026, 11, 3, 13, 0, tzinfo=UTC)),
    ("dates.rss", None, "d11", "published", datetime(2026, 11, 3, 14, 0, tzinfo=UTC)),
    ("dates.atom", None, "urn:d1", "published", datetime(2026, 11, 1, 9, 0, tzinfo=UTC)),
    ("dates.atom", None, "urn:d2", "published", datetime(2026, 11, 2, 14, 0, tzinfo=UTC)),
    # authors
    ("dates.atom", None, "urn:d3", "author", "Sam Field"),
    # fixed: an Atom entry without an author has the feed's (RFC 4287; newsboat shows none)
    ("dates.atom", None, "urn:d1", "author", "Desk Editor"),
    # fixed: RSS 'email (Name)' shows the name
    ("authors.rss", None, "w1", "author", "Kim Ortega"),
    ("authors.rss", None, "w2", "author", "Lee Park"),
    # fixed: the channel's managingEditor stands in for an item's author, as in newsboat
    ("authors.rss", None, "w3", "author", "The News Desk"),
    ("authors.rss", None, "w4", "author", "noname@example.org"),
    # encodings
    ("conflict-declared.rss", "text/xml; charset=iso-8859-1", "e1", "title", "Crème brûlée – déjà vu"),
    ("conflict-undeclared.rss", "text/xml; charset=iso-8859-1", "e1", "title", "Smörgåsbord für alle"),
    ("bom.rss", None, "e1", "title", "Zoë’s café"),
    ("cp1252.rss", None, "e1", "title", "“Proper” … declared"),
    # fixed: ISO-8859-1 declared, windows-1252 bytes: the quotes, dash and euro were dropped
    ("smartquotes.rss", None, "e1", "title", "“Smart” quotes – €5 ’tis"),
    # fixed: one bad byte garbled every item ('Ã\x9cnÃ¯cÃ¶dÃ©'); now only its own item is touched
    ("invalid-byte.rss", None, "e1", "title", "Ünïcödé fine"),
    ("invalid-byte.rss", None, "e2", "title", "Café broken"),
    ("invalid-byte.rss", None, "e3", "title", "Also fine — ok"),
    ("as-html.rss", "text/html; charset=utf-8", "e1", "title", "Still a feed"),
    # formats
    ("rss091.xml", None, "First 0.91 item", "link", "http://old.example.com/1"),
    ("rdf10.rdf", None, "http://rdf.example.com/a", "author", "Rae Dee"),
    ("rdf10.rdf", None, "http://rdf.example.com/a", "published", datetime(2026, 11, 2, 7, 30, tzinfo=UTC)),
    ("atom03.xml", None, "tag:old-atom.example.com,2026:e1", "title", "Legacy entry"),
    ("atom03.xml", None, "tag:old-atom.example.com,2026:e1", "author", "Ada Quill"),
    ("atom03.xml", None, "tag:old-atom.example.com,2026:e1", "summary", "Escaped content."),
    # JSON Feed: newsboat does not read it; newstui does
    # v25: a JSON Feed title holding a whole character reference was escaped by a template: decoded
    ("feed11.json", None, "j1", "title", "JSON item & more"),
    ("feed11.json", None, "j1", "author", "Jo Son"),
    # fixed: a JSON Feed item without authors has the feed's (JSON Feed 1.1)
    ("feed11.json", None, "2", "author", "Feed Author"),
    ("podcast.rss", None, "ep1", "enclosures", ["{base}/media/ep1.mp3"]),
    # fixed: the lxml reader read neither (feedparser did): episode notes and the podcast's author
    ("podcast.rss", None, "ep1", "summary", "Episode one notes."),
    ("podcast.rss", None, "ep1", "author", "Pod People"),
    # a broken Atom feed (feedparser reads it) gives what a well-formed one would
    # fixed: an Atom id is a name, not the link (feedparser offered the id as the link)
    ("broken.atom", None, "https://example.org/entries/b1", "link", None),
    ("broken.atom", None, "https://example.org/entries/b1", "author", "Night Desk"),
    ("broken.atom", None, "urn:b2", "link", "https://www.example.org/b2.html"),
]


def _find(items: list[Item], key: str) -> Item:
    for item in items:
        if item.guid == key or (item.guid is None and item.title == key):
            return item
    raise AssertionError(f"no item {key!r} in {[(i.guid, i.title) for i in items]}")


def _value(item: Item, field: str) -> object:
    if field == "enclosures":
        return [e.url for e in item.enclosures]
    return getattr(item, field)


def _expected(value: object, base: str) -> object:
    if isinstance(value, str):
        return value.replace("{base}", base)
    if isinstance(value, list):
        return [v.replace("{base}", base) for v in value]
    return value


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[tuple[str, str | None], list[Item]]]:
    """Every corpus feed of CASES refreshed once into one store (the cases only read it)."""
    import asyncio

    wanted = sorted({(name, kind) for name, kind, *_ in CASES}, key=str)
    work = tmp_path_factory.mktemp("corpus")
    with TestServer(CORPUS.parent) as server:
        urls = {(name, kind): serve(server, name, kind) for name, kind in wanted}
        config = feeds_config(work / "config.toml", list(urls.values()))
        store = Store.open(work / "cache.db")
        try:
            summary = asyncio.run(run(config, store))
            assert summary.failed == [], summary.failed
            return server.base, {key: items_of(store, url) for key, url in urls.items()}
        finally:
            store.close()


@pytest.mark.parametrize(("name", "content_type", "key", "field", "expected"), CASES)
def test_what_the_item_list_shows(
    refreshed: tuple[str, dict[tuple[str, str | None], list[Item]]],
    name: str,
    content_type: str | None,
    key: str,
    field: str,
    expected: object,
) -> None:
    base, by_feed = refreshed
    item = _find(by_feed[(name, content_type)], key)
    assert _value(item, field) == _expected(expected, base)


def test_a_repeated_guid_keeps_the_first_item(
    refreshed: tuple[str, dict[tuple[str, str | None], list[Item]]],
) -> None:
    titles = [i.title for i in refreshed[1][("identity.rss", None)]]
    assert "duplicate guid, first" in titles and "duplicate guid, second" not in titles


def test_far_future_and_missing_dates_are_first_seen(
    refreshed: tuple[str, dict[tuple[str, str | None], list[Item]]],
) -> None:
    """A date years ahead would pin its item to the top for ever (newsboat keeps it; newstui
    uses the first-seen time instead). Undated items keep the document's order."""
    items = refreshed[1][("dates.rss", None)]
    future, one, two = (_find(items, key) for key in ("d8", "d9", "d10"))
    for item in (future, one, two):
        assert item.published is not None and item.published.year < 2039
    assert one.published is not None and two.published is not None and one.published > two.published


# -- identity across refreshes ------------------------------------------------------------------------


def _rss(*items: tuple[str, str, str]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><guid isPermaLink='false'>{guid}</guid><description>{text}</description></item>"
        for guid, title, text in items
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Live</title>{body}</channel></rss>".encode()


async def test_an_item_edited_upstream_is_updated_in_place_and_keeps_its_read_state(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    current = {"body": _rss(("g1", "First draft", "old text"), ("g2", "Other", "x"))}
    url = http_server.add_route("/live.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, current["body"]))
    config = feeds_config(tmp_path / "config.toml", [url])
    await run(config, store)
    before = {i.guid: i for i in items_of(store, url)}
    store.set_read(before["g1"].id, True)
    # Same guid, new title and text; g2's guid changed: the same undated story, one item (v16; newsboat lists it again).
    current["body"] = _rss(("g1", "Final headline", "new text"), ("g2-v2", "Other", "x"))
    summary = await run(config, store)
    assert summary.new_items == 0
    after = {i.guid: i for i in items_of(store, url)}
    assert after["g1"].id == before["g1"].id
    assert (after["g1"].title, after["g1"].summary, after["g1"].read) == ("Final headline", "new text", True)
    assert set(after) == {"g1", "g2-v2"} and after["g2-v2"].id == before["g2"].id


async def test_undated_items_keep_their_first_seen_time_across_refreshes(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    body = (CORPUS / "dates.rss").read_bytes()
    url = http_server.add_route("/undated.rss", (200, {"Content-Type": "application/rss+xml"}, body))
    config = feeds_config(tmp_path / "config.toml", [url])
    await run(config, store)
    first = {i.guid: i.published for i in items_of(store, url)}
    await run(config, store)  # no validators on this route: a full 200 again
    assert {i.guid: i.published for i in items_of(store, url)} == first


async def test_the_same_item_in_two_feeds_is_listed_in_each(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    """newsboat keys items by guid across all feeds, so the second feed loses the item;
    newstui keys them per feed: each feed lists its copy, read separately."""
    body = (CORPUS / "identity.rss").read_bytes()
    a = http_server.add_route("/a.rss", (200, {"Content-Type": "application/rss+xml"}, body))
    b = http_server.add_route("/b.rss", (200, {"Content-Type": "application/rss+xml"}, body))
    await run(feeds_config(tmp_path / "config.toml", [a, b]), store)
    shared_a = _find(items_of(store, a), "shared-1")
    shared_b = _find(items_of(store, b), "shared-1")
    assert shared_a.id != shared_b.id
    store.set_read(shared_a.id, True)
    assert not _find(items_of(store, b), "shared-1").read


# -- HTTP ---------------------------------------------------------------------------------------------


async def test_a_permanent_redirect_is_remembered_a_temporary_one_is_not(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    target = http_server.url("v14feeds/titles.rss")
    moved = http_server.add_route("/moved.rss", (301, {"Location": target}, b""))
    away = http_server.add_route("/away.rss", (302, {"Location": http_server.url("v14feeds/links.rss")}, b""))
    config = feeds_config(tmp_path / "config.toml", [moved, away])
    summary = await run(config, store)
    assert summary.moved == [(moved, target)]
    await run(config, store)
    assert len(http_server.requests_for("/moved.rss")) == 1  # the new URL is asked directly
    assert len(http_server.requests_for("/away.rss")) == 2  # a 302 is asked again at the old URL
    assert store.feed(away) is not None and store.feed(away).url == away  # type: ignore[union-attr]


async def test_410_gone_is_said_once_and_not_asked_again(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    gone = http_server.add_route("/gone.rss", (410, {"Content-Type": "text/plain"}, b"gone"))
    good = http_server.url("v14feeds/titles.rss")
    config = feeds_config(tmp_path / "config.toml", [gone, good])
    summary = await run(config, store)
    [failure] = summary.failed
    assert failure.url == gone and failure.status == 410 and "removed for good" in failure.error
    again = await run(config, store)
    assert len(http_server.requests_for("/gone.rss")) == 1  # not hammered
    assert [(f.url, f.status) for f in again.failed] == [(gone, 410)]  # still told
    assert "no longer fetches it" in again.failed[0].error
    await run(config, store, only=gone)  # asked for by name: tried again
    assert len(http_server.requests_for("/gone.rss")) == 2


async def test_a_web_page_instead_of_a_feed_is_an_error_naming_the_url(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    page = http_server.url("v14feeds/site.html")
    summary = await run(feeds_config(tmp_path / "config.toml", [page]), store)
    [failure] = summary.failed
    assert failure.url == page and "web page" in failure.error
    # fixed: the page's own feed link is named (was only "`newstui add URL` can find a page's feed")
    assert failure.error.endswith(f"the page names its feed: {http_server.url('v14feeds/titles.rss')}")


def test_adding_a_site_url_finds_its_feed(http_server: TestServer, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    done = newstui("--config", str(config), "add", http_server.url("v14feeds/site.html"), cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert http_server.url("v14feeds/titles.rss") in config.read_text(encoding="utf-8")


WELL_FORMED = sorted(
    p.name for p in CORPUS.iterdir() if p.suffix in (".rss", ".atom", ".rdf", ".xml") and p.name not in ("broken.atom",)
)


@pytest.mark.parametrize("name", WELL_FORMED)
def test_both_readers_agree_on_the_corpus(name: str) -> None:
    """The lxml reader and feedparser (for documents lxml refuses) give the same items."""
    from newstui.feeds.parse.declarations import without_dtd
    from newstui.feeds.parse.encoding import repair_encoding
    from newstui.feeds.parse.feedparser_reader import parse_with_feedparser
    from newstui.feeds.parse.lxml_reader import parse_with_lxml

    url = f"http://127.0.0.1:8000/v14feeds/{name}"
    body, content_type = repair_encoding(*without_dtd((CORPUS / name).read_bytes(), None))
    fast = parse_with_lxml(body, url, content_type)
    if fast is None:
        pytest.skip("not well-formed or not a dialect the lxml reader takes: feedparser only")
    slow = parse_with_feedparser(body, url, content_type)
    assert fast.items == slow.items
