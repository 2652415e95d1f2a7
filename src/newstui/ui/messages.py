"""Messages shared across widgets (widget-specific ones are nested in their widget)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from newstui.service import ItemFilter, ProgressEvent
from newstui.text import one_line


@dataclass
class FilterChosen(Message):
    """The user chose what the item list shows (a feed, a tag, bookmarks, a search)."""

    item_filter: ItemFilter
    focus_items: bool = True


@dataclass
class Notice(Message):
    """A short note for the status line (plain text, never markup)."""

    text: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Notice)


@dataclass
class RefreshProgress(Message):
    """How far the running refresh, or the article pass after it, is. Posted from their
    thread without waiting; a newer one replaces one not yet handled."""

    event: ProgressEvent

    @property
    def text(self) -> str:
        """The status line's words for it (plain text, never markup)."""
        return progress_line(self.event)

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, RefreshProgress)


def progress_line(event: ProgressEvent) -> str:
    """'Refreshing 3/10 https://…' for a feed, 'Fetching articles 3/10' for a page."""
    if event.stage == "articles":
        return f"Fetching articles {event.done}/{event.total}"
    return f"Refreshing {event.done}/{event.total} {one_line(event.url)}"
