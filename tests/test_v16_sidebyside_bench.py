"""bench/newsboat_side_by_side.py: says so and exits 0 without newsboat (CI); with a real
newsboat installed (a developer's machine) every difference it finds is one newstui makes
on purpose (docs/reliability.md, "Next to newsboat")."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "newsboat_side_by_side.py"


def test_without_newsboat_it_says_so_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # nowhere to find newsboat
    done = subprocess.run([sys.executable, str(BENCH)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "newsboat is not installed" in done.stdout


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="newsboat is not installed (CI)")
def test_next_to_a_real_newsboat_only_deliberate_differences_remain() -> None:
    done = subprocess.run([sys.executable, str(BENCH)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    totals = re.findall(r"\(all (\d+)/(\d+)/(\d+)\)", done.stdout)
    assert len(totals) == 2, done.stdout
    assert [int(differ) for _, _, differ in totals] == [0, 0], done.stdout
    assert "304s on the second run: newsboat 0, newstui" in done.stdout
