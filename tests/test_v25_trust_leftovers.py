"""Five leftovers of the trust work, each a way one bad thing spread past itself.

- A feed document cut off inside an item (a proxy's limit, a dropped connection) gave that
  half item to the cache under another key than the whole one (its guid came after the cut),
  and the next whole document brought the story a second time, beside it for good.
- A gzip body cut short inflated to the start of the document, and the feed's error said
  "malformed XML" instead of the truth: the download was incomplete. (It is still read as far
  as it goes: a server that leaves only the gzip trailer out sends a whole document.)
- A private header given as a bytearray failed with httpx's words ("Header value must be
  str or bytes"), and one holding a line break with h11's, which quote the value (often a
  credential).
- Two hard links to one database took two refresh locks: a cron refresh through one name and
  the app's through the other fetched every feed twice.
- whosaid imported the store's private `_statements` helper across packages.

Real loopback servers, real processes and SQLite files. Invented feeds.
"""

from __future__ import annotations

import ast
import asyncio
import gzip
import os
from pathlib import Path

import pytest

import newstui
from cli_helpers import feeds_config, newstui_on, refresh_lock_held
from httpserver import TestServer
from newstui.feeds.fetch import Fetcher, UnsendableRequest
from newstui.feeds.parse import parse_feed
from newstui.store import Store

RSS_TYPE = {"Content-Type": "application/rss+xml"}


def _item(n: int) -> str:
    # The guid comes last, as many feeds write it: a cut before it leaves a half item keyed otherwise.
    return (
        f"<item><title>Towpath closure {n}</title><link>https://canal.test/closures/{n}</link>"
        f"<pubDate>Tue, 0{n} Jun 2026 07:00:00 GMT</pubDate>"
        f"<description>The towpath by bridge {n} shuts for hedge work.</description>"
        f"<guid isPermaLink='false'>closure-{n}</guid></item>"
    )


WHOLE = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Towpath notices</title>'
    + "".join(_item(n) for n in (3, 2, 1))
    + "</channel></rss>"
).encode()


def _keys(db: Path) -> list[str]:
    with Store.open(db) as store:
        return store.run(lambda c: [row[0] for row in c.execute("SELECT key FROM items ORDER BY key")])


@pytest.mark.parametrize("cut_after", [b"<link>https://canal.test/closures/1", b"hedge work.</description>"])
def test_a_half_item_of_a_cut_document_never_becomes_a_second_copy(
    tmp_path: Path, http_server: TestServer, cut_after: bytes
) -> None:
    cut = WHOLE[: WHOLE.rindex(cut_after) + len(cut_after)]
    url = http_server.add_route("/towpath.xml", (200, RSS_TYPE, cut))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    first = newstui_on(config, db, "refresh")
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
    assert _keys(db) == ["g:closure-2", "g:closure-3"]  # the half item is left out
    http_server.add_route("/towpath.xml", (200, RSS_TYPE, WHOLE))
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _keys(db) == ["g:closure-1", "g:closure-2", "g:closure-3"]


def test_a_document_cut_anywhere_gives_only_whole_items_and_every_whole_one() -> None:
    """Every cut of an invented feed (items with attributes, guid last): no half item under a
    key of its own, and no whole item before the cut lost (a cut inside a start tag included)."""
    document = WHOLE.replace(b"<item>", b"<item xml:lang='en'>").decode()
    whole = {(item.guid, item.link) for item in parse_feed(document.encode(), "https://canal.test/feed").items}
    start = document.index("<item")
    for cut in range(start, len(document)):
        part = document[:cut]
        parsed = parse_feed(part.encode(), "https://canal.test/feed")
        keys = [(item.guid, item.link) for item in parsed.items]
        assert set(keys) <= whole, (part[-40:], keys)
        assert len(keys) >= part.count("</item>"), (part[-40:], keys)


