"""A one-key question: y or Enter says yes, any other key no."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Label

from newstui.ui import bindings
from newstui.ui.widgets.key_footer import KeyFooter

YES_ID = "confirm.yes"
"""The binding whose keys say yes (`[keys]` may rebind it); every other key says no."""


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for y/Enter and False for any other key (or a click outside).

    Args:
        question: Plain text (it may hold feed titles): never markup.
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings.CONFIRM.bindings

    question: reactive[str] = reactive("", init=False)
    """The question shown (plain text); it may change while it is up (a count arrives)."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.set_reactive(ConfirmScreen.question, question)
        self._answered = False

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(Content(self.question), id="confirm-question")
            yield Label(id="confirm-keys")
        # Its own footer ("y Yes  n No"): the reader's, left showing below, named keys that
        # now only answer the question.
        yield KeyFooter()

    def on_mount(self) -> None:
        said = [key if len(key) == 1 else key.capitalize() for key in self.yes_keys()]
        parts: list[str | tuple[str, str]] = []
        for index, key in enumerate(said):
            if index:
                parts.append(" or ")
            parts.append((key, "bold $accent"))
        self.query_one("#confirm-keys", Label).update(Content.assemble(*parts, ": yes    any other key: no"))

    def yes_keys(self) -> list[str]:
        """The keys that say yes, as the user's keymap has them."""
        return [key for key, active in self.active_bindings.items() if active.binding.id == YES_ID]

    def watch_question(self, question: str) -> None:
        for label in self.query("#confirm-question").results(Label):
            label.update(Content(question))

    def on_key(self, event: events.Key) -> None:
        # Every key answers: nothing underneath acts on it (the bindings are the footer's).
        event.stop()
        event.prevent_default()
        self.answer_key(event.key)

    def on_click(self, event: events.Click) -> None:
        if event.widget is self:
            self.answer(False)

    def answer_key(self, key: str) -> None:
        """Answer as the key `key` does: a key of confirm.yes (y, Enter) yes, anything else no."""
        self.answer(key in self.yes_keys())

    def action_answer(self, yes: bool) -> None:
        self.answer(yes)

    def answer(self, yes: bool) -> None:
        """Dismiss with the first answer only. Keys typed together (or ahead, while the app
        was busy) all reach this screen before it is gone, and each dismiss pops the top
        screen: the second popped the reader itself and the third crashed the app."""
        if self._answered:
            return
        self._answered = True
        self.dismiss(yes)
