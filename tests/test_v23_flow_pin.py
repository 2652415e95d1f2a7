"""The pinned row (H, or a reload of the Unread list, keeps the open item listed while it is
read) is a row like the others: it carries its story mark ("+1") when a story forms while it is
pinned, and moving the cursor across a page edge below it tells the article pane which item is
highlighted (the page loaded after the move named the wrong page, and the pane kept the old
item's title)."""

from __future__ import annotations

from pathlib import Path

from newstui.config import load_config
from newstui.model import Article, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.widgets.item_list import PAGE
from ui_helpers import (
    NOW,
    TECH_TITLES,
    WORLD_TITLES,
    Seeded,
    app_for,
    build_store,
    make_app,
    open_guid,
    pane_text,
    press,
    running,
    settle,
    write_config,
)

# Two invented reports of one event, by two feeds: enough shared words to make one story.
FERRY_ONE = Article(
    headline="Night ferry to Oskarholm cancelled after the harbour crane fails",
    published=NOW,
    sections=[
        Section(
            None,
            [
                "The last ferry from Brenn to Oskarholm was cancelled on Tuesday after the harbour crane at"
                " Brenn jammed with a lorry on board the loading ramp.",
                "Travellers slept in the Brenn terminal hall while engineers freed the ramp of the crane.",
            ],
        )
    ],
)
FERRY_TWO = Article(
    headline="Harbour crane failure strands travellers at Brenn terminal",
    published=NOW,
    sections=[
        Section(
            None,
            [
                "A jammed harbour crane at Brenn cancelled the last ferry to Oskarholm on Tuesday, and"
                " travellers slept in the Brenn terminal hall while engineers freed the loading ramp.",
            ],
        )
    ],
)


async def test_the_pinned_row_gets_its_story_mark_when_a_story_forms(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app, (160, 40)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await open_guid(app, pilot, "world-1")
        await press(pilot, "H")
        assert items._pin is not None and items._pin[0].guid == "world-1"  # listed as the pinned row
        assert ids["world-1"] not in items._outlets
        # The articles are fetched in the background and make a story of the two items.
        with Store.open(db) as store:
            store.save_article(ids["world-1"], FERRY_ONE, max(1, extractor_version()))
            store.save_article(ids["tech-1"], FERRY_TWO, max(1, extractor_version()))
        assert app.main_screen.item_list.library.story_outlets([ids["world-1"]]) == {ids["world-1"]: 1}
        items.refresh_story_marks()
        await settle(pilot)
        assert items._outlets.get(ids["world-1"]) == 1
        row = items._pin[1]
        line = items.render_line(row - int(items.scroll_y)).text
        assert "+1" in line


async def test_the_pinned_row_is_marked_when_the_list_loads(tmp_path: Path) -> None:
    """The load that pins the row reads the marks of the pinned item as of its first page."""
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app, (160, 40)) as pilot:
        items = app.main_screen.item_list
        await open_guid(app, pilot, "world-1")
        with Store.open(db) as store:
            store.save_article(ids["world-1"], FERRY_ONE, max(1, extractor_version()))
            store.save_article(ids["tech-1"], FERRY_TWO, max(1, extractor_version()))
        items._outlets.clear()  # as a fresh list: nothing known of the open item's story
        await press(pilot, "H")
        assert items._pin is not None and items._pin[0].guid == "world-1"
        assert items._outlets.get(ids["world-1"]) == 1


async def test_a_move_across_a_page_edge_below_the_pinned_row_previews_the_item_there(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    # Unread and listed after H: every item but the two read ones and the open one (pinned).
    extra = 2 * PAGE - (len(WORLD_TITLES) + len(TECH_TITLES) + 1 - 3)
    build_store(db, load_config(config_path), extra_world=extra)
    seeded = Seeded(config_path, db, {})
    app = make_app(seeded)
    async with running(app, (120, 40)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        await open_guid(app, pilot, "world-3")
        await press(pilot, "H")
        await press(pilot, "q")  # closed: the row stays pinned until the next reload
        assert items._pin is not None and items._pin[1] < 2 * PAGE
        assert screen.open_item is None
        # The last row, 2 * PAGE, is the store's row 2 * PAGE - 1: the last of page 1, not loaded yet.
        assert items.count == 2 * PAGE + 1
        assert 1 not in items._pages
        await press(pilot, "G")
        assert items.cursor == 2 * PAGE
        await settle(pilot)
        shown = items.current_item
        assert shown is not None
        assert shown.title in pane_text(screen.article_view)
