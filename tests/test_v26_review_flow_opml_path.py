"""Review of "Import OPML…": whatever is typed as the path is that box's error, never the
reader's crash. A name longer than the file system takes (a paste gone wrong) and a `~user`
that names no user raised out of the key's handler, and Textual quit the app."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label

from newstui.ui.screens.add_feeds import ImportOpmlScreen
from ui_helpers import Seeded, make_app, press, running


@pytest.mark.parametrize(
    "typed",
    [
        "feeds-" + "x" * 300 + ".opml",  # one name past 255 bytes: ENAMETOOLONG from stat
        "~no-such-user-here/feeds.opml",  # expanduser cannot find the home
        "/tmp/" + "deep/" * 1000 + "feeds.opml",  # past PATH_MAX
    ],
    ids=["long-name", "no-such-user", "long-path"],
)
async def test_a_path_the_system_refuses_is_said_in_the_box(seeded: Seeded, typed: str) -> None:
    app = make_app(seeded)
    async with running(app, size=(80, 24)) as pilot:
        app.main_screen.action_import_opml()
        await pilot.pause(0.2)
        assert isinstance(app.screen, ImportOpmlScreen)
        box = app.screen.query_one("#opml-path", Input)
        box.value = typed
        await press(pilot, "enter")
        assert app.is_running
        assert isinstance(app.screen, ImportOpmlScreen)  # still asking, the typing kept
        assert box.value == typed
        error = str(app.screen.query_one("#ask-error", Label).render())
        assert error and len(error) < 300  # said in a few lines, not the whole paste again
