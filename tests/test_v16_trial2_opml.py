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


def test_an_import_into_a_new_config_does_not_say_add_your_feeds_there(tmp_path: Path) -> None:
    """The starter config's note said "add your feeds there" after an import that had just
    added them; a command that adds none (list) still says it."""
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="Harbour" xmlUrl="http://harbour.test/feed.xml"/></body></opml>',
        encoding="utf-8",
    )
    config = tmp_path / "new" / "config.toml"
    done = newstui("--config", str(config), "--db", str(tmp_path / "news.db"), "import-opml", str(opml), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"newstui: wrote a starter config to {config}.\n" in done.stderr
    assert "add your feeds there" not in done.stderr

    other = tmp_path / "other" / "config.toml"
    listed = newstui("--config", str(other), "--db", str(tmp_path / "other.db"), "list", cwd=tmp_path)
    assert f"newstui: wrote a starter config to {other}; add your feeds there." in listed.stderr
