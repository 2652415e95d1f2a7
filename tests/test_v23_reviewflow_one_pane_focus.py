"""Review of version 23's one pane under 60 columns: the keys must act on the pane shown.
Tab went on to the panes the layout hid (the article behind the list, the lists behind the
article), and s with no article open showed the quotes alone with the focus in the hidden
article: j, k and Enter then worked on nothing on screen."""

from __future__ import annotations

from textual.widget import Widget

from ui_helpers import Seeded, make_app, press, running


def _on_screen(widget: Widget | None) -> bool:
    return widget is not None and widget.region.width > 0 and widget.region.height > 0


async def test_tab_on_a_narrow_terminal_goes_only_to_the_panes_shown(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (45, 20)) as pilot:
        for _ in range(3):  # the list shown: feeds and items only
            await press(pilot, "tab")
            assert _on_screen(app.focused), app.focused
        await press(pilot, "shift+tab")
        assert _on_screen(app.focused), app.focused
        app.main_screen.item_list.focus()
        await press(pilot, "enter")  # the article over the whole width
        for key in ("tab", "tab", "shift+tab"):
            await press(pilot, key)
            assert app.focused is app.main_screen.article_view


async def test_the_quote_sidebar_with_no_article_open_leaves_the_focus_on_screen(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (45, 20)) as pilot:
        screen = app.main_screen
        await press(pilot, "s")
        assert _on_screen(screen.quote_sidebar)
        assert _on_screen(app.focused), app.focused
        await pilot.resize_terminal(50, 20)  # still one pane
        await press(pilot)
        assert _on_screen(app.focused), app.focused
        await press(pilot, "s")  # the quotes fold away: the list again, the focus in it
        assert _on_screen(screen.item_list)
        assert _on_screen(app.focused), app.focused
