"""On a terminal narrower than 60 columns (a tmux split, a phone) the list and the article
took their side-by-side shares and the article got three or four columns, one word broken
over each line. There they now take turns, as newsboat's article list and article view do:
Enter shows the article over the whole width (the focus in it), q brings the list back, and
a wider terminal shows both again."""

from __future__ import annotations

import pytest

from ui_helpers import Seeded, make_app, press, running, settle


@pytest.mark.parametrize("width", [40, 50])
async def test_the_list_and_the_article_take_turns_on_a_narrow_terminal(seeded: Seeded, width: int) -> None:
    app = make_app(seeded)
    async with running(app, (width, 20)) as pilot:
        screen = app.main_screen
        column = screen.query_one("#list-column")
        assert column.region.width == width  # the list has the screen to itself
        assert not screen.article_view.region.width
        await press(pilot, "j", "enter")
        assert screen.open_item is not None
        assert screen.article_view.region.width >= width - 2  # the bar down its edge
        assert not column.region.width
        assert app.focused is screen.article_view  # j/k, space scroll what is shown
        await press(pilot, "n")  # next unread: still reading, still one pane
        assert screen.article_view.region.width >= width - 2
        await press(pilot, "q")
        assert screen.open_item is None
        assert column.region.width == width
        assert app.focused is screen.item_list
        await press(pilot, "enter")
        await pilot.resize_terminal(100, 30)  # wide again: side by side, the article still open
        await settle(pilot)
        assert column.region.width and screen.article_view.region.width > 40
        await pilot.resize_terminal(width, 20)
        await settle(pilot)
        assert screen.article_view.region.width >= width - 2 and not column.region.width
