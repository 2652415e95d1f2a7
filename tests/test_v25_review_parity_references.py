"""Review of v25's decoding of fields a template escaped once too often (JSON Feed titles,
author names): only whole references ('&amp;', '&#8217;') are read, once. A bare '&'
before a word is text, not a legacy reference missing its ';' ('&region' is not '®ion'),
and a reference to a control goes with the whole escape sequence it starts. Each case
over a loopback server into a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from citizen_helpers import served_and_refreshed
from httpserver import TestServer


def test_json_feed_titles_read_only_whole_references(http_server: TestServer, tmp_path: Path) -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Kiln notes &amp; the &copyist",
        "items": [
            {"id": "a", "url": "https://kiln.example/a", "title": "Glaze &amp; fire: field&notes from &region 4"},
            {"id": "b", "url": "https://kiln.example/b", "title": "&lt;script&gt;alert(1)&lt;/script&gt; &amp; ash"},
            {"id": "c", "url": "https://kiln.example/c", "title": "Cones &amp; &#27;[31mred&#27;[0m clay"},
        ],
    }
    items = served_and_refreshed(
        http_server, tmp_path, "/review/kiln.json", json.dumps(document).encode(), "application/json"
    )
    assert {item.guid: item.title for item in items} == {
        "a": "Glaze & fire: field&notes from &region 4",
        "b": "<script>alert(1)</script> & ash",  # text, as the feed meant it
        "c": "Cones & red clay",
    }
    assert {item.feed_title for item in items} == {"Kiln notes & the &copyist"}


AUTHORS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Mill gazette</title>
<link>https://mill.example/</link><description>News.</description>
<item><title>legacy</title><guid>legacy</guid><dc:creator>Ida &amp;amp; Rolf, &amp;region desk</dc:creator></item>
<item><title>escape</title><guid>escape</guid><dc:creator>By &amp;#27;[31mIda Korhonen &amp;amp; co</dc:creator></item>
</channel></rss>
"""


def test_author_names_read_only_whole_references(http_server: TestServer, tmp_path: Path) -> None:
    items = served_and_refreshed(http_server, tmp_path, "/review/mill.rss", AUTHORS, "application/rss+xml")
    assert {item.guid: item.author for item in items} == {
        "legacy": "Ida & Rolf, &region desk",
        "escape": "Ida Korhonen & co",
    }
