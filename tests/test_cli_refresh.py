"""`newstui refresh` run as a real process against the loopback server."""

from __future__ import annotations

import io
import re
from pathlib import Path

from cli_helpers import newstui
from feed_builders import rss_document
from httpserver import Response, TestServer, refused_url
from newstui.cli.refresh import Reporter
from newstui.feeds.refresh import FeedFailure, ProgressEvent, RefreshSummary


def write_config(path: Path, urls: list[str], *, full_articles: bool = False) -> Path:
    general = f"[general]\ntimeout_seconds = 5\nfetch_full_articles = {str(full_articles).lower()}\n\n"
    path.write_text(general + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls), encoding="utf-8")
    return path


def test_refresh_prints_errors_and_a_summary_and_exits_0(http_server: TestServer, tmp_path: Path) -> None:
    http_server.add_route("/gone.xml", (404, {}, b""))
    dead = refused_url()
    urls = [http_server.url("feeds/rss2.xml"), http_server.url("feeds/atom.xml"), http_server.url("gone.xml"), dead]
    config = write_config(tmp_path / "config.toml", urls)
    db = tmp_path / "cache.db"
    first = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("2 feeds ok, 2 failed, 5 new items")
    assert f"{http_server.url('gone.xml')}: HTTP 404 Not Found" in first.stderr.splitlines()
    assert f"{dead}: connection refused" in first.stderr.splitlines()
    assert "\r" not in first.stderr  # not a terminal: no progress bar

    second = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert second.returncode == 0
    assert second.stdout.startswith("2 feeds ok, 2 failed, 0 new items (2 not modified")

    listed = newstui("--config", str(config), "--db", str(db), "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 5


def test_refresh_one_feed(http_server: TestServer, tmp_path: Path) -> None:
    urls = [http_server.url("feeds/rss2.xml"), http_server.url("feeds/rss1.rdf")]
    config = write_config(tmp_path / "config.toml", urls)
    result = newstui(
        "--config", str(config), "--db", str(tmp_path / "c.db"), "refresh", "--feed", urls[1], "--verbose", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{urls[1]}: 2 items", result.stdout.splitlines()[-1]]
    assert result.stdout.splitlines()[-1].startswith("1 feed ok, 0 failed, 2 new items")
    assert http_server.requests_for("/feeds/rss2.xml") == []


def test_config_error_exits_2_naming_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nurl = "ftp://nope.example/feed"\n', encoding="utf-8")
    result = newstui("--config", str(config), "--db", str(tmp_path / "c.db"), "refresh", cwd=tmp_path)
    assert result.returncode == 2
    assert str(config) in result.stderr


def test_unknown_feed_exits_2(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.toml", ["http://127.0.0.1:9/feed.xml"])
    result = newstui(
        "--config", str(config), "--db", str(tmp_path / "c.db"), "refresh", "--feed", "http://other.test/", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "no feed http://other.test/ in the config" in result.stderr


def test_database_error_exits_2_and_leaves_the_file_alone(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.toml", [])
    db = tmp_path / "not-a-db.db"
    db.write_bytes(b"this is somebody's notes, not SQLite" * 100)
    before = db.read_bytes()
    result = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert result.returncode == 2
    assert str(db) in result.stderr
    assert db.read_bytes() == before


def test_progress_bar_on_a_terminal() -> None:
    out, err = io.StringIO(), io.StringIO()
    report = Reporter(out, err, tty=True)
    report.progress(ProgressEvent(url="http://a.test/feed", done=1, total=4, ok=True, items=3))
    report.progress(ProgressEvent(url="http://b.test/\x1b[31mfeed", done=2, total=4, ok=False, error="HTTP 500"))
    report.progress(ProgressEvent(url="http://c.test/feed", done=4, total=4, ok=True, not_modified=True))
    failed = [FeedFailure("http://b.test/", "HTTP 500")]
    report.summary(RefreshSummary(total=4, ok=3, not_modified=1, failed=failed, new_items=3))
    text = err.getvalue()
    assert "\r[" + "#" * 7 in text and "] 1/4" in text
    assert "] 4/4" in text and "#" * 30 in text
    assert "http://b.test/[31mfeed: HTTP 500\n" not in text  # the escape is gone, not half-kept
    assert "http://b.test/feed: HTTP 500\n" in text
    assert "\x1b[31m" not in text
    assert out.getvalue().startswith("3 feeds ok, 1 failed, 3 new items")


def test_plain_lines_without_a_terminal() -> None:
    out, err = io.StringIO(), io.StringIO()
    report = Reporter(out, err, tty=False)
    report.progress(ProgressEvent(url="http://a.test/feed", done=1, total=2, ok=True, items=3))
    report.progress(ProgressEvent(url="http://b.test/feed", done=2, total=2, ok=True, moved_to="http://c.test/feed"))
    assert "\r" not in err.getvalue()
    moved = "http://b.test/feed: moved permanently to http://c.test/feed; the cache now uses the new URL\n"
    assert err.getvalue() == moved


PAGE = (Path(__file__).parent / "data" / "pages" / "h2_sections_figure.html").read_bytes()


def test_unsaved_feeds_and_pages_left_are_reported() -> None:
    from newstui.feeds.articles import ArticleFailure, ArticleSummary

    out, err = io.StringIO(), io.StringIO()
    report = Reporter(out, err, tty=False, verbose=True)
    lost = FeedFailure("http://a.test/feed", "could not be saved: /x/c.db: database is locked")
    report.summary(RefreshSummary(total=2, ok=1, not_modified=0, failed=[lost], not_saved=[lost], new_items=3))
    report.articles(
        ArticleSummary(
            from_page=2, failed=[ArticleFailure(7, "http://b.test/p", "http://b.test/p: HTTP 404 Not Found")], left=5
        )
    )
    assert err.getvalue().splitlines() == [
        "http://a.test/feed: could not be saved: /x/c.db: database is locked",
        "http://b.test/p: HTTP 404 Not Found",
    ]
    assert out.getvalue().splitlines()[0].startswith("1 feed ok, 1 failed, 3 new items (1 not saved: database error, ")
    assert out.getvalue().splitlines()[1] == (
        "2 articles saved for offline reading (2 from their pages, 0 from the feed), 1 page could not be fetched, "
        "5 pages left when the time for articles ran out (retried next time)"
    )


def _feed_linking_to(pages: dict[str, str]) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid></item>" for title, link in pages.items()
    )
    return rss_document(items, title="Pages")


def test_refresh_saves_new_articles_for_offline_reading(http_server: TestServer, tmp_path: Path) -> None:
    from newstui.extract import EXTRACTOR_VERSION
    from newstui.store import Store

    http_server.add_route("/missing.html", (404, {}, b""))
    feed = _feed_linking_to(
        {
            "Sections": http_server.url("pages/h2_sections_figure.html"),
            "Quotes": http_server.url("pages/multi_paragraph_quotes.html"),
            "Gone": http_server.url("missing.html"),
        }
    )
    url = http_server.add_route("/pages.xml", (200, {"Content-Type": "application/rss+xml"}, feed))
    config = write_config(tmp_path / "config.toml", [url], full_articles=True)
    db = tmp_path / "cache.db"

    result = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 feed ok, 0 failed, 3 new items")
    assert lines[1].startswith("2 articles saved for offline reading (2 from their pages, 0 from the feed)")
    assert "1 page could not be fetched" in lines[1]
    assert len(http_server.requests_for("/pages/h2_sections_figure.html")) == 1

    store = Store.open(db)
    try:
        saved = {item.title: store.article(item.id, EXTRACTOR_VERSION) for item in store.items()}
    finally:
        store.close()
    assert saved["Gone"] is None
    assert saved["Sections"] is not None and saved["Sections"].source == "page"
    assert saved["Quotes"] is not None and saved["Quotes"].quotes

    # No new item: the next run retries the failed page (only it), and -v names it with its error.
    again = newstui("--config", str(config), "--db", str(db), "refresh", "-v", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[-2].startswith("1 feed ok, 0 failed, 0 new items")
    assert lines[-1] == (
        "0 articles saved for offline reading (0 from their pages, 0 from the feed), "
        "1 page could not be fetched (retried next time)"
    )
    assert f"{http_server.url('missing.html')}: HTTP 404 Not Found" in again.stderr.splitlines()
    assert len(http_server.requests_for("/missing.html")) == 2
    assert len(http_server.requests_for("/pages/h2_sections_figure.html")) == 1

    # The page is back: the third run saves it, and a fourth has nothing left to do.
    http_server.routes.pop("/missing.html")
    http_server.add_route("/missing.html", lambda request: Response(200, {"Content-Type": "text/html"}, PAGE))
    third = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert third.stdout.splitlines()[-1].startswith("1 article saved for offline reading (1 from their pages")
    fourth = newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)
    assert len(fourth.stdout.splitlines()) == 1  # nothing new, nothing to retry: no article line


def test_no_articles_flag_skips_the_pages(http_server: TestServer, tmp_path: Path) -> None:
    feed = _feed_linking_to({"Sections": http_server.url("pages/h2_sections_figure.html")})
    url = http_server.add_route("/pages.xml", (200, {"Content-Type": "application/rss+xml"}, feed))
    config = write_config(tmp_path / "config.toml", [url], full_articles=True)
    result = newstui("--config", str(config), "--db", str(tmp_path / "c.db"), "refresh", "--no-articles", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert http_server.requests_for("/pages/h2_sections_figure.html") == []


def test_hostile_feeds_and_pages_give_error_lines_never_a_traceback(http_server: TestServer, tmp_path: Path) -> None:
    from httpserver import HostileServer, drip, raw, silent

    def answer(head: bytes, body: bytes = b"") -> bytes:
        return b"HTTP/1.1 " + head + b"\r\nConnection: close\r\nContent-Length: %d\r\n\r\n" % len(body) + body

    rot13 = b'<html><head><meta charset="rot13"></head><body><p>' + b"caf\xe9 " * 200 + b"</p></body></html>"
    with HostileServer() as hostile:
        pages = {
            "Good": http_server.url("pages/h2_sections_figure.html"),
            "Rot13": hostile.add("/rot13", raw(answer(b"200 OK\r\nContent-Type: text/html", rot13))),
            "Port": "http://127.0.0.1:99999/story",
            "Javascript": hostile.add("/js", raw(answer(b"302 Found\r\nLocation: javascript:alert(1)"))),
            "Silent": hostile.add("/silent-page", silent()),
        }
        good = http_server.add_route(
            "/pages.xml", (200, {"Content-Type": "application/rss+xml"}, _feed_linking_to(pages))
        )
        bad = [
            hostile.add("/drip", drip(b"x" * 100, every=0.5)),
            hostile.add("/boom", raw(answer(b"500 Internal Server Error"))),
            hostile.add("/redirect", raw(answer(b"301 Moved\r\nLocation: http://[::1/feed"))),
            hostile.add("/garbage", raw(answer(b"200 OK\r\nX-Junk: a\x00b"))),
        ]
        etag_feed = hostile.add("/etag", raw(answer(b'200 OK\r\nETag: "caf\xe9"', _feed_linking_to({}))))
        config = tmp_path / "config.toml"
        config.write_text(
            "[general]\ntimeout_seconds = 1\nfetch_full_articles = true\n\n"
            + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in [good, etag_feed, *bad]),
            encoding="utf-8",
        )
        db = str(tmp_path / "c.db")
        first = newstui("--config", str(config), "--db", db, "refresh", "-v", cwd=tmp_path)
        second = newstui("--config", str(config), "--db", db, "refresh", "-v", cwd=tmp_path)
    for result in (first, second):
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        errors = result.stderr.splitlines()
        for url in bad:
            assert any(line.startswith(url + ": ") for line in errors), (url, errors)
        assert not any(line.startswith(etag_feed) for line in errors)  # the feed with a non-ASCII ETag keeps working
    lines = first.stdout.splitlines()
    assert any(line.startswith("2 feeds ok, 4 failed, 5 new items") for line in lines), lines
    # The rot13 page fails or (with a decoder that copes) is saved: either way it is that page's business.
    assert re.match(
        r"([12]) articles saved for offline reading \(\1 from their pages, 0 from the feed\), [34] pages could not",
        lines[-1],
    ), lines
    errors = first.stderr.splitlines()
    for title in ("Port", "Javascript", "Silent"):
        assert any(line.startswith(pages[title] + ": ") for line in errors), (title, errors)
    # The second run retries the failed pages (and only them).
    assert re.match(
        r"0 articles saved .*, [34] pages could not be fetched \(retried next time\)$", second.stdout.splitlines()[-1]
    )
