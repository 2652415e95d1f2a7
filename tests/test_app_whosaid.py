"""Who said what in the app, on a real store: speakers page, rename, stories, outlets of a
quote, the item list's story marks, quote search and the config's [speakers] corrections."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from newstui.store import Store
from newstui.ui.screens.speakers import QuoteSearchScreen, SpeakersScreen
from newstui.ui.screens.stories import OutletsScreen, StoriesScreen
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from newstui.ui.widgets.speaker_quotes import QuoteResults
from newstui.whosaid import index as qi
from ui_helpers import (
    HOSTILE_TITLE,
    press,
    row_with_guid,
    running,
    settle,
)
from whosaid_helpers import SHARED, WIDE, make_app


def prompts(option_list: OptionList) -> list[str]:
    return [option_list.get_option_at_index(i).prompt.plain for i in range(option_list.option_count)]  # type: ignore[union-attr]


async def open_item(pilot, guid: str) -> None:  # type: ignore[no-untyped-def]
    items = pilot.app.screen.query_one(ItemList)
    items.select_row(row_with_guid(items, guid))
    items.focus()
    await press(pilot, "enter")


@pytest.mark.asyncio
async def test_feed_list_counts_speakers_and_stories(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, WIDE):
        shown = prompts(app.screen.query_one(FeedList))
        # Lena Okafor, Tomas Berg, Mallory Smith (hostile) and Dana Wu; one story: world-0 and tech-0.
        assert "Speakers (4)" in shown and "Stories (1)" in shown


@pytest.mark.asyncio
async def test_speaker_page_lists_quotes_newest_first_and_opens_the_article_at_the_quote(tmp_path: Path) -> None:
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        feeds = app.screen.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = feeds.get_option_index("view:speakers")
        await press(pilot, "enter")
        assert isinstance(app.screen, SpeakersScreen)
        speakers = prompts(app.screen.query_one("#speaker-list", OptionList))
        assert speakers[0].startswith("Lena Okafor") and "3 quotes · 2 outlets" in speakers[0]
        quotes = app.screen.query_one(QuoteResults)
        shown = prompts(quotes)
        # Newest first: the Tech Daily item (1 h old) before the World Desk ones (3 h), each with outlet and date.
        assert shown[0].startswith("“" + SHARED) and "Tech Daily · 14 Mar 2026" in shown[0]
        assert "World Desk · 14 Mar 2026" in shown[-1]
        assert [q.item_id for q in quotes.quotes] == [ids["tech-0"], ids["world-0"], ids["world-0"]]
        await pilot.press("enter")  # the speakers list: Enter moves to their quotes
        assert app.screen.focused is quotes
        wanted = next(i for i, q in enumerate(quotes.quotes) if q.text.startswith("We have written rules"))
        quotes.highlighted = quotes.get_option_index(str(wanted))
        await press(pilot, "enter")
        main = app.main_screen
        assert app.screen is main and main.open_item is not None and main.open_item.id == ids["world-0"]
        # Scrolled to the paragraph of that quote (section 1, paragraph 3), not the top.
        block = main.article_view._paragraphs[(1, 3)]
        for _ in range(200):  # up to 10 s: the article loads in a worker, slow on a loaded machine
            if main.article_view.scroll_y > 0:
                break
            await pilot.pause(0.05)
        assert main.article_view.scroll_y > 0
        assert (
            main.article_view.scroll_y == pytest.approx(block.virtual_region.y, abs=1)
            or main.article_view.scroll_y == main.article_view.max_scroll_y
        )


@pytest.mark.asyncio
async def test_correcting_a_speakers_name_persists(tmp_path: Path) -> None:
    app, _, db = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        await press(pilot, "e")
        box = app.screen.query_one(Input)
        assert box.value == "Lena Okafor"
        box.value = "Lena Okafor-Mensah"
        await press(pilot, "enter")
        assert isinstance(app.screen, SpeakersScreen)
        speakers = prompts(app.screen.query_one("#speaker-list", OptionList))
        assert speakers[0].startswith("Lena Okafor-Mensah") and "3 quotes" in speakers[0]
        assert not any(s.startswith("Lena Okafor\n") for s in speakers)
    store = Store.open(db)
    try:
        names = {s.name: s.quotes for s in qi.speakers(store, limit=None)}
    finally:
        store.close()
    assert names.get("Lena Okafor-Mensah") == 3 and "Lena Okafor" not in names


@pytest.mark.asyncio
async def test_sidebar_says_which_quotes_other_outlets_carry_and_lists_them(tmp_path: Path) -> None:
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await open_item(pilot, "world-0")
        sidebar = app.screen.query_one(QuoteSidebar)
        shown = prompts(sidebar)
        assert shown[0].endswith("also in 1 outlet")
        assert not any("also in" in text for text in shown[1:])
        sidebar.focus()
        sidebar.highlighted = 0
        await press(pilot, "a")
        assert isinstance(app.screen, OutletsScreen)
        listed = prompts(app.screen.query_one(OptionList))
        assert len(listed) == 2 and listed[0].startswith("Tech Daily") and "(open now)" in listed[1]
        await press(pilot, "enter")
        assert app.screen is app.main_screen and app.main_screen.open_item.id == ids["tech-0"]  # type: ignore[union-attr]
        # A quote nobody else carries says so instead of opening an empty list.
        sidebar = app.screen.query_one(QuoteSidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index("1")
        await press(pilot, "a")
        assert app.screen is app.main_screen


@pytest.mark.asyncio
async def test_item_list_marks_the_items_of_a_story(tmp_path: Path) -> None:
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        items = app.screen.query_one(ItemList)
        rows = {items.item_at(r).id: items.render_line(r).text for r in range(items.count)}  # type: ignore[union-attr]
        # With the feed named: "World Desk +1", the feed and one other outlet (the name cut to fit).
        assert re.search(r" World De\S* \+1 ", rows[ids["world-0"]]) and re.search(
            r" Tech Da\S* \+1 ", rows[ids["tech-0"]]
        )
        assert sum(" +1 " in row for row in rows.values()) == 2
        # One feed's list names no feed: the mark says what it counts.
        await pilot.press("tab")
        feeds = app.screen.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(
            i
            for i in range(feeds.option_count)
            if (feeds.get_option_at_index(i).id or "").startswith("feed:http://feeds.test/world")
        )
        await press(pilot, "enter")
        row = next(r for r in range(items.count) if items.item_at(r).id == ids["world-0"])  # type: ignore[union-attr]
        assert "+1 outlet " in items.render_line(row - int(items.scroll_y)).text


@pytest.mark.asyncio
async def test_stories_page_lists_the_shared_quotation_and_opens_an_item(tmp_path: Path) -> None:
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await press(pilot, "T")
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one(OptionList)
        shown = prompts(listing)
        assert shown[0].startswith("“" + SHARED) and "2 items · 2 outlets" in shown[0]
        assert shown[1].strip().startswith("Tech Daily") and shown[2].strip().startswith("World Desk")
        await pilot.press("j", "enter")  # the first item is highlighted: j moves to the second
        await settle(pilot)
        assert app.screen is app.main_screen and app.main_screen.open_item.id == ids["world-0"]  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_slash_with_a_quote_mark_searches_the_quotes(tmp_path: Path) -> None:
    app, ids, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await pilot.press("slash")
        await pilot.press(*'"grandchildren')
        await press(pilot, "enter")
        assert isinstance(app.screen, QuoteSearchScreen)
        results = app.screen.query_one(QuoteResults)
        assert [q.item_id for q in results.quotes] == [ids["tech-0"], ids["world-0"]]
        assert prompts(results)[0].startswith("Lena Okafor\n“" + SHARED)
        await press(pilot, "enter")
        assert app.main_screen.open_item.id == ids["tech-0"]  # type: ignore[union-attr]
        # The item list still shows what it showed: a quote search is not an item filter.
        assert app.main_screen.item_filter.kind == "all"


@pytest.mark.asyncio
async def test_config_speaker_aliases_are_applied_at_start(tmp_path: Path) -> None:
    app, _, db = make_app(tmp_path, speakers='"Tomas Berg" = "Tomás Berg-Larsen"\n')
    async with running(app, WIDE) as pilot:
        await press(pilot, "W")
        speakers = prompts(app.screen.query_one("#speaker-list", OptionList))
        assert any(s.startswith("Tomás Berg-Larsen\n") for s in speakers)
        assert not any(s.startswith("Tomas Berg\n") for s in speakers)
    store = Store.open(db)
    try:
        assert "Tomás Berg-Larsen" in {s.name for s in qi.speakers(store, limit=None)}
    finally:
        store.close()


@pytest.mark.asyncio
async def test_hostile_names_and_quotes_show_literally(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await press(pilot, "W")
        listing = app.screen.query_one("#speaker-list", OptionList)
        index = next(i for i, s in enumerate(prompts(listing)) if "Mallory" in s)
        listing.highlighted = index
        await settle(pilot)
        shown = prompts(app.screen.query_one(QuoteResults))
        assert shown[0].startswith("“[link=https://x]Trap[/link] quote here now,”")
        assert HOSTILE_TITLE.split(" ")[0] in shown[0]  # the item's title, brackets kept
        assert app.is_running


@pytest.mark.asyncio
async def test_quote_search_takes_any_text(tmp_path: Path) -> None:
    app, _, _ = make_app(tmp_path)
    async with running(app, WIDE) as pilot:
        await pilot.press("slash")
        await pilot.press(*'"NEAR( "[b]x AND* -')
        await press(pilot, "enter")
        assert isinstance(app.screen, QuoteSearchScreen)
        shown = prompts(app.screen.query_one(QuoteResults))
        assert len(shown) == 1 and shown[0].startswith("No quote matches")
        await press(pilot, "escape")
        assert app.screen is app.main_screen and app.is_running
