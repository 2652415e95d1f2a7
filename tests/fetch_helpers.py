"""Shared fixtures of the fetch tests: every test that takes `transport` runs once per
Fetcher transport ("lean", then "httpx"), so both answer the same loopback servers alike."""

from __future__ import annotations

import pytest

from newstui.feeds.fetch import TRANSPORTS


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    """The Fetcher's transport: "lean" or "httpx"."""
    return str(request.param)


def lean_only(transport: str, why: str) -> None:
    """Skip the httpx run of a test: `why` says what httpx's transport does instead."""
    if transport != "lean":
        pytest.skip(f"lean transport only: {why}")
