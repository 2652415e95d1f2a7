"""The footer always keeps the key that says what q does (`KEEP`: quit, back, help), however
narrow the terminal. Version 17 made q in the item list, the article and the quotes the
screen's actions (`screen.back_to_feeds`, `screen.back_to_list`) so a burst of keys finds
the focus moved; `KEEP` still named the old pane action "back", so a narrow footer dropped
"q Back" before keys it may drop ("⏎ Open")."""

from __future__ import annotations

from newstui.ui.widgets.key_footer import KeyFooter
from ui_helpers import Seeded, make_app, press, running, settle


async def test_a_narrow_footer_keeps_q_back_in_the_item_list_and_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(20, 30)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        assert app.focused is app.main_screen.item_list
        assert ("q", "Back") in [(key.key_display, key.description) for key in footer._shown]
        await press(pilot, "enter")
        app.main_screen.article_view.focus()
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        assert ("q", "Back") in [(key.key_display, key.description) for key in footer._shown]
