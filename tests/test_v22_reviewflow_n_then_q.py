"""`n q` typed at once (next, then back out): the q closed the article while the n's search
for the next unread item still ran, and its answer then opened that item after the q, so
the reader was left in an article they had closed. A close drops the search's answer."""

from __future__ import annotations

import pytest

from burst_helpers import burst
from ui_helpers import Seeded, make_app, open_guid, running, settle


@pytest.mark.parametrize("keys", [("n", "q"), ("n", "n", "q")])
async def test_q_after_n_leaves_no_article_open(seeded: Seeded, keys: tuple[str, ...]) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")
        assert app.focused is screen.item_list
        burst(app, *keys)
        await settle(pilot)
        assert screen.open_item is None
        assert screen.item_list.open_id is None


async def test_n_after_n_q_opens_the_next_unread_item(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")
        burst(app, "n", "q", "n")  # the last n is not lost behind the dropped search
        await settle(pilot)
        assert screen.open_item is not None
        current = screen.item_list.current_item
        assert current is not None and current.id == screen.open_item.id
