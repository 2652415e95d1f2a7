"""b on an item another process deleted while the list showed it (`newstui gc`, a refresh's
retention): the store raises ItemGone, and the reader says "Not saved" and leaves the row
without its star, however many presses come in one burst (PendingMarks hands each write the
value last asked for: an odd burst asks for the bookmark, and fails as a single b does; an
even one asks for none, which is what the deleted item has). Nothing is stored."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from newstui.store import Store
from ui_helpers import Seeded, make_app, prune_world_elsewhere, row_with_guid, running, settle


@pytest.mark.parametrize("presses", [1, 2, 3])
async def test_bookmarking_a_deleted_item_says_not_saved_and_shows_no_star(seeded: Seeded, presses: int) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-3"))
        await settle(pilot)
        assert prune_world_elsewhere(seeded.db) == 5  # another connection deletes it, as gc does
        burst(app, *"b" * presses)
        await settle(pilot)
        shown = items.current_item
        assert shown is not None and shown.guid == "world-3" and not shown.bookmarked
        failures = [n for n in app._notifications if n.title == "Not saved"]
        if presses % 2:
            assert failures and "deleted" in failures[-1].message
            assert screen.status.notice.startswith("Could not bookmark the item")
        else:
            assert not failures
        with Store.open(seeded.db) as store:
            assert [i.guid for i in store.items(limit=None) if i.bookmarked] == ["tech-1"]
