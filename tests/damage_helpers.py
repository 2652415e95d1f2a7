"""A real cache damaged mid-file, as a disk fault or a bad copy leaves it: the cache of two
feeds with bookmarks, read marks and articles (build_cache), and one real page of it, found by
offset in the file (page_holding) or through `dbstat` (page_of), overwritten with noise (damage).
The recover tests start from the same cache."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.model import Article, FeedConfig, ParsedItem, Section
from newstui.store import Store

BIG = "http://feeds.test/big.xml"
SMALL = "http://feeds.test/small.xml"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
MARK = "QuokkaMark"
"""In the title of the newest item of BIG only: the page holding it is the one damaged."""
BIG_ITEMS = 400


def build_cache(db: Path) -> dict[str, list[int]]:
    """A cache of two feeds: BIG's items inserted newest first (its newest rows sit in the
    first leaves of the items table), then SMALL's. Every 7th item is bookmarked, every 3rd
    read. Returns the ids of bookmarked and read items."""
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(BIG, "Big Paper", ("news",)), FeedConfig(SMALL, "Small Gazette", ())])
        big = [
            ParsedItem(
                f"{MARK} newest story" if n == 0 else f"Big story {n}",
                link=f"http://feeds.test/big/{n}",
                guid=f"big-{n}",
                summary=f"What happened in part {n}. " + "More words on it. " * 12,
                published=T0 - timedelta(hours=n),
            )
            for n in range(BIG_ITEMS)
        ]
        store.upsert_items(BIG, big)
        store.upsert_items(
            SMALL,
            [
                ParsedItem(f"Small story {n}", link=f"http://feeds.test/small/{n}", guid=f"small-{n}", published=T0)
                for n in range(5)
            ],
        )
        ids = [item.id for item in store.items(limit=10_000)]
        bookmarked = ids[::7]
        read = ids[::3]
        for item_id in bookmarked:
            store.set_bookmarked(item_id, True)
        store.set_read(read)
        for n, item_id in enumerate(ids[:: len(ids) // 6][:6]):
            store.save_article(item_id, article(n), 1)
    assert not Path(str(db) + "-wal").exists()  # closed cleanly: the file alone is the cache
    return {"bookmarked": bookmarked, "read": read}


def article(n: int) -> Article:
    """A short cached article with a quote (invented text)."""
    return Article(
        headline=f"Harbour board meets, part {n}",
        sections=[
            Section(
                None,
                [
                    f"The harbour board met for the {n}th time this spring.",
                    "“We will open the north quay in May,” said Mira Tallis, the board's chair.",
                ],
            )
        ],
    )


def page_size(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def page_of(db: Path, name: str, nth: float = 0.5) -> int:
    """A leaf page of table or index `name` (through dbstat), `nth` of the way along."""
    conn = sqlite3.connect(db)
    try:
        pages = [
            int(row[0])
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (name,)
            )
        ]
    finally:
        conn.close()
    assert pages, name
    return pages[min(len(pages) - 1, int(len(pages) * nth))]


def page_holding(db: Path, text: bytes) -> int:
    """The page whose bytes hold `text` (by offset in the file)."""
    offset = db.read_bytes().find(text)
    assert offset >= 0
    return offset // page_size(db) + 1


def damage(db: Path, page: int) -> None:
    """Overwrite every byte of `page` with noise, as a bad sector or a torn copy does."""
    size = page_size(db)
    noise = bytes(random.Random(page).randrange(256) for _ in range(size))
    with db.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(noise)


def config_for(path: Path) -> Path:
    path.write_text(
        f'[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n\n[[feeds]]\nurl = "{BIG}"\n\n'
        f'[[feeds]]\nurl = "{SMALL}"\n',
        encoding="utf-8",
    )
    return path


def damaged_items_cache(tmp_path: Path) -> tuple[Path, Path, dict[str, list[int]]]:
    """(config, cache, ids): a cache whose items-table page with BIG's newest rows is noise
    (the `damaged_items` fixture, tests/conftest.py)."""
    db = tmp_path / "news.db"
    ids = build_cache(db)
    page = page_holding(db, MARK.encode())
    conn = sqlite3.connect(db)
    try:
        owner = conn.execute("SELECT name FROM dbstat WHERE pageno = ?", (page,)).fetchone()[0]
    finally:
        conn.close()
    assert owner == "items"
    damage(db, page)
    return config_for(tmp_path / "config.toml"), db, ids
