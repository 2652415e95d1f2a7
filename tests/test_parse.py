"""Feed parsing: the fixtures under tests/data/feeds, through both readers."""

from __future__ import annotations

import pickle
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newstui.errors import NewstuiError
from newstui.feeds.parse import ParseError, html_to_text, parse_date, parse_feed
from newstui.feeds.parse.feedparser_reader import parse_with_feedparser
from newstui.feeds.parse.lxml_reader import parse_with_lxml
from newstui.model import ParsedFeed

BASE = "https://feeds.example.test/news/feed.xml"
LATER = datetime(2100, 1, 1, tzinfo=UTC)  # "now" for tests of dates that are in the future today


def feed_file(data_dir: Path, name: str) -> bytes:
    return (data_dir / "feeds" / name).read_bytes()


def test_rss2(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "rss2.xml"), BASE)
    assert feed.title == "The Daily & Weekly"
    assert feed.site_url == "https://news.example.org/"
    assert feed.error is None
    first, second, third = feed.items
    assert first.title == "Council approves new bridge & tunnel"  # entity decoded, whitespace folded
    assert first.link == "https://news.example.org/2026/11/bridge.html"
    assert first.guid == "tag:news.example.org,2026:bridge"
    assert first.author == "Ana Lima"
    assert first.summary == "The council voted 7–2 for the bridge. Work starts in spring."
    assert first.content_html.startswith("<p>The council voted <b>7–2</b>")
    assert first.published == datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    assert first.published.utcoffset().total_seconds() == 0
    assert second.summary == "Forecasters say it will rain until Sunday."
    assert second.content_html == ""  # a plain-text description is no content
    # A permalink guid stands in for a missing <link>.
    assert third.link == third.guid == "https://news.example.org/2026/11/guid-only.html"
    assert third.published == datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_rss1_rdf(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "rss1.rdf"), BASE)
    assert feed.title == "RDF Site Summary"
    assert [i.title for i in feed.items] == ["First RDF item", "Second RDF item"]
    first = feed.items[0]
    assert first.guid == first.link == "https://rdf.example.net/a"
    assert first.author == "Ola Nordmann"
    assert first.published == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_atom_with_xml_base(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "atom.xml"), BASE)
    assert feed.title == "A <Tiny> Blog"  # type="text": the angle brackets are text
    assert feed.site_url == "https://blog.example.com/blog/"
    hello, second = feed.items
    assert hello.title == "Hello world"  # type="html": tags stripped
    assert hello.link == "https://blog.example.com/blog/posts/hello"
    assert hello.published == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    assert hello.summary == "A first post."
    # resolved against the xml:base in force (v15: the reader would use the item's link)
    assert hello.content_html == '<p>See <a href="https://blog.example.com/about">about</a>.</p>'
    assert hello.author == "Kim Lee"
    # An entry's own xml:base wins over the feed's.
    assert second.link == "https://other.example.com/x/second"
    assert second.content_html == "<p>Only <strong>content</strong> here.</p>"
    assert second.summary == "Only content here."  # no summary: made from the content
    assert second.published == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # <updated> stands in


def test_relative_links_resolve_against_the_channel_link(data_dir: Path) -> None:
    # The channel's <link> ("/", itself relative to the feed's URL) is the base, as in newsboat.
    feed = parse_feed(feed_file(data_dir, "relative.xml"), "http://127.0.0.1:8000/feeds/relative.xml")
    links = [i.link for i in feed.items]
    assert links == [
        "http://127.0.0.1:8000/other/one.html",
        "http://127.0.0.1:8000/two.html",
        "http://127.0.0.1:8000/three.html",
        None,  # javascript: is never kept
    ]
    assert feed.site_url == "http://127.0.0.1:8000/"


@pytest.mark.parametrize(
    ("name", "content_type", "title", "item"),
    [
        ("cp1251.xml", None, "Новости дня", "Привет, мир — ёлка"),
        ("latin1.xml", None, "Les nouvelles", "Café crème à la française"),
        ("latin1-http.xml", "application/rss+xml; charset=ISO-8859-1", "Nachrichten", "Grüße aus Köln"),
    ],
)
def test_non_utf8_encodings(data_dir: Path, name: str, content_type: str | None, title: str, item: str) -> None:
    feed = parse_feed(feed_file(data_dir, name), BASE, content_type)
    assert feed.title == title
    assert feed.items[0].title == item
    assert feed.error is None


def test_malformed_xml_keeps_what_parsed_and_says_where(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "malformed.xml"), BASE)
    assert feed.error is not None
    assert "line 8" in feed.error and "mismatched tag" in feed.error
    titles = [i.title for i in feed.items]
    assert titles[:2] == ["Survivor one", "Survivor two"]


def test_garbage_gives_an_error_and_no_items() -> None:
    feed = parse_feed(b"\x00\x01 this is not xml at all <<<", BASE)
    assert feed.items == []
    assert feed.error


def test_xml_that_is_not_a_feed() -> None:
    feed = parse_feed(b'<?xml version="1.0"?><config><key>v</key></config>', BASE)
    assert feed.items == []
    assert feed.error == "no RSS, RDF or Atom feed found in the document"