def test_a_gzip_body_cut_short_is_said_to_be_a_cut_download(tmp_path: Path, http_server: TestServer) -> None:
    packed = gzip.compress(WHOLE * 40)  # large enough that half of it inflates to a document start
    url = http_server.add_route("/packed.xml", (200, {**RSS_TYPE, "Content-Encoding": "gzip"}, gzip.compress(WHOLE)))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    assert newstui_on(config, db, "refresh").returncode == 0
    saved = _keys(db)
    assert len(saved) == 3
    http_server.add_route("/packed.xml", (200, {**RSS_TYPE, "Content-Encoding": "gzip"}, packed[: len(packed) // 2]))
    cut = newstui_on(config, db, "refresh")
    assert "Traceback" not in cut.stderr, cut.stderr
    said = cut.stdout + cut.stderr
    assert url in said and "cut short" in said and "malformed" not in said, said
    assert _keys(db) == saved  # nothing saved is lost


def test_a_gzip_body_missing_only_its_trailer_is_read_without_a_word(tmp_path: Path, http_server: TestServer) -> None:
    """Some servers leave the gzip trailer (checksum and length) out: the document is whole."""
    url = http_server.add_route(
        "/trailerless.xml", (200, {**RSS_TYPE, "Content-Encoding": "gzip"}, gzip.compress(WHOLE)[:-8])
    )
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    done = newstui_on(config, db, "refresh")
    assert done.returncode == 0 and url not in done.stdout + done.stderr, done.stdout + done.stderr
    assert len(_keys(db)) == 3


def _serve_once(http_server: TestServer, headers: list[tuple[str, str | bytes | bytearray]]) -> str:
    url = http_server.add_route("/private.xml", (200, RSS_TYPE, WHOLE))

    async def fetch() -> str:
        async with Fetcher() as fetcher:
            result = await fetcher.fetch(url, headers=headers)
        return str(result.status)

    return asyncio.run(fetch())


def test_a_header_value_given_as_bytes_or_a_bytearray_is_sent(http_server: TestServer) -> None:
    assert _serve_once(http_server, [("X-Lock-Key", bytearray(b"paddle-7")), ("X-Gate", b"north")]) == "200"
    (request,) = http_server.requests_for("/private.xml")
    assert request.headers["x-lock-key"] == "paddle-7" and request.headers["x-gate"] == "north"


@pytest.mark.parametrize("value", ["paddle\r\nX-Evil: 1", "paddle-\u00e9", 7])
def test_a_header_that_cannot_be_sent_is_named_and_its_value_never_shown(
    http_server: TestServer, value: object
) -> None:
    with pytest.raises(UnsendableRequest) as caught:
        _serve_once(http_server, [("X-Lock-Key", value)])  # type: ignore[list-item]
    said = str(caught.value)
    assert "X-Lock-Key" in said and "paddle" not in said and "Header value must" not in said, said
    assert http_server.requests_for("/private.xml") == []  # nothing was sent


def test_a_refresh_through_one_hard_link_waits_for_one_through_another(
    tmp_path: Path, http_server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))  # the children inherit it
    url = http_server.add_route("/towpath.xml", (200, RSS_TYPE, WHOLE))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    mine, synced = tmp_path / "mine", tmp_path / "synced"
    mine.mkdir()
    synced.mkdir()
    db = mine / "news.db"
    assert newstui_on(config, db, "list").returncode == 0  # the cache exists
    os.link(db, synced / "news.db")
    with refresh_lock_held(db, tmp_path) as holder:
        done = newstui_on(config, synced / "news.db", "refresh")
        assert done.returncode == 0, done.stderr
        assert "already refreshing" in done.stderr and f"pid {holder.pid}" in done.stderr, done.stderr
        assert http_server.requests_for("/towpath.xml") == []  # nothing fetched
    assert holder.returncode == 0
    assert newstui_on(config, synced / "news.db", "refresh").returncode == 0  # released: the next one runs
    assert len(http_server.requests_for("/towpath.xml")) == 1


def test_no_module_imports_another_packages_private_name() -> None:
    """A `_name` is its package's own business: a helper another package needs gets a public name."""
    root = Path(newstui.__file__).parent  # the tree under test
    crossing: list[str] = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        package = ".".join(parts[:2])  # newstui.store, newstui.whosaid, ...
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newstui."):
                source = ".".join(node.module.split(".")[:2])
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__") and source != package:
                        crossing.append(f"{'.'.join(parts)} imports {node.module}.{alias.name}")
    assert crossing == []
