"""The item list's age column stands at one place, a column off the pane's edge, whether
the list scrolls or not. A list short enough to need no scrollbar gave its rows the bar's
column too, so the ages ran a column further right and touched the border ("2w▊"), and
the column jumped sideways between a long list and a short one."""

from __future__ import annotations

import pytest

from newstui.service import ItemFilter
from newstui.ui.widgets.item_list import ItemList
from screen_helpers import screen_lines
from ui_helpers import WORLD, Seeded, make_app, press, running


def age_end(app, items: ItemList) -> int:  # type: ignore[no-untyped-def]
    """The screen column just past the first row's age, as the terminal shows it."""
    region = items.region
    line = "".join(segment.text for segment in screen_lines(app)[region.y])
    row = line[region.x : region.right]
    return region.x + len(row.rstrip())


@pytest.mark.parametrize("size", [(80, 14), (100, 30), (120, 40)])
async def test_the_age_column_ends_at_one_place_with_or_without_a_scrollbar(
    seeded: Seeded, size: tuple[int, int]
) -> None:
    app = make_app(seeded)
    async with running(app, size=size) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await press(pilot, "enter")
        screen.choose_list(ItemFilter("feed", WORLD))
        await press(pilot)
        assert not items.show_vertical_scrollbar  # six items: no bar
        short_end = age_end(app, items)
        assert short_end <= items.region.right - 1  # a blank column before the border
        screen.choose_list(ItemFilter("all"))
        await press(pilot)
        if size == (80, 14):
            assert items.show_vertical_scrollbar  # eleven items in a short window: a bar
        assert age_end(app, items) == short_end
