"""m and b are toggles: pressed twice they leave the item as it was, however fast the
two presses come (a key held down, a double tap the terminal delivers in one read). Each
press read the item's mark as shown, and the screen shows a mark only once the database
took it: the second press, read before the first write was back, wrote the same mark
again, so `m m` left an unread item read (and `b b` left it bookmarked)."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from newstui.store import Store
from ui_helpers import Seeded, make_app, row_with_guid, running, settle


def stored(seeded: Seeded, guid: str) -> tuple[bool, bool]:
    with Store.open(seeded.db) as store:
        item = next(item for item in store.items(limit=None) if item.guid == guid)
        return item.read, item.bookmarked


@pytest.mark.parametrize("key", ["m", "b"])
@pytest.mark.parametrize("presses", [2, 3, 4])
async def test_a_toggle_pressed_in_one_burst_counts_every_press(seeded: Seeded, key: str, presses: int) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        items.select_row(row_with_guid(items, "world-1"))  # unread, not bookmarked
        await settle(pilot)
        before = stored(seeded, "world-1")
        assert before == (False, False)
        burst(app, *[key] * presses)
        await settle(pilot)
        flipped = presses % 2 == 1
        read, bookmarked = stored(seeded, "world-1")
        shown = items.current_item
        assert shown is not None and shown.guid == "world-1"
        if key == "m":
            assert read is flipped and shown.read is flipped
        else:
            assert bookmarked is flipped and shown.bookmarked is flipped
