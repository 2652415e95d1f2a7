"""Review of the reader's OPML import: the feeds it adds are fetched as `only`, and a feed
list of 20,000 (an export of a big reader) is chosen in one pass, not a scan per URL."""

from __future__ import annotations

import time
from pathlib import Path

from newstui.config import load_config
from newstui.feeds.refresh import select_feeds


def test_twenty_thousand_named_feeds_are_chosen_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "http://site{n}.example/feed"\n' for n in range(20_000)))
    config = load_config(path)
    urls = [feed.url for feed in config.feeds]
    started = time.process_time()
    twice = [urls[0], urls[-1].replace("http://site", "HTTP://SITE")]  # named again, as written or not
    chosen = select_feeds(config, [*urls, *twice])
    spent = time.process_time() - started
    assert [feed.url for feed in chosen] == urls
    assert spent < 3.0, spent  # a scan of the chosen list per URL took about 25 s of CPU
