"""NewsApp: themes, keymap, system commands; the main screen does the reading."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newstui.service import Library

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.ui.screens.main import MainScreen

from newstui.ui import themes as _themes


def _feed_commands() -> type:
    from newstui.ui.commands import FeedCommands

    return FeedCommands


def _item_commands() -> type:
    from newstui.ui.commands import ItemCommands

    return ItemCommands


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class NewsApp(App[None]):
    """The reader.

    Args:
        config: The loaded config.
        db_path: The SQLite cache.
        clock: Returns "now" (UTC); tests fix it so ages like "3h" are stable.
        refresh_on_start: Refresh every feed once the first screen is up; None (the default)
            does so when auto-refresh is on (refresh_minutes > 0).
    """

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses (bench, tests) live elsewhere
    COMMANDS = App.COMMANDS | {_feed_commands, _item_commands}
    TITLE = "newstui"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("t", "pick_theme", "Theme", id="app.theme", show=False),
        Binding("ctrl+p", "command_palette", "Commands", id="app.commands", show=False),
    ]

    def __init__(
        self,
        config: Config,
        db_path: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        refresh_on_start: bool | None = None,
    ) -> None:
        self.config = config
        self.db_path = Path(db_path)
        self.clock: Callable[[], datetime] = clock or utc_now
        minutes = config.general.refresh_minutes
        self.refresh_on_start = bool(minutes and minutes > 0) if refresh_on_start is None else refresh_on_start
        self.library = Library(config, self.db_path)
        self.theme_errors: list[str] = []
        self._theme_ready = False
        self._saved_theme = config.general.theme
        super().__init__()
        from newstui.paths import user_themes_dir

        self.theme_errors = _themes.register_themes(self, user_themes_dir())
        name, error = _themes.pick_theme(self.available_themes, config.general.theme)
        if error:
            self.theme_errors.append(error)
        self.theme = name
        if config.keys:
            self.set_keymap(dict(config.keys))

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Derived from the theme in use, so Textual's own themes (nord, gruvbox, …)
        # get quote and mark colours that match them; a newstui theme overrides them.
        try:
            theme = self.current_theme
        except (AttributeError, AssertionError):  # no theme registered yet while the app is built
            return dict(_themes.THEME_VARIABLE_DEFAULTS)
        return _themes.theme_variable_defaults(theme)

    def on_mount(self) -> None:
        from newstui.ui.screens.main import MainScreen

        self.push_screen(MainScreen(self.library))
        for error in self.theme_errors:
            self.notify(error, title="Theme", severity="error", markup=False, timeout=15)
        self._theme_ready = True

    def on_unmount(self) -> None:
        self.library.close()

    @property
    def main_screen(self) -> MainScreen:
        from newstui.ui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not up")

    # -- themes --------------------------------------------------------------------------

    def action_pick_theme(self) -> None:
        self.search_themes()

    def watch_theme(self, name: str) -> None:
        """Keep the user's choice: write it to the config file (comments and layout kept)."""
        if not self._theme_ready or name == self._saved_theme:
            return
        self._saved_theme = name
        self._save_theme(name)

    def _save_theme(self, name: str) -> None:
        path = getattr(self.config, "path", None)
        if path is None:
            return
        try:
            from newstui.config_edit import set_theme

            set_theme(path, name)
        except Exception as error:  # noqa: BLE001 - the theme still changes; the user learns it was not saved
            self.notify(f"Could not save the theme to {path}: {error}", severity="warning", markup=False)
            return
        self.notify(f"Theme {name} saved to {path}", markup=False)

    # -- commands ----------------------------------------------------------------------------

    def action_help(self) -> None:
        from newstui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from newstui.ui.screens.main import MainScreen

        if not isinstance(screen, MainScreen):
            return
        for binding in MainScreen.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("next_pane", "previous_pane"):
                continue
            keys = self._keymap.get(binding.id or "", binding.key)
            shown = ", ".join(self.get_key_display(Binding(key.strip(), "")) for key in keys.split(","))
            yield SystemCommand(binding.description, f"Key: {shown}", _runner(screen, binding.action))
        yield SystemCommand("Help", "Show every key binding", self.action_help)
        yield SystemCommand("Show unread", "List the unread items", _runner(screen, "show_unread"))
        yield SystemCommand("Show all", "List every item", _runner(screen, "show_all"))


def _runner(screen: Screen[Any], action: str) -> Callable[[], object]:
    def run() -> object:
        return screen.run_action(action)

    return run
