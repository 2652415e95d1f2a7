"""How well "one story across outlets" groups items: pairwise precision, recall and F1.

    python bench/story_quality.py [SET.json ...] [--together] [--order time|reverse|shuffle] [--seed N] [-v]

A set is a JSON list of items, each {"event", "feed", "hours", "title", "lead",
"body", "quote", "speaker"}: items with the same "event" label report one event
(the truth), "hours" is the publication time after an arbitrary start, "feed"
names the outlet, "quote" (optional) a quotation the item carries. The default
set is /work/devsets/stories/invented.json (invented items, outside the repo).

Every item is stored in a real cache (a temporary SQLite file) and its article
saved through `Store.save_article`, in publication order (or reversed, or
shuffled: grouping must not depend much on the order articles arrive in). The
stories found are then read back from `story_items`, and every pair of items is
scored: a pair in one story that the labels put in one event is a true
positive. Only pairs of items of DIFFERENT feeds count (a story is across
outlets). With --together every set goes into one cache (a set of unrelated
real articles then tests precision against the others). Prints precision, recall, F1, the stories found and the largest
story's size; with -v, each wrong and each missed pair.

Run it against the code before a change with PYTHONPATH pointing at that tree.
This prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: another tree's code can be measured

from newstui.model import Article, FeedConfig, ParsedItem, Quote, Section  # noqa: E402
from newstui.store import Store  # noqa: E402

DEFAULT_SET = Path("/work/devsets/stories/invented.json")
START = datetime(2026, 3, 2, tzinfo=UTC)


def _article(entry: dict[str, Any]) -> Article:
    paragraphs = [entry["lead"], entry["body"]]
    quotes: list[Quote] = []
    if entry.get("quote"):
        paragraphs.append(f"“{entry['quote']},” said {entry.get('speaker') or 'a spokesperson'}.")
        quotes.append(Quote(entry["quote"], entry.get("speaker"), 0, 2))
    return Article(headline=entry["title"], sections=[Section(None, paragraphs)], quotes=quotes)


def measure(entries: list[dict[str, Any]], order: str, seed: int, verbose: bool) -> dict[str, float]:
    directory = Path(tempfile.mkdtemp(prefix="newstui-stories-"))
    store = Store.open(directory / "cache.db")
    try:
        feeds = sorted({e["feed"] for e in entries})
        store.sync_feeds([FeedConfig(f"https://{f}.example/feed") for f in feeds])
        ids: dict[int, int] = {}
        for feed in feeds:
            mine = [(n, e) for n, e in enumerate(entries) if e["feed"] == feed]
            store.upsert_items(
                f"https://{feed}.example/feed",
                [
                    ParsedItem(
                        title=e["title"],
                        link=f"https://{feed}.example/{n}",
                        guid=f"{feed}-{n}",
                        summary=e["lead"],
                        published=START + timedelta(hours=float(e["hours"])),
                    )
                    for n, e in mine
                ],
            )
            for item in store.items(limit=None):
                if item.guid is not None and item.guid.startswith(feed + "-"):
                    ids[int(item.guid.rsplit("-", 1)[1])] = item.id
        sequence = sorted(range(len(entries)), key=lambda n: (float(entries[n]["hours"]), n))
        if order == "reverse":
            sequence.reverse()
        elif order == "shuffle":
            random.Random(seed).shuffle(sequence)
        for n in sequence:
            store.save_article(ids[n], _article(entries[n]), 1)
        story_of: dict[int, int] = dict(
            store.run(lambda conn: conn.execute("SELECT item_id, story_id FROM story_items").fetchall())
        )
    finally:
        store.close()
    found = {n: story_of.get(ids[n]) for n in range(len(entries))}
    tp = fp = fn = 0
    for a, b in combinations(range(len(entries)), 2):
        if entries[a]["feed"] == entries[b]["feed"]:
            continue
        same = entries[a]["event"] == entries[b]["event"]
        linked = found[a] is not None and found[a] == found[b]
        tp += same and linked
        fp += linked and not same
        fn += same and not linked
        if verbose and linked != same:
            kind = "WRONG " if linked else "missed"
            print(f"  {kind} {entries[a]['title'][:50]!r:54} ~ {entries[b]['title'][:50]!r}")
    sizes: dict[int, int] = {}
    for story in found.values():
        if story is not None:
            sizes[story] = sizes.get(story, 0) + 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "stories": len(sizes),
        "largest": max(sizes.values(), default=0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sets", type=Path, nargs="*")
    parser.add_argument("--order", choices=("time", "reverse", "shuffle"), default="time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--together", action="store_true", help="all sets in one cache (each set's labels kept apart)")
    args = parser.parse_args()
    runs: list[tuple[str, list[dict[str, Any]]]] = []
    for path in args.sets or [DEFAULT_SET]:
        entries = json.loads(path.read_text(encoding="utf-8"))
        runs.append((path.name, [{**e, "event": f"{path.stem}:{e['event']}"} for e in entries]))
    if args.together:
        runs = [(" + ".join(name for name, _ in runs), [e for _, entries in runs for e in entries])]
    for name, entries in runs:
        events = len({e["event"] for e in entries})
        print(f"{name}: {len(entries)} items, {events} events, order {args.order}")
        r = measure(entries, args.order, args.seed, args.verbose)
        print(
            f"  same-story pairs across feeds: {r['pairs']}; found {r['tp'] + r['fp']} (tp {r['tp']}, fp {r['fp']})"
            f"\n  precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"\n  stories {r['stories']}, largest {r['largest']} items"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
