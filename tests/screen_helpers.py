"""What the app shows, read back by the app tests: the screen's rows with their styles
(screen_lines), the key footer's keys, a feed's row in the feed list (feed_prompt, on_feed),
and the rows of a list that can be chosen (enabled)."""

from __future__ import annotations

from textual.strip import Strip
from textual.widgets import OptionList

from newstui.ui.app import NewsApp
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.key_footer import KeyFooter
from ui_helpers import press, settle


def screen_lines(app: NewsApp) -> list[Strip]:
    """The screen as the terminal gets it: one strip a row, with each cell's style."""
    return app.screen._compositor.render_strips()


def footer_keys(app: object) -> list[tuple[str, str]]:
    """(key, what it does) of each key the footer shows now."""
    from textual.app import App

    assert isinstance(app, App)
    footer = app.screen.query_one(KeyFooter)
    return [(key.key_display, key.description) for key in footer._shown]


def feed_prompt(feed_list: FeedList, url: str) -> str:
    """The text of the feed's row in the feed list."""
    for index in range(feed_list.option_count):
        option = feed_list.get_option_at_index(index)
        if option.id is not None and option.id.startswith(f"feed:{url}"):
            return str(option.prompt)
    raise AssertionError(f"{url} is not in the feed list")


def enabled(listing: OptionList) -> list[int]:
    """The indexes of the rows not disabled: the ones the cursor can land on."""
    return [i for i in range(listing.option_count) if not listing.get_option_at_index(i).disabled]


async def on_feed(pilot: object, app: object, url: str) -> FeedList:
    """Step back to the feed list (q) and highlight a feed's row."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await press(pilot, "q")
    feeds = pilot.app.main_screen.feed_list  # type: ignore[attr-defined]
    assert isinstance(pilot.app.focused, FeedList)
    index = next(
        i for i in range(feeds.option_count) if (feeds.get_option_at_index(i).id or "").startswith(f"feed:{url}")
    )
    feeds.highlighted = index
    await settle(pilot)
    return feeds
