"""A feed URL carrying its password (`https://user:pass@host/feed`) is shown by the reader with
the password as `***`, as every CLI line shows it since v23: the feed list names a feed without
a title by its URL, and that row went to the screen (and to any screenshot) with the password."""

from __future__ import annotations

from pathlib import Path

from textual.widgets.option_list import Option

from newstui.config import load_config
from newstui.store import Store
from newstui.ui.widgets.feed_list import FeedList
from ui_helpers import app_for, running, settle

SECRET_URL = "http://reader:s3cret-word@127.0.0.1:9/private.xml"


async def test_the_feed_list_shows_an_untitled_feeds_url_without_its_password(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text(f'[general]\nrefresh_minutes = 0\n\n[[feeds]]\nurl = "{SECRET_URL}"\n', encoding="utf-8")
    db = tmp_path / "news.db"
    store = Store.open(db)
    try:
        store.sync_feeds(load_config(config_path).feeds)
    finally:
        store.close()
    async with running(app_for(config_path, db)) as pilot:
        await settle(pilot)
        feeds = pilot.app.screen.query_one(FeedList)
        shown = [str(feeds.get_option_at_index(n).prompt) for n in range(feeds.option_count)]
        assert all(isinstance(feeds.get_option_at_index(n), Option) for n in range(feeds.option_count))
        assert any("reader:***@127.0.0.1:9/private.xml" in text for text in shown), shown
        assert not any("s3cret-word" in text for text in shown), shown
