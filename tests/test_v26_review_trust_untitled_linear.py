"""The "(untitled)" upgrade fold costs linear time, however many such rows a feed holds.

Found in review: `writes._untitled_before` compared each new attachment row with every old
"(untitled)" row of its feed. A feed whose items are titled "(untitled)" (literally, or with
nothing to title them by) with different text holds one row each; 20,000 of them and a
refresh of 20,000 new attachment-only items took 9.7 s of CPU in the store write (0.2 s before
version 26), at every such refresh. Old rows are looked up by their attachments now. Real
SQLite file; invented items.
"""

from __future__ import annotations

import time

from newstui.model import Enclosure, ItemFilter, ParsedItem
from newstui.store import Store

URL = "https://ferrycast.example/feed.rss"
MANY = 20_000


def _episode(n: int) -> ParsedItem:
    return ParsedItem(
        title=f"crossing-{n}.mp3",
        enclosures=(Enclosure(f"https://ferrycast.example/crossing-{n}.mp3", "audio/mpeg", 9),),
    )


def test_twenty_thousand_untitled_rows_and_new_episodes_in_linear_time(store: Store) -> None:
    store.upsert_items(URL, [ParsedItem(title="(untitled)", summary=f"Harbour note {n}.") for n in range(MANY)])
    started = time.process_time()
    store.upsert_items(URL, [_episode(n) for n in range(MANY)])
    assert time.process_time() - started < 4, time.process_time() - started


def test_the_old_row_is_still_found_among_many(store: Store) -> None:
    """The lookup by attachment finds what the scan found: the old row that holds the episode."""
    store.upsert_items(URL, [ParsedItem(title="(untitled)", summary=f"Harbour note {n}.") for n in range(50)])
    old = ParsedItem(title="(untitled)", enclosures=_episode(7).enclosures)
    store.upsert_items(URL, [old])
    (old_id,) = store.run(
        lambda c: [r[0] for r in c.execute("SELECT id FROM items WHERE summary = '' OR summary IS NULL").fetchall()]
    )
    store.set_read(old_id, True)
    store.upsert_items(URL, [_episode(7), _episode(8)])
    items = {i.title: i for i in store.items(ItemFilter("feed", URL), limit=None)}
    assert items["crossing-7.mp3"].id == old_id and items["crossing-7.mp3"].read
    assert not items["crossing-8.mp3"].read
    assert len(items) == 1 + 2  # the 50 notes share one title: one entry of the dict
