"""A whole document whose last item's end tag is broken keeps that item.

Version 25 leaves out the half item a cut download ends in (`cleaning.ends_inside_item`). Found
by inserting stray bytes into corpus feeds: a document that is whole, ending with `</rss>`, but
whose last `</item>` is broken (`</it\\x07em>`, `</itm>`, `</item` with no `>`) was taken for a
cut one, and its last item, guid and all, was dropped ("the document stops inside its last
item"), at every refresh. A document that ends with its root's end tag was not cut: the item
the parser recovered is kept. Real refreshes into a real SQLite file from a loopback server;
an invented feed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import feeds_config
from httpserver import TestServer
from newstui.feeds.refresh import refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

FAST = {"timeout": 5.0, "retries": 0, "backoff": 0.0}


def _feed(last_end: str, ending: str = "</channel></rss>\n") -> bytes:
    items = [
        f"<item><title>Buoy {n} relit</title><guid isPermaLink='false'>buoy-{n}</guid>"
        f"<description>Buoy {n} off the point is lit again.</description></item>"
        for n in range(4)
    ]
    items[-1] = items[-1].replace("</item>", last_end)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Pilots</title>{''.join(items)}{ending}".encode()


@pytest.mark.parametrize("last_end", ["</it\x07em>", "</itm>", "</item"])
async def test_the_last_item_of_a_whole_document_is_kept(
    http_server: TestServer, tmp_path: Path, store: Store, last_end: str
) -> None:
    url = http_server.add_route(
        "/pilots.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, _feed(last_end))
    )
    summary = await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    guids = sorted(i.guid or "" for i in store.items(ItemFilter("feed", url), limit=None))
    assert guids == ["buoy-0", "buoy-1", "buoy-2", "buoy-3"]
    assert not summary.failed and all("stops inside" not in str(warning) for warning in summary.warnings)


async def test_a_cut_document_still_leaves_its_half_item_out(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    body = _feed("</item>")
    cut = body[: body.index(b"<guid isPermaLink='false'>buoy-3")]
    url = http_server.add_route("/pilots.rss", lambda _: (200, {"Content-Type": "application/rss+xml"}, cut))
    await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    assert sorted(i.guid or "" for i in store.items(ItemFilter("feed", url), limit=None)) == [
        "buoy-0",
        "buoy-1",
        "buoy-2",
    ]
