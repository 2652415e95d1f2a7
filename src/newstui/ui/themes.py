"""newstui's themes: the bundled `themes/*.toml` files and the user's own.

A theme file is TOML (format in docs/themes.md):

    name = "newstui-paper"      # optional, defaults to the file name
    dark = false
    primary = "#7a4b2a"         # + secondary accent foreground background surface
                                #   panel warning error success; boost optional
    tcss = '''...'''            # optional extra TCSS, active only with this theme

    [variables]                 # Textual variables and newstui's app colours
    quote-speaker = "#a63d2a"

Every value is checked when the file is loaded, so a bad theme is named and
skipped instead of breaking the stylesheet later, when the user picks it. Some
values only fail where Textual uses them ("auto 40%" is a text colour, not a
background): `theme_problem` builds the app's whole stylesheet with the theme's
variables, as the app does when it applies it, and the app uses a theme only
when that works.
The theme's `tcss` is wrapped in `.-theme-<name> { ... }` (Textual puts that
class on the App while the theme is active), so it can only style the app
while its own theme is on.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from newstui.errors import ConfigError, NewstuiError
from newstui.service import load_toml_text

if TYPE_CHECKING:
    from textual.app import App

DEFAULT_THEME = "newstui-dark"
"""The theme used when the config names none, or one that cannot be loaded."""

BUNDLED_PACKAGE = "newstui.bundled_themes"

APP_VARIABLES: tuple[str, ...] = (
    "quote-speaker",
    "quote-text",
    "item-unread",
    "item-read",
    "bookmark-mark",
    "feed-error",
    "article-headline",
    "article-heading",
    "article-meta",
    "link-number",
)
"""newstui's own colour variables, used as `$quote-speaker` etc. in its TCSS."""

THEME_VARIABLE_DEFAULTS: dict[str, str] = {
    # Mid-luminance colours and "auto" (contrast with the background) so a theme
    # that sets none of these, e.g. Textual's built-ins, still reads well on a
    # dark or a light background. Prefer `theme_variable_defaults(theme)`,
    # which derives them from the theme's own palette.
    "quote-speaker": "#d08c3c",
    "quote-text": "#a0a0a0",  # also a border and an alpha background: must be a real colour
    "item-unread": "auto 95%",
    "item-read": "auto 55%",
    "bookmark-mark": "#d4a017",
    "feed-error": "#d0453f",
    "article-headline": "auto 95%",
    "article-heading": "#3f8fd0",
    "article-meta": "auto 60%",
    "link-number": "#3f8fd0",
}
"""Fallback values of APP_VARIABLES that look right in any theme."""

# Which generated Textual variable each app colour follows when a theme does
# not set it (see theme_variable_defaults).
_DERIVED_FROM: dict[str, str] = {
    "quote-speaker": "text-accent",
    # Concrete colours, not "auto 87%" (`text`): these are also used in borders
    # and with an alpha (`$quote-text 25%`), where "auto" does not parse.
    "quote-text": "foreground",
    "item-unread": "foreground",
    "item-read": "text-muted",
    "bookmark-mark": "text-warning",
    "feed-error": "text-error",
    "article-headline": "foreground",
    "article-heading": "text-primary",
    "article-meta": "text-muted",
    "link-number": "text-secondary",
}

REQUIRED_COLOURS: tuple[str, ...] = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "warning",
    "error",
    "success",
)
OPTIONAL_COLOURS: tuple[str, ...] = ("boost",)
_TOP_LEVEL_KEYS = frozenset(
    {"name", "dark", "tcss", "variables", "luminosity_spread", "text_alpha", *REQUIRED_COLOURS, *OPTIONAL_COLOURS}
)
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_PERCENT = re.compile(r"^\d{1,3}(?:\.\d+)?%$")
_STYLE_WORDS = frozenset(
    {
        "none",
        "not",
        "b",
        "bold",
        "i",
        "italic",
        "u",
        "underline",
        "uu",
        "o",
        "overline",
        "dim",
        "blink",
        "reverse",
        "strike",
    }
)


