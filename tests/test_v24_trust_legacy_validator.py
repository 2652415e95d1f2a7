"""A validator stored by an older newstui that a header cannot carry makes the request
unconditional; a 304 to it is then the feed's error, as any 304 to a request that sent no
ETag or date (version 23), never "ok".

Older versions stored an ETag or Last-Modified as the server sent it, bytes a header cannot
carry (non-ASCII, control characters) included. The fetcher drops such a value and asks
unconditionally, but the refresh counted the request conditional because a value was stored:
a server answering 304 to everything left the feed "ok" with no item, refresh after refresh.
A real cache file holding such a row, a real loopback server, `newstui` as a real process.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli_helpers import feeds_config, newstui_on
from httpserver import TestServer

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Orchard notes</title>'
    b"<item><title>Pear trees pruned</title><guid>pears</guid></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("etag", "last_modified"),
    [('"r\u00e9colte"', None), (None, "Tue, 03 Mar 2026 10:00:00 GMT\x01"), ("\t \t", "\u00a0")],
)
def test_a_304_to_a_legacy_unsendable_validator_is_the_feeds_error(
    tmp_path: Path, http_server: TestServer, etag: str | None, last_modified: str | None
) -> None:
    url = http_server.add_route("/orchard.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    first = newstui_on(config, db, "refresh")
    assert first.returncode == 0, first.stderr
    # What an older version left in the feed's row.
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE url = ?", (etag, last_modified, url))
    conn.close()
    sent: list[dict[str, str]] = []

    def always_304(request: object) -> tuple[int, dict[str, str], bytes]:
        sent.append(dict(request.headers))  # type: ignore[attr-defined]
        return (304, {}, b"")

    http_server.add_route("/orchard.xml", always_304)
    done = newstui_on(config, db, "refresh")
    assert "Traceback" not in done.stderr, done.stderr
    assert sent and not any(k.lower() in ("if-none-match", "if-modified-since") for k in sent[-1]), sent
    assert f"{url}: " in done.stderr and "304" in done.stderr, done.stderr
    listed = newstui_on(config, db, "feeds")
    line = next(line for line in listed.stdout.splitlines() if url in line)
    assert line.startswith("error"), listed.stdout
