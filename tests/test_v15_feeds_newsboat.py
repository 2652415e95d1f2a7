"""newstui next to a newsboat-like reader on the same loopback feeds, as a user comparing
the two would: a feed that changes its guids, a post the feed edits, links under
xml:base. Real `newstui refresh` processes, a real loopback server, the SQLite file.

Decisions where newsboat is no guide (it keys items by guid and shows every re-keyed
story again, unread):
- a story the feed now lists under a new guid or link (same title, same date from the
  feed, same text, the old key gone from the document) stays one item: its id, read state, bookmark
  and article are kept, its guid, link and text become the new ones;
- a post the feed edits is updated in place and keeps its read state (not "new"); the
  article pane shows the edit when the cached article was made from the feed's text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from citizen_helpers import run, write_config
from feed_builders import rss_document
from httpserver import Request, TestServer
from newstui.config import load_config
from newstui.model import Item, ItemFilter
from newstui.service import Library

DATA = Path(__file__).parent / "data" / "v15feeds"


def rss(items: str) -> bytes:
    return rss_document(
        items,
        title="Harbour desk",
        channel="<link>http://harbour.test/</link><description>d</description>",
        declaration='<?xml version="1.0" encoding="utf-8"?>',
        attributes=' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    )


def item(title: str, guid: str, link: str, date: str, text: str = "Short text.") -> str:
    return (
        f'<item><title>{title}</title><guid isPermaLink="false">{guid}</guid><link>{link}</link>'
        f"<pubDate>{date}</pubDate><description>{text}</description></item>"
    )


class Site:
    """One feed on the loopback server whose document the test rewrites."""

    def __init__(self, server: TestServer, body: bytes) -> None:
        self.body = body
        self.url = server.add_route("/desk.rss", self.answer)

    def answer(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "application/rss+xml"}, self.body


def items_of(db: Path, url: str) -> list[Item]:
    library = Library(load_config(db.parent / "config.toml"), db)
    try:
        return library.page(ItemFilter("feed", url), 0, 1000)
    finally:
        library.close()


def mark_all_read(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE items SET read = 1")
    conn.close()


MON = "Mon, 05 Oct 2026 09:00:00 GMT"
TUE = "Tue, 06 Oct 2026 09:00:00 GMT"


def test_a_feed_that_changes_its_guids_brings_no_duplicates(http_server: TestServer, tmp_path: Path) -> None:
    site = Site(
        http_server,
        rss(
            item("Ferry fares rise", "post-1", "http://harbour.test/?p=1", TUE)
            + item("Quay wall repairs", "post-2", "http://harbour.test/?p=2", MON)
        ),
    )
    config = write_config(tmp_path / "config.toml", [site.url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    before = {i.title: i.id for i in items_of(db, site.url)}
    mark_all_read(db)
    # The CMS moved: new guids and links (https, permalinks), same stories, same dates.
    fares, wall = "https://harbour.test/2026/10/ferry-fares", "https://harbour.test/2026/10/quay-wall"
    site.body = rss(item("Ferry fares rise", fares, fares, TUE) + item("Quay wall repairs", wall, wall, MON))
    code, out, err = run(config, db)
    assert code == 0, err
    assert out.startswith("1 feed ok, 0 failed, 0 new items")
    after = items_of(db, site.url)
    assert {i.title: i.id for i in after} == before  # the same items: ids, hence articles and bookmarks
    assert all(i.read for i in after)
    assert {i.link for i in after} == {
        "https://harbour.test/2026/10/ferry-fares",
        "https://harbour.test/2026/10/quay-wall",
    }


def test_stories_that_only_share_a_title_stay_apart(http_server: TestServer, tmp_path: Path) -> None:
    site = Site(http_server, rss(item("Weather", "w-1", "http://harbour.test/w1", MON)))
    config = write_config(tmp_path / "config.toml", [site.url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    # Tomorrow's "Weather" is a new story (another date); and when a document lists two
    # items of one title and date, the old one still listed is not taken over.
    site.body = rss(
        item("Weather", "w-2", "http://harbour.test/w2", TUE)
        + item("Weather", "w-1", "http://harbour.test/w1", MON)
        + item("Weather", "w-1b", "http://harbour.test/w1b", MON)
    )
    code, out, err = run(config, db)
    assert code == 0, err
    assert out.startswith("1 feed ok, 0 failed, 2 new items")
    assert sorted(i.guid or "" for i in items_of(db, site.url)) == ["w-1", "w-1b", "w-2"]


EDITED = (
    "The harbour board confirmed on Monday that the ferry will keep its winter timetable until the new"
    " pier opens, and that fares for residents stay as they are for the rest of the year. {extra}The board"
    " will meet again in November to look at the summer timetable and at the cost of the repairs to the"
    " quay wall, which the engineers now expect to finish before the spring storms."
)


def full_text_item(extra: str) -> str:
    body = "<p>" + EDITED.format(extra=extra) + "</p>"
    return (
        '<item><title>Ferry keeps its winter timetable</title><guid isPermaLink="false">ferry-winter</guid>'
        f"<pubDate>{MON}</pubDate><description>Teaser.</description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def test_a_post_the_feed_edits_shows_edited_and_stays_read(http_server: TestServer, tmp_path: Path) -> None:
    site = Site(http_server, rss(full_text_item("")))
    # With full articles on, an item without a link gets the feed's text cached as its article.
    config = write_config(tmp_path / "config.toml", [site.url], fetch_full_articles="true")
    db = tmp_path / "news.db"
    code, out, err = run(config, db)
    assert code == 0, err
    assert "1 article saved for offline reading (0 from their pages, 1 from the feed)" in out
    mark_all_read(db)
    site.body = rss(full_text_item("Correction: the fares for visitors rise by ten per cent. "))
    code, out, err = run(config, db)
    assert code == 0, err
    assert out.startswith("1 feed ok, 0 failed, 0 new items")
    library = Library(load_config(config), db)
    try:
        (edited,) = library.page(ItemFilter("feed", site.url), 0, 10)
        assert edited.read  # an edit is not a new story
        article = library.cached_article(edited)
        assert article is not None
        assert "Correction: the fares for visitors rise by ten per cent." in " ".join(
            p for section in article.sections for p in section.paragraphs
        )
    finally:
        library.close()


def test_links_in_content_follow_xml_base(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.url("v15feeds/base.atom")
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    assert run(config, db)[0] == 0
    library = Library(load_config(config), db)
    try:
        shown = {i.title: library.feed_article(i) for i in library.page(ItemFilter("feed", url), 0, 10)}
    finally:
        library.close()
    tides = shown["Tide tables for October"]
    # The entry's xml:base (2026/10/ under the feed's), not the item's link (/?p=41).
    assert [link.url for link in tides.links] == ["http://blog.test/2026/10/tides.pdf"]
    assert [image.src for image in tides.images] == ["http://blog.test/2026/10/chart.png"]
    # An XHTML content's own xml:base.
    assert [link.url for link in shown["Photos from the regatta"].links] == ["http://media.test/regatta/gallery.html"]


def test_items_sharing_one_link_are_all_shown(http_server: TestServer, tmp_path: Path) -> None:
    # No guids, and every notice links to the same page: newsboat shows each (it keys them
    # by link and date); keyed by the link alone, newstui kept only the first.
    notice = "<item><title>{}</title><link>http://harbour.test/notices</link>{}<description>{}</description></item>"
    site = Site(
        http_server,
        rss(
            notice.format("Berth 4 closed", f"<pubDate>{TUE}</pubDate>", "Closed for dredging.")
            + notice.format("Fuel dock hours", f"<pubDate>{MON}</pubDate>", "Open from seven.")
            + notice.format("Lost and found", "", "Ask at the office.")
        ),
    )
    config = write_config(tmp_path / "config.toml", [site.url])
    db = tmp_path / "news.db"
    code, out, err = run(config, db)
    assert code == 0, err
    assert out.startswith("1 feed ok, 0 failed, 3 new items")
    assert sorted(i.title for i in items_of(db, site.url)) == ["Berth 4 closed", "Fuel dock hours", "Lost and found"]
    code, out, err = run(config, db)  # the same document again: the same three items
    assert out.startswith("1 feed ok, 0 failed, 0 new items"), out


def test_items_beside_the_channel_are_read(http_server: TestServer, tmp_path: Path) -> None:
    # Not RSS 2.0 (items belong in <channel>), but a reader built on feedparser shows them;
    # the lxml reader found the channel and listed nothing.
    url = http_server.url("v15feeds/outside.rss")
    config = write_config(tmp_path / "config.toml", [url])
    db = tmp_path / "news.db"
    code, out, err = run(config, db)
    assert code == 0, err
    assert sorted(i.title for i in items_of(db, url)) == [
        "Lock 3 reopens after repairs",
        "Water level low on the upper reach",
    ]


@pytest.mark.parametrize("name", ["base.atom", "outside.rss"])
def test_both_readers_agree_on_the_v15_feeds(name: str) -> None:
    from newstui.feeds.parse.feedparser_reader import parse_with_feedparser
    from newstui.feeds.parse.lxml_reader import parse_with_lxml

    body = (DATA / name).read_bytes()
    fast = parse_with_lxml(body, "http://feeds.test/feed", None)
    slow = parse_with_feedparser(body, "http://feeds.test/feed", None)
    assert fast is not None and fast.items == slow.items
