"""newsboat's `E` edits the urls file from the reader: "Edit config" in the palette hands the
terminal to $VISUAL (else $EDITOR) on the config file, as `|` hands it to the pager, then
reads the config's feeds again. A file left broken is said with its line, and the config in
use stays in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from httpserver import TestServer
from ui_helpers import Seeded, make_app, press, running, settle

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>'
    b"<item><title>Orchard fair opens on Saturday</title><link>http://127.0.0.1/o</link>"
    b"<guid>vp-1</guid></item></channel></rss>"
)


def _editor(tmp_path: Path, appended: str) -> Path:
    """A stand-in editor: appends `appended` to the file it is given, as a user's edit would."""
    addition = tmp_path / "addition.toml"
    addition.write_text(appended, encoding="utf-8")
    script = tmp_path / "editor.sh"
    script.write_text(f'#!/bin/sh\ncat "{addition}" >> "$1"\n', encoding="utf-8")
    script.chmod(0o755)
    return script


async def _edit_config(app, pilot) -> None:  # type: ignore[no-untyped-def]
    await press(pilot, "ctrl+p")
    await pilot.press(*"edit config")
    await settle(pilot, rounds=8)
    await pilot.pause(0.3)
    await press(pilot, "enter")
    await settle(pilot, rounds=8)


async def test_edit_config_runs_the_editor_and_reads_the_new_feed(
    seeded: Seeded, tmp_path: Path, http_server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.add_route("/valley.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    url = http_server.url("valley.xml")
    monkeypatch.setenv("VISUAL", str(_editor(tmp_path, f'\n[[feeds]]\nurl = "{url}"\ntags = ["rural"]\n')))
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")  # VISUAL first, as newsboat and git read them
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await _edit_config(app, pilot)
        screen = app.main_screen
        assert app.config.feed(url) is not None
        listed = {feed.url: feed for feed in screen.feed_list.feeds}
        assert url in listed and listed[url].unread == 1  # listed and fetched
        assert "1 feed added in the config" in screen.status.notice
        assert app.is_running


async def test_a_broken_config_is_said_with_its_line_and_the_old_one_stays(
    seeded: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = len(seeded.config_path.read_text(encoding="utf-8").splitlines())
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(_editor(tmp_path, '\n[[feeds]\nurl = "http://half.example/feed"\n')))
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        feeds = app.config.feeds
        await _edit_config(app, pilot)
        said = [n.message for n in app._notifications if "Config" in (n.title or "")]
        assert said and f":{lines + 2}" in said[-1]  # the line of the broken header
        assert "stays" in said[-1]
        assert app.config.feeds == feeds  # the config in use is the one before
        await press(pilot, "R")  # and the reader goes on with it
        assert app.is_running


async def test_an_editor_that_cannot_start_is_said(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", "/nonexistent/editor --wait")
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        await _edit_config(app, pilot)
        notice = app.main_screen.status.notice
        assert "Could not run the editor /nonexistent/editor" in notice and "VISUAL" in notice
