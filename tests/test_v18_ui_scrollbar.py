"""The Speakers page at 80x24: its lists' scrollbars ended the thumb in a partial block
(▃) on the row of a separator between two speakers, so the separator line seemed to run
on into a thick stub the colour of the highlight. The who-said-what lists draw their
thumbs in whole cells, one column wide as every pane of the reader."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import OptionList

from newstui.model import Article, Quote, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.screens.speakers import SpeakersScreen
from test_app_hostile import screen_lines
from test_app_whosaid import make_app
from ui_helpers import press

PARTIAL = set("▁▂▃▄▅▆▇")
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


def partial_cells_on_separators(app: object, listing: OptionList) -> list[tuple[int, str]]:
    """(row, glyph) of each scrollbar cell holding a partial block on a row where the list
    draws a separator."""
    lines = screen_lines(app)  # type: ignore[arg-type]
    bar = listing.vertical_scrollbar.region
    content = listing.content_region
    found = []
    for y in range(bar.y, bar.bottom):
        text = lines[y].text
        if "───" in text[content.x : content.right]:
            glyphs = set(text[bar.x : bar.right])
            found += [(y, glyph) for glyph in glyphs & PARTIAL]
    return found


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


async def test_the_speaker_list_thumb_never_ends_on_a_separator(tmp_path: Path) -> None:
    async with speakers_page(tmp_path) as (app, pilot, listing):
        assert listing.max_scroll_y > 0  # it scrolls: there is a thumb
        assert listing.vertical_scrollbar.region.width == 1
        seen = []
        for _ in range(len(PEOPLE) + 4):  # the thumb at each place the list scrolls to
            seen += partial_cells_on_separators(app, listing)
            await press(pilot, "j")
        assert seen == []
