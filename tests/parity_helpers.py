"""bench/newsboat_side_by_side.py run on a feed corpus, for the tests that hold newstui next to
a real newsboat: every run must end well and leave no difference the bench does not explain."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "newsboat_side_by_side.py"


def side_by_side(feeds: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """The bench's verbose report on `feeds` and its two runs' totals (agree, deliberate, differ),
    once it has ended with status 0 and both runs' unexplained differences are 0."""
    done = subprocess.run(
        [sys.executable, str(BENCH), "-v", "--feeds", str(feeds)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    totals = re.findall(r"\(all (\d+)/(\d+)/(\d+)\)", done.stdout)
    assert len(totals) == 2, done.stdout
    assert [int(differ) for _, _, differ in totals] == [0, 0], done.stdout
    return done.stdout, totals
