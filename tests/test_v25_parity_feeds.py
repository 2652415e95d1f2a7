"""Shapes real feeds have, read next to newsboat (bench/newsboat_side_by_side.py on
tests/data/v25feeds/): each over a loopback server into a real SQLite file.

- Episodes that are nothing but an <enclosure> (no title, link, guid or text) were one item:
  the store knows such an item by its title and text, and every one was '(untitled)'. Each is
  now titled by its file name, so each stays an item (newsboat keeps one of them too).
- A JSON Feed written by an HTML template escapes its titles ('Q&amp;A', 'It&#8217;s'):
  they were shown with the references; now decoded once.
- RFC 822 dates with German, French, Spanish, Dutch… month names ('Di, 01 Dez 2026') and
  the dotted '01.12.2026' had no date (first-seen time); now read.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from citizen_helpers import served_and_refreshed
from httpserver import TestServer

EPISODES = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour sounds</title><link>https://gulls.example/</link>
<description>Recordings.</description>
<item><enclosure url="https://cdn.gulls.example/rec/dawn-chorus.mp3" length="1200" type="audio/mpeg"/></item>
<item><enclosure url="https://cdn.gulls.example/rec/foghorn%20test.mp3" length="1300" type="audio/mpeg"/>
<pubDate>Mon, 30 Nov 2026 08:00:00 +0000</pubDate></item>
<item><enclosure url="https://cdn.gulls.example/rec/rigging-in-wind.ogg" length="900" type="audio/ogg"/></item>
</channel></rss>
"""


def test_episodes_known_only_by_their_file_stay_apart(http_server: TestServer, tmp_path: Path) -> None:
    items = served_and_refreshed(http_server, tmp_path, "/v25/episodes.rss", EPISODES, "application/rss+xml")
    shown = sorted((item.title, [e.url for e in item.enclosures]) for item in items)
    assert shown == [
        ("dawn-chorus.mp3", ["https://cdn.gulls.example/rec/dawn-chorus.mp3"]),
        ("foghorn test.mp3", ["https://cdn.gulls.example/rec/foghorn%20test.mp3"]),
        ("rigging-in-wind.ogg", ["https://cdn.gulls.example/rec/rigging-in-wind.ogg"]),
    ]


def test_json_feed_titles_escaped_by_a_template_are_decoded(http_server: TestServer, tmp_path: Path) -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Lamplighter &amp; Son",
        "items": [
            {"id": "a", "url": "https://lamp.example/a", "title": "Q&amp;A with the night watch"},
            {"id": "b", "url": "https://lamp.example/b", "title": "It&#8217;s wick-trimming week &#x2014; again"},
            {"id": "c", "url": "https://lamp.example/c", "title": "Oil & wicks: 3 < 4 <b>bold</b>"},
        ],
    }
    items = served_and_refreshed(
        http_server, tmp_path, "/v25/lamps.json", json.dumps(document).encode(), "application/feed+json"
    )
    assert {item.guid: item.title for item in items} == {
        "a": "Q&A with the night watch",
        "b": "It\u2019s wick-trimming week \u2014 again",
        "c": "Oil & wicks: 3 < 4 <b>bold</b>",  # plain text: no reference, nothing decoded
    }
    assert {item.feed_title for item in items} == {"Lamplighter & Son"}


