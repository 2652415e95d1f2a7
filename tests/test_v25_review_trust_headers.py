"""Review of the trust work (v25): a header name that is a whole "Name: value" line (a caller
splitting the line wrongly) was quoted in the error, and with it the value, often a credential.

A real loopback server: nothing is sent, the message names the header without its value.
"""

from __future__ import annotations

import asyncio

import pytest

from httpserver import TestServer
from newstui.feeds.fetch import Fetcher, UnsendableRequest


@pytest.mark.parametrize(
    "name", ["Authorization: Bearer towpath-secret", "X-Key\r\nX-Other: towpath-secret", "X-Key towpath-secret"]
)
def test_a_bad_header_name_is_named_without_what_follows_it(http_server: TestServer, name: str) -> None:
    url = http_server.add_route("/private.xml", (200, {}, b"<rss/>"))

    async def fetch() -> None:
        async with Fetcher() as fetcher:
            await fetcher.fetch(url, headers=[(name, "x")])

    with pytest.raises(UnsendableRequest) as caught:
        asyncio.run(fetch())
    said = str(caught.value)
    assert name.split(":")[0].split()[0] in said, said
    assert "towpath-secret" not in said, said
    assert http_server.requests_for("/private.xml") == []


@pytest.mark.parametrize("value", ["towpath-secret ", " towpath-secret", "\ttowpath-secret\t", b"towpath-secret "])
def test_a_header_value_with_blanks_at_its_ends_is_sent_without_them(
    http_server: TestServer, value: str | bytes
) -> None:
    """h11 refused such a value with "Illegal header value b'towpath-secret '": the value
    (often a credential) went into the feed's error, the failures list and the cache."""
    url = http_server.add_route("/private.xml", (200, {}, b"<rss/>"))

    async def fetch() -> int:
        async with Fetcher() as fetcher:
            return (await fetcher.fetch(url, headers=[("X-Key", value)])).status

    assert asyncio.run(fetch()) == 200
    (request,) = http_server.requests_for("/private.xml")
    assert request.headers["x-key"] == "towpath-secret"
