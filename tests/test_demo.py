"""The `--demo` server and its bundled feeds and pages, over real sockets."""

from __future__ import annotations

import html
import http.client
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest

from newstui.demo import start_demo
from newstui.demo.server import DEMO_FEEDS, DemoSession

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newstui" / "demo" / "data"


def _get(
    session: DemoSession, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(session.base_url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def _front_matter(path: Path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").partition("-->")[0]
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in head.splitlines()[1:]) if v}


ARTICLE_FILES = sorted(p for p in (DATA / "sites").glob("*/*.html") if p.name != "layout.html")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[DemoSession]:
    with start_demo(tmp_path / "demo") as running:
        yield running


def test_every_feed_is_served_with_its_content_type_and_base_url(session: DemoSession) -> None:
    for url, (name, _, _) in zip(session.feed_urls, DEMO_FEEDS, strict=True):
        status, headers, body = _get(session, urlsplit(url).path)
        assert status == 200
        expected = "application/atom+xml" if name.endswith(".atom") else "application/rss+xml"
        assert headers["content-type"].startswith(expected)
        assert int(headers["content-length"]) == len(body)
        text = body.decode("utf-8")
        assert "{{" not in text
        assert session.base_url + "/" in text


def test_feeds_parse_cleanly_and_every_item_link_resolves_to_a_page(session: DemoSession) -> None:
    formats = set()
    titles: set[str] = set()
    for url in session.feed_urls:
        parsed = feedparser.parse(_get(session, urlsplit(url).path)[2])
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        formats.add(parsed.version[:3])
        assert 6 <= len(parsed.entries) <= 12
        titles.add(parsed.feed.title)
        for entry in parsed.entries:
            assert entry.link.startswith(session.base_url + "/")
            assert entry.get("published_parsed") and entry.get("author") and entry.get("summary")
            status, headers, body = _get(session, urlsplit(entry.link).path)
            assert status == 200, entry.link
            assert headers["content-type"].startswith("text/html")
            assert entry.title in html.unescape(body.decode("utf-8"))
    assert formats == {"rss", "ato"}  # both RSS 2.0 and Atom
    assert len(titles) == len(DEMO_FEEDS) >= 3


def test_pages_have_site_furniture_and_metadata(session: DemoSession) -> None:
    for path in ARTICLE_FILES:
        meta = _front_matter(path)
        status, _, body = _get(session, f"/{path.parent.name}/{path.name}")
        assert status == 200
        page = body.decode("utf-8")
        assert "{{" not in page
        assert 'property="og:title"' in page
        assert any(menu in page for menu in ("<nav", 'id="menu"', 'class="nav"', 'class="menu"'))
        assert page.count("<h2>") >= 2, path
        assert meta["author"] in page
        assert 'datetime="2026-' in page
        # Related posts link to the other articles of the same site.
        assert page.count(f'href="{session.base_url}/{path.parent.name}/') >= 3


def test_conditional_get_answers_304(session: DemoSession) -> None:
    path = urlsplit(session.feed_urls[0]).path
    status, headers, _ = _get(session, path)
    assert status == 200
    etag, last_modified = headers["etag"], headers["last-modified"]

    status, again, body = _get(session, path, {"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert again["etag"] == etag

    assert _get(session, path, {"If-Modified-Since": last_modified})[0] == 304
    assert _get(session, path, {"If-None-Match": '"something-else"'})[0] == 200
    assert _get(session, path, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110).
    assert _get(session, path, {"If-None-Match": '"stale"', "If-Modified-Since": last_modified})[0] == 200


def test_head_and_unknown_paths(session: DemoSession) -> None:
    status, headers, body = _get(session, urlsplit(session.feed_urls[1]).path, method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0
    assert _get(session, "/no/such/page.html")[0] == 404
    assert _get(session, "/")[0] == 200


async def test_the_real_fetcher_gets_a_304_on_the_second_fetch(session: DemoSession) -> None:
    from newstui.feeds.fetch import Fetcher

    async with Fetcher() as fetcher:
        first = await fetcher.fetch(session.feed_urls[2])
        assert first.status == 200 and first.body and first.etag
        second = await fetcher.fetch(session.feed_urls[2], etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified


def test_demo_config_loads_with_the_demo_feeds(session: DemoSession, tmp_path: Path) -> None:
    config = session.config
    assert [feed.url for feed in config.feeds] == session.feed_urls
    assert config.general.refresh_minutes == 0
    assert config.general.fetch_full_articles is True
    assert all(feed.tags for feed in config.feeds)
    assert session.config_path.parent == tmp_path / "demo"
    assert session.db_path.parent == tmp_path / "demo"


async def test_a_real_refresh_fills_the_store_from_the_demo(session: DemoSession) -> None:
    from newstui.feeds.refresh import refresh_feeds
    from newstui.store import Store

    store = Store.open(session.db_path)
    try:
        await refresh_feeds(session.config, store, workers=0)
        assert store.count_items() == len(ARTICLE_FILES)
        feeds = store.feeds()
        assert len(feeds) == len(DEMO_FEEDS)
        assert all(feed.last_error is None and feed.total >= 6 for feed in feeds)
        assert {tag for tag, _ in store.tags()} >= {"news", "science", "tech", "local"}
    finally:
        store.close()


def test_close_stops_the_server_and_removes_its_temp_dir() -> None:
    running = start_demo()
    workdir, base = running.workdir, running.base_url
    assert running.config_path.exists()
    assert _get(running, "/")[0] == 200
    running.close()
    running.close()  # twice is fine
    assert not workdir.exists()
    parts = urlsplit(base)
    with pytest.raises(OSError):
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=2)
        connection.request("GET", "/")
        connection.getresponse()


def test_a_given_workdir_is_kept(tmp_path: Path) -> None:
    with start_demo(tmp_path / "kept", theme="newstui-paper") as running:
        assert running.config.general.theme == "newstui-paper"
    assert (tmp_path / "kept" / "config.toml").exists()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_demo_page_extracts_to_an_article_with_quotes(session: DemoSession, path: Path) -> None:
    from newstui.extract import extract_article

    meta = _front_matter(path)
    url = f"{session.base_url}/{path.parent.name}/{path.name}"
    article = extract_article(_get(session, urlsplit(url).path)[2], url)
    assert article.headline == meta["title"]  # og:title's site suffix is gone
    assert article.byline is not None and meta["author"] in article.byline
    headings = [section.heading for section in article.sections if section.heading]
    assert len(headings) >= 2
    text = " ".join(p for section in article.sections for p in section.paragraphs)
    for furniture in ("Subscribe", "Share", "Advertisement", "cookies", "Classifieds", "All rights reserved"):
        assert furniture not in text, furniture
    speakers = {quote.speaker for quote in article.quotes if quote.speaker}
    assert len(speakers) >= 1 and len(article.quotes) >= 2


@pytest.mark.slow
def test_wheel_install_serves_the_demo(tmp_path: Path, built_wheel: Path) -> None:
    wheel = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    for data_file in DATA.rglob("*"):
        if data_file.is_file():
            assert f"newstui/demo/{data_file.relative_to(DATA.parent).as_posix()}" in names

    # Unpack the wheel and run the demo from it, away from the source tree.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    script = textwrap.dedent(
        """
        import sys, urllib.request, newstui.demo.server as server
        assert server.__file__.startswith(sys.argv[1]), server.__file__
        with server.start_demo() as session:
            for url in session.feed_urls:
                assert b"<title>" in urllib.request.urlopen(url).read()
            page = urllib.request.urlopen(session.base_url + "/world/lake-tamsin-drought.html").read()
            assert b"Lake Tamsin" in page
            print(len(server.build_site(session.base_url)))
        """
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); exec({script!r})", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.strip()) == len(ARTICLE_FILES) + len(DEMO_FEEDS) + 1
