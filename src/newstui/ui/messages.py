"""Messages shared across widgets (widget-specific ones are nested in their widget)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from newstui.service import ItemFilter


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
    """How far the running refresh is (plain text). Posted from the refresh's thread without waiting."""

    text: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, RefreshProgress)
