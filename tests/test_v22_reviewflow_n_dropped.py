"""An n typed while the last n's search ran waits for that search's answer; a reload (a
refresh landing) drops the answer, and the waiting press stayed queued with nothing left to
drain it: the next single n then opened two items, its own and the stale one's."""

from __future__ import annotations

from newstui.store import Store
from ui_helpers import Seeded, make_app, open_guid, press, running, settle


def unread_after(seeded: Seeded, guid: str) -> list[str]:
    with Store.open(seeded.db) as store:
        guids = [item.guid or "" for item in store.items(limit=None)]
        unread = {item.guid for item in store.items(limit=None) if not item.read}
    return [g for g in guids[guids.index(guid) + 1 :] if g in unread]


async def test_one_n_after_a_dropped_search_moves_one_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await open_guid(app, pilot, "world-0")
        screen.action_next_unread()  # its search runs in a worker
        screen.action_next_unread()  # typed with it: waits for its answer
        items.reload()  # a refresh lands before the answer: the answer is dropped
        await settle(pilot)
        opened = screen.open_item
        assert opened is not None and opened.guid
        expected = unread_after(seeded, opened.guid)[0]
        await press(pilot, "n")  # one press, one item
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.guid == expected
        current = items.current_item
        assert current is not None and current.guid == expected
