"""The programs the reader hands things to: a configured browser, the pipe command,
and saved article files. Commands are argument lists, never run through a shell.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
import webbrowser
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from newstui.text import one_line, strip_control

URL_PLACEHOLDER = "%u"
"""Where the URL goes in the `browser` command (added at the end when absent)."""

TERMINAL_BROWSERS = frozenset({"lynx", "w3m", "elinks", "links", "links2", "browsh", "carbonyl", "chawan", "cha"})
"""Configured browsers that draw in this terminal: the app hands them the terminal and
waits. Any other command is started in the background (a graphical browser)."""

DEFAULT_PIPE_COMMAND: tuple[str, ...] = ("less",)
NAME_LIMIT = 80
"""Most characters of a title kept in a saved file's name."""


class CommandBrowser(webbrowser.BaseBrowser):
    """The `browser` setting: a command list, "%u" replaced by the URL (added at the end
    when no argument has it). A terminal browser (see TERMINAL_BROWSERS) runs in the
    foreground and `terminal` is True; any other is started in the background."""

    def __init__(self, command: Sequence[str]) -> None:
        super().__init__(command[0])
        self.command = list(command)
        self.terminal = Path(command[0]).name in TERMINAL_BROWSERS

    def arguments(self, url: str) -> list[str]:
        if any(URL_PLACEHOLDER in arg for arg in self.command[1:]):
            return [self.command[0], *(arg.replace(URL_PLACEHOLDER, url) for arg in self.command[1:])]
        return [*self.command, url]

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        """Run the command for `url`; True when it worked (a background one: did not fail
        within 3 s). Raises OSError when the program cannot be started."""
        if self.terminal:
            with terminal_keys() as keys:
                return subprocess.run(self.arguments(url), stdin=keys, check=False, close_fds=True).returncode == 0
        process = subprocess.Popen(
            self.arguments(url),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,
        )
        try:
            return process.wait(timeout=3.0) == 0
        except subprocess.TimeoutExpired:
            return True  # still running: the browser itself


@contextmanager
def terminal_keys() -> Iterator[int | None]:
    """The stdin for a program handed the terminal (a terminal browser): the reader's own
    (None: inherited) when it is the terminal, else the terminal itself, opened for the
    program's run. A reader started with stdin elsewhere (`newstui < /dev/null`, from a
    launcher) reads its keys from /dev/tty (`terminal.HangUpDriver`); the browser it handed
    the screen to got that /dev/null and read no key, as any program would whose keys
    come from its stdin."""
    stdin = sys.__stdin__
    if stdin is not None and stdin.isatty():
        yield None
        return
    try:
        tty = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:  # no terminal at all: the program gets what the reader has
        yield None
        return
    try:
        yield tty
    finally:
        os.close(tty)


def article_text(markdown: str) -> str:
    """The Markdown as handed to a program or a file: no terminal escapes or control characters."""
    text = strip_control(markdown)
    return text if text.endswith("\n") else text + "\n"


def run_pipe(command: Sequence[str], text: str) -> int:
    """Run `command` with `text` on its stdin and the terminal for the rest; returns its exit code.

    Raises:
        OSError: the program cannot be started (not found, not executable).
    """
    completed = subprocess.run(list(command), input=text.encode("utf-8"), check=False, close_fds=True)
    return completed.returncode


def editor_command() -> list[str]:
    """The user's editor: $VISUAL, else $EDITOR, else vi, as newsboat, git and `crontab -e`
    pick one; split into words as a shell would (`EDITOR="code --wait"`), run without one."""
    import shlex

    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:  # an unbalanced quote: the words as written
                words = value.split()
            if words:
                return words
    return ["vi"]


def run_editor(command: Sequence[str], path: Path) -> int:
    """Run the editor on `path` with the terminal; returns its exit code.

    Raises:
        OSError: the editor cannot be started (not found, not executable).
    """
    with terminal_keys() as stdin:
        return subprocess.run([*command, str(path)], stdin=stdin, check=False, close_fds=True).returncode


def default_save_dir() -> Path:
    """The user's download folder, else home."""
    try:
        from platformdirs import user_downloads_path

        downloads = user_downloads_path()
    except Exception:  # noqa: BLE001 - platformdirs may not know one here: home will do
        downloads = None
    if downloads is not None and downloads.is_dir():
        return downloads
    return Path.home()


def save_dir(setting: str | None) -> Path:
    """Where articles are saved: the `save_dir` setting (with ~ expanded) or the default."""
    return Path(os.path.expanduser(setting)) if setting else default_save_dir()


def file_stem(title: str) -> str:
    """A safe file name stem from a title: letters, digits, '-' and '_' only, at most
    NAME_LIMIT characters, never empty, never hidden, never a path."""
    text = unicodedata.normalize("NFKC", one_line(title)).lower()
    text = re.sub(r"[^\w\s-]", " ", text, flags=re.UNICODE)
    text = re.sub(r"[\s_-]+", "-", text).strip("-.")
    return text[:NAME_LIMIT].rstrip("-") or "article"


def save_article(directory: Path, title: str, text: str) -> Path:
    """Write `text` to a new `<stem>.md` in `directory` (created if needed); never overwrites:
    an existing name gets -2, -3, … Returns the file written.

    Raises:
        OSError: the folder cannot be made or the file cannot be written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    stem = file_stem(title)
    for number in range(1, 10_000):
        path = directory / (f"{stem}.md" if number == 1 else f"{stem}-{number}.md")
        try:
            # "x": the file is created here or the call fails; a file that appeared
            # since we looked is never overwritten.
            with open(path, "x", encoding="utf-8") as handle:
                handle.write(text)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{directory}: too many saved articles named {stem}")
