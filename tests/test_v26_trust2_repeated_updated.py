"""An Atom entry repeated in one document, published alike: the copy updated later is the item.

A CMS that appends a corrected entry keeps the date the story was published and moves only its
<updated>. Version 26 kept the copy dated latest, and with equal published dates the first
copy, the stale one, for good. Now, when the published dates tie, the copy whose <updated> is
later wins (wherever it stands in the document); with that tied or missing too, the first, as
before. Both readers: the strict one, and feedparser for a document that is not well-formed.
Real refreshes from a loopback server into a real SQLite file; invented feeds.
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
PUBLISHED = "2026-12-03T08:00:00Z"


def _entry(title: str, updated: str | None) -> str:
    revised = f"<updated>{updated}</updated>" if updated else ""
    return (
        f"<entry><id>urn:ferry:timetable</id><title>{title}</title><published>{PUBLISHED}</published>{revised}"
        f"<link href='https://ferry.example/timetable'/><summary>{title}.</summary></entry>"
    )


def _atom(*entries: str, well_formed: bool) -> bytes:
    # An undefined entity in the feed's title: not well-formed, so feedparser reads it.
    title = "Ferry notices" if well_formed else "Ferry&nbsp;notices"
    return (
        f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>"
        f"{''.join(entries)}</feed>"
    ).encode()


async def _titles(server: TestServer, tmp_path: Path, store: Store, body: bytes) -> list[str]:
    url = server.add_route("/ferry.xml", lambda _: (200, {"Content-Type": "application/atom+xml"}, body))
    await refresh_feeds(feeds_config(tmp_path / "config.toml", [url]), store, fetcher_options=FAST, workers=0)
    return [item.title for item in store.items(ItemFilter("feed", url), limit=None)]


@pytest.mark.parametrize("well_formed", [True, False])
async def test_the_correction_appended_below_is_kept(
    http_server: TestServer, tmp_path: Path, store: Store, well_formed: bool
) -> None:
    body = _atom(
        _entry("Ferry runs twice a day", "2026-12-03T08:00:00Z"),
        _entry("Ferry runs three times a day", "2026-12-03T11:30:00Z"),
        well_formed=well_formed,
    )
    assert await _titles(http_server, tmp_path, store, body) == ["Ferry runs three times a day"]


@pytest.mark.parametrize("well_formed", [True, False])
async def test_the_correction_listed_first_stays(
    http_server: TestServer, tmp_path: Path, store: Store, well_formed: bool
) -> None:
    body = _atom(
        _entry("Ferry runs three times a day", "2026-12-03T11:30:00Z"),
        _entry("Ferry runs twice a day", "2026-12-03T08:00:00Z"),
        well_formed=well_formed,
    )
    assert await _titles(http_server, tmp_path, store, body) == ["Ferry runs three times a day"]


async def test_a_copy_that_says_it_was_updated_wins_over_one_that_does_not(
    http_server: TestServer, tmp_path: Path, store: Store
) -> None:
    body = _atom(
        _entry("Ferry runs twice a day", None),
        _entry("Ferry runs three times a day", "2026-12-03T11:30:00Z"),
        well_formed=True,
    )
    assert await _titles(http_server, tmp_path, store, body) == ["Ferry runs three times a day"]


@pytest.mark.parametrize("updated", [None, "2026-12-03T11:30:00Z"])
async def test_nothing_to_tell_them_apart_keeps_the_first(
    http_server: TestServer, tmp_path: Path, store: Store, updated: str | None
) -> None:
    body = _atom(
        _entry("Ferry runs twice a day", updated), _entry("Ferry runs three times a day", updated), well_formed=True
    )
    assert await _titles(http_server, tmp_path, store, body) == ["Ferry runs twice a day"]
