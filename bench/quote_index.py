"""The quote index at scale: 100,000 items with 200,000 quotes.

    python bench/quote_index.py [DIR] [--feeds 1000] [--items-per-feed 100] [--quotes-per-article 2]

Builds the cache with bench/make_cache.py (no articles), then saves an article
with quotes for every item through the real indexing code (`index_article`, in
transactions of 2,000 articles, as a migration of an old cache would), and
prints:

- the time to list the 50 most quoted speakers, one speaker's newest 100
  quotes (by full name and by surname), a full-text search, and a page of 50
  stories (median of 7 runs, warm cache);
- what indexing adds to saving one article (`save_article` with and without the
  index, and `find_quotes` on a typical article for the extraction side);
- the database size with and without the index tables (`dbstat`).

Speakers follow a Zipf-like law (a few are quoted thousands of times), 20% of
mentions are a bare surname and 10% carry a title; 5% of quotes repeat one of
3,000 quotations (whole, trimmed or a fragment) in other feeds, so stories form.
Targets (issue 10): speakers ≤ 150 ms, one speaker ≤ 50 ms, stories ≤ 150 ms,
indexing ≤ 5 ms per article. This prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from make_cache import make_cache  # noqa: E402
from newstui.model import Article, Quote, Section  # noqa: E402
from newstui.store import Store, article_to_json  # noqa: E402
from newstui.whosaid import index as qi  # noqa: E402

FIRST = "Ana Tomas Mei Priya Jo Sam Olga Ivan Lena Marco Rosa Kofi Aiko Pavel Nadia Omar Elif Hugo Ines Yusuf".split()
SYLLABLES = "ka lo mi ne ru sa ti vo be da fe gi ho ju le mo na pe ri so tu va we zi".split()
TITLES = ("Foreign Minister", "Mayor", "Dr.", "Senator", "Chief Executive")
INDEX_TABLES = (
    "quotes",
    "speakers",
    "speaker_forms",
    "speaker_aliases",
    "quote_fts",
    "quote_fts_data",
    "quote_fts_idx",
    "quote_fts_docsize",
    "quote_fts_config",
    "quote_shingles",
    "stories",
    "story_items",
    "story_quotes",
    "story_docs",
    "story_terms",
    "story_term_df",
    "story_term_state",
    "quotes_item",
    "quotes_speaker_date",
    "quotes_speaker_item",
    "quotes_speaker_feed",
    "quotes_name_key",
    "quotes_date",
    "speakers_surname",
    "speakers_rank",
    "stories_newest",
    "story_items_story",
    "story_quotes_quote",
    "speaker_aliases_canonical",
)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def _people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    surnames = [_word(rng).capitalize() + _word(rng) for _ in range(count)]
    return [(rng.choice(FIRST), surname) for surname in surnames]


def _ms(action: Callable[[], object], runs: int = 7) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _index_size(path: Path) -> tuple[int, int]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        total = conn.execute("SELECT sum(pgsize) FROM dbstat").fetchone()[0]
        marks = ",".join("?" * len(INDEX_TABLES))
        index = conn.execute(f"SELECT sum(pgsize) FROM dbstat WHERE name IN ({marks})", INDEX_TABLES).fetchone()[0]
    finally:
        conn.close()
    return int(total), int(index or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path, nargs="?")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items-per-feed", type=int, default=100)
    parser.add_argument("--quotes-per-article", type=int, default=2)
    parser.add_argument("--speakers", type=int, default=20_000)
    args = parser.parse_args()
    directory = args.directory or Path(tempfile.mkdtemp(prefix="newstui-quotes-"))

    start = time.perf_counter()
    info = make_cache(directory, args.feeds, args.items_per_feed, articles=0, bookmarks=0, progress=True)
    print(f"cache: {info.items} items in {info.feeds} feeds, {time.perf_counter() - start:.1f} s")

    rng = random.Random(7)
    people = _people(rng, args.speakers)
    weights = [1 / (rank + 1) for rank in range(len(people))]
    pool = [" ".join(_word(rng) for _ in range(rng.randint(10, 22))) for _ in range(3000)]

    def quote_text() -> str:
        if rng.random() < 0.05:
            words = rng.choice(pool).split()
            cut = rng.choice((0, 1, 2))
            if cut == 1:  # trimmed
                words = words[1:-1]
            elif cut == 2:  # a fragment of 6+ words
                at = rng.randint(0, len(words) - 6)
                words = words[at : at + rng.randint(6, len(words) - at)]
            return " ".join(words)
        return " ".join(_word(rng) for _ in range(rng.randint(8, 25))).capitalize() + "."

    def speaker() -> str:
        first, surname = rng.choices(people, weights)[0]
        roll = rng.random()
        if roll < 0.2:
            return surname
        if roll < 0.3:
            return f"{rng.choice(TITLES)} {first} {surname}"
        return f"{first} {surname}"

    def article(title: str) -> Article:
        quotes = [Quote(quote_text(), speaker(), 0, n) for n in range(args.quotes_per_article)]
        paragraphs = [f"“{q.text},” said {q.speaker}." for q in quotes]
        return Article(headline=title, sections=[Section(None, paragraphs)], quotes=quotes)

    store = Store.open(info.db_path)
    try:
        ids = list(range(1, store.last_item_id() + 1))
        start = time.perf_counter()
        for begin in range(0, len(ids), 2000):
            chunk = ids[begin : begin + 2000]

            def write(conn: object, chunk: list[int] = chunk) -> None:
                for item_id in chunk:
                    a = article(f"Story {item_id}")
                    conn.execute(  # type: ignore[attr-defined]
                        "INSERT INTO articles (item_id, version, json, text, saved) VALUES (?, 7, ?, '', 0)",
                        (item_id, article_to_json(a)),
                    )
                    qi.index_article(conn, item_id, a, 7)  # type: ignore[arg-type]

            store.run_write(write)
            print(f"\r  {begin + len(chunk)}/{len(ids)} articles indexed", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        build = time.perf_counter() - start
        quotes_total = store.run(lambda c: c.execute("SELECT count(*) FROM quotes").fetchone()[0])
        speakers_total = store.run(lambda c: c.execute("SELECT count(*) FROM speakers WHERE quotes > 0").fetchone()[0])
        stories_total = store.run(lambda c: c.execute("SELECT count(*) FROM stories WHERE feeds >= 2").fetchone()[0])
        print(
            f"index: {quotes_total} quotes, {speakers_total} speakers, {stories_total} stories across feeds, "
            f"built in {build:.1f} s ({build / len(ids) * 1000:.2f} ms per article with its JSON)"
        )
        top = qi.speakers(store, limit=1)[0]
        surname = top.name.split()[-1]
        print(f"most quoted: {top.name} ({top.quotes} quotes in {top.articles} articles, {top.feeds} feeds)")
        word = pool[0].split()[3]
        figures = {
            "speakers list (50, most quoted first)": _ms(lambda: qi.speakers(store, limit=50)),
            "speakers search 'ka'": _ms(lambda: qi.speakers(store, limit=50, search="ka")),
            f"one speaker's quotes ({top.name}, 100)": _ms(lambda: qi.quotes(store, speaker=top.name, limit=100)),
            f"by surname ({surname}, 100)": _ms(lambda: qi.quotes(store, speaker=surname, limit=100)),
            "a rarely quoted speaker": _ms(lambda: qi.quotes(store, speaker=" ".join(people[-1]), limit=100)),
            f"quote search '{word}' (100)": _ms(lambda: qi.quotes(store, search=word, limit=100)),
            "stories page (50)": _ms(lambda: qi.stories(store, limit=50)),
            "stories page 10 (offset 450)": _ms(lambda: qi.stories(store, limit=50, offset=450)),
        }
        for name, value in figures.items():
            print(f"  {name:45} {value:8.2f} ms")

        # Saving one article on the full cache, with and without the index.
        sample = rng.sample(ids, 200)
        fresh = {item_id: article(f"Story {item_id}") for item_id in sample}
        start = time.perf_counter()
        for item_id in sample:
            store.save_article(item_id, fresh[item_id], 7)
        with_index = (time.perf_counter() - start) / len(sample) * 1000
        index_times = []
        for item_id in sample:
            a = article(f"Story {item_id}")

            def timed(conn: object, item_id: int = item_id, a: Article = a) -> None:
                begin = time.perf_counter()
                qi.index_article(conn, item_id, a, 7)  # type: ignore[arg-type]
                index_times.append(time.perf_counter() - begin)

            store.run_write(timed)
        print(f"  {'save_article (with the index)':45} {with_index:8.2f} ms per article")
        print(
            f"  {'index_article alone':45} {statistics.median(index_times) * 1000:8.2f} ms median, "
            f"{sorted(index_times)[int(len(index_times) * 0.95)] * 1000:.2f} ms p95"
        )
    finally:
        store.close()

    from newstui.extract.quotes import find_quotes

    paragraphs = [f"“{quote_text()},” said {speaker()}." for _ in range(3)] + [
        " ".join(_word(rng) for _ in range(60)) + "." for _ in range(12)
    ]
    print(f"  {'find_quotes, a 15-paragraph article':45} {_ms(lambda: find_quotes(paragraphs)):8.2f} ms")
    total, index = _index_size(info.db_path)
    print(
        f"database: {total / 1e6:.0f} MB, of which the quote index {index / 1e6:.0f} MB "
        f"({index / max(1, quotes_total):.0f} bytes per quote); without it {(total - index) / 1e6:.0f} MB"
    )
    print(f"db: {info.db_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
