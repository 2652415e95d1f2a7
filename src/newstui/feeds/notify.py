"""`[general] notify_command`: tell the user about new items after a refresh.

The command is an argument list run without a shell (feed titles are untrusted:
they are only ever arguments or input, never parsed as shell text). In its
arguments `%n` becomes the number of new items, `%t` their titles (one per line,
at most MAX_TITLES, then "… and N more") and `%%` a percent sign. Its standard
input gets every new item as one line, `feed title<TAB>item title<TAB>link`.
It may run for NOTIFY_TIMEOUT seconds; a failure is a warning, never a failed refresh.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence

from newstui.model import Item
from newstui.text import one_line

NOTIFY_TIMEOUT = 10.0
"""Seconds the notify command may run before it is killed."""
MAX_TITLES = 20
"""Titles `%t` lists; the rest are counted."""

_PLACEHOLDER = re.compile(r"%[nt%]")


def notify_arguments(command: Sequence[str], items: Sequence[Item]) -> list[str]:
    """`command` with `%n`, `%t` and `%%` replaced for `items` (titles cleaned of control characters)."""
    titles = [_short(one_line(item.title)) or "(untitled)" for item in items[:MAX_TITLES]]
    if len(items) > MAX_TITLES:
        titles.append(f"… and {len(items) - MAX_TITLES} more")
    values = {"%n": str(len(items)), "%t": "\n".join(titles), "%%": "%"}
    return [_no_option(part, _PLACEHOLDER.sub(lambda match: values[match.group()], part)) for part in command]


def _no_option(template: str, argument: str) -> str:
    """`argument` with a space before it when the substitution made it start with "-".

    The general pattern: a value from a feed put where a program reads options. An argument
    that is only `%t` started with the first title, and a title such as "--file=~/.ssh/key"
    was an option of the user's command (a tool that attaches that file to its message). The
    user's own options (a template starting with "-") stay as written.
    """
    if argument.startswith("-") and not template.startswith("-"):
        return " " + argument
    return argument


def _short(text: str, limit: int = 300) -> str:
    """A title cut to `limit` characters: a hostile feed's 1 MB title must not make the argument list too long."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def notify_input(items: Sequence[Item]) -> bytes:
    """The notify command's standard input: `feed<TAB>title<TAB>link` per item."""
    lines = [
        "\t".join(one_line(text).replace("\t", " ") for text in (item.feed_title, item.title, item.link or ""))
        for item in items
    ]
    return ("\n".join(lines) + "\n").encode("utf-8", "replace") if lines else b""


def run_notify(command: Sequence[str], items: Sequence[Item], *, timeout: float = NOTIFY_TIMEOUT) -> str | None:
    """Run the notify command for `items` (nothing when there are none).

    Returns:
        None when it ran and exited 0 (or there was nothing to say), else a
        warning for the user: the command is missing, failed or took too long.
    """
    if not command or not items:
        return None
    name = command[0]
    try:
        done = subprocess.run(
            notify_arguments(command, items),
            input=notify_input(items),
            capture_output=True,
            timeout=timeout,
            check=False,
            shell=False,
        )
    except FileNotFoundError:
        return f"notify_command {name!r} was not found"
    except subprocess.TimeoutExpired:
        return f"notify_command {name!r} took more than {timeout:g} s and was stopped"
    except (OSError, ValueError) as error:  # ValueError: an argument holds a NUL
        return f"notify_command {name!r} cannot be run: {getattr(error, 'strerror', None) or error}"
    if done.returncode != 0:
        said = one_line(done.stderr.decode("utf-8", "replace"))[:200]
        return f"notify_command {name!r} failed (exit status {done.returncode})" + (f": {said}" if said else "")
    return None
