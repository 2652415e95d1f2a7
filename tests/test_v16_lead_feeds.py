"""Feeds, lead's mends after the side-by-side run with newsboat.

- A feed whose text merely mentions "xml:base" (a post about XML) is not a feed that
  uses it: its relative links still resolve against the channel's link, as newsboat
  resolves them.
- `newstui refresh` says how many pages it fetched again because the feed edited the
  item (real process, real loopback server)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import newstui
from httpserver import TestServer
from newstui.feeds.parse import parse_feed

FEED_URL = "https://cdn.example.net/feeds/blog.xml"


def rss(description: str, base: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel{base}>
<title>Markup notes</title><link>https://markup.example.org/blog/</link>
<description>{description}</description>
<item><title>On resolving relative links</title><link>2026/12/relative-links/</link>
<guid isPermaLink="false">post-1</guid><description>Why xml:base matters, and when it does not.</description></item>
</channel></rss>""".encode()


@pytest.mark.parametrize(
    "description",
    ["Notes on XML and its attributes", "Notes on xml:base, xml:lang and other attributes"],
)
def test_a_mention_of_xml_base_in_the_text_is_not_its_use(description: str) -> None:
    feed = parse_feed(rss(description), FEED_URL, "application/rss+xml")
    assert [item.link for item in feed.items] == ["https://markup.example.org/blog/2026/12/relative-links/"]


def test_a_real_xml_base_still_wins() -> None:
    feed = parse_feed(rss("Notes", ' xml:base="https://other.example.com/posts/"'), FEED_URL, "application/rss+xml")
    assert [item.link for item in feed.items] == ["https://other.example.com/posts/2026/12/relative-links/"]


def test_newstui_refresh_says_how_many_pages_it_fetched_again(http_server: TestServer, tmp_path: Path) -> None:
    """A cron user reading the output learns why a page was asked again: the feed edited the item."""
    state = {"title": "Harbour ferry timetable for winter", "page": "The late boat runs until January."}

    def page(_: object) -> tuple[int, dict[str, str], bytes]:
        paragraphs = "".join(
            f"<p>{text}</p>"
            for text in [
                "The harbour board met on Monday to settle the winter timetable for the island ferry service.",
                "Members agreed that the early boat will leave at half past six from the first week of December.",
                state["page"],
                "The board will review the timetable again in the spring, after hearing from the ferry crews.",
            ]
        )
        html = (
            f"<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>{paragraphs}</article></body></html>"
        )
        return 200, {"Content-Type": "text/html"}, html.encode()

    page_url = http_server.add_route("/ferry.html", page)

    def feed(_: object) -> tuple[int, dict[str, str], bytes]:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Board</title>'
            f"<link>http://board.test/</link><description>d</description><item><title>{state['title']}</title>"
            f'<link>{page_url}</link><guid isPermaLink="false">ferry-1</guid>'
            "<pubDate>Mon, 23 Nov 2026 09:00:00 +0000</pubDate><description>The board decides.</description></item>"
            "</channel></rss>"
        )
        return 200, {"Content-Type": "application/rss+xml"}, body.encode()

    url = http_server.add_route("/board.rss", feed)
    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{url}"\n', encoding="utf-8")
    args = ("--config", str(config), "--db", str(tmp_path / "news.db"), "refresh")
    first = newstui(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "fetched again" not in first.stdout
    state["title"] += " (corrected)"
    state["page"] = "Correction: the late boat runs until the end of February."
    second = newstui(*args, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "1 page fetched again because the feed edited the item" in second.stdout
    assert len(http_server.requests_for("/ferry.html")) == 2
