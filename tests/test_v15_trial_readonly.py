"""On a read-only cache the keys that would save something are greyed in the footer (as
Textual greys a disabled binding), and pressed, or chosen in the command palette, they still
say why they do nothing: a greyed key that said nothing would read as a broken key."""

from __future__ import annotations

from pathlib import Path

from newstui.config import load_config
from newstui.ui.app import NewsApp
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.status_line import StatusLine
from ui_helpers import app_for, clock, press, running, seed

SAYS = "The cache is read-only ("


def footer_state(app: NewsApp) -> dict[str, bool]:
    """Footer key description -> whether it is greyed."""
    footer = app.screen.query_one(KeyFooter)
    return {key.description: key.has_class("-disabled") for key in footer._shown}


async def test_the_footer_greys_the_keys_that_save_and_they_say_why(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = NewsApp(load_config(seeded.config_path), seeded.db, clock=clock, read_only=f"{seeded.db} is read-only")
    async with running(app) as pilot:
        shown = footer_state(app)
        assert shown["Bookmark"] and shown["Refresh all"]  # greyed
        assert not shown["Search"] and not shown["Next unread"] and not shown["Help"]
        status = app.screen.query_one(StatusLine)
        for key in ("b", "m", "U", "A"):
            await press(pilot, "escape")  # clear the last notice (any key does)
            status.notice = ""
            await press(pilot, key)
            assert status.notice.startswith(SAYS), key
            assert app.screen is app.main_screen, key  # A asks nothing: nothing can be marked
        status.notice = ""
        await press(pilot, "r")
        assert "Cannot refresh: the cache is read-only" in status.notice
        # The command palette's entry for b says so too, instead of doing nothing.
        status.notice = ""
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        commands["Bookmark"].callback()
        await pilot.pause()
        assert status.notice.startswith(SAYS)


async def test_a_writable_cache_greys_nothing(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = app_for(seeded.config_path, seeded.db)
    async with running(app):
        assert not any(footer_state(app).values())
