"""Keys typed in one burst (a paste, fast hands, tmux send-keys, a busy machine): posted to
the app all at once, as a terminal delivers what it read in one go, not pressed one by one
with the app settling in between as Pilot's press does."""

from __future__ import annotations

from textual import events


def burst(app: object, *keys: str) -> None:
    """Post the keys all at once, as a terminal delivers what it read in one go."""
    from textual.app import App

    assert isinstance(app, App)
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


def type_burst(app: object, text: str) -> None:
    """Post the characters of `text` as keys all at once (/ is slash, a space space, \\r enter),
    as a terminal delivers what it read in one go."""
    from textual.app import App

    assert isinstance(app, App)
    names = {"/": "slash", " ": "space", "\r": "enter"}
    for char in text:
        app.post_message(events.Key(names.get(char, char), char))
