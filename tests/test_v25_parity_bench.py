"""bench/newsboat_side_by_side.py on tests/data/v25feeds/ (awkward real-world shapes: nested and
entry-level xml:base, RSS 1.0 with several dc:creators, markup, CDATA and entities in titles,
items without guid or link or with only an attachment, guids repeated in one feed and shared
by two, dates with named zones, European month names, dotted and zone-less forms, authors in
dc:creator, itunes:author and 'Name <email>', Latin-1 declared UTF-8, a BOM, gzip on the wire,
octet-stream, a JSON Feed 1.0 served as text/html, a permanent redirect to a JSON Feed, and
Atom ids re-keyed on the second run): with a real newsboat installed, every difference is one
newstui makes on purpose, each with its reason in the bench's rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from parity_helpers import side_by_side

FEEDS = Path(__file__).resolve().parent / "data" / "v25feeds"


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="newsboat is not installed (CI)")
def test_next_to_a_real_newsboat_on_v25_only_deliberate_differences_remain() -> None:
    report, totals = side_by_side(FEEDS)
    # The episodes known only by their files are all kept (newsboat keeps one).
    assert "only newstui lists 'crossing-14.mp3'" in report
    assert "refresh took: newsboat" in report


def test_the_corpus_describes_how_it_is_served() -> None:
    """Every file http.json names exists, and every answer it redirects to is there."""
    manifest = json.loads((FEEDS / "http.json").read_text(encoding="utf-8"))
    for name in [*manifest["content_types"], *manifest["encodings"]]:
        assert (FEEDS / name).is_file(), name
    for name, spec in manifest["answers"].items():
        location = spec.get("location", "")
        if location.startswith(("target:", "relative-target:")):
            assert (FEEDS / "targets" / location.split(":", 1)[1]).is_file(), name
    for path in (FEEDS / "run2").iterdir():
        assert (FEEDS / path.name).is_file(), path.name  # a second version of a feed of the first run
