"""What a newsboat key that is bound to nothing here should say.

A key that does nothing and says nothing reads as a broken key: someone coming from
newsboat presses its filter, command-line or delete key and cannot tell whether the reader
missed it. Each such key, while no binding of the user's takes it, answers with the way
this reader does the same thing, naming the keys as the user has them bound.
"""

from __future__ import annotations

from collections.abc import Callable

KeyFor = Callable[[str, str], str]
"""The key of a binding as the user has it: (binding id, default key) -> its display."""


def _filters(key_for: KeyFor) -> str:
    return (
        "No filter key here: [[filters]] and [[queries]] in the config do what newsboat's "
        f"filters and query feeds do; {key_for('main.search', '/')} searches."
    )


def _command_line(key_for: KeyFor) -> str:
    return f"No command line here: {key_for('app.commands', 'ctrl+p')} opens the command palette."


def _delete(key_for: KeyFor) -> str:
    return (
        f"Nothing is deleted from a list here: {key_for('items.hide-read', 'H')} hides read items, "
        f"{key_for('items.toggle-read', 'm')} marks one read."
    )


def _random_unread(key_for: KeyFor) -> str:
    return f"No random unread item here: {key_for('items.next-unread', 'n')} opens the next one."


def _link_number(key_for: KeyFor) -> str:
    return f"Links by number: {key_for('article.links', 'l')} lists the article's links, then 1 … 9 opens one."


def _vim_left(key_for: KeyFor) -> str:
    return (
        f"h is not bound: {key_for('items.back', 'q')}, escape or left step back; "
        f"{key_for('article.links', 'l')} lists the article's links."
    )


HINTS: dict[str, Callable[[KeyFor], str]] = {
    "f": _filters,
    "F": _filters,
    "colon": _command_line,
    "D": _delete,
    "ctrl+k": _random_unread,
    "number_sign": _link_number,
    **{str(digit): _link_number for digit in range(1, 10)},
    "h": _vim_left,
}
"""newsboat's default keys (and vim's h, the one of h/j/k/l that does nothing) with no binding here."""


def unbound_key_hint(key: str, key_for: KeyFor) -> str | None:
    """The notice for `key` (Textual's name of it) when no binding takes it, else None."""
    hint = HINTS.get(key)
    return hint(key_for) if hint is not None else None
