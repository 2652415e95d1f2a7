"""The podcast feed of the enclosure tests: its URL and a config that downloads into a given
folder (at most 1 MB) and plays with a given player."""

from __future__ import annotations

import json
from pathlib import Path

PODCAST_FEED = "http://feeds.test/podcast.xml"


def podcast_config(path: Path, download_dir: Path, player: list[str] | None = None) -> Path:
    """The config of the podcast feed alone, downloads into `download_dir`, `player` if given."""
    lines = [
        "[general]",
        "refresh_minutes = 0",
        "fetch_full_articles = false",
        f"download_dir = {json.dumps(str(download_dir))}",
        "max_download_mb = 1",
    ]
    if player is not None:
        lines.append(f"player = {json.dumps(player)}")
    lines += ["", "[[feeds]]", f'url = "{PODCAST_FEED}"', 'title = "Pod"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
