"""Review of the trust work (v25): a cut document, read as far as it goes, must not be
remembered as the whole one.

- `ends_inside_item` looked for item tags in the raw bytes, also inside comments and CDATA
  sections, which are text: a broken document ending with a comment that mentions "<item>"
  lost its last whole item (and was said to be cut), and a cut item whose description's CDATA
  mentions "</item>" was kept as a half item.
- A download known to be cut (its compressed stream unfinished) kept the server's ETag and
  Last-Modified, which describe the whole document: the next refresh was answered 304, and the
  items after the cut were never read until the feed changed.

Invented feeds; a real loopback server, real processes and SQLite files.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

from cli_helpers import feeds_config, newstui_on
from httpserver import Request, Response, TestServer
from newstui.feeds.parse import parse_feed
from newstui.feeds.parse.cleaning import ends_inside_item
from newstui.store import Store


def _item(n: int, extra: str = "") -> str:
    return (
        f"<item><title>Sluice notice {n}</title><link>https://sluice.test/{n}</link>{extra}"
        f"<guid isPermaLink='false'>sluice-{n}</guid></item>"
    )


HEAD = '<?xml version="1.0"?><rss version="2.0"><channel><title>Sluice & weir</title>'  # bare &: broken


def test_a_comment_naming_an_item_after_the_last_whole_one_is_not_a_cut() -> None:
    document = (HEAD + _item(1) + _item(2) + "<!-- each <item> needs a guid --></channel></rss>").encode()
    assert not ends_inside_item(document)
    parsed = parse_feed(document, "https://sluice.test/feed")
    assert [item.guid for item in parsed.items] == ["sluice-1", "sluice-2"]
    assert "stops inside" not in (parsed.error or "")


def test_a_cut_item_whose_cdata_mentions_an_end_tag_is_left_out() -> None:
    half = "<item><title>Half notice</title><description><![CDATA[close it with </item> please]]></description><link>https://slu"
    document = (HEAD + _item(1) + half).encode()
    assert ends_inside_item(document)
    parsed = parse_feed(document, "https://sluice.test/feed")
    assert [item.guid for item in parsed.items] == ["sluice-1"]


def test_a_cut_inside_a_comment_or_cdata_of_the_last_item_is_a_cut() -> None:
    for tail in ("<item><title>Half</title><!-- a </item> ", "<item><description><![CDATA[</item> and "):
        assert ends_inside_item((HEAD + _item(1) + tail).encode()), tail


def test_the_item_test_stays_linear_on_unclosed_comments_and_cdata() -> None:
    for piece in (b"<!--", b"<![CDATA[", b"<item>", b"<x:item "):
        body = b"<rss><channel>" + piece * (2_000_000 // len(piece))
        began = time.monotonic()
        ends_inside_item(body)
        assert time.monotonic() - began < 5, piece


WHOLE = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Sluice notices</title>'
         + "".join(_item(n) for n in range(40, 0, -1)) + "</channel></rss>").encode()  # fmt: skip
ETAG = '"sluice-v1"'


def _keys(db: Path) -> int:
    with Store.open(db) as store:
        return store.run(lambda c: c.execute("SELECT count(*) FROM items").fetchone()[0])


def test_a_cut_download_keeps_no_validator_and_the_next_refresh_reads_the_rest(
    tmp_path: Path, http_server: TestServer
) -> None:
    packed = gzip.compress(WHOLE)
    answers = iter([packed[: len(packed) // 2], packed])

    def serve(request: Request) -> Response:
        if request.headers.get("if-none-match") == ETAG:
            return Response(304, {"ETag": ETAG})
        headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip", "ETag": ETAG}
        return Response(200, headers, next(answers))

    url = http_server.add_route("/sluice.xml", serve)
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    cut = newstui_on(config, db, "refresh")
    assert "Traceback" not in cut.stderr and "cut short" in cut.stdout + cut.stderr, cut.stdout + cut.stderr
    first = _keys(db)
    assert 0 < first < 40
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _keys(db) == 40  # the same ETag did not stand for the whole document


def test_a_document_stopping_inside_an_item_keeps_no_validator(tmp_path: Path, http_server: TestServer) -> None:
    """Not compressed: a close-delimited answer cut by a dropped connection, a proxy's limit."""
    cut = WHOLE[: WHOLE.index(b"<guid isPermaLink='false'>sluice-30")]
    answers = iter([cut, WHOLE])

    def serve(request: Request) -> Response:
        if request.headers.get("if-none-match") == ETAG:
            return Response(304, {"ETag": ETAG})
        return Response(200, {"Content-Type": "application/rss+xml", "ETag": ETAG}, next(answers))

    url = http_server.add_route("/sluice.xml", serve)
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _keys(db) == 10  # sluice-40 to sluice-31; the half sluice-30 is left out
    assert newstui_on(config, db, "refresh").returncode == 0
    assert _keys(db) == 40


def test_a_whole_but_broken_document_missing_only_its_gzip_trailer_is_not_called_cut(
    tmp_path: Path, http_server: TestServer
) -> None:
    """The server leaves the trailer out and the feed has a bare "&": the document ends with its
    root's end tag, so the fault to tell is the XML, not a cut download."""
    broken = WHOLE.replace(b"<title>Sluice notices</title>", b"<title>Sluice & weir notices</title>")
    headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
    url = http_server.add_route("/sluice.xml", (200, headers, gzip.compress(broken)[:-8]))
    config = tmp_path / "config.toml"
    feeds_config(config, [url])
    db = tmp_path / "news.db"
    done = newstui_on(config, db, "refresh")
    said = done.stdout + done.stderr
    assert done.returncode == 0 and "cut short" not in said, said
    assert _keys(db) == 40
