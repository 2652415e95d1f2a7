"""Hostile servers on loopback, through a real `newstui refresh`: each bad answer is one line
naming the feed's URL, short enough to read, and it says the limit the user set.

- A redirect to a 100 kB Location that cannot be requested put the whole address in the
  error: a 100 kB line on the terminal at every refresh, and in `newstui feeds`.
- `max_response_mb = 10` (MiB, as the config says) was reported as "over the 10.4858 MB limit".
"""

from __future__ import annotations

import gzip
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from httpserver import HostileServer, raw
from httpserver import hostile as hostile  # noqa: F401 - the fixture
from newstui.model import ItemFilter
from newstui.store import Store

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>'
    b"<item><title>Fine</title><guid>g1</guid><link>http://127.0.0.1:9/1</link></item></channel></rss>"
)


def _answer(status: bytes, headers: bytes, body: bytes = b"") -> bytes:
    return b"HTTP/1.1 " + status + b"\r\nConnection: close\r\n" + headers + b"\r\n" + body


def test_a_huge_redirect_address_is_cut_in_the_error_line_and_the_stored_error(
    tmp_path: Path, hostile: HostileServer
) -> None:
    long_path = b"/" + b"a" * 100_000
    bad = hostile.add("/moved", raw(_answer(b"302 Found", b"Location: " + long_path + b"\r\nContent-Length: 0\r\n")))
    good = hostile.add("/good", raw(_answer(b"200 OK", b"Content-Length: %d\r\n" % len(RSS), RSS)))
    config = tmp_path / "config.toml"
    feeds_config(config, [bad, good])
    db = tmp_path / "news.db"
    done = newstui_on(config, db, "refresh")
    assert "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith(bad)]
    assert "URL too long" in line and len(line) < 600
    listed = newstui_on(config, db, "feeds")
    assert max(len(line) for line in (listed.stdout + listed.stderr).splitlines()) < 800
    with Store.open(db) as store:
        feed = store.feed(bad)
        assert feed is not None and feed.last_error is not None and len(feed.last_error) < 600
        assert [i.title for i in store.items(ItemFilter("feed", good), limit=10)] == ["Fine"]


def test_the_size_limit_is_said_as_the_config_gives_it(tmp_path: Path, hostile: HostileServer) -> None:
    bomb = gzip.compress(b"\0" * 3 * 1024 * 1024, compresslevel=9)
    url = hostile.add(
        "/bomb",
        raw(_answer(b"200 OK", b"Content-Encoding: gzip\r\nContent-Length: %d\r\n" % len(bomb), bomb)),
    )
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nmax_response_mb = 2\n[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "refresh")
    assert f"{url}: response is over the 2 MB limit" in done.stderr
