"""Under 60 columns `s` shows the quotes as the one pane (v24). `n` there opened the next
unread item behind them: the quotes changed to another article's, with no word of which
one, and the article `n` is for stayed hidden. The article opened now takes the screen
from the quotes, the focus in it, as Enter on a quote does (`p` too)."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from ui_helpers import Seeded, make_app, open_guid, press, running


def _shown(widget: Widget) -> int:
    """The columns a pane has on screen (0 when it is hidden)."""
    return widget.region.width if widget.region.height else 0


@pytest.mark.parametrize("key", ["n", "p"])
async def test_next_unread_from_the_quotes_alone_shows_the_article_it_opens(seeded: Seeded, key: str) -> None:
    app = make_app(seeded)
    async with running(app, (50, 20)) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-2")
        first = screen.open_item
        assert first is not None
        await press(pilot, "s")
        assert app.focused is screen.quote_sidebar and not _shown(screen.article_view)
        await press(pilot, key)
        assert screen.open_item is not None and screen.open_item.id != first.id
        assert _shown(screen.article_view) >= 48, "the next article stayed behind the quotes"
        assert not _shown(screen.quote_sidebar)
        assert app.focused is screen.article_view
        await press(pilot, "j", "q")  # the article's keys work, and q steps back to the list
        assert screen.open_item is None
        assert app.focused is screen.item_list


async def test_the_quotes_alone_stay_where_n_finds_nothing_to_open(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (50, 20)) as pilot:
        screen = app.main_screen
        await press(pilot, "C", "y")  # everything read
        await open_guid(app, pilot, "world-0")
        await press(pilot, "s", "n")
        assert "No more unread" in screen.status.text
        assert _shown(screen.quote_sidebar) >= 48 and app.focused is screen.quote_sidebar
