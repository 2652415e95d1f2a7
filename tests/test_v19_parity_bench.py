"""bench/newsboat_side_by_side.py on tests/data/v19feeds/ (RSS 1.0 dated by dc:date, nested and
relative xml:base, entries with many links or only an id, untitled items, titles in CDATA
and escaped twice, dates in odd zones and formats, permalink guids that are names, guids
that change between runs, windows-1252 without a declaration, feeds served as text/html,
text/plain or octet-stream, a BOM before a blank line, Media RSS titles, 2,000 items, and
feeds that move, go, break or become a login page on the second run): with a real newsboat
installed, every difference is one newstui makes on purpose (docs/reliability.md, "Next to
newsboat")."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from parity_helpers import side_by_side

FEEDS = Path(__file__).resolve().parent / "data" / "v19feeds"


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="newsboat is not installed (CI)")
def test_next_to_a_real_newsboat_on_v19_only_deliberate_differences_remain() -> None:
    report, totals = side_by_side(FEEDS)
    assert int(totals[0][0]) > 10_000  # the corpus (2,000 items in one feed) was served and compared
    # The second run's answers changed: the feed that became a login page failed in both readers,
    # the one that went 410 too, and the moved one was followed to its new address.
    second = report.split("== run 2", 1)[1]
    for name in ("login.rss", "login-redirect-later", "gone-later", "broken-later"):
        assert f"· {name}: newsboat says '" in second, name
        assert "newstui says None" not in second.split(f"· {name}:", 1)[1].split("\n", 1)[0], name


def test_the_corpus_describes_how_it_is_served() -> None:
    """Every file http.json names exists, and every answer it serves or redirects to is there."""
    manifest = json.loads((FEEDS / "http.json").read_text(encoding="utf-8"))
    for name in [*manifest["content_types"], *manifest["run2_content_types"]]:
        assert (FEEDS / name).is_file(), name
    for name in manifest["run2_content_types"]:
        assert (FEEDS / "run2" / name).is_file(), name
    for name, spec in manifest["answers"].items():
        for answer in (spec, spec.get("run2", {})):
            location = answer.get("location", "")
            if location.startswith("target:"):
                assert (FEEDS / "targets" / location.removeprefix("target:")).is_file(), name
            if "file" in answer:
                assert (FEEDS / "targets" / answer["file"]).is_file(), name
    # The built-in 301 and 302 answers redirect to targets/moved.rss and targets/temp.rss.
    assert (FEEDS / "targets" / "moved.rss").is_file()
    assert (FEEDS / "targets" / "temp.rss").is_file()
    assert len([p for p in FEEDS.iterdir() if p.suffix in (".rss", ".atom", ".rdf")]) >= 25


def test_no_guid_is_shared_between_two_feeds_of_the_corpus() -> None:
    """newsboat keys items by guid across all its feeds: a guid two files share would make one
    feed look empty to it (and the comparison would measure the corpus, not the readers)."""
    manifest = json.loads((FEEDS / "http.json").read_text(encoding="utf-8"))
    feed_of: dict[str, str] = {}  # a target file → the answer it is the feed of (before and after a move)
    for name, spec in manifest["answers"].items():
        for answer in (spec, spec.get("run2", {})):
            target = answer.get("file") or answer.get("location", "").removeprefix("target:")
            feed_of[target] = name
    seen: dict[str, str] = {}
    for path in sorted([*FEEDS.glob("*.*"), *FEEDS.glob("targets/*.*")]):
        feed = feed_of.get(path.name, path.name)
        text = path.read_bytes().decode("utf-8", errors="replace")
        for guid in set(re.findall(r"<guid[^>]*>\s*([^<\s]+)\s*</guid>", text)):
            assert seen.setdefault(guid, feed) == feed, (guid, seen[guid], feed)
