"""A quote on the Speakers page can come from an item a filter rule hides (the quote index
keeps it): no list holds that item. Opened, it switched the list shown to the item's feed,
which lacks it, and the cursor landed on another item beside the article in view. With
no list to put the cursor in, the list shown now stays as it was."""

from __future__ import annotations

from pathlib import Path

from newstui.config import load_config
from newstui.service import ItemFilter
from ui_helpers import app_for, build_store, running, settle, write_config
from whosaid_helpers import open_quote_from_speakers

HIDE_TREATY = """
[[filters]]
match = 'title contains "treaty"'
action = "hide"
"""


async def test_a_hidden_items_quote_leaves_the_list_alone(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    config_path.write_text(config_path.read_text(encoding="utf-8") + HIDE_TREATY, encoding="utf-8")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app) as pilot:
        screen = app.main_screen
        await settle(pilot)
        before = screen.item_list.current_item
        assert before is not None
        await open_quote_from_speakers(app, pilot, "We have written rules")
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.id == ids["world-0"]
        # The list shown stays, its cursor where it was: no list holds the item to go to.
        assert screen.item_filter == ItemFilter("all")
        current = screen.item_list.current_item
        assert current is not None and current.id == before.id
