"""Scrollbar thumbs drawn in whole cells, for lists whose entries are set apart by separators.

Textual ends a thumb in a partial block (▃) for smoother movement. Beside a list of
separated entries (the Speakers page: two rows a speaker, then a rule) that block sat on a
separator's row, and the rule seemed to run on into a thick stub the colour of the
highlight. A thumb of whole cells reads as a bar, wherever it stands.
"""

from __future__ import annotations

from typing import ClassVar

from textual.scrollbar import ScrollBarRender
from textual.widget import Widget


class WholeCellThumb(ScrollBarRender):
    """Textual's scrollbar with no partial block at either end of the thumb."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * len(ScrollBarRender.VERTICAL_BARS)


def whole_cell_thumb(widget: Widget) -> None:
    """Draw `widget`'s vertical thumb in whole cells (Textual lets one scrollbar have its own
    renderer: `ScrollBar.renderer`)."""
    widget.vertical_scrollbar.renderer = WholeCellThumb  # type: ignore[misc]  # a ClassVar that Textual documents as settable per scrollbar
