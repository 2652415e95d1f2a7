"""Enclosures in the app (the Attachments block, the `E` picker, player and download) and the
downloader itself, over the loopback HTTP server into tmp dirs."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from enclosure_helpers import PODCAST_FEED, podcast_config
from httpserver import Response, TestServer
from newstui.feeds.download import DownloadError, download, safe_file_name
from newstui.model import Enclosure, FeedConfig, ParsedItem
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from ui_helpers import app_for, open_first_item, settle

AUDIO = b"ID3" + bytes(range(256)) * 40  # 10,243 bytes
SIZE = (120, 40)
MARKUP_TITLE = "[bold]Episode[/bold] [@click=app.quit]9[/]"


def build(db: Path, audio_url: str) -> None:
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(PODCAST_FEED, "Pod")])
        store.upsert_items(
            PODCAST_FEED,
            [
                ParsedItem(
                    title=MARKUP_TITLE,
                    guid="ep9",
                    summary="An episode.",
                    content_html="<p>An episode about enclosures.</p>",
                    enclosures=(
                        Enclosure(audio_url, "audio/mpeg", len(AUDIO)),
                        Enclosure("javascript:alert(1)", "[red]x[/red]", None),
                    ),
                )
            ],
        )


def attachments_text(app: NewsApp) -> str:
    view = app.screen.query_one(ArticleView)
    blocks = list(view.query(".attachments"))
    assert len(blocks) == 1, "the article shows one Attachments block"
    return str(blocks[0].render())


async def test_article_shows_attachments_and_e_downloads_one(http_server: TestServer, tmp_path: Path) -> None:
    audio_url = http_server.add_route("/media/ep%209.mp3", (200, {"Content-Type": "audio/mpeg"}, AUDIO))
    downloads = tmp_path / "downloads"
    config = podcast_config(tmp_path / "config.toml", downloads)
    db = tmp_path / "news.db"
    build(db, audio_url)
    app = app_for(config, db)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_item(app, pilot)
        text = attachments_text(app)
        assert "Attachments" in text and "E to play or download" in text
        assert "audio/mpeg, 10.2 kB" in text and "ep%209.mp3" in text
        assert "[red]x[/red]" in text  # a hostile type is shown as text, not markup
        await pilot.press("E")
        await pilot.pause()
        from newstui.ui.screens.enclosures import UNSAFE, EnclosuresScreen

        screen = app.screen
        assert isinstance(screen, EnclosuresScreen)
        assert screen.urls == [audio_url, None]  # the javascript: one is listed but cannot be chosen
        from textual.widgets import OptionList

        options = screen.query_one(OptionList)
        assert UNSAFE in str(options.get_option_at_index(1).prompt)
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(app.screen, EnclosuresScreen)
        first = downloads / "ep 9.mp3"
        assert first.read_bytes() == AUDIO
        assert f"Downloaded to {first}" in app.screen.status.notice  # type: ignore[attr-defined]
        # Again: the first file is never overwritten.
        first.write_bytes(b"mine")
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("d")
        await settle(pilot)
        assert first.read_bytes() == b"mine"
        assert (downloads / "ep 9 (1).mp3").read_bytes() == AUDIO
        assert [p.name for p in downloads.iterdir() if p.name.endswith(".part")] == []
        # Escape closes the picker without doing anything.
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EnclosuresScreen)


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script as the player")
async def test_enter_plays_with_the_player_command_as_arguments(http_server: TestServer, tmp_path: Path) -> None:
    audio_url = http_server.add_route("/ep.mp3", (200, {}, AUDIO))
    log = tmp_path / "player.log"
    script = tmp_path / "player.sh"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> "{log}"; done\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    config = podcast_config(tmp_path / "config.toml", tmp_path / "dl", player=[str(script), "--title=x;rm -rf ~", "%u"])
    db = tmp_path / "news.db"
    build(db, audio_url)
    app = app_for(config, db)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_item(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        deadline = time.monotonic() + 5
        while not (log.exists() and log.read_text().count("\n") >= 2) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert log.read_text().splitlines() == ["--title=x;rm -rf ~", audio_url]  # arguments, no shell
        assert "Playing" in app.screen.status.notice  # type: ignore[attr-defined]


async def test_a_missing_player_is_told(tmp_path: Path) -> None:
    config = podcast_config(tmp_path / "config.toml", tmp_path / "dl", player=[str(tmp_path / "no-such-player")])
    db = tmp_path / "news.db"
    build(db, "http://media.test/ep.mp3")
    app = app_for(config, db)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_item(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert "Could not start the player" in app.screen.status.notice  # type: ignore[attr-defined]


async def test_e_without_attachments_says_so(tmp_path: Path) -> None:
    config = podcast_config(tmp_path / "config.toml", tmp_path / "dl")
    db = tmp_path / "news.db"
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(PODCAST_FEED, "Pod")])
        store.upsert_items(PODCAST_FEED, [ParsedItem(title="plain", guid="p", content_html="<p>Text.</p>")])
    app = app_for(config, db)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_item(app, pilot)
        assert list(app.screen.query_one(ArticleView).query(".attachments")) == []
        await pilot.press("E")
        await pilot.pause()
        assert "no attachments" in app.screen.status.notice  # type: ignore[attr-defined]


# -- the downloader --------------------------------------------------------------------------


def test_download_caps_the_size_declared_or_streamed(http_server: TestServer, tmp_path: Path) -> None:
    tmp_path = tmp_path / "dl"  # created by download()
    declared = http_server.add_route("/big.mp3", (200, {}, b"x" * 5000))
    streamed = http_server.add_route("/stream.mp3", Response(body=iter([b"y" * 1000] * 10)))
    for url in (declared, streamed):
        with pytest.raises(DownloadError) as caught:
            asyncio.run(download(url, tmp_path, max_bytes=4096))
        assert url in str(caught.value) and "4096-byte limit" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # no partial file is left


def test_download_errors_name_the_url(http_server: TestServer, tmp_path: Path) -> None:
    tmp_path = tmp_path / "dl"
    gone = http_server.add_route("/gone.mp3", (404, {}, b""))
    with pytest.raises(DownloadError, match="HTTP 404") as caught:
        asyncio.run(download(gone, tmp_path, max_bytes=10_000))
    assert caught.value.url == gone
    with pytest.raises(DownloadError, match="not a plain http"):
        asyncio.run(download("file:///etc/passwd", tmp_path, max_bytes=10_000))
    assert list(tmp_path.iterdir()) == []  # the 404 left nothing behind


def test_download_never_overwrites(http_server: TestServer, tmp_path: Path) -> None:
    tmp_path = tmp_path / "dl"
    tmp_path.mkdir()
    url = http_server.add_route("/a.ogg", (200, {}, b"new"))
    (tmp_path / "a.ogg").write_bytes(b"old")
    (tmp_path / "a (1).ogg").write_bytes(b"older")
    path = asyncio.run(download(url, tmp_path, max_bytes=10_000))
    assert path == tmp_path / "a (2).ogg" and path.read_bytes() == b"new"
    assert (tmp_path / "a.ogg").read_bytes() == b"old" and (tmp_path / "a (1).ogg").read_bytes() == b"older"


@pytest.mark.parametrize(
    ("url", "kind", "name"),
    [
        ("https://e.test/pod/ep1.mp3?token=1", None, "ep1.mp3"),
        ("https://e.test/..%2F..%2Fetc%2Fpasswd", None, "_.._etc_passwd"),
        ("https://e.test/.bashrc", None, "bashrc"),
        ("https://e.test/a%1B%5B2Jb%E2%80%AEc.mp3", None, "a_2Jbc.mp3"),
        ("https://e.test/", "audio/mpeg", "download.mp3"),
        ("https://e.test/stream", "video/mp4", "stream.mp4"),
        ("https://e.test/" + "x" * 300 + ".mp3", None, "x" * 116 + ".mp3"),
    ],
)
def test_safe_file_name(url: str, kind: str | None, name: str) -> None:
    assert safe_file_name(url, kind) == name
    assert os.sep not in name
