"""Who said what in the app, on a real store: the fixed store with a quoted tech article
(make_app), six more quoted people (add_speakers), the app on its Speakers page
(speakers_page), and a quote opened from there (open_quote_from_speakers)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList

from newstui.config import load_config
from newstui.model import Article, Quote, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.screens.speakers import SpeakersScreen
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.speaker_quotes import QuoteResults
from ui_helpers import NOW, app_for, build_store, press, write_config

WIDE = (160, 48)


SHARED = "This is a day our grandchildren will read about,"


TECH_ARTICLE = Article(
    headline="A terminal news reader that reads the article",
    published=NOW - timedelta(hours=1),
    sections=[
        Section(
            None,
            [
                "The treaty came up at a meetup about terminal software.",
                f"“{SHARED}” the minister Lena Okafor said, as quoted on the radio.",
                "“Readers want the words, not the chrome,” said [b]maintainer[/b] Dana Wu.",
            ],
        )
    ],
    quotes=[Quote(SHARED, "Okafor", 0, 1), Quote("Readers want the words, not the chrome,", "Dana Wu", 0, 2)],
    source="page",
)


def make_app(tmp_path: Path, speakers: str = "") -> tuple[NewsApp, dict[str, int], Path]:
    config_path = write_config(tmp_path / "config.toml")
    if speakers:
        config_path.write_text(config_path.read_text(encoding="utf-8") + "\n[speakers]\n" + speakers, encoding="utf-8")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path), extra_world=3)
    store = Store.open(db)
    try:
        store.save_article(ids["tech-0"], TECH_ARTICLE, max(1, extractor_version()))
    finally:
        store.close()
    return app_for(config_path, db), ids, db


PEOPLE = ["Ines Albrecht", "Omar Castell", "Ruth Delacroix", "Pavel Ermak", "Sunniva Fjeld", "Tariq Gallo"]


def add_speakers(db: Path, ids: dict[str, int]) -> None:
    """Six more quoted people, one article each (invented words), so the list scrolls at 80x24."""
    store = Store.open(db)
    try:
        for n, name in enumerate(PEOPLE):
            text = f"“We counted every lamp post on the {n} road,” said {name}."
            article = Article(
                headline=f"Lamp survey {n}",
                sections=[Section(None, [text])],
                quotes=[Quote(f"We counted every lamp post on the {n} road,", name, 0, 0)],
                source="page",
            )
            store.save_article(ids[f"world-{n}" if n else "world-5"], article, max(1, extractor_version()))
    finally:
        store.close()


@asynccontextmanager
async def speakers_page(
    tmp_path: Path, size: tuple[int, int] = (80, 24), *, more_speakers: bool = True
) -> AsyncIterator[tuple[Any, Pilot[None], OptionList]]:
    """The app on its Speakers page (W) at `size`: (app, pilot, the speaker list); with
    `more_speakers`, the six people of `add_speakers` too, so the list scrolls at 80x24."""
    app, ids, db = make_app(tmp_path)
    if more_speakers:
        add_speakers(db, ids)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "W")
        assert isinstance(app.screen, SpeakersScreen)
        yield app, pilot, app.screen.speaker_list


async def open_quote_from_speakers(app, pilot, starts: str) -> None:  # type: ignore[no-untyped-def]
    feeds = app.screen.query_one(FeedList)
    feeds.focus()
    feeds.highlighted = feeds.get_option_index("view:speakers")
    await press(pilot, "enter")
    assert isinstance(app.screen, SpeakersScreen)
    await pilot.press("enter")  # from the speakers to their quotes
    quotes = app.screen.query_one(QuoteResults)
    wanted = next(i for i, q in enumerate(quotes.quotes) if q.text.startswith(starts))
    quotes.highlighted = quotes.get_option_index(str(wanted))
    await press(pilot, "enter")
    assert app.screen is app.main_screen
