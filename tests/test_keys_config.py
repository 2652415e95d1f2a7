"""The `[keys]` table: key names Textual can send, no clashes, every problem with its line."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from newstui.config import ConfigProblems, load_config
from newstui.errors import ConfigError
from newstui.ui.keys import (
    check_keys,
    default_bindings,
    key_problem,
    keymap_problems,
    node_name,
    normalize_key,
    places,
)
from newstui.ui.screens.help import HelpScreen
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import app_for, build_store, write_config

DOCS = Path(__file__).parent.parent / "docs"


def problems(keys: dict[str, str]) -> list[str]:
    return [f"{binding_id}: {message}" for binding_id, message in keymap_problems(keys)]


# --------------------------------------------------------------------------- key names


@pytest.mark.parametrize(
    "key",
    [
        "x",
        "B",
        "7",
        "é",
        "enter",
        "escape",
        "tab",
        "shift+tab",
        "space",
        "up",
        "pagedown",
        "home",
        "end",
        "f1",
        "f24",
        "delete",
        "backspace",
        "insert",
        "ctrl+x",
        "alt+x",
        "ctrl+shift+left",
        "question_mark",
        "slash",
        "left_square_bracket",
        "full_stop",
        "comma",
        "minus",
        "plus",
        "ampersand",
        "number_sign",
        "exclamation_mark",
        "ctrl+question_mark",
    ],
)
def test_textual_key_names_are_accepted(key: str) -> None:
    assert key_problem(normalize_key(key)) is None


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("notakey!!", "unknown key 'notakey!!'"),
        ("pgdn", "did you mean 'pagedown'?"),
        ("F5", "did you mean 'f5'?"),
        ("f25", "unknown key"),
        ("return", "did you mean 'enter'?"),
        ("questionmark", "did you mean 'question_mark'?"),
        ("cmd+x", "unknown modifier 'cmd'"),
        ("ctrl+", "does not end with a key"),
        ("", "empty key name"),
        ("shift+b", "write 'B'"),
        ("ctrl+B", "write 'ctrl+shift+b'"),
        ("shift+ctrl+x", "write 'ctrl+shift+x'"),
        ("ctrl+?", "write 'ctrl+?' as 'ctrl+question_mark'"),
        ("ctrl+ctrl+x", "repeated"),
    ],
)
def test_key_names_textual_cannot_send_are_refused(key: str, words: str) -> None:
    problem = key_problem(normalize_key(key))
    assert problem is not None and words in problem


def test_single_characters_are_named_as_textual_names_them() -> None:
    assert normalize_key("?") == "question_mark"
    assert normalize_key(" / ") == "slash"
    assert normalize_key("[") == "left_square_bracket"
    assert problems({"items.bookmark": "x, !"}) == []


# --------------------------------------------------------------------------- clashes


def test_the_defaults_bound_explicitly_are_sound() -> None:
    every = {binding.id: binding.key for binding in default_bindings() if binding.id}
    assert problems(every) == []


def test_a_key_held_by_every_pane_is_refused() -> None:
    (problem,) = problems({"items.bookmark": "j"})
    assert problem.startswith("items.bookmark: 'j' never reaches items.bookmark in the feed list (feeds.down has it)")
    assert "the item list (items.down has it)" in problem
    assert problem.endswith("items.bookmark would have no working key")


def test_a_key_held_by_one_pane_is_refused() -> None:
    # (e was the feed list's alone; it now shows the feed error in every pane of the reader)
    assert problems({"items.bookmark": "a"}) == [
        "items.bookmark: 'a' never reaches items.bookmark in the quote sidebar (quotes.outlets has it)"
    ]


def test_taking_a_default_key_in_the_same_pane_names_the_loser() -> None:
    assert problems({"items.first": "j"}) == [
        "items.first: 'j' takes j from items.down (default down, j), which would keep only down; "
        'if you mean it, say so: "items.down" = "down"'
    ]
    (problem,) = problems({"items.next-unread": "n,tab"})
    assert "takes tab from main.next-pane (default tab), which would then have no key" in problem
    # Saying so is accepted.
    assert problems({"items.first": "g,j", "items.down": "down"}) == []


def test_two_bindings_of_one_pane_on_one_key_are_refused() -> None:
    assert problems({"items.down": "x", "items.up": "x"}) == [
        "items.up: 'x' is bound to items.down too; one key, one binding"
    ]
    assert problems({"items.down": "k", "items.up": "j"}) == []  # a swap is fine


def test_hiding_a_key_of_the_screen_in_a_pane_is_refused() -> None:
    assert problems({"feeds.down": "n"}) == [
        "feeds.down: 'n' would hide items.next-unread's n in the feed list; "
        "rebind items.next-unread too, or pick another key"
    ]


def test_a_printable_key_never_reaches_the_search_box_binding() -> None:
    (problem,) = problems({"search.cancel": "q"})
    assert "in the search box (it is typed as text there)" in problem
    assert problems({"search.cancel": "escape,ctrl+g"}) == []


def test_textual_widget_bindings_count_too() -> None:
    (problem,) = problems({"links.close": "enter"})
    assert "Textual's select has it" in problem


def test_new_keys_that_clash_with_nothing_are_fine() -> None:
    assert (
        problems({"items.bookmark": "x", "main.toggle-sidebar": "f2", "app.quit": "q,ctrl+q", "app.help": "f1"}) == []
    )


# --------------------------------------------------------------------------- the whole check, with lines


def test_check_keys_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        """\
[general]
theme = "nord"

