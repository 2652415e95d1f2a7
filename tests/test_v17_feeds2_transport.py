"""The lean transport keeps a connection's next answer whole when an earlier answer on it
was abandoned mid-body (found by bench/newsboat_side_by_side.py on tests/data/v17feeds/).

A feed whose body could not be decoded (Content-Encoding: gzip over plain text) left the
transport's body iterator suspended; the response was closed, its rest drained from what
had already arrived, and the connection went back to the pool. When the garbage collector
later finalized the abandoned iterator, it closed the connection, by then carrying another
feed's answer: that feed failed with "peer closed connection without sending complete
message body". Real loopback servers, real connections.
"""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

import httpx

from cli_helpers import feeds_config
from httpserver import Response, TestServer
from newstui.feeds.refresh import refresh_feeds
from newstui.feeds.transport import LeanTransport
from newstui.store import Store

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Fine %d</title>'
    b"<item><title>Item %d</title><guid>g%d</guid><link>http://example.com/%d</link></item></channel></rss>"
)


async def test_an_abandoned_body_iterator_never_closes_the_connection_it_gave_back(http_server: TestServer) -> None:
    first = http_server.add_route("/first.xml", (200, {}, b"a" * 300))
    second = http_server.add_route("/second.xml", (200, {}, b"b" * 300))
    async with httpx.AsyncClient(transport=LeanTransport()) as client:
        response = await client.send(client.build_request("GET", first), stream=True)
        chunks = response.stream.__aiter__()  # type: ignore[union-attr]
        assert await chunks.__anext__() == b"a" * 300  # the whole body, its end still unread
        await response.aclose()  # the end was already received: the connection is reused
        again = await client.send(client.build_request("GET", second), stream=True)
        await chunks.aclose()  # what the garbage collector does to the abandoned iterator
        assert await again.aread() == b"b" * 300
    assert len({r.path for r in http_server.requests}) == 2


async def test_a_feed_whose_encoding_lies_fails_alone_in_a_refresh(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    # One host, one connection at a time: every feed after the liar reuses its connection.
    liar = http_server.add_route("/liar.xml", Response(200, {"Content-Encoding": "gzip"}, FEED % (0, 0, 0, 0)))
    good = [http_server.add_route(f"/good{i}.xml", (200, {}, FEED % (i, i, i, i))) for i in range(1, 13)]
    config = feeds_config(tmp_path / "config.toml", [liar, *good])
    for _ in range(3):
        summary = await refresh_feeds(config, store, fetcher_options={"per_host": 1, "transport": "lean"}, workers=0)
        gc.collect()
        await asyncio.sleep(0)
        assert [f.url for f in summary.failed] == [liar], [f.error for f in summary.failed]
        assert "could not decode the gzip-encoded body" in summary.failed[0].error