DATES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bergwetter</title><link>https://berg.example/</link><description>Wetter.</description>
<item><title>de</title><guid>de</guid><pubDate>Di, 01 Dez 2026 10:00:00 +0100</pubDate></item>
<item><title>de whole</title><guid>de-whole</guid><pubDate>5. März 2026 14:00</pubDate></item>
<item><title>fr</title><guid>fr</guid><pubDate>mar., 01 déc. 2026 10:00:00 +0100</pubDate></item>
<item><title>es</title><guid>es</guid><pubDate>mié, 02 dic 2026 10:00:00 -0300</pubDate></item>
<item><title>nl</title><guid>nl</guid><pubDate>vr, 29 mei 2026 10:00:00 +0200</pubDate></item>
<item><title>dotted</title><guid>dotted</guid><pubDate>01.12.2026 10:00</pubDate></item>
<item><title>dotted no month</title><guid>dotted-bad</guid><pubDate>01.13.2026 10:00</pubDate></item>
<item><title>en</title><guid>en</guid><pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate></item>
</channel></rss>
""".encode()


def test_month_names_of_european_languages_and_dotted_dates(http_server: TestServer, tmp_path: Path) -> None:
    started = datetime.now(UTC)
    items = served_and_refreshed(http_server, tmp_path, "/v25/dates.rss", DATES, "application/rss+xml")
    published = {item.guid: item.published for item in items}
    assert published.pop("dotted-bad") >= started.replace(microsecond=0)  # no month 13: first-seen
    assert published == {
        "de": datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        "de-whole": datetime(2026, 3, 5, 14, 0, tzinfo=UTC),
        "fr": datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        "es": datetime(2026, 12, 2, 13, 0, tzinfo=UTC),
        "nl": datetime(2026, 5, 29, 8, 0, tzinfo=UTC),
        "dotted": datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
        "en": datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
    }


def test_json_feed_relative_urls_are_the_sites(http_server: TestServer, tmp_path: Path) -> None:
    """A JSON Feed served from one place (a CDN, a feed service) for a site elsewhere: its
    relative item URLs are the site's pages, as an RSS feed's relative links are read."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Tram society",
        "home_page_url": "https://tram.example/blog/",
        "items": [
            {"id": "a", "url": "/depot/open-day", "title": "Depot open day"},
            {"id": "b", "url": "notes/rail-grinding", "title": "Rail grinding"},
            {"id": "c", "url": "https://elsewhere.example/x", "title": "Absolute"},
        ],
    }
    items = served_and_refreshed(
        http_server, tmp_path, "/v25/trams.json", json.dumps(document).encode(), "application/json"
    )
    assert {item.guid: item.link for item in items} == {
        "a": "https://tram.example/depot/open-day",
        "b": "https://tram.example/blog/notes/rail-grinding",
        "c": "https://elsewhere.example/x",
    }


ATOM_EMAIL_AUTHOR = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Apiary notes</title><id>urn:apiary</id>
<updated>2026-11-30T08:00:00Z</updated><author><name>Wren Halloway</name></author>
<entry><title>Bees clustering early</title><id>urn:apiary:1</id><link href="https://apiary.example/1"/>
<updated>2026-11-28T11:00:00Z</updated><author><email>hives@apiary.example</email></author></entry>
<entry><title>Feeding fondant</title><id>urn:apiary:2</id><link href="https://apiary.example/2"/>
<updated>2026-11-27T11:00:00Z</updated></entry>
</feed>
"""


def test_an_atom_author_with_only_an_email_is_not_the_feeds(http_server: TestServer, tmp_path: Path) -> None:
    """An entry whose author gives only an email was credited to the feed's author."""
    items = served_and_refreshed(http_server, tmp_path, "/v25/apiary.atom", ATOM_EMAIL_AUTHOR, "application/atom+xml")
    assert {item.guid: item.author for item in items} == {
        "urn:apiary:1": "hives@apiary.example",
        "urn:apiary:2": "Wren Halloway",
    }


BYLINES = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Valley gazette</title>
<link>https://valley.example/</link><description>News.</description>
<item><title>by word</title><guid>by</guid><dc:creator><![CDATA[By Hal Pruitt]]></dc:creator></item>
<item><title>by colon</title><guid>by-colon</guid><author>hal@valley.example (by: Hal Pruitt)</author></item>
<item><title>escaped twice</title><guid>escaped</guid><dc:creator>Ana &amp;amp; Luis Ferrer</dc:creator></item>
<item><title>cdata escaped</title><guid>cdata</guid>
<dc:creator><![CDATA[O&#8217;Brien &amp; Daughters]]></dc:creator></item>
<item><title>pipe</title><guid>pipe</guid><dc:creator>By Sam Reyes | sreyes@valley.example</dc:creator></item>
<item><title>plain</title><guid>plain</guid><dc:creator>Byron Stokes &amp; AT&amp;T desk</dc:creator></item>
</channel></rss>
"""


def test_byline_words_and_escaped_author_names(http_server: TestServer, tmp_path: Path) -> None:
    """'By Hal Pruitt' is Hal Pruitt; 'Ana &amp; Luis' (a template escaped the name once more
    than XML needs) is 'Ana & Luis'. A name that only holds a bare '&' is left as it is."""
    items = served_and_refreshed(http_server, tmp_path, "/v25/bylines.rss", BYLINES, "application/rss+xml")
    assert {item.guid: item.author for item in items} == {
        "by": "Hal Pruitt",
        "by-colon": "Hal Pruitt",
        "escaped": "Ana & Luis Ferrer",
        "cdata": "O\u2019Brien & Daughters",
        "pipe": "Sam Reyes",
        "plain": "Byron Stokes & AT&T desk",
    }
