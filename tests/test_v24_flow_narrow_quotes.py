"""Under 60 columns the screen shows one pane at a time (v23), but `s` while reading put the
quotes beside the article, which was left a strip of a few columns, a word or two a line.
There the quotes now take the screen as the article does: `s` (or q, or Enter on a quote,
which shows it in the article) brings the article back; the focus is always on the pane shown."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from ui_helpers import Seeded, make_app, open_guid, press, running, settle


def _shown(widget: Widget) -> int:
    """The columns a pane has on screen (0 when it is hidden)."""
    return widget.region.width if widget.region.height else 0


@pytest.mark.parametrize("width", [45, 58])
async def test_the_quotes_take_the_screen_in_turn_with_the_article_on_a_narrow_terminal(
    seeded: Seeded, width: int
) -> None:
    app = make_app(seeded)
    async with running(app, (width, 20)) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")
        await press(pilot, "s")
        assert _shown(screen.quote_sidebar) >= width - 2
        assert not _shown(screen.article_view), "the article squeezed beside the quotes"
        assert app.focused is screen.quote_sidebar
        await press(pilot, "s")  # the quotes fold away: the article again, the focus in it
        assert _shown(screen.article_view) >= width - 2
        assert not _shown(screen.quote_sidebar)
        assert app.focused is screen.article_view
        await press(pilot, "s", "q")  # q steps back from the quotes to the article, not further
        assert screen.open_item is not None
        assert _shown(screen.article_view) >= width - 2 and app.focused is screen.article_view
        await press(pilot, "s", "j", "enter")  # Enter on a quote shows it in the article
        assert _shown(screen.article_view) >= width - 2 and app.focused is screen.article_view
        assert not _shown(screen.quote_sidebar)


async def test_the_quotes_with_no_article_open_take_the_screen_alone(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (45, 20)) as pilot:
        screen = app.main_screen
        await press(pilot, "s")
        assert _shown(screen.quote_sidebar) >= 43
        assert not _shown(screen.article_view) and app.focused is screen.quote_sidebar
        await pilot.resize_terminal(100, 30)  # room for two: the quotes beside the article
        await settle(pilot)
        assert _shown(screen.article_view) > 40 and _shown(screen.quote_sidebar) > 20
