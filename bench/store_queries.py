"""Time the store queries the app's first frame and item list depend on.

Builds a cache of 100,000 items in 1,000 feeds (a tenth of them read, a few
bookmarked) in a temporary directory and prints figures:

    python bench/store_queries.py [--feeds 1000] [--items 100] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newstui.model import FeedConfig, FeedUpdate, ItemFilter, ParsedItem  # noqa: E402
from newstui.store import Store  # noqa: E402

WORDS = (
    "minister election council market climate energy court police health school budget war peace "
    "talks city river storm report study growth science music film season league vote border trade"
).split()


def build(path: Path, feeds: int, per_feed: int) -> tuple[float, float]:
    """Fill the database; returns (seconds for the first 500 x 50 batch, total seconds)."""
    rng = random.Random(7)
    urls = [f"https://site{i % 97}.example/feed/{i}.xml" for i in range(feeds)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with Store.open(path) as store:
        store.sync_feeds([FeedConfig(url, tags=(f"tag{i % 12}",)) for i, url in enumerate(urls)])
        began = time.perf_counter()
        first_batch = 0.0
        for batch_start in range(0, feeds, 500):
            updates = []
            for index in range(batch_start, min(feeds, batch_start + 500)):
                items = [
                    ParsedItem(
                        title=" ".join(rng.choices(WORDS, k=8)).capitalize(),
                        link=f"https://site{index % 97}.example/{index}/{n}",
                        guid=f"urn:{index}:{n}",
                        summary=" ".join(rng.choices(WORDS, k=45)),
                        published=start + timedelta(minutes=rng.randrange(0, 60 * 24 * 300)),
                    )
                    for n in range(per_feed)
                ]
                updates.append(FeedUpdate(url=urls[index], ok=True, status=200, title=f"Feed {index}", items=items))
            t0 = time.perf_counter()
            store.apply_updates(updates)
            if batch_start == 0:
                first_batch = time.perf_counter() - t0
        total = time.perf_counter() - began
        ids = [item.id for item in store.items(limit=None)]
        rng.shuffle(ids)
        store.set_read(ids[: len(ids) // 10])
        for item_id in ids[-200:]:
            store.set_bookmarked(item_id, True)
    return first_batch, total


def refresh_batch(path: Path) -> None:
    """The write side of a refresh: 500 feeds x 50 items, cold, unchanged, and all 304."""
    rng = random.Random(3)
    urls = [f"https://host{i % 50}.example/{i}.xml" for i in range(500)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    updates = [
        FeedUpdate(
            url=url,
            ok=True,
            status=200,
            etag=f'"{n}"',
            title=f"Feed {n}",
            items=[
                ParsedItem(
                    title=" ".join(rng.choices(WORDS, k=9)),
                    link=f"https://host.example/{n}/{k}",
                    guid=f"urn:{n}:{k}",
                    summary=" ".join(rng.choices(WORDS, k=60)),
                    published=start + timedelta(minutes=n * 50 + k),
                )
                for k in range(50)
            ],
        )
        for n, url in enumerate(urls)
    ]
    not_modified = [FeedUpdate(url=url, ok=True, status=304) for url in urls]
    with Store.open(path) as store:
        store.sync_feeds([FeedConfig(url) for url in urls])
        for label, batch in (("cold", updates), ("unchanged", updates), ("all 304", not_modified)):
            t0 = time.perf_counter()
            store.apply_updates(batch)
            print(f"{'apply_updates 500 x 50 ' + label:<42} {(time.perf_counter() - t0) * 1000:7.1f} ms")


def timed(label: str, call: Callable[[], Any], repeat: int = 7) -> None:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = call()
        runs.append(time.perf_counter() - t0)
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<42} median {statistics.median(runs) * 1000:7.1f} ms  max {max(runs) * 1000:7.1f} ms  ({size})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=100, help="items per feed")
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        refresh_batch(Path(tmp) / "refresh.db")
        path = args.keep or Path(tmp) / "bench.db"
        if not path.exists():
            first, total = build(path, args.feeds, args.items)
            print(
                f"build: {args.feeds} feeds x {args.items} items in {total:.2f} s "
                f"(first batch of 500 feeds: {first * 1000:.0f} ms)"
            )
        t0 = time.perf_counter()
        store = Store.open(path)
        print(f"{'Store.open':<42} {(time.perf_counter() - t0) * 1000:7.1f} ms")
        feed_url = store.feeds()[500].url
        configured = [FeedConfig(f.url, None, f.tags) for f in store.feeds()]
        timed("sync_feeds(1000 feeds, unchanged)", lambda: store.sync_feeds(configured) or len(configured))
        timed("feeds()", store.feeds)
        timed("tags()", store.tags)
        timed("items(limit=100) All", lambda: store.items(limit=100))
        timed("items(limit=100, offset=5000) All", lambda: store.items(limit=100, offset=5000))
        timed("items(limit=100) one feed", lambda: store.items(ItemFilter("feed", feed_url), limit=100))
        timed("items(unread, limit=100) All", lambda: store.items(ItemFilter("unread"), limit=100))
        timed("items(tag, limit=100)", lambda: store.items(ItemFilter("tag", "tag3"), limit=100))
        timed("items(bookmarked)", lambda: store.items(ItemFilter("bookmarks"), limit=100))
        timed("count_items() All", store.count_items)
        timed("count_items(unread) All", lambda: store.count_items(ItemFilter("unread")))
        timed("count_items() one feed", lambda: store.count_items(ItemFilter("feed", feed_url)))
        climate = ItemFilter("search", "climate elec")
        timed("items(search='climate elec', limit=100)", lambda: store.items(climate, limit=100))
        timed("count_items(search='climate elec')", lambda: store.count_items(climate))
        timed("items(search='minister', limit=100)", lambda: store.items(ItemFilter("search", "minister"), limit=100))
        store.close()
        print(f"database size: {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
