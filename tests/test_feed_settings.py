"""Per-feed settings through the real fetcher, refresh and store: headers, basic auth
(from the environment or a command), user agent, proxies."""

from __future__ import annotations

import asyncio
import base64
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from httpserver import Response, TestServer
from newstui.config import parse_config
from newstui.feeds.fetch import Fetcher, same_site
from newstui.feeds.refresh import refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

SECRET = "s3cr3t-pässword"


def config_text(url: str, extra: str = "", general: str = "") -> str:
    return (
        f'[general]\ntimeout_seconds = 5\nfetch_full_articles = false\n{general}\n[[feeds]]\nurl = "{url}"\n{extra}\n'
    )


def refresh(tmp_path: Path, text: str) -> tuple[object, Store]:
    config = parse_config(text, tmp_path / "config.toml")
    store = Store.open(tmp_path / "cache.db")
    summary = asyncio.run(refresh_feeds(config, store, workers=0))
    return summary, store


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# --------------------------------------------------------------------------- same host only


def test_same_site_rules() -> None:
    assert same_site("http://a.example/feed", "http://A.example:80/other")
    assert same_site("http://a.example/feed", "https://a.example/feed")  # upgrade is fine
    assert not same_site("https://a.example/feed", "http://a.example/feed")  # never down to http
    assert not same_site("http://a.example/feed", "http://b.example/feed")
    assert not same_site("http://a.example:8080/feed", "http://a.example:8081/feed")
    assert not same_site("http://a.example/feed", "http://a.example.evil.test/feed")


def test_headers_and_auth_go_to_the_feed_host_only(http_server: TestServer, tmp_path: Path) -> None:
    with TestServer() as other:
        elsewhere = other.url("feeds/rss2.xml")
        http_server.add_route("/away.xml", (302, {"Location": elsewhere}, b""))
        http_server.add_route("/here.xml", (302, {"Location": "/feeds/rss2.xml"}, b""))

        async def go() -> None:
            async with Fetcher(timeout=5) as fetcher:
                options = {"headers": (("Cookie", "session=42"),), "auth": ("me", SECRET), "user_agent": "mine/1"}
                await fetcher.fetch(http_server.url("here.xml"), **options)  # type: ignore[arg-type]
                await fetcher.fetch(http_server.url("away.xml"), **options)  # type: ignore[arg-type]

        asyncio.run(go())
        for request in http_server.requests:
            assert request.headers["cookie"] == "session=42"
            assert request.headers["authorization"] == basic("me", SECRET)
            assert request.headers["user-agent"] == "mine/1"
        (redirected,) = other.requests
        assert "cookie" not in redirected.headers and "authorization" not in redirected.headers
        assert redirected.headers["user-agent"] == "mine/1"  # not a secret: it follows the redirect


# --------------------------------------------------------------------------- through a refresh


