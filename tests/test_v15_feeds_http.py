"""The HTTP side next to a newsboat-like reader: conditional GET (304 honoured, an ETag
that changes every time, an empty 200 for "nothing new"), redirects (301 remembered, 302
not), and a feed that breaks and comes back. Real `newstui refresh` processes over a
loopback server and the SQLite file they leave."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from citizen_helpers import run, write_config
from feed_builders import rss_document
from httpserver import Request, TestServer

RSS = "application/rss+xml"


def rss(*titles: str) -> bytes:
    items = "".join(f"<item><title>{t}</title><guid>{t.lower().replace(' ', '-')}</guid></item>" for t in titles)
    return rss_document(
        items, title="Canal news", channel="<link>http://canal.test/</link><description>d</description>"
    )


def stored(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(str(row[0]) for row in conn.execute("SELECT title FROM items"))
    finally:
        conn.close()


def feed_row(db: Path) -> tuple[str, str | None, str | None]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT url, last_error, etag FROM feeds").fetchone()
    finally:
        conn.close()
    return str(row[0]), row[1], row[2]


def test_an_empty_answer_to_a_conditional_request_is_asked_again(http_server: TestServer, tmp_path: Path) -> None:
    # The server answers If-None-Match with an empty 200 (not a 304). newstui kept its
    # validators and failed the feed on every refresh from then on.
    titles = ["Towpath reopens"]

    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        headers = {"Content-Type": RSS, "ETag": '"v1"'}
        return 200, headers, b"" if request.headers.get("if-none-match") else rss(*titles)

    url = http_server.add_route("/canal.rss", answer)
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    titles.append("Lock 5 painted")
    code, out, err = run(config, db)
    assert code == 0 and err == "", err
    assert out.startswith("1 feed ok, 0 failed, 1 new item")
    assert stored(db) == ["Lock 5 painted", "Towpath reopens"]
    sent = [r.headers.get("if-none-match") for r in http_server.requests_for("/canal.rss")]
    assert sent == [None, '"v1"', None]  # asked once more, without the validator


def test_304_is_honoured_and_a_changing_etag_costs_no_writes(http_server: TestServer, tmp_path: Path) -> None:
    served = {"n": 0}

    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        served["n"] += 1
        if request.headers.get("if-modified-since") == "Mon, 05 Oct 2026 09:00:00 GMT" and served["n"] == 2:
            return 304, {}, b""
        # A server that makes a new ETag for the same document every time.
        headers = {"Content-Type": RSS, "ETag": f'"e{served["n"]}"', "Last-Modified": "Mon, 05 Oct 2026 09:00:00 GMT"}
        return 200, headers, rss("Towpath reopens")

    url = http_server.add_route("/canal.rss", answer)
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    code, out, _ = run(config, db)
    assert out.startswith("1 feed ok, 0 failed, 0 new items (1 not modified")
    code, out, _ = run(config, db)
    assert out.startswith("1 feed ok, 0 failed, 0 new items") and "not modified" not in out
    code, out, _ = run(config, db)
    sent = [r.headers.get("if-none-match") for r in http_server.requests_for("/canal.rss")]
    assert sent == [None, '"e1"', '"e1"', '"e3"']  # a 304 keeps the validator; a 200 brings the new one
    assert stored(db) == ["Towpath reopens"]


def test_a_301_is_remembered_and_a_302_is_not(http_server: TestServer, tmp_path: Path) -> None:
    http_server.add_route("/new.rss", (200, {"Content-Type": RSS}, rss("Moved for good")))
    http_server.add_route("/today.rss", (200, {"Content-Type": RSS}, rss("Elsewhere today")))
    moved = http_server.add_route("/old.rss", (301, {"Location": http_server.url("/new.rss")}, b""))
    visiting = http_server.add_route("/usual.rss", (302, {"Location": http_server.url("/today.rss")}, b""))
    config = write_config(tmp_path / "config.toml", [moved, visiting])
    db = tmp_path / "news.db"
    code, _, err = run(config, db)
    assert f"{moved}: moved permanently to {http_server.url('/new.rss')}" in err
    run(config, db)
    assert len(http_server.requests_for("/old.rss")) == 1  # the second refresh went to the new URL
    assert len(http_server.requests_for("/new.rss")) == 2
    assert len(http_server.requests_for("/usual.rss")) == 2  # a 302 is asked again at the old URL


def test_a_feed_that_breaks_keeps_its_items_and_comes_back(http_server: TestServer, tmp_path: Path) -> None:
    state = {"body": rss("Towpath reopens"), "status": 200}

    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        return state["status"], {"Content-Type": RSS}, state["body"]  # type: ignore[return-value]

    url = http_server.add_route("/canal.rss", answer)
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    state.update(status=500, body=b"<html><body>Internal error</body></html>")
    code, out, err = run(config, db)
    assert code == 0 and out.startswith("0 feeds ok, 1 failed")
    assert err.startswith(f"{url}: HTTP 500")  # the error names its feed
    assert stored(db) == ["Towpath reopens"]  # the cached items stay
    assert feed_row(db)[1] is not None
    state.update(status=200, body=b"<rss version='2.0'><channel><title>Canal news</title><item><title>Half")
    code, out, err = run(config, db)
    assert stored(db) == ["Towpath reopens"] and url in err
    state.update(status=200, body=rss("Towpath reopens", "Lock 5 painted"))
    code, out, err = run(config, db)
    assert code == 0 and err == ""
    assert out.startswith("1 feed ok, 0 failed, 1 new item")
    assert feed_row(db)[1] is None  # the error is gone with the fault
