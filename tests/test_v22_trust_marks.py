"""A mark of "unread" on items another process deleted tells the caller, as a bookmark does.

The reader lists an item; a cron `newstui gc` (or a refresh's retention in another process)
deletes it; the user marks it unread (m on a read item, or U undoing a mark of a feed) to come
back to it. `set_read` changed no row and raised nothing, so the reader said "Marked unread"
about an item that was gone for good. Now, when none of the items is there any more, the store
raises ItemGone. Marking read an item that is gone is no error (gone is as good as read: the
reader opening an item gc just deleted must not cry "Not saved"); items still there are marked
as ever, and a mix marks those that are there. Real database file, real `newstui gc` in
another process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cli_helpers import newstui_on
from newstui.errors import ItemGone
from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

FEED = "http://127.0.0.1:9/harbour.xml"


def _listed_then_collected(tmp_path: Path, store: Store) -> dict[str, int]:
    """Two notices listed (ids by title), then a `newstui gc` in another process keeping one."""
    day = datetime(2026, 11, 2, 9, 41, tzinfo=UTC)
    store.upsert_items(
        FEED,
        [
            ParsedItem(title=f"Notice {n}", link=None, guid=f"n{n}", summary="s", published=day - timedelta(hours=n))
            for n in range(2)
        ],
    )
    ids = {i.title: i.id for i in store.items(ItemFilter("feed", FEED), limit=10)}
    store.set_read(list(ids.values()))  # gc keeps unread items
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nmax_items = 1\n[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")
    gc = newstui_on(config, store.path, "gc")
    assert gc.returncode == 0, gc.stderr
    return ids


def test_marking_unread_an_item_gc_deleted_meanwhile_raises_item_gone(tmp_path: Path) -> None:
    with Store.open(tmp_path / "news.db") as store:
        ids = _listed_then_collected(tmp_path, store)
        with pytest.raises(ItemGone, match="deleted .* it was not marked unread"):
            store.set_read(ids["Notice 1"], False)
        with pytest.raises(ItemGone, match="items were deleted"):
            store.set_read([ids["Notice 1"], ids["Notice 1"] + 100], False)
        store.set_read([ids["Notice 1"]])  # read: gone is as good as read
        assert [i.title for i in store.items(ItemFilter("feed", FEED), limit=10)] == ["Notice 0"]


def test_marks_on_items_still_there_are_stored_and_a_mix_marks_those_there(tmp_path: Path) -> None:
    with Store.open(tmp_path / "news.db") as store:
        ids = _listed_then_collected(tmp_path, store)
        store.set_read([ids["Notice 0"], ids["Notice 1"]], False)  # one of two gone: no error
        (left,) = store.items(ItemFilter("feed", FEED), limit=10)
        assert left.title == "Notice 0" and not left.read
        store.set_read(ids["Notice 0"], False)  # already unread: nothing changes, and nothing is gone
        store.set_read(ids["Notice 0"])
        (left,) = store.items(ItemFilter("feed", FEED), limit=10)
        assert left.read
        store.set_read([])  # nothing asked: nothing to say
