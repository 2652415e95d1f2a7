"""A joint speaker ("Dana Prell and Omar Villet", v22) in the quote index: one entry for
the pair, never the full name a bare surname of one of them resolves to."""

from __future__ import annotations

from datetime import UTC, datetime

from newstui.model import Article, ItemFilter, ParsedItem, Quote
from newstui.store import Store
from newstui.whosaid import index as qi
from newstui.whosaid.speakers import surname_key

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)


def _item(store: Store, feed: str) -> int:
    store.upsert_items(feed, [ParsedItem("t", f"{feed}/t", published=T0)])
    return store.items(ItemFilter("feed", feed), limit=None)[0].id


def _save(store: Store, item_id: int, *quotes: tuple[str, str]) -> None:
    store.save_article(item_id, Article("h", quotes=[Quote(t, s, 0, n) for n, (t, s) in enumerate(quotes)]), 7)


def _names(store: Store) -> dict[str, int]:
    return {s.name: s.quotes for s in qi.speakers(store, limit=None)}


def test_a_joint_name_has_no_surname() -> None:
    assert surname_key("Dana Prell and Omar Villet") is None
    assert surname_key("Prell, Villet and Mara Lund") is None
    assert surname_key("Omar Villet") == "villet"


def test_a_bare_surname_in_the_same_article_is_not_the_pair(store: Store) -> None:
    a = _item(store, "http://a.test/feed")
    _save(store, a, ("The two of us will fight this ruling", "Dana Prell and Omar Villet"), ("I will appeal", "Villet"))
    assert _names(store) == {"Dana Prell and Omar Villet": 1, "Villet": 1}


def test_a_bare_surname_in_another_article_is_not_the_pair(store: Store) -> None:
    a, b = _item(store, "http://a.test/feed"), _item(store, "http://b.test/feed")
    _save(store, a, ("The two of us will fight this ruling", "Dana Prell and Omar Villet"))
    _save(store, b, ("I will appeal the ruling myself", "Villet"))
    assert _names(store) == {"Dana Prell and Omar Villet": 1, "Villet": 1}
