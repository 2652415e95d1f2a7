"""What folding a retitled, re-keyed story (`Writes._fold_retitled`) costs a refresh.

Counted in SQLite steps on real database files (not timed): a refresh must not read a
feed's whole history once per new story, nor the whole cache once per fold. Two patterns:
a feed whose items all link to its home page with one boilerplate text, dated by the day
(every new story of the day fits the link, the date and the text of the day's stories that
left the document, so each one asked how many items share the link); and a fold in a cache
whose other feeds hold many items (the article flag looked through every item of the cache
for the bookmarked ones)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newstui.model import Article, ItemFilter, ParsedItem
from newstui.store import Store
from store_helpers import sqlite_steps

FEED = "https://harbour.example/feed.xml"
OTHER = "https://ferries.example/feed.xml"
HOME = "https://harbour.example/"
DAY = datetime(2026, 11, 2, 9, 10, tzinfo=UTC)  # a time, not only a day: the link is what is tested
BOILERPLATE = "News from the harbour office, updated through the day."


def notice(n: int, days_ago: int) -> ParsedItem:
    return ParsedItem(
        title=f"Harbour notice number {n}",
        link=HOME,
        guid=f"notice-{n}",
        summary=BOILERPLATE,
        published=DAY - timedelta(days=days_ago),
    )


def test_new_stories_sharing_the_home_link_do_not_each_read_the_feeds_history(tmp_path: Path) -> None:
    costs = []
    for new in (1, 20):
        with Store.open(tmp_path / f"cache{new}.db") as store:
            # 2000 notices, 20 a day; today's first 20 are still in the document, the rest left it.
            store.upsert_items(FEED, [notice(n, n // 20) for n in range(2000)])
            document = [notice(n, 0) for n in range(5)] + [notice(5000 + n, 0) for n in range(new)]
            costs.append(sqlite_steps(store, lambda: store.upsert_items(FEED, document)))  # noqa: B023
            # The shared link told nothing: every new notice is an item of its own.
            assert len(store.items(ItemFilter("feed", FEED), limit=5000)) == 2000 + new
    one, twenty = costs
    assert twenty < 3 * one, costs


def retitle_in_a_cache_of(tmp_path: Path, others: int) -> int:
    """The steps of the refresh that folds one retitled story, beside `others` items of another feed."""
    text = "The ferry to the outer islands will run twice a day from Monday."
    link = "https://harbour.example/news/ferry-times"
    with Store.open(tmp_path / f"cache{others}.db") as store:
        store.upsert_items(
            OTHER,
            [
                ParsedItem(title=f"Crossing {n}", link=f"https://ferries.example/{n}", guid=f"c{n}", summary="x")
                for n in range(others)
            ],
        )
        store.upsert_items(
            FEED, [ParsedItem(title="Ferry timetable changes", link=link, guid="a", summary=text, published=DAY)]
        )
        (old,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.save_article(old.id, Article(headline="Ferry timetable changes", source="page"), 1)
        retitled = ParsedItem(title="Ferry to run twice a day", link=link, guid="b", summary=text, published=DAY)
        steps = sqlite_steps(store, lambda: store.upsert_items(FEED, [retitled]))
        assert [i.id for i in store.items(ItemFilter("feed", FEED), limit=10)] == [old.id]  # it folded
        assert store.article_edited(old.id)  # and its page is to be fetched again
        return steps


def test_a_fold_does_not_read_the_other_feeds_items(tmp_path: Path) -> None:
    small, large = retitle_in_a_cache_of(tmp_path, 100), retitle_in_a_cache_of(tmp_path, 5000)
    assert large < 1.5 * small, (small, large)
