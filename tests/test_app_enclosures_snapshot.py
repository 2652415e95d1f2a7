"""What the attachments look like: the article's Attachments block and the `E` picker."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from enclosure_helpers import PODCAST_FEED, podcast_config
from newstui.model import Enclosure, FeedConfig, ParsedItem
from newstui.store import Store
from ui_helpers import NOW, app_for, open_first_item


def test_attachments_picker_wide(tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    config = podcast_config(tmp_path / "config.toml", tmp_path / "downloads")
    db = tmp_path / "news.db"
    with Store.open(db) as store:  # fixed date and addresses: the picture must not change between runs
        store.sync_feeds([FeedConfig(PODCAST_FEED, "Pod")])
        store.upsert_items(
            PODCAST_FEED,
            [
                ParsedItem(
                    title="Episode 9: [bold]what the river remembers[/bold]",
                    guid="ep9",
                    published=NOW - timedelta(hours=3),
                    content_html=(
                        "<p>Flood records from three centuries, read aloud by the archivists who keep them.</p>"
                    ),
                    enclosures=(
                        Enclosure("http://media.test/episode-9.mp3", "audio/mpeg", 48_213_504),
                        Enclosure("http://media.test/episode-9-cover.jpg", "image/jpeg", None),
                        Enclosure("javascript:alert(1)", "[red]x[/red]", None),
                    ),
                )
            ],
        )
    app = app_for(config, db)

    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_first_item(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, run_before=run, terminal_size=(120, 40))
