"""A newsboat user manages feeds without leaving the reader: `+` (or "Add a feed…" in the
palette) asks for a feed's address, title and tags, writes it to the config as `newstui add`
does (comments and layout kept), lists it at once and fetches it in a worker; a feed whose
fetch fails carries ✗ and `e` says why. A bad or duplicate address is refused in the box,
with the typing kept. "Import OPML…" takes a file's path and adds its feeds the same way."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label

from httpserver import TestServer
from newstui.config import load_config
from newstui.ui.screens.add_feeds import AddFeedScreen, ImportOpmlScreen
from ui_helpers import WORLD, Seeded, make_app, press, running, settle

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
    b"<link>http://127.0.0.1/</link>"
    b"<item><title>Ferry timetable changes for the winter</title><link>http://127.0.0.1/a</link>"
    b"<guid>hg-1</guid><description>The island ferry sails twice a day from Monday.</description></item>"
    b"</channel></rss>"
)


async def _type(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*text)


async def test_plus_adds_a_feed_to_the_config_lists_it_and_fetches_it(seeded: Seeded, http_server: TestServer) -> None:
    http_server.add_route("/harbour.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    url = http_server.url("harbour.xml")
    before = seeded.config_path.read_text(encoding="utf-8")
    app = make_app(seeded)
    async with running(app, size=(120, 40)) as pilot:
        await press(pilot, "plus")
        assert isinstance(app.screen, AddFeedScreen)
        await _type(pilot, url)
        await pilot.press("tab")
        await _type(pilot, "My harbour")
        await pilot.press("tab")
        await _type(pilot, "local, ships")
        await press(pilot, "enter")
        await settle(pilot, rounds=8)
        screen = app.main_screen
        assert not isinstance(app.screen, AddFeedScreen)
        text = seeded.config_path.read_text(encoding="utf-8")
        assert text.startswith(before)  # every byte of the file before is kept, comments too
        feed = load_config(seeded.config_path).feed(url)
        assert feed is not None and feed.title == "My harbour" and feed.tags == ("local", "ships")
        assert app.config.feed(url) is not None  # the reader's config knows it (r, tags, timer)
        listed = {feed.url: feed for feed in screen.feed_list.feeds}
        assert url in listed and not listed[url].last_error
        assert listed[url].unread == 1  # fetched: its one item is in the cache
        assert "My harbour" in screen.status.notice and "1 new item" in screen.status.notice
        assert app.is_running


async def test_a_feed_that_fails_carries_its_error_and_nothing_else_breaks(
    seeded: Seeded, http_server: TestServer
) -> None:
    http_server.add_route("/gone.xml", (404, {}, b"no such feed"))
    url = http_server.url("gone.xml")
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "plus")
        await _type(pilot, url)
        await press(pilot, "enter")
        await settle(pilot, rounds=8)
        screen = app.main_screen
        listed = {feed.url: feed for feed in screen.feed_list.feeds}
        assert url in listed and listed[url].last_error  # ✗ in the feed list
        assert "Could not refresh" in screen.status.notice
        assert load_config(seeded.config_path).feed(url) is not None  # added all the same
        assert len(screen.feed_list.feeds) >= 4  # the other feeds are still listed
        screen.feed_list.focus()
        screen.feed_list.highlight_filter(screen.item_filter)
        await press(pilot, "e")
        assert app.is_running


async def test_a_bad_or_duplicate_address_is_refused_in_the_box(seeded: Seeded) -> None:
    before = seeded.config_path.read_text(encoding="utf-8")
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "plus")
        await _type(pilot, "ftp://files.example/feed")
        await press(pilot, "enter")
        assert isinstance(app.screen, AddFeedScreen)
        error = str(app.screen.query_one("#ask-error", Label).render())
        assert "http" in error
        box = app.screen.query_one("#add-url", Input)
        assert box.value == "ftp://files.example/feed"  # the typing stays, to be fixed
        box.value = WORLD
        await press(pilot, "enter")
        assert isinstance(app.screen, AddFeedScreen)
        assert "already in" in str(app.screen.query_one("#ask-error", Label).render())
        await press(pilot, "escape")
        assert not isinstance(app.screen, AddFeedScreen)
    assert seeded.config_path.read_text(encoding="utf-8") == before


async def test_import_opml_from_the_palette_adds_its_feeds(
    seeded: Seeded, http_server: TestServer, tmp_path: Path
) -> None:
    http_server.add_route("/harbour.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    url = http_server.url("harbour.xml")
    opml = tmp_path / "mine.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        f'<outline text="Coast"><outline text="Harbour" xmlUrl="{url}"/></outline>'
        f'<outline text="World again" xmlUrl="{WORLD}"/></body></opml>',
        encoding="utf-8",
    )
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await press(pilot, "ctrl+p")
        await pilot.press(*"import opml")
        await settle(pilot, rounds=8)
        await pilot.pause(0.3)
        await press(pilot, "enter")
        assert isinstance(app.screen, ImportOpmlScreen)
        await _type(pilot, str(opml))
        await press(pilot, "enter")
        await settle(pilot, rounds=8)
        feed = load_config(seeded.config_path).feed(url)
        assert feed is not None and feed.tags == ("Coast",)
        notice = app.main_screen.status.notice
        assert "Imported 1 feed" in notice and "1 feed skipped" in notice
        assert url in {feed.url for feed in app.main_screen.feed_list.feeds}