class ThemeError(NewstuiError):
    """A theme file is wrong: names the file, the line when known, and what."""

    def __init__(self, path: object, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {message}")


@dataclass
class NewsTheme(Theme):
    """A Textual Theme that remembers its extra TCSS and where it came from."""

    tcss: str = ""
    """Extra TCSS, applied only while this theme is active."""
    source: str = ""
    """The file the theme was read from."""


def source_of(theme: Theme) -> str:
    """The file a theme was read from; "" for Textual's own themes (they have none)."""
    return theme.source if isinstance(theme, NewsTheme) else ""


def theme_variable_defaults(theme: Theme) -> dict[str, str]:
    """Values for APP_VARIABLES derived from the theme's own palette.

    For `App.get_theme_variable_defaults()`: Textual cannot resolve a variable
    that refers to another (`$accent`), so the colours are computed here from the
    theme's generated colour system. A theme's `[variables]` still override them.
    """
    generated = theme.to_color_system().generate()
    return {name: generated.get(source, THEME_VARIABLE_DEFAULTS[name]) for name, source in _DERIVED_FROM.items()}


def parse_theme(text: str, source: str, default_name: str | None = None) -> NewsTheme:
    """Build a theme from the text of a theme file.

    Args:
        text: The TOML text.
        source: Where it came from (a path), for error messages.
        default_name: The name to use when the file has no `name` key.

    Raises:
        ThemeError: naming the file (and the line, for TOML syntax errors).
    """
    # Read as the config is: a byte-order mark (Notepad) is nothing, hostile nesting and
    # dotted keys are refused quickly, and a syntax error keeps its line.
    try:
        data = load_toml_text(source, text)
    except ConfigError as error:
        raise ThemeError(source, f"not valid TOML: {error.message}", line=error.line) from None

    # Every problem of the file is collected, so one edit fixes them all.
    problems: list[str] = []
    unknown = sorted(set(data) - _TOP_LEVEL_KEYS)
    problems += [f"unknown key {key!r}{_suggest(key, _TOP_LEVEL_KEYS)}" for key in unknown]

    name = data.get("name", default_name)
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(f"name: expected a name of letters, digits, '-' and '_', got {name!r}")
    dark = data.get("dark")
    if not isinstance(dark, bool):
        problems.append("dark: expected true or false")

    colours: dict[str, str | None] = {}
    for key in REQUIRED_COLOURS + OPTIONAL_COLOURS:
        value = data.get(key)
        if value is None:
            if key in REQUIRED_COLOURS:
                problems.append(f"{key}: missing (a theme needs {', '.join(REQUIRED_COLOURS)})")
            colours[key] = None
            continue
        try:
            colours[key] = _colour(source, key, value)
        except ThemeError as error:
            problems.append(error.message)

    extra: dict[str, Any] = {}
    for key, low, high in (("luminosity_spread", 0.0, 1.0), ("text_alpha", 0.0, 1.0)):
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
                problems.append(f"{key}: expected a number from {low} to {high}, got {value!r}")
            else:
                extra[key] = float(value)

    variables = _variables(source, data.get("variables", {}), problems)
    tcss = data.get("tcss", "")
    if not isinstance(tcss, str):
        problems.append("tcss: expected a string of TCSS")
    if problems:
        if len(problems) == 1:
            raise ThemeError(source, problems[0])
        raise ThemeError(source, f"{len(problems)} problems:\n  " + "\n  ".join(problems))
    assert isinstance(name, str) and isinstance(dark, bool) and isinstance(tcss, str)
    theme = NewsTheme(
        name=name,
        dark=dark,
        variables=variables,
        tcss=tcss.strip(),
        source=source,
        **colours,  # type: ignore[arg-type]  # only Theme's colour fields, each a checked str
        **extra,
    )
    if theme.tcss:
        _check_tcss(theme)
    return theme


def load_themes(user_dir: Path | None) -> tuple[list[Theme], list[str]]:
    """Load the bundled themes and then the user's `*.toml` themes from user_dir.

    A user theme replaces a bundled theme of the same name. A broken file is
    skipped and described in the returned error strings.

    Returns:
        (themes in load order, one per name; error messages naming each bad file)
    """
    from importlib.resources import files

    themes: dict[str, Theme] = {}
    errors: list[str] = []
    bundled = files(BUNDLED_PACKAGE)
    entries = sorted((entry for entry in bundled.iterdir() if entry.name.endswith(".toml")), key=lambda e: e.name)
    for entry in entries:
        _load_one(entry.read_text(encoding="utf-8"), f"{BUNDLED_PACKAGE}/{entry.name}", entry.name[:-5], themes, errors)
    if user_dir is not None and user_dir.is_dir():
        for path in sorted(user_dir.glob("*.toml")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                errors.append(f"{path}: cannot read theme file: {error}")
                continue
            _load_one(text, str(path), path.stem, themes, errors)
    return list(themes.values()), errors


def register_themes(app: App[Any], user_dir: Path | None) -> list[str]:
    """Load every theme, register it on the app and add its TCSS.

    Call before the app runs (e.g. in `__init__`) or call `app.refresh_css()`
    afterwards so the added TCSS is parsed.

    Returns:
        Error messages for the theme files that were skipped.
    """
    themes, errors = load_themes(user_dir)
    for theme in themes:
        app.register_theme(theme)
        add_theme_tcss(app, theme)
    return errors


def add_theme_tcss(app: App[Any], theme: Theme) -> None:
    """Add the theme's extra TCSS to the app's stylesheet, scoped to the theme."""
    key = (f"<theme {theme.name}>", "")
    tcss = theme.tcss if isinstance(theme, NewsTheme) else ""
    if tcss:
        app.stylesheet.add_source(scoped_tcss(theme.name, tcss), read_from=key)
    elif app.stylesheet.has_source(*key):
        # A user theme without TCSS replaced a bundled one with some.
        app.stylesheet.add_source("", read_from=key)


def scoped_tcss(name: str, tcss: str) -> str:
    """Nest the TCSS under the class Textual gives the App while `name` is active."""
    return f".-theme-{name} {{\n{tcss}\n}}\n"


def pick_theme(available: Iterable[str], wanted: str | None) -> tuple[str, str | None]:
    """The theme to use for the configured name, and an error if it is not there.

    Returns:
        (theme name, None) when `wanted` is available (or unset); otherwise
        (DEFAULT_THEME, a message naming the missing theme, with a suggestion).
    """
    names = list(available)
    if not wanted:
        return DEFAULT_THEME, None
    if wanted in names:
        return wanted, None
    return DEFAULT_THEME, f"theme {wanted!r} is not available{_suggest(wanted, names)}; using {DEFAULT_THEME!r}"


def is_bundled(theme: Theme) -> bool:
    """True for Textual's own themes and newstui's bundled files (the tests apply every one)."""
    return not isinstance(theme, NewsTheme) or theme.source.startswith(BUNDLED_PACKAGE + "/")


def theme_problem(app: App[Any], theme: Theme) -> str | None:
    """Why the app cannot use `theme` (plain text), or None when it can.

    Builds the stylesheet the app would have with the theme, as Textual does when the
    theme is applied: the app's CSS, the default CSS of every widget it can show, the
    themes' TCSS, with this theme's variables; and parses it. Works before the app runs.
    """
    from textual.css.errors import StylesheetError
    from textual.css.stylesheet import StylesheetParseError

    stylesheet = app.stylesheet.copy()
    try:
        for path in app.css_path:
            if not stylesheet.has_source(os.path.abspath(path)):
                stylesheet.read(path)
        for read_from, css, scope in _widget_css():
            if not stylesheet.has_source(*read_from):
                stylesheet.add_source(css, read_from=read_from, is_default_css=True, scope=scope)
        stylesheet.set_variables(
            {**theme_variable_defaults(theme), **theme.to_color_system().generate(), **theme.variables}
        )
        stylesheet.parse()
    except StylesheetParseError as error:
        return _describe_css_errors(error, theme)
    except (StylesheetError, RecursionError, ValueError) as error:
        return str(error) or type(error).__name__
    return None


def _widget_css() -> list[tuple[tuple[str, str], str, str]]:
    """(source key, DEFAULT_CSS, scope) of every Textual and newstui widget, screen and app class
    loaded, with the ones newstui shows later (search, help, links, command palette) imported first."""
    import inspect

    # Notifications (Toast) come with textual.screen, which the screens below import.
    import textual.command  # noqa: F401 - the command palette and theme picker
    from textual.dom import DOMNode
    from textual.widgets import Footer, Input, Label, LoadingIndicator, OptionList, Static, Tooltip  # noqa: F401 - their CSS

    import newstui.ui.screens.help  # noqa: F401 - its CSS
    import newstui.ui.screens.links  # noqa: F401 - its CSS
    import newstui.ui.screens.main  # noqa: F401 - its CSS
    import newstui.ui.screens.search  # noqa: F401 - its CSS

    found: list[tuple[tuple[str, str], str, str]] = []
    seen: set[type[DOMNode]] = set()
    stack: list[type[DOMNode]] = [DOMNode]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
        css = cls.__dict__.get("DEFAULT_CSS", "")
        if not css or not cls.__module__.startswith(("textual.", "newstui.")):
            continue
        try:
            where = inspect.getfile(cls)
        except (TypeError, OSError):
            where = ""
        scope = cls._css_type_name if cls.__dict__.get("SCOPED_CSS", True) else ""
        found.append(((where, f"{cls.__name__}.DEFAULT_CSS"), css, scope))
    return found


def _load_one(text: str, source: str, stem: str, themes: dict[str, Theme], errors: list[str]) -> None:
    try:
        theme = parse_theme(text, source, default_name=stem)
    except ThemeError as error:
        errors.append(str(error))
        return
    themes.pop(theme.name, None)  # re-insert so the override keeps the later load order
    themes[theme.name] = theme


def _colour(source: str, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ThemeError(source, f'{key}: expected a colour string such as "#1e90ff", got {value!r}')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeError(source, f'{key}: {value!r} is not a colour (try "#rrggbb" or a colour name)') from None
    return value


def _variables(source: str, table: object, problems: list[str]) -> dict[str, str]:
    """The [variables] table; what is wrong with it is added to `problems`."""
    if not isinstance(table, dict):
        problems.append("variables: expected a [variables] table")
        return {}
    known = _known_variables()
    result: dict[str, str] = {}
    for name, value in table.items():
        where = f"variables.{name}"
        if name not in known:
            problems.append(f"{where}: unknown variable{_suggest(name, known)}")
        elif not isinstance(value, str):
            problems.append(f"{where}: expected a string, got {value!r}")
        elif "style" in name:
            words = value.split()
            if not words or any(word not in _STYLE_WORDS for word in words):
                problems.append(f'{where}: {value!r} is not a text style (e.g. "bold", "none")')
            else:
                result[name] = value
        elif not _is_colour_value(value):
            problems.append(f'{where}: {value!r} is not a colour (e.g. "#1e90ff", "#1e90ff 40%", "auto 87%")')
        elif name in _NO_AUTO and value.split()[0] == "auto":
            problems.append(f"{where}: must be a real colour (it also colours a border), not {value!r}")
        else:
            result[name] = value
    return result


_NO_AUTO = frozenset({"quote-text"})
"""App colours also used in borders and with alpha, where Textual cannot resolve 'auto'."""


def _is_colour_value(value: str) -> bool:
    """A colour, a colour with an alpha percentage, or 'auto N%' (contrasting text)."""
    words = value.split()
    if words == ["initial"]:
        return True
    if not 1 <= len(words) <= 2 or (len(words) == 2 and not _PERCENT.match(words[1])):
        return False
    if words[0] == "auto":
        return True
    try:
        Color.parse(words[0])
    except ColorParseError:
        return False
    return True


_known: frozenset[str] | None = None


def _known_variables() -> frozenset[str]:
    """Every variable a theme may set: Textual's generated ones and newstui's."""
    global _known
    if _known is None:
        names: set[str] = set(APP_VARIABLES)
        for dark in (True, False):
            names.update(Theme(name="probe", primary="#808080", dark=dark).to_color_system().generate())
        _known = frozenset(names)
    return _known


def _check_tcss(theme: NewsTheme) -> None:
    """Parse the theme's TCSS now, so a mistake is reported at load, not on use."""
    from textual.css.stylesheet import Stylesheet, StylesheetParseError

    variables = {**theme_variable_defaults(theme), **theme.to_color_system().generate(), **theme.variables}
    # Alone first: TCSS that parses alone has balanced braces, so the scoped
    # wrapper cannot be escaped to style the app under other themes.
    for css in (theme.tcss, scoped_tcss(theme.name, theme.tcss)):
        stylesheet = Stylesheet(variables=variables)
        try:
            stylesheet.add_source(css, read_from=(theme.source, "tcss"))
            stylesheet.parse()
        except StylesheetParseError as error:
            raise ThemeError(theme.source, f"tcss: {_describe_css_errors(error, theme)}") from None
        except Exception as error:  # noqa: BLE001 - the tokenizer raises its own, unexported error types
            raise ThemeError(theme.source, f"tcss: {error}") from None


def describe_css_error(error: Exception, theme: Theme | None = None) -> str:
    """A stylesheet parse error as one line of plain text (the first error)."""
    return _describe_css_errors(error, theme)


def _describe_css_errors(error: Exception, theme: Theme | None = None) -> str:
    """The first error as one line: the theme variable at fault when a variable is, else the TCSS line."""
    # getattr, not attributes: the error objects are Textual's internals of unknown shape
    # (a StylesheetParseError or a tokenizer error; their rules, tokens and references
    # differ between Textual versions and carry no types), read as far as they go.
    errors = getattr(error, "errors", None)
    rules = getattr(errors, "rules", None) or []
    for rule in rules:
        for token, message in getattr(rule, "errors", []):
            text = message if isinstance(message, str) else _plain(message)
            text = text.split(" ├── ")[0].split(" └── ")[0]  # the first line; the rest is generic help
            variable = getattr(getattr(token, "referenced_by", None), "name", None)
            if variable:
                value = theme.variables.get(variable) if theme is not None else None
                shown = f"{variable} = {value!r}" if value is not None else f"${variable}"
                return f"{shown} is not accepted where Textual uses it: {text}"
            line = token.location[0] + 1 if getattr(token, "location", None) else None
            return f"line {line} of the TCSS: {text}" if line else text
    return "invalid TCSS"


def _plain(renderable: object) -> str:
    import io

    from rich.console import Console

    console = Console(width=200, no_color=True, file=io.StringIO())
    console.print(renderable)
    return " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]  # the StringIO given above


def _suggest(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
