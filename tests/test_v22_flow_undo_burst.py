"""`A y U` typed at once (a reader who changes their mind before the marking is done): the
U came while the write of the A was still running (here: waiting for another process's
write lock, as behind a cron refresh), found nothing on the undo list yet and said "Nothing
to undo", and the items stayed read. The undo now waits for the marking it follows and
restores exactly those items."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from burst_helpers import burst
from newstui.store import Store
from ui_helpers import Seeded, make_app, running, settle


def unread_guids(seeded: Seeded) -> set[str]:
    with Store.open(seeded.db) as store:
        return {item.guid or "" for item in store.items(limit=None) if not item.read}


@contextmanager
def write_lock_held(seeded: Seeded) -> Iterator[None]:
    """Another connection holds the write lock (as a refresh in another process does)."""
    conn = sqlite3.connect(seeded.db, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


async def test_a_y_u_in_one_burst_undoes_the_marking(seeded: Seeded) -> None:
    before = unread_guids(seeded)
    assert before
    app = make_app(seeded)
    async with running(app) as pilot:
        with write_lock_held(seeded):
            burst(app, "A", "y", "U")
            for _ in range(20):
                await pilot.pause(0.02)
        await settle(pilot)
        notice = app.main_screen.status.notice
        assert "Nothing to undo" not in notice
        assert "unread again" in notice
    assert unread_guids(seeded) == before


async def test_a_n_u_in_one_burst_still_has_nothing_to_undo(seeded: Seeded) -> None:
    before = unread_guids(seeded)
    app = make_app(seeded)
    async with running(app) as pilot:
        burst(app, "A", "n", "U")
        await settle(pilot)
        assert app.main_screen.status.notice == "Nothing to undo."
    assert unread_guids(seeded) == before