def test_html_page_is_a_clear_error(data_dir: Path) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(feed_file(data_dir, "page.html"), BASE, "text/html; charset=utf-8")
    assert isinstance(info.value, NewstuiError)
    assert info.value.url == BASE
    assert "web page" in str(info.value) and "not a feed" in str(info.value)


def test_xhtml_page_is_a_clear_error() -> None:
    page = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>hi</p></body></html>'
    with pytest.raises(ParseError, match="web page"):
        parse_feed(page, BASE)


def test_empty_body() -> None:
    with pytest.raises(ParseError, match="empty document"):
        parse_feed(b"  \n", BASE)


def test_duplicate_guids_and_links_keep_the_first(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "duplicates.xml"), BASE)
    assert [i.title for i in feed.items] == ["First copy", "Other", "No guid A"]


def test_hostile_text_is_cleaned_but_kept_as_data(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "hostile.xml"), BASE)
    item = feed.items[0]
    # Control characters, ANSI escapes and bidi overrides go; markup-like text stays text.
    assert "\x1b" not in item.title and "\u202e" not in item.title
    assert item.title.startswith("[@click=app.quit]Click me[/]")
    assert item.link is None
    assert item.summary == "Visible text & more"  # script, style and comments dropped
    assert feed.title == "[bold red]Hostile[/] feed"


def test_control_characters_in_a_well_formed_feed_are_stripped() -> None:
    # C1 controls are legal XML 1.0 characters, so these reach the cleaning step.
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Bell and\u0085 next\u200f</title><guid>g</guid>"
        "<description>a\u009b2Jb</description></item></channel></rss>"  # 8-bit CSI "clear screen", whole
    ).encode()
    item = parse_feed(body, BASE).items[0]
    assert item.title == "Bell and next\u200f"
    assert item.summary == "ab"


WELL_FORMED = ["rss2.xml", "rss1.rdf", "atom.xml", "relative.xml", "duplicates.xml", "cp1251.xml", "latin1.xml"]


@pytest.mark.parametrize("name", WELL_FORMED)
def test_fast_path_and_feedparser_agree(data_dir: Path, name: str) -> None:
    body = feed_file(data_dir, name)
    fast = parse_with_lxml(body, BASE, None)
    assert fast is not None, "the lxml path should take a well-formed feed"
    slow = parse_with_feedparser(body, BASE, None)
    assert fast == slow


def test_results_and_errors_survive_pickling(data_dir: Path) -> None:
    feed = parse_feed(feed_file(data_dir, "rss2.xml"), BASE)
    assert pickle.loads(pickle.dumps(feed)) == feed
    assert isinstance(feed, ParsedFeed)
    error = ParseError(BASE, "this is a web page")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.url, copy.message, str(copy)) == (error.url, error.message, str(error))


