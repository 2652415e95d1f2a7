"""Shared helpers of the tests of `newstui refresh` as a citizen of the web: a config of feeds by URL,
`newstui refresh` run as a real process, and reads straight from the SQLite file."""

from __future__ import annotations

import email.utils
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cli_helpers import newstui
from httpserver import Response, TestServer
from newstui.model import Item
from newstui.store import Store

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour notes</title>'
    b"<link>http://harbour.test/</link><description>d</description>"
    b"<item><title>Ferry timetable changes for winter</title><guid>ferry-1</guid></item>"
    b"</channel></rss>"
)


def write_config(path: Path, urls: list[str], **general: object) -> Path:
    settings = {"fetch_full_articles": "false", "timeout_seconds": "5", **{k: str(v) for k, v in general.items()}}
    lines = ["[general]", *(f"{key} = {value}" for key, value in settings.items()), ""]
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(config: Path, db: Path, *args: str) -> tuple[int, str, str]:
    done = newstui("--config", str(config), "--db", str(db), "refresh", *args, cwd=config.parent, timeout=60)
    return done.returncode, done.stdout, done.stderr


def not_before(db: Path, url: str) -> datetime | None:
    """The stored "not before" of `url`, read straight from the file."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT not_before FROM feeds WHERE url = ?", (url,)).fetchone()
    finally:
        conn.close()
    assert row is not None, f"{url} is not in {db}"
    return None if row[0] is None else datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=row[0])


def http_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment.astimezone(UTC), usegmt=True)


def refreshed_items(tmp_path: Path, urls: list[str]) -> list[Item]:
    """Every item a `newstui refresh` of `urls` stored (a config and a cache in `tmp_path`),
    once the refresh ended with status 0."""
    db = tmp_path / "news.db"
    code, _, err = run(write_config(tmp_path / "config.toml", urls), db)
    assert code == 0, err
    store = Store.open(db, read_only=True)
    try:
        return store.items(limit=None)
    finally:
        store.close()


def served_and_refreshed(server: TestServer, tmp_path: Path, path: str, body: bytes, content_type: str) -> list[Item]:
    """`body` served at `path` as `content_type`, then refreshed_items of that one feed."""
    url = server.add_route(path, Response(200, {"Content-Type": content_type}, body))
    return refreshed_items(tmp_path, [url])
