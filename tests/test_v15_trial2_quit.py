"""q then t typed fast (or ctrl+p) crashed the app on its way out: the theme picker (a
command palette) opened while the screens were being taken down and its search found no
list to fill ("NoMatches: No nodes match 'CommandList'"), so the terminal showed a
traceback instead of a clean exit. Seen in a real terminal (tmux send-keys q, then "qt");
Pilot waits between keys, so the test checks the guard: nothing opens once quitting."""

from __future__ import annotations

from ui_helpers import Seeded, make_app, running


async def test_the_theme_picker_and_the_palette_do_not_open_once_quitting(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app) as pilot:
        assert app.check_action("pick_theme", ()) and app.check_action("command_palette", ())
        app.exit()  # what q in the feed list does; t was typed just after it
        assert not app.check_action("pick_theme", ())
        assert not app.check_action("command_palette", ())
        assert app.check_action("quit", ())  # Q still works
        await pilot.pause()
    assert app.return_code == 0