[keys]
"items.bookmark" = "notakey!!"
"items.bookmrk" = "x"
"items.toggle-read" = "j"
"items.open-browser" = "ctrl+o"
""",
        encoding="utf-8",
    )
    with pytest.raises(ConfigProblems) as caught:
        check_keys(load_config(path))
    found = [(problem.line, problem.key) for problem in caught.value.problems]
    assert found == [(5, 'keys."items.bookmark"'), (6, 'keys."items.bookmrk"'), (7, 'keys."items.toggle-read"')]
    message = str(caught.value)
    assert message.startswith(f"{path}: 3 problems:\n")
    assert "line 5: keys.\"items.bookmark\": unknown key 'notakey!!'" in message
    assert "did you mean 'items.bookmark'?" in message


def test_check_keys_with_one_problem_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keys]\nitems.bookmark = "j"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        check_keys(load_config(path))
    assert str(caught.value).startswith(f"{path}:2: keys.\"items.bookmark\": 'j' never reaches items.bookmark")


@pytest.mark.parametrize("doc", ["keybindings.md", "configuration.md"])
def test_the_documented_examples_pass_the_check(tmp_path: Path, doc: str) -> None:
    text = (DOCS / doc).read_text(encoding="utf-8")
    blocks = [block for block in re.findall(r"```toml\n(.*?)```", text, re.S) if "[keys]" in block]
    assert blocks
    for block in blocks:
        keys = tomllib.loads(block[block.index("[keys]") :])["keys"]
        path = tmp_path / "config.toml"
        path.write_text(block[block.index("[keys]") :], encoding="utf-8")
        check_keys(load_config(path))
        assert keys


def test_the_app_refuses_to_start_on_a_bad_key(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keys]\n"items.bookmark" = "notakey!!"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(path), "--db", str(tmp_path / "c.db")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=dict(os.environ),
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2, result.stderr
    assert f"{path}:2: keys.\"items.bookmark\": unknown key 'notakey!!'" in result.stderr


# --------------------------------------------------------------------------- the model matches the app


async def test_places_match_the_binding_chains_of_the_running_app(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    model = {place.name: tuple(map(node_name, place.nodes)) for place in places()}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for name, widget in [
            ("the feed list", FeedList),
            ("the item list", ItemList),
            ("the article", ArticleView),
            ("the quote sidebar", QuoteSidebar),
        ]:
            app.screen.query_one(widget).focus()
            await pilot.pause()
            chain = [type(node).__name__ for node, bindings in app.screen._binding_chain if bindings.key_to_bindings]
            assert tuple(chain) == model[name]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        chain = [type(node).__name__ for node, bindings in app.screen._modal_binding_chain if bindings.key_to_bindings]
        assert tuple(chain) == model["the help"]


async def test_every_punctuation_key_name_fires_its_binding_when_typed() -> None:
    """Our spelling of Textual's key names (Textual's own helper is private) must be the one
    its key events carry: a binding named by `character_key_name` fires when the character is typed."""
    from textual.app import App
    from textual.binding import Binding

    from newstui.ui.keys import character_key_name

    fired: list[str] = []

    class Typing(App[None]):
        BINDINGS = [Binding(character_key_name(char), f"record({ord(char)})") for char in string.punctuation]

        def action_record(self, code: int) -> None:
            fired.append(chr(code))

    app = Typing()
    async with app.run_test() as pilot:
        for char in string.punctuation:
            await pilot.press(char)
        await pilot.pause()
    assert "".join(fired) == string.punctuation