def test_password_from_the_environment(
    http_server: TestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEED_PW", SECRET)
    url = http_server.url("feeds/rss2.xml")
    extra = 'headers = { Cookie = "a=b" }\nauth = { user = "me", password_env = "FEED_PW" }\nuser_agent = "Agent/2"'
    summary, store = refresh(tmp_path, config_text(url, extra))
    assert summary.ok == 1  # type: ignore[attr-defined]
    (request,) = http_server.requests
    assert request.headers["authorization"] == basic("me", SECRET)
    assert request.headers["cookie"] == "a=b"
    assert request.headers["user-agent"] == "Agent/2"
    store.close()


def test_a_missing_password_fails_the_feed_and_names_the_variable(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("feeds/rss2.xml")
    summary, store = refresh(tmp_path, config_text(url, 'auth = { user = "me", password_env = "NEWSTUI_NO_SUCH_PW" }'))
    (failure,) = summary.failed  # type: ignore[attr-defined]
    assert "NEWSTUI_NO_SUCH_PW is not set" in failure.error
    assert http_server.requests == []  # nothing sent without the password
    store.close()


def test_password_from_a_command_run_without_a_shell(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("feeds/rss2.xml")
    marker = tmp_path / "ran"
    # `;` and `$(...)` would do something in a shell; as one argument they are plain text.
    script = f"import sys; open({str(marker)!r}, 'w').write(sys.argv[1]); print({SECRET!r}); print('line two')"
    command = f'["{sys.executable}", "-c", "{script}", "a; touch x $(id)"]'.replace("\\", "\\\\")
    summary, store = refresh(tmp_path, config_text(url, f'auth = {{ user = "me", password_command = {command} }}'))
    assert summary.ok == 1, summary.failed  # type: ignore[attr-defined]
    assert marker.read_text() == "a; touch x $(id)"
    assert not (tmp_path / "x").exists()
    assert http_server.requests[0].headers["authorization"] == basic("me", SECRET)
    store.close()


def test_a_failing_password_command_never_shows_its_output(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("feeds/rss2.xml")
    script = f"import sys; print({SECRET!r}); print('not in the password store', file=sys.stderr); sys.exit(3)"
    command = f'["{sys.executable}", "-c", "{script}"]'
    summary, store = refresh(tmp_path, config_text(url, f'auth = {{ user = "me", password_command = {command} }}'))
    (failure,) = summary.failed  # type: ignore[attr-defined]
    assert "exit status 3" in failure.error and "not in the password store" in failure.error
    assert SECRET not in failure.error
    assert SECRET not in (store.feed(url).last_error or "")  # type: ignore[union-attr]
    store.close()


def test_a_password_command_that_hangs_is_stopped(
    http_server: TestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newstui.feeds.refresh

    monkeypatch.setattr(newstui.feeds.refresh, "PASSWORD_COMMAND_TIMEOUT", 0.5)
    monkeypatch.setattr(newstui.feeds.refresh.resolve_password, "__defaults__", (0.5,))
    url = http_server.url("feeds/rss2.xml")
    command = f'["{sys.executable}", "-c", "import time; time.sleep(30)"]'
    summary, store = refresh(tmp_path, config_text(url, f'auth = {{ user = "me", password_command = {command} }}'))
    (failure,) = summary.failed  # type: ignore[attr-defined]
    assert "took more than 0.5 s" in failure.error
    store.close()


def test_credentials_do_not_follow_a_permanent_move_to_another_host(
    http_server: TestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEED_PW", SECRET)
    with TestServer() as other:
        http_server.add_route("/moved.xml", (301, {"Location": other.url("feeds/rss2.xml")}, b""))
        url = http_server.url("moved.xml")
        text = config_text(url, 'auth = { user = "me", password_env = "FEED_PW" }\nheaders = { Cookie = "c=1" }')
        summary, store = refresh(tmp_path, text)
        assert summary.moved  # type: ignore[attr-defined]
        store.close()
        summary, store = refresh(tmp_path, text)  # now fetched at the new URL directly
        assert len(other.requests) == 2
        for request in other.requests:
            assert "authorization" not in request.headers and "cookie" not in request.headers
        store.close()


def test_a_password_in_the_config_is_refused(tmp_path: Path) -> None:
    from newstui.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_config(config_text("https://a.example/feed", 'auth = { user = "me", password = "hunter2" }'), "c.toml")
    assert "password_env" in str(caught.value) and "hunter2" not in str(caught.value)


# --------------------------------------------------------------------------- proxies


class _Proxy:
    """A tiny forwarding HTTP proxy on 127.0.0.1 that records the absolute URLs it is asked for."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy.seen.append(self.path)
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection", "host")
                }
                request = urllib.request.Request(self.path, headers=headers)
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                try:
                    with opener.open(request, timeout=5) as answer:
                        status, body = answer.status, answer.read()
                        content_type = answer.headers.get("Content-Type", "application/xml")
                except urllib.error.HTTPError as error:
                    status, body, content_type = error.code, b"", "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy() -> Iterator[_Proxy]:
    running = _Proxy()
    yield running
    running.stop()


@pytest.fixture
def no_env_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def test_the_environment_proxy_is_used(
    http_server: TestServer, proxy: _Proxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env_proxy: None
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    url = http_server.url("feeds/rss2.xml")
    summary, store = refresh(tmp_path, config_text(url))
    assert summary.ok == 1, summary.failed  # type: ignore[attr-defined]
    assert proxy.seen == [url]
    assert store.count_items(ItemFilter("feed", url)) > 0
    store.close()


def test_no_proxy_bypasses_the_environment_proxy(
    http_server: TestServer, proxy: _Proxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env_proxy: None
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    summary, store = refresh(tmp_path, config_text(http_server.url("feeds/rss2.xml")))
    assert summary.ok == 1 and proxy.seen == []  # type: ignore[attr-defined]
    store.close()


def test_the_config_proxy_and_none(
    http_server: TestServer, proxy: _Proxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env_proxy: None
) -> None:
    url = http_server.url("feeds/rss2.xml")
    summary, store = refresh(tmp_path, config_text(url, general=f'proxy = "{proxy.url}"'))
    assert summary.ok == 1 and proxy.seen == [url]  # type: ignore[attr-defined]
    store.close()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    http_server.add_route(
        "/feeds/other.xml",
        Response(
            200, {"Content-Type": "application/xml"}, (Path(__file__).parent / "data/feeds/rss2.xml").read_bytes()
        ),
    )
    other = http_server.url("feeds/other.xml")
    (tmp_path / "two").mkdir()
    summary, store = refresh(tmp_path / "two", config_text(other, general='proxy = "none"'))
    assert summary.ok == 1 and proxy.seen == [url]  # type: ignore[attr-defined]
    store.close()


# --------------------------------------------------------------------------- config checks


def test_bad_per_feed_and_general_values_are_named_with_their_line() -> None:
    from newstui.errors import ConfigError

    text = (
        '[general]\nfeed_order = "alpha"\nproxy = "ftp://p.example"\nnotify_command = "notify-send"\nkeep_days = -1\n\n'
        '[[feeds]]\nurl = "https://a.example/feed"\nheaders = { "Bad Name" = "x" }\n\n'
        '[[feeds]]\nurl = "https://b.example/feed"\nheaders = { Host = "y" }\n\n'
        '[[feeds]]\nurl = "https://c.example/feed"\nuser_agent = "caf\\u00e9"\n\n'
        '[[feeds]]\nurl = "https://d.example/feed"\nauth = { user = "me" }\n\n'
        '[[feeds]]\nurl = "https://e.example/feed"\nmax_items = "10"\n\n'
        '[[feeds]]\nurl = "https://f.example/feed"\nsite_url = "javascript:alert(1)"\n'
    )
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "c.toml")
    message = str(caught.value)
    for expected in (
        "line 2: general.feed_order: must be 'config' or 'title'",
        "line 3: general.proxy: must be",
        "line 4: general.notify_command: must be a list of strings",
        "line 5: general.keep_days: must be at least 0",
        'line 9: feeds[1].headers."Bad Name": not a valid HTTP header name',
        "line 13: feeds[2].headers.Host: newstui sets this header itself",
        "line 17: feeds[3].user_agent: must be plain ASCII",
        "line 21: feeds[4].auth: needs exactly one of password_env or password_command",
        "line 25: feeds[5].max_items: must be a whole number",
        "line 29: feeds[6].site_url: not an http(s) URL",
    ):
        assert expected in message, (expected, message)


def test_per_feed_settings_fall_back_to_general() -> None:
    config = parse_config(
        "[general]\nmax_items = 50\nkeep_days = 30\nfetch_full_articles = false\n\n"
        '[[feeds]]\nurl = "https://a.example/feed"\nmax_items = 0\ndelete_unread = true\nfetch_full_articles = true\n\n'
        '[[feeds]]\nurl = "https://b.example/feed"\n',
        "c.toml",
    )
    a, b = config.feeds
    assert config.retention_for(a) == (0, 30, True) and config.retention_for(b) == (50, 30, False)
    assert config.wants_articles(a.url) and not config.wants_articles(b.url)


def test_only_feeds_that_want_articles_get_their_pages_fetched(http_server: TestServer, tmp_path: Path) -> None:
    import os
    import subprocess

    pages = b"<html><body><article><h1>Story</h1><p>" + b"Words of the story. " * 40 + b"</p></article></body></html>"
    for n in range(2):
        http_server.add_route(f"/a/{n}", (200, {"Content-Type": "text/html"}, pages))
        http_server.add_route(f"/b/{n}", (200, {"Content-Type": "text/html"}, pages))

    def feed(name: str) -> bytes:
        items = "".join(
            f"<item><title>{name} {n}</title><link>{http_server.url(f'{name}/{n}')}</link><guid>{name}{n}</guid></item>"
            for n in range(2)
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>'.encode()

    a = http_server.add_route("/a.xml", (200, {"Content-Type": "application/rss+xml"}, feed("a")))
    b = http_server.add_route("/b.xml", (200, {"Content-Type": "application/rss+xml"}, feed("b")))
    config = tmp_path / "config.toml"
    config.write_text(
        "[general]\ntimeout_seconds = 5\nfetch_full_articles = true\n\n"
        f'[[feeds]]\nurl = "{a}"\n\n[[feeds]]\nurl = "{b}"\nfetch_full_articles = false\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(tmp_path / "c.db"), "refresh"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr
    assert "2 articles saved" in done.stdout, done.stdout
    assert len(http_server.requests_for("/a/0")) == 1 and http_server.requests_for("/b/0") == []


def test_a_password_command_shared_by_feeds_runs_once_per_refresh(http_server: TestServer, tmp_path: Path) -> None:
    count = tmp_path / "count"
    script = f"open({str(count)!r}, 'a').write('x'); print({SECRET!r})"
    command = f'["{sys.executable}", "-c", "{script}"]'
    auth = f'auth = {{ user = "me", password_command = {command} }}'
    text = (
        f"[general]\ntimeout_seconds = 5\nfetch_full_articles = false\n\n"
        f'[[feeds]]\nurl = "{http_server.url("feeds/rss2.xml")}"\n{auth}\n\n'
        f'[[feeds]]\nurl = "{http_server.url("feeds/atom.xml")}"\n{auth}\n'
    )
    config = parse_config(text, tmp_path / "config.toml")
    with Store.open(tmp_path / "cache.db") as store:
        summary = asyncio.run(refresh_feeds(config, store, workers=0))
    assert summary.ok == 2 and count.read_text() == "x"
    assert all(r.headers["authorization"] == basic("me", SECRET) for r in http_server.requests)
