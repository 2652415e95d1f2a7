"""`newstui export-opml` names a feed the config gives no title by the feed's own title
(from the cache), as newsboat's export does: other readers show an outline's `text`, and
the URL in its place left a list of addresses in the reader the feeds were moved to.
A title set in the config still wins; a feed never fetched keeps its URL."""

from __future__ import annotations

from pathlib import Path

from citizen_helpers import RSS, write_config
from cli_helpers import newstui
from httpserver import TestServer
from newstui.feeds.opml import read_opml


def test_export_names_untitled_feeds_by_their_own_title(http_server: TestServer, tmp_path: Path) -> None:
    harbour = http_server.add_route("/harbour.rss", (200, {"Content-Type": "application/rss+xml"}, RSS))
    valley = http_server.add_route(
        "/valley.rss", (200, {"Content-Type": "application/rss+xml"}, RSS.replace(b"Harbour notes", b"Valley notes"))
    )
    never = "http://127.0.0.1:9/never.xml"
    config = write_config(tmp_path / "config.toml", [harbour, valley, never])
    config.write_text(
        config.read_text().replace(f'url = "{valley}"', f'url = "{valley}"\ntitle = "My valley"'), encoding="utf-8"
    )
    db = tmp_path / "news.db"
    newstui("--config", str(config), "--db", str(db), "refresh", cwd=tmp_path)

    done = newstui("--config", str(config), "--db", str(db), "export-opml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert 'text="Harbour notes"' in done.stdout, done.stdout
    assert 'text="My valley"' in done.stdout  # the config's title, not the feed's
    assert f'text="{never}"' in done.stdout  # no title known: the URL, read back as none
    titles = {feed.url: feed.title for feed in read_opml(done.stdout.encode())}
    assert titles == {harbour: "Harbour notes", valley: "My valley", never: None}
