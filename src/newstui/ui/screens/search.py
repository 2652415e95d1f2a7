"""Ask for search text; the results are shown in the item list."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from newstui.ui import bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter

READER_PROMPT = 'Search titles, summaries and articles; start with " to search quotes (Enter searches, Esc cancels)'


class SearchScreen(ModalScreen[str | None]):
    """Dismisses with the text to search for, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SEARCH.bindings

    def __init__(self, prompt: str | None = None) -> None:
        """`prompt`: what the box searches, when not the reader's items (the Speakers page's quotes)."""
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Label(Content(self.prompt or READER_PROMPT))
            yield Input(placeholder="words to find", id="search-input")
        yield KeyFooter()  # its own keys: the reader's footer below named keys the box types as text

    def type_ahead(self, character: str) -> None:
        """Type a character that was meant for the box but reached the app instead (see
        `NewsApp.on_key`)."""
        box = self.query_one("#search-input", Input)
        box.focus()
        box.insert_text_at_cursor(character)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        dismiss_once(self, event.value)

    def submit(self) -> None:
        """Search the box's words: an Enter typed with them that reached the app instead
        (see `NewsApp.on_key`)."""
        dismiss_once(self, self.query_one("#search-input", Input).value)

    def action_dismiss_none(self) -> None:
        dismiss_once(self, None)
