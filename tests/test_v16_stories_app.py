"""The Stories page shows a story found by what the articles say (no shared quotation):
two feeds' reports of one harbour strike, headed by the first report's headline."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import OptionList

from newstui.config import load_config
from newstui.model import Article, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.screens.stories import StoriesScreen
from newstui.ui.widgets.feed_list import FeedList
from ui_helpers import NOW, app_for, build_store, press, running, write_config

WORLD_REPORT = Article(
    headline="Dockers at Port Mellan vote to stay out as the strike enters its third week",
    published=NOW - timedelta(hours=8),
    sections=[
        Section(
            None,
            [
                "Crane operators at Port Mellan voted by 412 to 96 on Friday to continue the strike"
                " against Orsa Shipping.",
                "The Mellan container terminal has handled no ships since the walkout began.",
            ],
        )
    ],
)
TECH_REPORT = Article(
    headline="Chip shipments stuck as Port Mellan strike drags on",
    published=NOW - timedelta(hours=8),
    sections=[
        Section(
            None,
            [
                "Makers of chips say containers are stranded because crane operators at Port Mellan voted 412 to 96 "
                "to keep up their strike against Orsa Shipping.",
            ],
        )
    ],
)


def prompts(listing: OptionList) -> list[str]:
    return [listing.get_option_at_index(i).prompt.plain for i in range(listing.option_count)]  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_the_stories_page_lists_a_story_told_without_a_shared_quotation(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    with Store.open(db) as store:
        store.save_article(ids["world-1"], WORLD_REPORT, max(1, extractor_version()))
        store.save_article(ids["tech-1"], TECH_REPORT, max(1, extractor_version()))
    app = app_for(config_path, db)
    async with running(app, (160, 48)) as pilot:
        assert "Stories (1)" in prompts(app.screen.query_one(FeedList))
        await press(pilot, "T")
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one("#story-list", OptionList)
        for _ in range(100):  # the stories load in a worker: up to 5 s on a loaded machine
            if app.screen.stories:
                break
            await pilot.pause(0.05)
        shown = prompts(listing)
        assert [{item.id for item in story.items} for story in app.screen.stories] == [{ids["world-1"], ids["tech-1"]}]
        # No quotation to show: the heading is a headline (no quote marks), with its count of outlets.
        heading = next(line for line in shown if "2 items · 2 outlets" in line)
        assert "“" not in heading and "(no quotation)" not in heading
        assert heading.startswith(("Harbour strike enters its third week", "Chip makers slow new plants"))
        assert any("World Desk" in line for line in shown) and any("Tech Daily" in line for line in shown)
