"""bench/newsboat_side_by_side.py on tests/data/v17feeds/ (feeds in the shapes WordPress,
Blogger, Medium, Substack, Ghost, YouTube, podcasts, GitHub, Reddit, Mastodon, Hugo,
Jekyll and news CMSs write, served gzip/deflate-encoded, redirected, refused): with a real
newsboat installed, every difference is one newstui makes on purpose (docs/reliability.md,
"Next to newsboat")."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "newsboat_side_by_side.py"


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="newsboat is not installed (CI)")
def test_next_to_a_real_newsboat_on_v17_only_deliberate_differences_remain() -> None:
    feeds = ROOT / "tests" / "data" / "v17feeds"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--feeds", str(feeds)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    totals = re.findall(r"\(all (\d+)/(\d+)/(\d+)\)", done.stdout)
    assert len(totals) == 2, done.stdout
    assert [int(differ) for _, _, differ in totals] == [0, 0], done.stdout
    assert int(totals[0][0]) > 800  # the corpus was served and compared, not skipped


def test_the_corpus_describes_how_it_is_served() -> None:
    """Every file http.json names exists, and every answer it redirects to is served."""
    import json

    feeds = ROOT / "tests" / "data" / "v17feeds"
    manifest = json.loads((feeds / "http.json").read_text(encoding="utf-8"))
    for name in [*manifest["content_types"], *manifest["encodings"]]:
        assert (feeds / name).is_file(), name
    for name, spec in manifest["answers"].items():
        location = spec.get("location", "")
        if location.startswith("target:"):
            assert (feeds / "targets" / location.removeprefix("target:")).is_file(), name
        if location.startswith("answer:"):
            assert location.removeprefix("answer:") in manifest["answers"], name
    assert len([p for p in feeds.iterdir() if p.suffix in (".rss", ".atom", ".rdf")]) >= 30
