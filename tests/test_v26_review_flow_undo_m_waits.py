"""Review of "U undoes the last m too": an `m U` typed while the m's write still waits (a
cron refresh holds the cache's write lock, fast hands) undid the change before the m, an
older A's whole feed marked unread again, and the m stayed. The U waits for the m, as it
waits for an A still marking."""

from __future__ import annotations

import sqlite3

from burst_helpers import burst
from newstui.store import Store
from ui_helpers import Seeded, make_app, press, row_with_guid, running, settle


def read_guids(seeded: Seeded) -> set[str]:
    with Store.open(seeded.db) as store:
        return {item.guid or "" for item in store.items(limit=None) if item.read}


async def test_u_typed_while_the_m_is_written_takes_back_the_m_not_the_a_before(seeded: Seeded) -> None:
    app = make_app(seeded, mark_read_on_open=False)
    async with running(app, (120, 40)) as pilot:
        screen = app.main_screen
        await press(pilot, "A", "y")  # the list's items marked read: U would take them back
        await settle(pilot, rounds=6)
        after_a = read_guids(seeded)
        assert "world-1" in after_a
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-1"))
        await settle(pilot)
        cron = sqlite3.connect(seeded.db, isolation_level=None)
        cron.execute("BEGIN IMMEDIATE")  # another process's write holds the cache (a cron refresh)
        try:
            burst(app, "m", "U")  # the m (read -> unread) waits for the lock
            for _ in range(20):
                await pilot.pause(0.02)
        finally:
            cron.execute("ROLLBACK")
            cron.close()
        for _ in range(10):
            await settle(pilot)
        assert read_guids(seeded) == after_a, screen.status.notice  # the m taken back, the A kept
        assert "Undone" in screen.status.notice
