"""newsboat's O (open-in-browser-and-mark-read): a reader who reads the web page of an item
opens it with O and expects it read; newstui had only o, which left it unread, so n came
back to it, and every item so read needed an m as well."""

from __future__ import annotations

from pathlib import Path

from command_helpers import recording_script
from store_helpers import stored_read
from ui_helpers import Seeded, make_app, press, running, settle, wait_for_text


async def test_capital_o_opens_the_highlighted_item_and_marks_it_read(seeded: Seeded, tmp_path: Path) -> None:
    script, log = recording_script(tmp_path)
    app = make_app(seeded, browser=(str(script), "%u"))
    async with running(app) as pilot:
        items = app.main_screen.item_list
        first = items.current_item
        assert first is not None and first.guid == "tech-0" and not first.read
        await press(pilot, "O")
        assert (await wait_for_text(pilot, log)).splitlines()[0] == "arg:http://news.test/tech/0"
        await settle(pilot)
        assert stored_read(seeded.db, seeded.ids["tech-0"])
        shown = items.current_item
        assert shown is not None and shown.id == first.id and shown.read  # the cursor stays on it
        assert app.main_screen.open_item is None  # nothing opened in the reader


async def test_lower_o_still_leaves_the_item_unread(seeded: Seeded, tmp_path: Path) -> None:
    script, log = recording_script(tmp_path)
    app = make_app(seeded, browser=(str(script), "%u"))
    async with running(app) as pilot:
        await press(pilot, "o")
        assert await wait_for_text(pilot, log)
        await settle(pilot)
        assert not stored_read(seeded.db, seeded.ids["tech-0"])
