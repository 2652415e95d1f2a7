"""Themes: the bundled files, user themes, broken files, and the wheel."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme
from textual.widgets import Static

from newstui.ui import themes as T

ROOT = Path(__file__).resolve().parents[1]
BUNDLED_FILES = sorted((ROOT / "themes").glob("*.toml"))
BUNDLED_NAMES = [path.stem for path in BUNDLED_FILES]

# Uses every app colour, so the stylesheet fails to parse if any is undefined.
PROBE_CSS = "\n".join(f"#{name} {{ color: ${name}; }}" for name in T.APP_VARIABLES)


class ProbeApp(App[None]):
    """A real App that registers the themes as NewsApp does and shows one Static per app colour."""

    CSS = PROBE_CSS

    def __init__(self, user_dir: Path | None = None) -> None:
        super().__init__()
        self.theme_errors = T.register_themes(self, user_dir)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return T.theme_variable_defaults(self.current_theme)

    def compose(self) -> ComposeResult:
        for name in T.APP_VARIABLES:
            yield Static(name, id=name)


def _colour_of(app: App[Any], name: str) -> Color:
    return app.query_one(f"#{name}", Static).styles.color


def _write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


DARK_TEXT = (ROOT / "themes" / "newstui-dark.toml").read_text(encoding="utf-8")


def test_at_least_three_bundled_themes_with_the_default() -> None:
    assert T.DEFAULT_THEME in BUNDLED_NAMES
    assert {"newstui-dark", "newstui-light"} <= set(BUNDLED_NAMES)
    assert len(BUNDLED_NAMES) >= 3


@pytest.mark.parametrize("path", BUNDLED_FILES, ids=BUNDLED_NAMES)
def test_bundled_theme_file_is_complete(path: Path) -> None:
    theme = T.parse_theme(path.read_text(encoding="utf-8"), str(path))
    assert theme.name == path.stem
    # Every app colour is chosen by the theme itself, not left to the defaults.
    assert set(T.APP_VARIABLES) <= set(theme.variables)
    for key in T.REQUIRED_COLOURS:
        assert getattr(theme, key)


def test_load_themes_finds_every_bundled_theme_without_errors() -> None:
    themes, errors = T.load_themes(None)
    assert errors == []
    assert [theme.name for theme in themes] == BUNDLED_NAMES


async def test_every_bundled_theme_registers_and_applies_its_colours() -> None:
    app = ProbeApp()
    assert app.theme_errors == []
    async with app.run_test() as pilot:
        for name in BUNDLED_NAMES:
            app.theme = name
            await pilot.pause()
            theme = app.available_themes[name]
            assert app.current_theme is theme
            for variable in T.APP_VARIABLES:
                assert _colour_of(app, variable) == Color.parse(theme.variables[variable]), (name, variable)


async def test_textual_builtin_themes_get_derived_app_colours() -> None:
    app = ProbeApp()
    async with app.run_test() as pilot:
        app.theme = "nord"
        await pilot.pause()
        expected = T.theme_variable_defaults(BUILTIN_THEMES["nord"])
        assert _colour_of(app, "quote-speaker") == Color.parse(expected["quote-speaker"])
        # Derived from nord's accent, so distinct from the dark theme's choice.
        assert expected["quote-speaker"] != T.THEME_VARIABLE_DEFAULTS["quote-speaker"]
        app.theme = "textual-light"
        await pilot.pause()
        assert _colour_of(app, "item-unread").a > 0


def test_static_defaults_cover_every_app_colour() -> None:
    assert set(T.THEME_VARIABLE_DEFAULTS) == set(T.APP_VARIABLES)
    assert set(T.theme_variable_defaults(BUILTIN_THEMES["textual-dark"])) == set(T.APP_VARIABLES)


async def test_user_theme_overrides_bundled_one_and_adds_new(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    _write(user, "mine.toml", DARK_TEXT.replace("#e8a85f", "#ff00ff").replace('"newstui-dark"', '"newstui-dark"'))
    _write(user, "extra.toml", DARK_TEXT.replace('name = "newstui-dark"\n', ""))  # name from the file
    themes, errors = T.load_themes(user)
    assert errors == []
    by_name = {theme.name: theme for theme in themes}
    assert set(by_name) == {*BUNDLED_NAMES, "extra"}
    assert by_name["newstui-dark"].variables["quote-speaker"] == "#ff00ff"
    assert by_name["newstui-dark"].source == str(user / "mine.toml")

    app = ProbeApp(user)
    async with app.run_test() as pilot:
        app.theme = "newstui-dark"
        await pilot.pause()
        assert _colour_of(app, "quote-speaker") == Color.parse("#ff00ff")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DARK_TEXT.replace("dark = true", "dark = = true"), ".toml:4: not valid TOML"),
        (DARK_TEXT.replace('primary = "#5fa8d3"\n', ""), "primary: missing"),
        (
            DARK_TEXT.replace('background = "#14171c"', 'background = "#14171x"'),
            "background: '#14171x' is not a colour",
        ),
        (DARK_TEXT.replace("dark = true", 'dark = "yes"'), "dark: expected true or false"),
        (
            DARK_TEXT.replace('item-read = "#7d8590"', 'item-read = "bold"'),
            "variables.item-read: 'bold' is not a colour",
        ),
        (DARK_TEXT + 'quote-speeker = "#ffffff"\n', "did you mean 'quote-speaker'"),
        (DARK_TEXT.replace("[variables]", 'tcss = "Header { colr: red; }"\n[variables]'), "tcss:"),
        (DARK_TEXT.replace("[variables]", 'tcss = "} Screen { display: none; } .x {"\n[variables]'), "tcss:"),
        (DARK_TEXT.replace('name = "newstui-dark"', 'name = "bad name!"'), "name:"),
        (
            DARK_TEXT.replace('quote-text = "#ece3d0"', 'quote-text = "auto 87%"'),
            "variables.quote-text: must be a real colour",
        ),
    ],
    ids=[
        "toml-syntax",
        "missing-colour",
        "bad-colour",
        "dark-not-bool",
        "bad-variable",
        "unknown-variable",
        "bad-tcss",
        "tcss-escaping-scope",
        "bad-name",
        "auto-quote-text",
    ],
)
def test_broken_user_theme_is_named_and_skipped(tmp_path: Path, text: str, expected: str) -> None:
    user = tmp_path / "themes"
    broken = _write(user, "broken.toml", text.replace('"newstui-dark"', '"broken"'))
    _write(user, "fine.toml", DARK_TEXT.replace('"newstui-dark"', '"fine"'))
    themes, errors = T.load_themes(user)
    names = [theme.name for theme in themes]
    assert "fine" in names and "broken" not in names
    assert len(errors) == 1
    assert errors[0].startswith(str(broken))
    assert expected in errors[0]


async def test_broken_override_keeps_bundled_theme_and_app_falls_back(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    _write(user, "newstui-dark.toml", DARK_TEXT.replace('primary = "#5fa8d3"\n', ""))
    app = ProbeApp(user)
    assert len(app.theme_errors) == 1 and "newstui-dark.toml" in app.theme_errors[0]
    name, error = T.pick_theme(app.available_themes, "no-such-theme")
    assert name == T.DEFAULT_THEME and error is not None and "no-such-theme" in error
    async with app.run_test() as pilot:
        app.theme = name
        await pilot.pause()
        bundled = T.parse_theme(DARK_TEXT, "x")
        assert _colour_of(app, "quote-speaker") == Color.parse(bundled.variables["quote-speaker"])


def test_pick_theme() -> None:
    names = ["newstui-dark", "newstui-light", "nord"]
    assert T.pick_theme(names, "nord") == ("nord", None)
    assert T.pick_theme(names, None) == (T.DEFAULT_THEME, None)
    name, error = T.pick_theme(names, "newstui-lihgt")
    assert name == T.DEFAULT_THEME and error is not None and "did you mean 'newstui-light'" in error


async def test_theme_tcss_applies_only_while_its_theme_is_active(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    tcss = 'tcss = """\n#quote-text { color: #123456; }\n"""\n'
    _write(
        user,
        "styled.toml",
        DARK_TEXT.replace('"newstui-dark"', '"styled"').replace("[variables]", tcss + "[variables]"),
    )
    app = ProbeApp(user)
    assert app.theme_errors == []
    async with app.run_test() as pilot:
        app.theme = "styled"
        await pilot.pause()
        assert _colour_of(app, "quote-text") == Color.parse("#123456")
        app.theme = "newstui-light"
        await pilot.pause()
        light = app.available_themes["newstui-light"]
        assert _colour_of(app, "quote-text") == Color.parse(light.variables["quote-text"])


