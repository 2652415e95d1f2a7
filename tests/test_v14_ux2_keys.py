"""Keys a user at a real terminal tries where they did nothing and said nothing, and the
help that must list every key.

`e` shows a feed's last error in every pane of the reader (it was the feed list's alone);
the help lists every binding id with its keys, `space` and `G` included, and
docs/keybindings.md names every key of every binding.
"""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from newstui.ui.bindings import ALL_PANES
from newstui.ui.keys import current_bindings
from newstui.ui.screens.help import HelpScreen
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import make_app, press, running, seed

DOCS = Path(__file__).parent.parent / "docs"


async def test_e_in_the_item_list_and_the_article_shows_the_items_feed_error(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = make_app(seeded)
    async with running(app) as pilot:
        screen = app.main_screen
        items = screen.query_one(ItemList)
        items.focus()
        hostile = screen.library.item(seeded.ids["hostile-1"])
        world = screen.library.item(seeded.ids["world-1"])
        assert hostile is not None and world is not None
        items.go_to(hostile)
        await press(pilot, "e")
        assert screen.status.notice.startswith("✗ ") and "HTTP 500" in screen.status.notice
        assert "server said [bold]500[/bold]" in screen.status.notice  # shown as written, never markup
        assert any(n.title == "Feed error" for n in app._notifications)

        items.go_to(world)
        await press(pilot, "e")
        assert screen.status.notice == "World Desk: this feed's last refresh worked."

        # Reading: the open item's feed, wherever the item list's cursor went.
        items.go_to(hostile)
        await press(pilot, "enter")
        screen.query_one(ArticleView).focus()
        items.go_to(world)
        await press(pilot, "e")
        assert "HTTP 500" in screen.status.notice


async def test_e_on_an_empty_list_says_why_it_shows_nothing(tmp_path: Path) -> None:
    seeded = seed(tmp_path)
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "slash")
        await pilot.press(*"zzzqqq", "enter")
        await press(pilot)
        screen = app.main_screen
        screen.query_one(ItemList).focus()
        await press(pilot, "e")
        assert screen.status.notice.startswith("No item here")


def _keys(binding: Binding) -> list[str]:
    return [key.strip() for key in binding.key.split(",")]


async def test_the_help_lists_every_binding_with_all_its_keys(tmp_path: Path) -> None:
    """Every binding of every pane, by id, with each of its keys as the app shows them:
    a binding added to ui/bindings.py is in the help, or this fails."""
    seeded = seed(tmp_path)
    app = make_app(seeded)
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = str(app.screen.query_one("#help-text").render()).splitlines()
        rows = {line.split()[-1]: line for line in lines if line.split() and "." in line.split()[-1]}
        for pane in ALL_PANES:
            for binding in pane.bindings:
                assert isinstance(binding, Binding) and binding.id, binding
                row = rows.get(binding.id)
                assert row is not None, f"{binding.id} is not in the help"
                for key in _keys(binding):
                    shown = app.get_key_display(Binding(key, ""))
                    assert shown in row, f"{binding.id}: key {key} ({shown}) missing from {row!r}"
        # The two a newsboat user looks for first.
        assert "space" in rows["article.page"] and "next unread" in rows["article.page"].lower()
        assert "G" in rows["items.last"] and "G" in rows["article.bottom"]


def test_the_key_docs_name_every_default_key_of_every_binding() -> None:
    """docs/keybindings.md's row of each id names each of its default keys."""
    text = (DOCS / "keybindings.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        if line.startswith("| `"):
            cells = line.replace("\\|", "\0").split("|")  # `\|` is a | in a cell
            ids, keys = cells[1], cells[2].replace("\0", "|")
            for binding_id in ids.replace("`", "").replace("…", " ").split():
                rows[binding_id.strip()] = keys
    names = {
        "question_mark": "?",
        "slash": "/",
        "vertical_line": "|",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
    }
    for row in current_bindings(None, {}):
        if row.id.startswith("links.open-"):
            continue  # written as a range: links.open-1 … links.open-9
        documented = rows.get(row.id)
        assert documented is not None, f"{row.id} has no row in docs/keybindings.md"
        for key in row.keys.split(", "):
            assert f"`{key}`" in documented or f"`{names.get(key, key)}`" in documented, (
                f"{row.id}: default key {key!r} missing from {documented!r}"
            )
