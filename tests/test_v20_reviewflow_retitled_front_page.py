"""A link that is a site's front page, or the feed's own web page, is no story's own: a new
story with that link, the day's date and the feed's boilerplate text is a new item, not the
earlier story retitled. The retitled fold counted the items that have the link, and a feed
whose document lists only its latest notice had just two (the old one and the new): the
day's second warning took the first one's item and read mark, and was never shown unread.
Real Store on a database file under tmp_path."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newstui.model import ItemFilter, ParsedItem
from newstui.store import Store

FEED = "https://warnings.example/feed.xml"
DAY = datetime(2026, 11, 2, 7, 45, tzinfo=UTC)  # a time, not only a day: only the link may stop the fold
BOILERPLATE = "See the warnings page for the areas and the times."


def warning(guid: str, title: str, link: str) -> ParsedItem:
    return ParsedItem(title=title, link=link, guid=guid, summary=BOILERPLATE, published=DAY)


@pytest.mark.parametrize(
    ("link", "site_url"),
    [
        ("https://warnings.example/", None),  # the site's front page
        ("https://warnings.example", None),
        ("https://warnings.example/current", "https://warnings.example/current"),  # the feed's own page
    ],
)
def test_a_second_notice_sharing_the_front_page_link_is_a_new_unread_item(
    tmp_path: Path, link: str, site_url: str | None
) -> None:
    with Store.open(tmp_path / "news.db") as store:
        if site_url is not None:
            store.record_fetch(FEED, status=200, site_url=site_url)
        store.upsert_items(FEED, [warning("w1", "Gale warning for the north coast", link)])
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        # The document lists only the latest warning.
        assert store.upsert_items(FEED, [warning("w2", "Flood warning for the river valley", link)]) == 1
        shown = {i.title: i.read for i in store.items(ItemFilter("feed", FEED), limit=10)}
        assert shown == {"Gale warning for the north coast": True, "Flood warning for the river valley": False}


def test_a_story_page_on_the_front_pages_path_with_a_query_still_folds(tmp_path: Path) -> None:
    # "/?p=4411" is a post's own address (a permalink without a path), not the front page.
    link = "https://warnings.example/?p=4411"
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items(FEED, [warning("w1", "Gale warning for the north coast", link)])
        (first,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(first.id)
        assert store.upsert_items(FEED, [warning("cms2-w1", "Gale warning for the north and west coasts", link)]) == 0
        (kept,) = store.items(ItemFilter("feed", FEED), limit=10)
        assert (kept.id, kept.read, kept.title) == (first.id, True, "Gale warning for the north and west coasts")


def test_two_notices_of_one_day_on_a_shared_page_stay_two_items(tmp_path: Path) -> None:
    # A feed dated by the day only, linking each notice to one "/warnings" page with one
    # boilerplate text, listing only its latest: the day's second warning is a new item.
    link = "https://warnings.example/warnings"
    day_only = datetime(2026, 11, 2, tzinfo=UTC)
    with Store.open(tmp_path / "news.db") as store:
        first = ParsedItem(
            title="Gale warning for the north coast", link=link, guid="w1", summary=BOILERPLATE, published=day_only
        )
        store.upsert_items(FEED, [first])
        (old,) = store.items(ItemFilter("feed", FEED), limit=10)
        store.set_read(old.id)
        second = ParsedItem(
            title="Flood warning for the river valley", link=link, guid="w2", summary=BOILERPLATE, published=day_only
        )
        assert store.upsert_items(FEED, [second]) == 1
        shown = {i.title: i.read for i in store.items(ItemFilter("feed", FEED), limit=10)}
        assert shown == {"Gale warning for the north coast": True, "Flood warning for the river valley": False}
