"""A one-key question: y or Enter says yes, any other key no."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Label

YES_KEYS = frozenset({"y", "enter"})


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for y/Enter and False for any other key (or a click outside).

    Args:
        question: Plain text (it may hold feed titles): never markup.
    """

    question: reactive[str] = reactive("", init=False)
    """The question shown (plain text); it may change while it is up (a count arrives)."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.set_reactive(ConfirmScreen.question, question)
        self._answered = False

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(Content(self.question), id="confirm-question")
            yield Label(
                Content.assemble(
                    ("y", "bold $accent"), " or ", ("Enter", "bold $accent"), ": yes    any other key: no"
                ),
                id="confirm-keys",
            )

    def watch_question(self, question: str) -> None:
        for label in self.query("#confirm-question").results(Label):
            label.update(Content(question))

    def on_key(self, event: events.Key) -> None:
        # Every key answers: nothing underneath acts on it.
        event.stop()
        event.prevent_default()
        self.answer_key(event.key)

    def on_click(self, event: events.Click) -> None:
        if event.widget is self:
            self.answer(False)

    def answer_key(self, key: str) -> None:
        """Answer as the key `key` does: y or Enter yes, anything else no."""
        self.answer(key in YES_KEYS)

    def answer(self, yes: bool) -> None:
        """Dismiss with the first answer only. Keys typed together (or ahead, while the app
        was busy) all reach this screen before it is gone, and each dismiss pops the top
        screen: the second popped the reader itself and the third crashed the app."""
        if self._answered:
            return
        self._answered = True
        self.dismiss(yes)