def test_body_that_looks_like_a_path_is_never_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<rss version="2.0"><channel><title>leaked</title></channel></rss>')
    feed = parse_feed(str(secret).encode(), BASE)
    assert feed.title != "leaked"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 24 Nov 2026 09:30:00 +0100", datetime(2026, 11, 24, 8, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 09:30:00 GMT", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11-24T09:30:00Z", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11-24T09:30:00.123-02:00", datetime(2026, 11, 24, 11, 30, 0, 123000, tzinfo=UTC)),
        ("2026-11-24", datetime(2026, 11, 24, tzinfo=UTC)),
        ("24 Nov 2026 09:30 EST", datetime(2026, 11, 24, 14, 30, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
        # The RFC 822 fast path and its edges (the general path decides those).
        ("Tue, 24 Nov 2026 09:30:00 -0530", datetime(2026, 11, 24, 15, 0, tzinfo=UTC)),
        ("24 nov 2026 09:30:00 UT", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("Tue, 4 Nov 2026 09:30:00 -0000", datetime(2026, 11, 4, 9, 30, tzinfo=UTC)),
        ("Tue, 31 Dec 2026 23:59:60 +0000", None),
        ("Sat, 01 Nov 0001 00:30:00 +0100", None),  # year 0001 (.NET's empty date) is no date (v23)
        ("Mon, 31 Nov 2026 09:30:00 +0000", None),
    ],
)
def test_dates(text: str, expected: datetime | None) -> None:
    assert parse_date(text, now=LATER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real-world variants: colon offsets, zone names email.utils does not know,
        # 12-hour clocks, full names, missing times, ISO without a zone or with odd precision.
        ("Tue, 24 Nov 2026 09:30:00 +01:00", datetime(2026, 11, 24, 8, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 09:30:00 CEST", datetime(2026, 11, 24, 7, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 09:30:00 AEDT", datetime(2026, 11, 23, 22, 30, tzinfo=UTC)),
        ("Tuesday, 24 November 2026 09:30:00 GMT", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 9:30 PM EST", datetime(2026, 11, 25, 2, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 12:05 am +0000", datetime(2026, 11, 24, 0, 5, tzinfo=UTC)),
        ("Tue, 24 Nov 26 09:30:00 GMT", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("Tue Nov 24 09:30:00 UTC 2026", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("24 Nov 2026", datetime(2026, 11, 24, tzinfo=UTC)),
        ("November 24, 2026", datetime(2026, 11, 24, tzinfo=UTC)),
        ("2026-11-24T09:30:00.1234567Z", datetime(2026, 11, 24, 9, 30, 0, 123456, tzinfo=UTC)),
        ("2026-11-24T09:30:00+0100", datetime(2026, 11, 24, 8, 30, tzinfo=UTC)),
        ("2026-11-24T09:30:00 +01:00", datetime(2026, 11, 24, 8, 30, tzinfo=UTC)),
        ("2026-11-24 09:30:00 GMT", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11-24T9:30:00Z", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11-24 09:30", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11-24t09:30:00z", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026/11/24 09:30:00", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("20261124T093000Z", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026-11", datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026", datetime(2026, 1, 1, tzinfo=UTC)),
        ("  2026-11-24T09:30:00Z \n", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
        ("2026 was a good year", None),
        ("yesterday", None),
        ("2026-13-45", None),
        ("2026-11-24T25:00:00Z", None),
    ],
)
def test_real_world_date_formats(text: str, expected: datetime | None) -> None:
    assert parse_date(text, now=LATER) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fri, 31 Dec 9999 23:59:59 -2359",  # past the calendar once moved to UTC
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+23:59",  # before the calendar once moved to UTC
        "0001-01-01T00:00:00",  # .NET's DateTime.MinValue: "no date"
        "1970-01-01T00:00:00+01:00",  # Unix time 0: "no date"
        "Tue, 24 Nov 2026 09:30:00 +9999",
        "Tue, 24 Nov 2026 09:30:00 +2400",
        "99999-01-01T00:00:00Z",
        "2026-11-24T09:30:00+" + "9" * 5000,
        "3000-01-01T00:00:00Z",  # far future: would top every list for ever
    ],
    ids=lambda text: text[:40],
)
def test_impossible_and_far_future_dates_are_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_future_date_within_a_day_is_kept() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert parse_date("2026-11-25T11:00:00Z", now=now) == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert parse_date("2026-11-25T13:00:00Z", now=now) is None


@pytest.mark.parametrize("well_formed", [True, False])
@pytest.mark.parametrize(
    "bad_date",
    [
        "Fri, 31 Dec 9999 23:59:59 -2359",
        "0001-01-01T00:00:00+23:59",
        "9999-12-31T23:59:59-23:59",
        "3000-01-01T00:00:00Z",
    ],
)
def test_one_bad_date_does_not_sink_the_feed(bad_date: str, well_formed: bool) -> None:
    tail = "" if well_formed else "<broken"
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>bad</title><guid>a</guid><pubDate>{bad_date}</pubDate></item>"
        "<item><title>good</title><guid>b</guid><pubDate>Tue, 24 Nov 2026 09:30:00 GMT</pubDate></item>"
        f"</channel></rss>{tail}"
    ).encode()
    feed = parse_feed(body, BASE)
    assert [(i.title, i.published) for i in feed.items] == [
        ("bad", None),
        ("good", datetime(2026, 11, 24, 9, 30, tzinfo=UTC)),
    ]


def test_an_unreadable_pubdate_is_not_read_again_as_the_update_date() -> None:
    # feedparser's get("updated_parsed") falls back to published_parsed (and warns); the
    # parser reads each date field as the feed wrote it, so no deprecated fallback is used.
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>bad</title><guid>a</guid><pubDate>Fri, 31 Dec 9999 23:59:59 -2359</pubDate></item>"
        b"</channel></rss><broken"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        feed = parse_feed(body, BASE)
    assert [(i.title, i.published) for i in feed.items] == [("bad", None)]


def test_rfc822_fast_path_agrees_with_email_utils() -> None:
    from email.utils import parsedate_to_datetime

    start, step = datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), timedelta(days=113, seconds=4567)
    for i in range(97):
        moment = start + i * step
        zone = ["+0000", "-0000", "+0530", "-0800", "GMT", "+1400", "-1200"][i % 7]
        text = moment.strftime("%a, %d %b %Y %H:%M:%S ") + zone
        expected = parsedate_to_datetime(text)
        if expected.tzinfo is None:
            expected = expected.replace(tzinfo=UTC)
        assert parse_date(text, now=LATER) == expected, text


def test_html_to_text() -> None:
    assert html_to_text("<p>One</p><p>Two&amp;&#x20AC;</p>") == "One Two&€"
    assert html_to_text("a <b>bold</b> move") == "a bold move"
    assert html_to_text("x < y and y > z") == "x < y and y > z"
    assert html_to_text("<script>evil()</script>kept") == "kept"
    assert html_to_text("line<br>break") == "line break"


def test_blank_lines_before_the_xml_declaration_are_forgiven(data_dir: Path) -> None:
    body = b"\n\n  " + feed_file(data_dir, "rss2.xml")
    assert parse_with_lxml(body, BASE, None) is not None
    feed = parse_feed(body, BASE)
    assert feed.error is None and len(feed.items) == 3
