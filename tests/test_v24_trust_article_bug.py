"""A bug one page finds in the article pass fails that page, never the whole `newstui refresh`.

The pass caught what a page is known to raise (network, charset, parser errors) and raised
anything else once every page had ended: an extractor bug met on one hostile page ended every
cron refresh with a traceback and exit 1, and, the page never being saved, at each run until
it aged out. The app already showed such a bug as that page's error. Now the pass does too:
the page is named as failed, with "a bug in newstui", and the other pages are saved.

A real `newstui refresh` process against a real loopback server; the bug is injected into the
extraction of one page (no page is known to cause one), as the other trust tests inject a
failing `os.link`. Invented pages.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from httpserver import TestServer
from newstui.store import Store

PAGE = (
    "<html><head><title>Moorings</title></head><body><article><h1>Moorings</h1>"
    + "<p>The harbour master counted the moorings on the east side twice before lunch.</p>" * 12
    + "</article></body></html>"
).encode()

# `newstui` in its own process, the extraction of one page made to hit a bug.
_CLI_WITH_A_BUG = """
import sys
import newstui.feeds.articles as articles
from newstui.__main__ import main
real = articles.article_for

async def article_for(item, fetcher, executor=None):
    if item.link.endswith("/buggy"):
        raise TypeError("an extractor bug on this page")
    return await real(item, fetcher, executor)

articles.article_for = article_for
sys.exit(main(sys.argv[1:]))
"""


def test_a_bug_on_one_page_fails_that_page_only(tmp_path: Path, http_server: TestServer) -> None:
    good = http_server.add_route("/moorings", (200, {"Content-Type": "text/html"}, PAGE))
    buggy = http_server.add_route("/buggy", (200, {"Content-Type": "text/html"}, PAGE))
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>'
        f"<item><title>Moorings</title><guid>m</guid><link>{good}</link></item>"
        f"<item><title>Buggy</title><guid>b</guid><link>{buggy}</link></item></channel></rss>"
    ).encode()
    feed = http_server.add_route("/harbour.xml", (200, {"Content-Type": "application/rss+xml"}, rss))
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\nfetch_full_articles = true\n\n[[feeds]]\nurl = "{feed}"\n', encoding="utf-8")
    db = tmp_path / "news.db"
    done = subprocess.run(
        [sys.executable, "-c", _CLI_WITH_A_BUG, "--config", str(config), "--db", str(db), "refresh", "-v"],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert buggy in said and "a bug in newstui" in said, said
    with Store.open(db) as store:
        saved = store.run(
            lambda c: c.execute("SELECT i.guid FROM articles AS a JOIN items AS i ON i.id = a.item_id").fetchall()
        )
    assert saved == [("m",)]
