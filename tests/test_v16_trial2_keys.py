"""Keys a newsboat hand presses in the first minutes, and what the status line says."""

from __future__ import annotations

import sqlite3

from textual.widgets import Static

from newstui.model import Article, Section
from newstui.ui.app import NewsApp
from newstui.ui.screens.help import HelpScreen
from newstui.ui.screens.links import LinksScreen
from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.screens.stories import StoriesScreen
from ui_helpers import Seeded, make_app, open_guid, press, running, save_article


async def test_u_on_an_article_without_links_says_o_opens_its_page(seeded: Seeded) -> None:
    """The article shows its page's address as its source; "This article has no links." read
    as if that could not be opened either. It now names the key that opens it."""
    plain = Article(
        headline="Ferry timetable changes for winter",
        sections=[Section(None, ["The harbour board agreed a shorter winter timetable on Monday."])],
        source="page",
    )
    save_article(seeded, "tech-0", plain)
    app = make_app(seeded)
    async with running(app) as pilot:
        await open_guid(app, pilot, "tech-0")
        assert app.main_screen.open_item is not None and app.main_screen.open_item.link
        await press(pilot, "u")
        assert not isinstance(app.screen, LinksScreen)
        assert app.main_screen.status.notice == "This article has no links; o opens its page."


def help_headings(app: NewsApp) -> list[str]:
    text = str(app.screen.query_one("#help-text", Static).render())
    return [line for line in text.splitlines() if line and not line.startswith(" ") and "  " not in line][1:]


async def test_help_on_a_who_said_what_page_lists_that_pages_keys_first(seeded: Seeded) -> None:
    """? on the Speakers page listed the reader's keys (items, article, …) and left the page's
    own (e to correct a name) at the very bottom of a long help."""
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert help_headings(app)[0] == "Items"  # the reader's help is as it was
        await press(pilot, "escape")

        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert help_headings(app)[:3] == ["Speakers page (W)", "Speaker's name box (e)", "Who said what pages"]
        await press(pilot, "escape")
        await press(pilot, "escape")

        await press(pilot, "T")
        assert isinstance(app.screen, StoriesScreen)
        await press(pilot, "question_mark")
        assert help_headings(app)[:2] == ["Stories page (T)", "Who said what pages"]


async def test_an_empty_list_with_read_items_hidden_says_h_shows_them(seeded: Seeded) -> None:
    """With H on, a list whose items were all read said "No bookmarks yet: b bookmarks an
    item." (or, for a feed, "No items yet: R refreshes the feeds."), of items that are there."""
    conn = sqlite3.connect(seeded.db)
    with conn:
        conn.execute("UPDATE items SET bookmarked = 0")
        conn.execute("UPDATE items SET bookmarked = 1, read = 1 WHERE id = ?", (seeded.ids["tech-0"],))
    conn.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        await press(pilot, "B")
        assert items.count == 1
        await press(pilot, "H")
        assert items.count == 0
        assert items.empty_hint() == "1 read item hidden: H shows them."
        await press(pilot, "H")
        assert items.count == 1
        conn = sqlite3.connect(seeded.db)
        with conn:
            conn.execute("UPDATE items SET bookmarked = 0")
        conn.close()
        await press(pilot, "H")
        assert items.count == 0
        assert items.empty_hint() == "No bookmarks yet: b bookmarks an item."  # nothing hidden: as before
