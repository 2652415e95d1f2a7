"""A cron `newstui refresh` while the reader is open (refresh_minutes = 0 in the app, cron
fetching every 15 minutes): its new items never showed. The feed list kept its old unread
counts and the item list its old rows until R (which fetched every feed again) or a restart.
The app now notices items another process stored and shows them as after its own refresh:
at the top of the list, the cursor on the item it was on, the counts updated."""

from __future__ import annotations

from datetime import timedelta

from newstui.model import ParsedItem
from newstui.store import Store
from newstui.ui.screens import main as main_module
from ui_helpers import NOW, WORLD, Seeded, make_app, running, settle


def cron_refresh(seeded: Seeded, count: int) -> None:
    """What `newstui refresh` does to the cache, from its own connection."""
    store = Store.open(seeded.db)
    try:
        store.upsert_items(
            WORLD,
            [
                ParsedItem(
                    f"Late edition {n}",
                    link=f"http://news.test/world/late/{n}",
                    guid=f"late-{n}",
                    summary="Filed by the night desk.",
                    published=NOW - timedelta(minutes=10 + n),
                )
                for n in range(count)
            ],
        )
    finally:
        store.close()


async def test_items_a_cron_refresh_stored_show_up_without_r(seeded: Seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_module, "OUTSIDE_CHECK_SECONDS", 0.2)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await pilot.press("j", "j")
        await settle(pilot)
        before = items.current_item
        count = items.count
        unread = screen.feed_list.get_option("unread").prompt  # the Unread entry's label
        cron_refresh(seeded, 2)
        for _ in range(100):  # the check runs every OUTSIDE_CHECK_SECONDS
            await pilot.pause(0.05)
            if items.count == count + 2:
                break
        await settle(pilot)
        assert items.count == count + 2
        assert items.current_item is not None and before is not None
        assert items.current_item.id == before.id  # the cursor stays on its item
        assert screen.feed_list.get_option("unread").prompt != unread  # the counts are read again
        assert screen.status.notice.startswith("New items from a refresh outside the app")
