"""j and k stop at the ends of the feed list, as they do in the item list (and in newsboat).
Textual's OptionList goes round: k on All jumped to the last feed, which on a long list is
a lost place."""

from __future__ import annotations

from ui_helpers import Seeded, make_app, press, running


async def test_k_at_the_top_and_j_at_the_bottom_stay_put(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        feeds = app.main_screen.feed_list
        feeds.focus()
        feeds.highlighted = 0
        await press(pilot, "k")
        assert feeds.highlighted == 0
        await press(pilot, "j")
        assert feeds.highlighted == 1
        last = feeds.option_count - 1
        feeds.highlighted = last
        await press(pilot, "j")
        assert feeds.highlighted == last
        await press(pilot, "k")
        assert feeds.highlighted is not None and feeds.highlighted < last
        assert not feeds.get_option_at_index(feeds.highlighted).disabled
