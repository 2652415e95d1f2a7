"""Dismissing a screen once, however many keys ask it to go."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

ResultT = TypeVar("ResultT")


def dismiss_once(screen: Screen[ResultT], result: ResultT | None = None) -> None:
    """Dismiss `screen` with `result` if it is still the top screen, else do nothing.

    Keys read from the terminal together (Enter pressed twice, keys typed ahead while the
    app was busy) all reach a screen before it has gone, and each would dismiss it again;
    a dismiss pops whatever screen is on top, so the second popped the reader beneath it
    and the third crashed the app (ScreenStackError). Bindings are safe (Textual looks
    them up on the top screen), but messages such as Input.Submitted are not.
    """
    if screen.is_active:
        screen.dismiss(result)
