"""`n n n` typed fast (or n held down), as a newsboat reader skims: each n after the first
looks for the next unread item in a worker, and each new search dropped the one before it
(and started from the same row, the cursor not moved yet): three presses moved one item.
Each n now counts: a press that comes while a search runs waits for it and goes on from
the item it opened."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from newstui.store import Store
from ui_helpers import Seeded, make_app, running, settle


def unread_in_order(seeded: Seeded) -> list[str]:
    with Store.open(seeded.db) as store:
        return [item.guid or "" for item in store.items(limit=None) if not item.read]


@pytest.mark.parametrize("presses", [3, 5])
async def test_each_n_of_a_burst_moves_one_unread_item(seeded: Seeded, presses: int) -> None:
    expected = unread_in_order(seeded)[presses - 1]
    app = make_app(seeded)
    async with running(app) as pilot:
        burst(app, *"n" * presses)
        await settle(pilot)
        screen = app.main_screen
        assert screen.open_item is not None and screen.open_item.guid == expected
        current = screen.item_list.current_item
        assert current is not None and current.guid == expected
