"""At 80 columns the item list showed 14 characters of each title ("Ministers agr…"), 18 at
120: the list column had 40% (32% from 120 columns) of the width whether an article was
open or the article pane only previewed the highlighted item in a few lines. While
browsing (no article open) the list now takes 60% of a narrow terminal and half of a
wide one, and an opened article gets its room back."""

from __future__ import annotations

import pytest

from ui_helpers import Seeded, make_app, press, running


@pytest.mark.parametrize("width", [80, 100])
async def test_a_narrow_terminal_shows_titles_readably_while_browsing(seeded: Seeded, width: int) -> None:
    app = make_app(seeded)
    async with running(app, size=(width, 24)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.focus()
        await press(pilot)
        rows = [items.render_line(y).text for y in range(min(items.count, items.size.height))]
        titles = [item.title for row in range(len(rows)) if (item := items.item_at(row)) is not None]
        assert titles
        for title, row in zip(titles, rows, strict=True):
            assert title[:24] in row, (title, row)


async def test_an_open_article_gets_its_room_back_and_q_gives_it_to_the_list(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        screen = app.main_screen
        screen.item_list.focus()
        await press(pilot)
        browsing = screen.article_view.size.width
        await press(pilot, "enter")
        assert screen.open_item is not None
        reading = screen.article_view.size.width
        assert reading >= 43, reading  # as wide as before: 60% of 80 columns, its border and scrollbar off
        assert browsing < reading
        await press(pilot, "q")
        assert screen.open_item is None
        assert screen.article_view.size.width == browsing


async def test_at_120_columns_browsing_gives_the_list_half_and_reading_the_article_its_room(seeded: Seeded) -> None:
    """At 120 columns the list column had 32% (38 columns, 18 characters of a title) while
    the article pane previewed the highlighted item in a few lines."""
    app = make_app(seeded)
    async with running(app, size=(120, 40)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.focus()
        await press(pilot)
        assert screen.query_one("#list-column").size.width >= 59  # half, the border off
        first = items.item_at(0)
        assert first is not None and first.title[:34] in items.render_line(0).text
        await press(pilot, "enter")
        assert screen.open_item is not None
        assert screen.query_one("#list-column").size.width <= 38  # 32%, as before
        await press(pilot, "q")
        assert screen.query_one("#list-column").size.width >= 59  # half, the border off
