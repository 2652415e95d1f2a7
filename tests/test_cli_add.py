"""`newstui add` against a real loopback HTTP server, and feed discovery in HTML pages."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from httpserver import Response, TestServer, refused_url
from newstui.cli import add
from newstui.config import load_config
from newstui.errors import ConfigError
from newstui.feeds.discover import discover_feeds, feed_links, looks_like_feed, looks_like_html
from newstui.model import FeedConfig

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback News</title><link>http://127.0.0.1/</link>
<item><title>One</title><link>http://127.0.0.1/one</link><guid>one</guid></item>
</channel></rss>
"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom side</title><id>urn:x</id></feed>
"""
PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A blog</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/feed+json" href="/feed.json" title="JSON">
<link rel="alternate" type="application/rss+xml" href="feeds/main.rss" title="Main feed">
<link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Atom feed">
</head><body><p>Hello.</p></body></html>
"""


@pytest.fixture(scope="module")
def server() -> Iterator[TestServer]:
    # One server for the module: starting and stopping one costs half a second.
    with TestServer() as running:
        running.add_route("/feed.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
        running.add_route("/blog/feeds/main.rss", (200, {"Content-Type": "text/xml"}, RSS))
        running.add_route("/atom.xml", (200, {"Content-Type": "application/atom+xml"}, ATOM))
        running.add_route("/blog/", (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE))
        yield running


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


def run_add(config: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    add.add_arguments(parser)
    return add.run(parser.parse_args(["--config", str(config), *argv]))


def test_add_a_feed_url(server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.url("feed.xml")
    assert run_add(config, url, "--tag", "local", "--tag", "test", "--title", "Mine") == 0
    out = capsys.readouterr().out
    assert f"{url} is a feed." in out
    assert f"Added {url} with tags local, test to {config}" in out
    assert load_config(config).feeds == (FeedConfig(url, "Mine", ("local", "test")),)
    assert server.requests_for("/feed.xml")[0].headers["user-agent"].startswith("newstui/")


def test_add_a_page_discovers_its_feed(server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = server.url("blog/")
    assert run_add(config, page) == 0
    out = capsys.readouterr().out
    feed = server.url("blog/feeds/main.rss")  # relative href resolved against the page
    assert f"{page} is a web page; it links to 3 feeds:" in out
    assert f"  {feed} (Main feed)" in out
    assert f"  {server.url('atom.xml')} (Atom feed)" in out
    assert out.index("(Atom feed)") < out.index(f"  {server.url('feed.json')} (JSON)")  # JSON Feed listed last
    assert f"Adding the first: {feed}" in out
    assert load_config(config).feeds == (FeedConfig(feed),)
    assert server.requests_for("/blog/feeds/main.rss")  # the discovered feed was checked too


def test_add_a_page_after_a_redirect_resolves_links_against_the_final_url(server: TestServer, config: Path) -> None:
    server.add_route("/old", (301, {"Location": "/blog/"}, b""))
    assert run_add(config, server.url("old")) == 0
    assert load_config(config).feeds == (FeedConfig(server.url("blog/feeds/main.rss")),)


def test_page_without_feed_links_adds_nothing(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = server.add_route("/plain", (200, {"Content-Type": "text/html"}, b"<html><body>No feeds</body></html>"))
    assert run_add(config, page) == 1
    assert "links to no feed" in capsys.readouterr().err
    assert load_config(config).feeds == ()


def test_page_whose_feed_link_is_dead_adds_nothing(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = server.add_route(
        "/dead",
        (200, {"Content-Type": "text/html"}, b'<link rel="alternate" type="application/rss+xml" href="/gone.xml">'),
    )
    assert run_add(config, page) == 1
    assert "feed cannot be fetched" in capsys.readouterr().err
    assert load_config(config).feeds == ()


def test_a_json_feed_only_page_adds_its_json_feed(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = server.add_route(
        "/f.json",
        (
            200,
            {"Content-Type": "application/feed+json"},
            b'{"version": "https://jsonfeed.org/version/1.1", "items": []}',
        ),
    )
    page = server.add_route(
        "/json",
        (200, {"Content-Type": "text/html"}, b'<link rel="alternate" type="application/feed+json" href="/f.json">'),
    )
    assert run_add(config, page) == 0, capsys.readouterr().err
    assert f"Adding the first: {feed}" in capsys.readouterr().out
    assert [f.url for f in load_config(config).feeds] == [feed]


def test_a_json_feed_url_is_added_as_a_feed(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Served as plain JSON: recognised by its jsonfeed.org version.
    feed = server.add_route(
        "/plain.json",
        (200, {"Content-Type": "application/json"}, b'{"version": "https://jsonfeed.org/version/1", "items": []}'),
    )
    assert run_add(config, feed) == 0
    assert f"{feed} is a feed." in capsys.readouterr().out


def test_unreachable_url_suggests_no_check_which_then_adds_it(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = refused_url("/feed.xml")
    assert run_add(config, url) == 1
    err = capsys.readouterr().err
    assert url in err and "--no-check" in err
    assert load_config(config).feeds == ()
    assert run_add(config, url, "--no-check") == 0
    assert load_config(config).feeds == (FeedConfig(url),)


def test_http_error_is_reported(server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_add(config, server.url("missing.xml")) == 1
    assert "404" in capsys.readouterr().err
    assert load_config(config).feeds == ()


def test_neither_feed_nor_page(server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.add_route("/image.png", (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"))
    assert run_add(config, url) == 1
    assert "neither a feed nor a web page (image/png)" in capsys.readouterr().err


def test_a_feed_already_in_the_config_is_not_added_twice(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.url("feed.xml")
    assert run_add(config, url) == 0
    before = config.read_bytes()
    assert run_add(config, url.replace("http://", "HTTP://")) == 1
    assert "already in" in capsys.readouterr().err
    assert config.read_bytes() == before
    # The same feed found through a page is caught too.
    page = server.add_route(
        "/other/",
        (200, {"Content-Type": "text/html"}, b'<link rel=alternate type=application/rss+xml href="/feed.xml">'),
    )
    assert run_add(config, page) == 1
    assert f"{url} is already in {config}" in capsys.readouterr().err
    assert config.read_bytes() == before


def test_not_http_is_refused_before_any_request(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_add(config, "ftp://example.com/feed") == 2
    assert "not an http(s) URL" in capsys.readouterr().err


def test_a_url_without_scheme_gets_https(config: Path) -> None:
    assert run_add(config, "example.com/feed.xml", "--no-check") == 0
    assert load_config(config).feeds == (FeedConfig("https://example.com/feed.xml"),)


def test_a_broken_config_is_reported_not_edited(config: Path) -> None:
    config.write_text("[general\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="syntax error"):
        run_add(config, "https://example.com/feed", "--no-check")
    assert config.read_text(encoding="utf-8") == "[general\n"


def test_add_keeps_comments_and_writes_the_starter_first(
    server: TestServer, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_add(config, server.url("feed.xml")) == 0
    assert "wrote a starter config" in capsys.readouterr().err
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# newstui configuration")
    assert "# [[feeds]]" in text


# --------------------------------------------------------------------------- discovery


def test_discover_resolves_against_base_and_orders_rss_atom_before_json() -> None:
    html = b"""<html><head><base href="https://cdn.example/sub/">
    <LINK REL="Alternate" TYPE="application/feed+json" HREF="feed.json">
    <link rel="alternate" type="application/rss+xml; charset=utf-8" href="rss.xml">
    <link rel="alternate" type="application/atom+xml" href="//other.example/atom">
    <link rel="alternate" type="application/rss+xml" href="rss.xml">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
    <link rel="stylesheet" type="application/rss+xml" href="not-alternate.xml">
    </head></html>"""
    assert discover_feeds(html, "https://www.example/page") == [
        "https://cdn.example/sub/rss.xml",
        "https://other.example/atom",
        "https://cdn.example/sub/feed.json",
    ]


def test_discover_survives_broken_and_non_utf8_html() -> None:
    html = (
        b'<html><head><title>caf\xe9</title><link rel=alternate type=application/rss+xml href="/f\xe9ed.xml"<p>unclosed'
    )
    links = feed_links(html, "https://x.example/a/b")
    assert [link.url for link in links] in ([], ["https://x.example/f\xe9ed.xml"])
    assert discover_feeds(b"", "https://x.example/") == []
    assert discover_feeds(b"\x00\xff" * 1000, "https://x.example/") == []


def test_discovered_urls_with_control_characters_are_dropped() -> None:
    html = (
        b'<link rel="alternate" type="application/rss+xml" href="/a\x1b]0;pwned\x07.xml">'
        b'<link rel="alternate" type="application/rss+xml" href="http://[::1/x">'
        b'<link rel="alternate" type="application/rss+xml" href="/ok.xml">'
        b'<link rel="alternate" type="application/rss+xml" href="/my feed.xml">'
    )
    assert discover_feeds(html, "https://x.example/") == ["https://x.example/ok.xml", "https://x.example/my%20feed.xml"]


def test_discovered_titles_are_one_clean_line() -> None:
    html = b'<link rel="alternate" type="application/rss+xml" href="/f" title="[bold]Hi\x1b[31m\n there">'
    assert feed_links(html, "https://x.example/")[0].title == "[bold]Hi there"


@pytest.mark.parametrize(
    ("body", "content_type", "feed", "page"),
    [
        (RSS, "application/rss+xml", True, False),
        (RSS, "text/html", True, True),  # a feed served as text/html is still a feed
        (ATOM, None, True, False),
        (b'<?xml version="1.0"?>\n<!-- hi -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>', "application/xml", True, False),
        (PAGE, None, False, True),
        (b"\xef\xbb\xbf  <!doctype HTML><p>x", None, False, True),
        (b"<html><body>x</body></html>", "text/plain", False, True),
        (b"\x89PNG", "image/png", False, False),
    ],
)
def test_feed_and_page_sniffing(body: bytes, content_type: str | None, feed: bool, page: bool) -> None:
    assert looks_like_feed(body, content_type) is feed
    assert looks_like_html(body, content_type) is page


def test_slow_server_times_out_with_a_message(
    server: TestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[general]\ntimeout_seconds = 0.5\n", encoding="utf-8")
    url = server.add_route("/slow.xml", Response(body=RSS, delay=5))
    assert run_add(config, url) == 1
    err = capsys.readouterr().err
    assert url in err and "--no-check" in err


def test_add_checks_the_feed_through_the_configured_proxy(tmp_path: Path, config: Path) -> None:
    # feeds.test does not exist: a check that went around the proxy could not resolve it.
    with TestServer(tmp_path) as proxy:
        proxy.add_route("/world.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
        config.write_text(f'[general]\nproxy = "{proxy.base}"\n', encoding="utf-8")
        assert run_add(config, "http://feeds.test/world.xml") == 0
    assert [r.path for r in proxy.requests] == ["http://feeds.test/world.xml"]
    assert [feed.url for feed in load_config(config).feeds] == ["http://feeds.test/world.xml"]
