"""The footer: Textual's, but a key that does not fit is left out whole, never cut.

Textual's Footer lays its keys out in one row and cuts the row at the screen's edge, so
on a narrow terminal the last keys (the app's `q Quit` and `? Help`, the ones a lost
user needs) went first. Here the keys that do not fit are dropped before they are
mounted: first the ones named in `drop_first`, in that order, then the rightmost others;
the `keep` actions stay whatever the width (`?` lists everything left out).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeGuard

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer


class FooterKey(Protocol):
    """What the footer reads of the keys Textual's Footer composes. Their class is not
    part of Textual's public API (it lives in a private module), so it is never imported:
    a key is any composed widget with these attributes (`is_footer_key`)."""

    key_display: str
    description: str
    action: str

    def has_class(self, *class_names: str) -> bool: ...


def is_footer_key(widget: object) -> TypeGuard[FooterKey]:
    """Whether a widget the Footer composed is one of its keys (not a group or a label)."""
    return all(isinstance(getattr(widget, name, None), str) for name in ("key_display", "description", "action"))


KEEP = ("quit", "screen.back_to_feeds", "screen.back_to_list", "help")
"""Actions the footer always shows: with `?` on screen every other key can be found, and
`q` says what it does in the pane (quit, or back to the list from the article)."""


def key_width(key: FooterKey, compact: bool) -> int:
    """Cells a footer key takes, by the Footer's own CSS: the key padded by one cell each
    side, the description by one on its right; compact, the key unpadded, one cell before
    the description and one margin cell after the whole."""
    text = cell_len(key.key_display)
    if key.description:
        text += 1 + cell_len(key.description)
    if key.has_class("-command-palette"):
        return text + (2 if compact else 4)  # and its left border, and its padding unless compact
    if compact:
        return text + 1
    return text + 2 if key.description else text


def fitting(
    keys: Sequence[FooterKey], width: int, compact: bool, drop_first: Sequence[str] = (), keep: Sequence[str] = KEEP
) -> list[FooterKey]:
    """The keys that fit in `width` cells, in their order: the command palette key goes
    first, then the `drop_first` actions in that order, then the others from the right;
    the `keep` actions never."""
    shown = list(keys)

    def used() -> int:
        return sum(key_width(key, compact) for key in shown)

    def droppable() -> Iterable[FooterKey]:
        yield from (key for key in shown if key.has_class("-command-palette"))
        for action in drop_first:
            yield from (key for key in shown if key.action == action)
        yield from (key for key in reversed(shown) if key.action not in keep)

    while used() > width:
        dropped = next(iter(droppable()), None)
        if dropped is None:
            break  # only the kept keys are left: they are cut at the edge, as Textual does
        shown.remove(dropped)
    return shown


class KeyFooter(Footer):
    """A Footer that leaves out, whole, the keys its width cannot hold (see the module)."""

    def __init__(
        self, *, drop_first: Sequence[str] = (), compact: bool = False, show_command_palette: bool = True
    ) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self.drop_first = tuple(drop_first)
        self._composed: list[FooterKey] = []
        """Every key the last compose made, before any was left out."""
        self._shown: list[FooterKey] = []

    def _width(self) -> int:
        # Docked across the whole screen; before its first layout its own size is 0.
        return self.size.width or self.app.size.width

    def compose(self) -> ComposeResult:
        widgets: list[Widget] = list(super().compose())
        keys = [widget for widget in widgets if is_footer_key(widget)]
        if len(keys) != len(widgets):
            yield from widgets  # binding groups (none of ours): leave Textual's layout alone
            return
        self._composed = keys
        self._shown = fitting(keys, self._width(), self.compact, self.drop_first)
        shown = {id(key) for key in self._shown}
        yield from (widget for widget in widgets if id(widget) in shown)

    def on_resize(self, event: events.Resize) -> None:
        del event
        if self._composed and fitting(self._composed, self._width(), self.compact, self.drop_first) != self._shown:
            self.refresh(recompose=True)

    def watch_compact(self) -> None:
        if self._composed and self.is_attached:
            self.refresh(recompose=True)
