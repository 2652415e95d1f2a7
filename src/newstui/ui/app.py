"""NewsApp: themes, keymap, system commands; the main screen does the reading."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.css.stylesheet import StylesheetParseError
from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from newstui.service import Library, user_themes_dir
from newstui.ui import bindings
from newstui.ui import themes as _themes

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.driver import Driver

    from newstui.service import Config
    from newstui.ui.screens.main import MainScreen


def _feed_commands() -> type:
    from newstui.ui.commands import FeedCommands

    return FeedCommands


def _item_commands() -> type:
    from newstui.ui.commands import ItemCommands

    return ItemCommands


def utc_now() -> datetime:
    return datetime.now(UTC)


SAVE_THEME_SECONDS = 5.0
"""How long a theme save may wait for the config file (another program may hold its lock)
before the user is told the choice is not saved."""


@dataclass
class ThemeSaved(Message):
    """A theme save ended: `error` says why it failed, None when the config has the theme."""

    name: str
    error: str | None


class _ThemeSave:
    """One save of the theme to the config file, run in a daemon thread.

    A daemon thread, not the worker itself: if the config file's lock is never released,
    the thread is left behind and the app still quits at once.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.done = threading.Event()
        self.error: str | None = None


class NewsApp(App[None]):
    """The reader.

    Args:
        config: The loaded config.
        db_path: The SQLite cache.
        clock: Returns "now" (UTC); tests fix it so ages like "3h" are stable.
        refresh_on_start: Refresh every feed once the first screen is up; None (the default)
            refreshes the feeds that are due by their own `refresh_minutes` instead.
        read_only: Why the cache can only be read (a read-only file, a full disk), or None.
            The app then reads it with SQLite's `mode=ro`, says so at start, and never tries
            a write: a key that would save something says why it cannot.
    """

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses (bench, tests) live elsewhere
    COMMANDS = App.COMMANDS | {_feed_commands, _item_commands}
    TITLE = "newstui"

    BINDINGS: ClassVar[list[BindingType]] = bindings.APP.bindings

    def __init__(
        self,
        config: Config,
        db_path: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        refresh_on_start: bool | None = None,
        read_only: str | None = None,
    ) -> None:
        self.config = config
        self.db_path = Path(db_path)
        self.read_only = read_only
        self.clock: Callable[[], datetime] = clock or utc_now
        minutes = config.general.refresh_minutes
        self.refresh_on_start = bool(minutes and minutes > 0) if refresh_on_start is None else refresh_on_start
        self.refresh_due_on_start = refresh_on_start is None
        """Left to the config, the start-up refresh fetches the feeds that are due by their own
        `refresh_minutes` (a feed fetched a minute ago, or one set to 0, waits)."""
        self.library = Library(config, self.db_path, read_only=read_only is not None)
        self.theme_errors: list[str] = []
        self._theme_ready = False
        self._wanted_theme = config.general.theme
        """The theme the config has, or the last one asked to be saved there."""
        self._theme_problems: dict[str, str | None] = {}
        """Themes checked against the app's stylesheet: why each cannot be used, or None."""
        self._save_lock = threading.Lock()
        """Saves of the theme run one at a time, in the order they were asked."""
        super().__init__()
        self.theme_errors = _themes.register_themes(self, user_themes_dir())
        name, error = _themes.pick_theme(self.available_themes, config.general.theme)
        if error:
            self.theme_errors.append(error)
        problem = self.theme_problem(name)
        if problem is not None:
            # Never a crash at every start: the default theme, and the reason.
            self.theme_errors.append(f"{problem}; using {_themes.DEFAULT_THEME!r}")
            name = _themes.DEFAULT_THEME
        self.theme = name
        if config.keys:
            self.set_keymap(dict(config.keys))

    quitting = False
    """Set by `exit`: the app is on its way out."""

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for the platform; on Linux and macOS one that quits when the
        terminal hangs up (`newstui.ui.terminal`)."""
        driver = super().get_driver_class()
        from textual.drivers.linux_driver import LinuxDriver

        if driver is LinuxDriver:
            from newstui.ui.terminal import HangUpDriver

            return HangUpDriver
        return driver

    def terminal_hung_up(self) -> None:
        """The terminal is gone: quit as `Q` does (what is saved stays saved, the cache is
        closed), since nobody can read or type here any more."""
        self.exit()

    def action_suspend_process(self) -> None:
        """ctrl+z: hand the terminal back to the shell until its `fg`, as every terminal
        program's ^Z does: the screen restored, the whole job stopped (`stop_as_a_job`).
        Where no shell can continue the reader, it stays and says why."""
        from textual.app import SuspendNotSupported

        from newstui.ui.terminal import stop_as_a_job

        try:
            with self.suspend():
                stopped = stop_as_a_job()
        except SuspendNotSupported:  # no real terminal (tests, textual serve)
            return
        if not stopped:
            message = "Not suspended: no shell with job control started the reader, so none could resume it."
            self.notify(message, title="ctrl+z", severity="warning", markup=False)

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        self.quitting = True
        super().exit(result, return_code, message)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys typed just after the quit (q then t, fast) are still handled while the screens
        come down: the theme picker or the command palette opened then, and its search, finding
        no list to fill, crashed the exit with a traceback. Nothing opens once quitting."""
        if self.quitting and action in ("pick_theme", "command_palette"):
            return False
        return super().check_action(action, parameters)

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

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            # A notice answers the action before: the next key or click clears it (the
            # action's own notice, if any, is set right after).
            from newstui.ui.widgets.status_line import StatusLine

            for screen in self.screen_stack:
                for status in screen.query(StatusLine):
                    status.clear_notice()
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        """A key no widget took, as it reaches the app (before the app looks up its binding).

        On the reader: its hints for keys that work elsewhere (`MainScreen.key_reached_app`).
        A key that comes up while a one-key question is up was read from the terminal
        together with the key that asked it (A and y at once): Textual handed it to the pane
        below before the question was up. It answers the question, as it would have a moment
        later (keys the question itself gets never come here: it stops them). Likewise
        letters typed with `/` go into the search box, and the Enter typed after them searches."""
        from newstui.ui.screens.confirm import ConfirmScreen
        from newstui.ui.screens.main import MainScreen
        from newstui.ui.screens.search import SearchScreen

        if isinstance(self.screen, MainScreen):
            self.screen.key_reached_app(event)
        elif isinstance(self.screen, ConfirmScreen):
            event.stop()
            event.prevent_default()  # answered here: no binding of the question answers again
            self.screen.answer_key(event.key)
        elif isinstance(self.screen, SearchScreen) and event.is_printable and event.character:
            # The same for the search box: "/world" typed (or pasted) in one burst sent "world"
            # to the item list, which the box never saw, and the Enter after searched nothing.
            event.stop()
            event.prevent_default()
            self.screen.type_ahead(event.character)
        elif isinstance(self.screen, SearchScreen) and event.key == "enter":
            # And the Enter of that burst searches here, at once: left to the box, it came round
            # after the keys typed behind it ("/world⏎j"), and the box took the j as text.
            event.stop()
            event.prevent_default()
            self.screen.submit()

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

    def theme_problem(self, name: str) -> str | None:
        """Why the theme cannot be used (naming its file), or None. Bundled and Textual's
        themes are trusted (the tests apply each); others are checked once, by building the
        app's stylesheet with them."""
        theme = self.get_theme(name)
        if theme is None or _themes.is_bundled(theme):
            return None
        if name not in self._theme_problems:
            problem = _themes.theme_problem(self, theme)
            where = _themes.source_of(theme) or name
            self._theme_problems[name] = (
                None if problem is None else f"{where}: theme {name!r} cannot be used: {problem}"
            )
        return self._theme_problems[name]

    def watch_theme(self, old: str, new: str) -> None:
        """Use a theme only if the stylesheet takes it; keep the user's choice once applied."""
        if not self._theme_ready:
            return
        problem = self.theme_problem(new)
        if problem is not None:
            self.notify(problem, title="Theme not applied", severity="error", markup=False, timeout=15)
            self.theme = old if self.theme_problem(old) is None else _themes.DEFAULT_THEME
            return
        # Textual applies the theme in a callback it has just queued: save after that ran.
        self.call_next(self._theme_applied, new)

    def refresh_css(self, animate: bool = True) -> None:
        try:
            super().refresh_css(animate)
        except StylesheetParseError as error:
            # A theme the check let through that Textual still refuses: back to the default
            # theme with the reason, never a crash (the default theme's own errors still raise).
            name = self.theme
            if name == _themes.DEFAULT_THEME:
                raise
            theme = self.current_theme
            where = _themes.source_of(theme) or name
            problem = f"{where}: theme {name!r} cannot be used: {_themes.describe_css_error(error, theme)}"
            self._theme_problems[name] = problem
            self.notify(problem, title="Theme not applied", severity="error", markup=False, timeout=15)
            self.theme = _themes.DEFAULT_THEME

    def _theme_applied(self, name: str) -> None:
        if self.theme != name or name == self._wanted_theme:
            return
        self._wanted_theme = name
        self._save_theme(name)

    @work(thread=True, group="save-theme")
    def _save_theme(self, name: str) -> None:
        """Write the theme to the config file (comments and layout kept), off the UI thread,
        and tell the user within SAVE_THEME_SECONDS whether it is saved."""
        save = _ThemeSave(name)
        path = self.config.path
        threading.Thread(target=self._write_theme, args=(save,), name="newstui-save-theme", daemon=True).start()
        worker = get_current_worker()
        waited = 0.0
        while not save.done.wait(0.1):
            waited += 0.1
            if worker.is_cancelled or not self.is_running:
                return  # quitting: the thread finishes (or not) on its own
            if waited >= SAVE_THEME_SECONDS:
                self.call_from_thread(
                    self.notify,
                    f"The theme {name} is not saved: {path} stayed locked by another program for "
                    f"{SAVE_THEME_SECONDS:g} s. newstui saves it if the lock is released while it runs.",
                    title="Theme not saved",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
                return

    def _write_theme(self, save: _ThemeSave) -> None:
        with self._save_lock:
            if save.name == self._wanted_theme:  # else a newer choice follows: skip this one
                try:
                    self.library.save_theme(save.name)
                except Exception as error:  # noqa: BLE001 - the theme still changes; the user learns it was not saved
                    save.error = str(error) or type(error).__name__
                self._post_from_thread(ThemeSaved(save.name, save.error))
        save.done.set()

    def _post_from_thread(self, message: Message) -> None:
        """Post from a thread of ours without waiting; dropped once the app has stopped."""
        if not self.is_running:
            return
        try:
            self.post_message(message)
        except RuntimeError:  # the event loop closed between the check and the post: nobody to tell
            return

    @on(ThemeSaved)
    def _theme_saved(self, event: ThemeSaved) -> None:
        path = self.config.path
        if event.error is not None:
            self.notify(
                f"The theme {event.name} is not saved to {path}: {event.error}",
                title="Theme not saved",
                severity="warning",
                markup=False,
                timeout=10,
            )
        else:
            self.notify(f"Theme {event.name} saved to {path}", markup=False)

    # -- commands ----------------------------------------------------------------------------

    def action_help(self) -> None:
        from newstui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keys, getattr(self.screen, "HELP_AREAS", ())))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from newstui.ui.screens.main import MainScreen

        if not isinstance(screen, MainScreen):
            return
        for binding in bindings.MAIN.bindings:
            assert isinstance(binding, Binding)
            if binding.action in ("next_pane", "previous_pane"):
                continue
            keys = self.config.keys.get(binding.id or "", binding.key)
            shown = ", ".join(self.get_key_display(Binding(key.strip(), "")) for key in keys.split(","))
            yield SystemCommand(binding.description, f"Key: {shown}", _runner(screen, binding.action))
        yield SystemCommand("Help", "Show every key binding", self.action_help)
        yield SystemCommand("Show unread", "List the unread items", _runner(screen, "show_unread"))
        yield SystemCommand("Show all", "List every item", _runner(screen, "show_all"))
        # newsboat and nom users manage their feeds in the reader ("Add a feed…" is a binding,
        # listed above): the same edits of the config as newstui add and import-opml make.
        yield SystemCommand(
            "Import OPML…", "Add the feeds of an OPML file (as newstui import-opml)", _runner(screen, "import_opml")
        )
        editor = "$VISUAL or $EDITOR"
        yield SystemCommand(
            "Edit config",
            f"Open the config file in {editor}, then read its feeds again",
            _runner(screen, "edit_config"),
        )
        read_feeds_shown = screen.feed_list.show_read_feeds
        yield SystemCommand(
            "Hide read feeds" if read_feeds_shown else "Show read feeds",
            "Leave feeds with nothing unread out of the feed list (show_read_feeds)"
            if read_feeds_shown
            else "List the feeds with nothing unread too (show_read_feeds)",
            _runner(screen, "toggle_read_feeds"),
        )


def _runner(screen: Screen[Any], action: str) -> Callable[[], object]:
    def run() -> object:
        from newstui.ui.screens.main import WRITE_ACTIONS, MainScreen

        if isinstance(screen, MainScreen) and action in WRITE_ACTIONS:
            # Past check_action, which greys them on a read-only cache: they say why they cannot.
            screen.run_write_action(action)
            return None
        return screen.run_action(action)

    return run
