"""Titles with emoji sequences or in a right-to-left script kept the item list's columns in
line only for Textual: a terminal that adds up an emoji sequence's code points (xterm, tmux,
VTE) drew "☀️" one cell and "👍🏽" four where Textual laid out two, so those rows' feed and age
columns stood a cell or two off, and a bidi terminal turned a row that starts with a Hebrew
title right to left. Each row now has the same columns under both counts, and a row with a
right-to-left title starts with a left-to-right letter."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from rich.cells import cell_len, get_character_cell_size

from newstui.config import load_config
from newstui.model import ParsedItem
from newstui.store import Store
from newstui.ui.cells import steady
from ui_helpers import HOSTILE, NOW, WORLD, Seeded, make_app, running

TITLES = [
    "Harvest fair 👨‍👩‍👧‍👦 fills the valley roads",
    "Divers 👩‍🔬 count the coral 🏳️‍🌈 and flags 🇪🇸 at dawn",
    "A bright ☀️ week ❤️ for kite ✈️ flyers",
    "Thumbs 👍🏽 up from the coder 🧑🏿‍💻 crowd",
    "Keycaps 1️⃣ and 2️⃣ on the ballot",
    "חדשות הערב מהעמק הצפוני 2026",
    "أخبار المساء من الوادي الشمالي",
]


def _by_code_points(text: str) -> int:
    """Cells as xterm, tmux and VTE count them: each code point on its own."""
    return sum(get_character_cell_size(character) for character in text)


def _first_strong(text: str) -> str:
    """The bidi class of the first strong letter, which a bidi terminal takes for the row's
    direction ("L": left to right)."""
    return next((kind for c in text if (kind := unicodedata.bidirectional(c)) in ("L", "R", "AL")), "")


@pytest.mark.parametrize("width", [80, 120])
async def test_emoji_and_right_to_left_titles_keep_the_item_list_columns(seeded: Seeded, width: int) -> None:
    store = Store.open(seeded.db)
    try:
        store.sync_feeds(load_config(seeded.config_path).feeds)
        store.upsert_items(
            WORLD,
            [
                ParsedItem(
                    title, link=f"http://news.test/odd/{n}", guid=f"odd-{n}", published=NOW - timedelta(minutes=10 + n)
                )
                for n, title in enumerate(TITLES)
            ],
        )
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app, (width, 30)):
        items = app.main_screen.item_list
        width_shown = items.scrollable_content_region.width
        rows = {}
        for y in range(min(items.count, items.size.height)):
            item = items.item_at(y)
            if item is not None and item.feed_title == "World Desk":
                rows[item.guid] = items.render_line(y).text
        assert {f"odd-{n}" for n in range(len(TITLES))} <= rows.keys(), rows
        columns = set()
        for guid, row in rows.items():
            # The whole row, and the cells before its feed column, the same by both counts.
            assert cell_len(row) == _by_code_points(row) == width_shown, (guid, row)
            feed = row.index(" World")
            columns |= {cell_len(row[:feed]), _by_code_points(row[:feed])}
            assert _first_strong(row) == "L", (guid, row)
        assert len(columns) == 1, rows


def test_steady_keeps_plain_text_and_cuts_emoji_sequences_to_their_first_emoji() -> None:
    assert steady("Weekly notes, café and 日本語") == "Weekly notes, café and 日本語"
    assert steady("a ☀️ b 👍🏽 c 👩‍🔬 d") == "a ☀ b 👍 c 👩 d"
    for title in TITLES:
        assert cell_len(steady(title)) == _by_code_points(steady(title)), title


async def test_a_feed_title_with_emoji_sequences_ends_in_its_pane(seeded: Seeded) -> None:
    """The feed list draws a feed's own title (no title in the config) with the same width by
    both counts, so its line ends where Textual cut it, not a cell or two into the border."""
    store = Store.open(seeded.db)
    try:
        store.record_fetch(HOSTILE, status=200, title="Night sky 👩‍🚀 notes ☀️ and 🧑🏽‍🔭 reports from the hills")
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app, (100, 80)):  # tall: the feed list shows every feed
        feeds = app.main_screen.feed_list
        lines = [feeds.render_line(y).text for y in range(feeds.size.height)]
        assert any("Night sky" in line for line in lines), lines
        for line in lines:
            assert cell_len(line) == _by_code_points(line), line
