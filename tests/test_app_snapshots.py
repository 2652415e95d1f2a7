"""Snapshot tests (pytest-textual-snapshot) at 80×24 and 160×48, fixed clock and fixed data.

The article is a hand-built `Article` saved into the store, so the screens do not
change when the extractor changes. Update with `pytest --snapshot-update` and look at
the SVGs (tests/__snapshots__/test_app_snapshots/) before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.ui.app import NewsApp
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import app_for, build_store, row_with_guid, settle, write_config


async def open_treaty(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("j", "enter")
    await settle(pilot)


async def open_hostile(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    items = pilot.app.screen.query_one(ItemList)
    items.select_row(row_with_guid(items, "hostile-1"))
    await pilot.press("enter")
    await settle(pilot)


def test_reader_wide(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=open_treaty, terminal_size=(160, 48))


def test_reader_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=open_treaty, terminal_size=(80, 24))


def test_start_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=settle, terminal_size=(80, 24))


def test_sidebar_toggled_on_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_treaty(pilot)
        await pilot.press("s")
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(80, 24))


def test_help_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(80, 24))


def test_links_wide(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_treaty(pilot)
        await pilot.press("l")
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(160, 48))


def test_hostile_text_wide(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=open_hostile, terminal_size=(160, 48))


def test_search_results_wide(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", *"river", "enter")
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(160, 48))


def test_paper_theme_wide(tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    config_path = write_config(tmp_path / "config.toml", theme="newstui-paper")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path), extra_world=40)
    app = app_for(config_path, db)
    assert snap_compare(app, run_before=open_treaty, terminal_size=(160, 48))


def test_mark_all_read_question_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("A")  # on All: everything, after this one-key question
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(80, 24))


def test_sorted_by_title_wide(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("S", "H")  # by title, read items hidden: both named in the status line
        await settle(pilot)
        pilot.app.screen.query_one(ItemList).select_row(0)
        await settle(pilot)

    assert snap_compare(news_app, run_before=run, terminal_size=(160, 48))


# -- who said what (tests/test_app_whosaid.py has the behaviour) ------------------------------


@pytest.fixture
def whosaid_app(tmp_path: Path) -> NewsApp:
    """The fixed store plus a Tech Daily article quoting the treaty item: one story, two outlets."""
    from newstui.service import extractor_version
    from newstui.store import Store
    from whosaid_helpers import TECH_ARTICLE

    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path), extra_world=40)
    store = Store.open(db)
    try:
        store.save_article(ids["tech-0"], TECH_ARTICLE, max(1, extractor_version()))
    finally:
        store.close()
    return app_for(config_path, db)


def test_speakers_wide(whosaid_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)

    assert snap_compare(whosaid_app, run_before=run, terminal_size=(160, 48))


def test_stories_wide(whosaid_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)

    assert snap_compare(whosaid_app, run_before=run, terminal_size=(160, 48))


def test_quote_outlets_wide(whosaid_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_treaty(pilot)
        pilot.app.screen.query_one("#quotes").focus()
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot)

    assert snap_compare(whosaid_app, run_before=run, terminal_size=(160, 48))


def test_story_marks_and_sidebar_wide(whosaid_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(whosaid_app, run_before=open_treaty, terminal_size=(160, 48))