def test_unreadable_user_theme_is_reported(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    path = user / "binary.toml"
    user.mkdir()
    path.write_bytes(b"\xff\xfe\x00bad")
    themes, errors = T.load_themes(user)
    assert [theme.name for theme in themes] == BUNDLED_NAMES
    assert len(errors) == 1 and errors[0].startswith(str(path))


def test_theme_objects_are_textual_themes() -> None:
    themes, _ = T.load_themes(None)
    assert all(isinstance(theme, Theme) for theme in themes)


@pytest.mark.slow
def test_wheel_ships_the_bundled_themes(built_wheel: Path) -> None:
    wheel = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    for theme in BUNDLED_FILES:
        assert f"newstui/bundled_themes/{theme.name}" in names
    assert "newstui/ui/themes.py" in names


async def test_textual_builtin_theme_gets_app_colours_from_its_own_palette(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newstui.config import load_config
    from newstui.ui.app import NewsApp
    from ui_helpers import build_store, clock, write_config

    config = load_config(write_config(tmp_path / "config.toml"))
    build_store(tmp_path / "news.db", config)
    app = NewsApp(config, tmp_path / "news.db", clock=clock, refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "nord"
        await pilot.pause()
        nord_speaker = app.theme_variables["quote-speaker"]
        assert nord_speaker == app.theme_variables["text-accent"]
        app.theme = "gruvbox"
        await pilot.pause()
        assert app.theme_variables["quote-speaker"] == app.theme_variables["text-accent"] != nord_speaker


def test_every_problem_of_a_theme_file_is_reported_at_once() -> None:
    text = (
        'name = "bad one"\ndark = "yes"\nprimary = "#zzzzzz"\ncolour = 1\n'
        '[variables]\nquote-text = "auto 40%"\nno-such-variable = "#ffffff"\n'
    )
    with pytest.raises(T.ThemeError) as caught:
        T.parse_theme(text, "/themes/bad.toml")
    message = str(caught.value)
    assert message.startswith("/themes/bad.toml: ")
    parts = ("unknown key 'colour'", "name:", "dark:", "primary:", "variables.quote-text", "variables.no-such-variable")
    for part in parts:
        assert part in message, (part, message)
    assert f"{message.count(chr(10))} problems:" in message  # one line per problem after the count
