"""`u` is newsboat's show-urls: it lists the article's links, as `l` does. It was "undo mark
all read", so a newsboat hand reaching for the links after `A` marked the whole feed unread
again. The undo is `U` now."""

from __future__ import annotations

from pathlib import Path

from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.screens.confirm import ConfirmScreen
from newstui.ui.screens.links import LinksScreen
from ui_helpers import Seeded, make_app, press, running


def unread_count(db: Path) -> int:
    with Store.open(db) as store:
        return store.count_items(ItemFilter("unread"))


async def test_u_lists_the_links_and_closes_them(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "j", "enter", "u")  # the treaty article has links
        assert isinstance(app.screen, LinksScreen)
        await press(pilot, "u")  # as in newsboat's URL view, the key that opened it closes it
        assert not isinstance(app.screen, LinksScreen)


async def test_u_after_mark_all_read_leaves_the_marks_and_capital_u_undoes(seeded: Seeded) -> None:
    app = make_app(seeded)
    before = unread_count(seeded.db)
    async with running(app) as pilot:
        await press(pilot, "j", "enter")
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "y")
        assert unread_count(seeded.db) == 0
        assert app.main_screen.status.notice.endswith("read in all feeds (U undoes)")
        await press(pilot, "u")
        assert isinstance(app.screen, LinksScreen)
        await press(pilot, "escape")
        assert unread_count(seeded.db) == 0  # u never undid the marks
        await press(pilot, "U")
        assert unread_count(seeded.db) == before - 1  # the article opened before A stays read


async def test_capital_c_marks_every_feed_read_after_asking(seeded: Seeded) -> None:
    """newsboat's C (mark-all-feeds-read) did nothing: here it asks, then marks everything,
    even from one feed's list (where A marks only that feed)."""
    from newstui.ui.messages import FilterChosen
    from ui_helpers import TECH, settle

    app = make_app(seeded)
    before = unread_count(seeded.db)
    async with running(app) as pilot:
        app.main_screen.post_message(FilterChosen(ItemFilter("feed", TECH)))
        await settle(pilot)
        await press(pilot, "C")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == f"Mark {before} unread items in all feeds read?"
        await press(pilot, "y")
        assert unread_count(seeded.db) == 0


async def test_u_before_reading_says_how_to_get_links(seeded: Seeded) -> None:
    """u (or l) in the list with nothing open said "This article has no links.", of no article."""
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "u")
        assert not isinstance(app.screen, LinksScreen)
        assert app.main_screen.status.notice == "No article open: ⏎ opens one, then its links."
