"""The item orders and the order-key queries behind n/p, row keeping and "mark all read"
(store.ITEM_ORDERS, Store.neighbour_item, Store.row_of, Store.unread_ids) on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.model import ItemFilter, ParsedItem
from newstui.store import ITEM_ORDERS, Store
from ui_helpers import NOW, WORLD, build_store, write_config


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path), extra_world=5)
    opened = Store.open(db)
    # Ties on every key but the id: same title, same date (the id must break them).
    opened.upsert_items(
        WORLD, [ParsedItem("Same", guid=f"same-{n}", published=NOW - timedelta(days=1)) for n in range(3)]
    )
    yield opened
    opened.close()


FILTERS = [
    ItemFilter(),
    ItemFilter("unread"),
    ItemFilter("feed", WORLD),
    ItemFilter("tag", "tech"),
    ItemFilter("search", "story"),
]


@pytest.mark.parametrize("order", sorted(ITEM_ORDERS))
@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: f.kind)
def test_neighbours_and_rows_agree_with_the_listed_order(store: Store, order: str, filters: ItemFilter) -> None:
    listed = store.items(filters, limit=None, order=order)
    assert listed, "the fixture lists something for every filter"
    total = len(listed)
    # Paging from the far end (the reversed query) gives the same rows.
    assert [i.id for i in store.items(filters, limit=3, offset=total - 3, total=total, order=order)] == [
        i.id for i in listed[-3:]
    ]
    for row, item in enumerate(listed):
        assert store.row_of(item.id, filters, order=order) == row
        after = store.neighbour_item(item.id, filters, after=True, order=order, unread_only=False)
        before = store.neighbour_item(item.id, filters, after=False, order=order, unread_only=False)
        assert (after.id if after else None) == (listed[row + 1].id if row + 1 < total else None)
        assert (before.id if before else None) == (listed[row - 1].id if row else None)
        next_unread = next((i.id for i in listed[row + 1 :] if not i.read), None)
        found = store.neighbour_item(item.id, filters, after=True, order=order, anchor_read=item.read)
        assert (found.id if found else None) == next_unread


def test_a_read_anchor_still_finds_its_neighbours_by_its_listed_place(store: Store) -> None:
    # Unread first: an item read after it was listed still stands among the unread rows.
    listed = store.items(limit=None, order="unread")
    first, second = listed[0], listed[1]
    store.set_read(first.id, True)
    found = store.neighbour_item(first.id, after=True, order="unread", anchor_read=False)
    assert found is not None and found.id == second.id
    # Without the listed state it stands among the read items: nothing unread after it.
    assert store.neighbour_item(first.id, after=True, order="unread") is None


def test_unread_ids_are_exactly_the_unread_items_of_the_filter(store: Store) -> None:
    for filters in FILTERS:
        expected = {i.id for i in store.items(filters, limit=None) if not i.read}
        assert set(store.unread_ids(filters)) == expected


def test_a_gone_item_has_no_row_and_no_neighbours(store: Store) -> None:
    assert store.row_of(999_999) is None
    assert store.neighbour_item(999_999) is None
