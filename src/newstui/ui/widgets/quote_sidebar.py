"""The quote sidebar: each quote of the article with its speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newstui.model import Quote
from newstui.text import one_line


def quote_content(quote: Quote) -> Content:
    """Speaker on one line, the quote under it: both plain data."""
    speaker = one_line(quote.speaker) if quote.speaker else "Unattributed"
    return Content.assemble(
        (speaker, "$quote-speaker bold" if quote.speaker else "$text-muted italic"),
        "\n",
        ("“" + one_line(quote.text) + "”", "$quote-text"),
    )


class QuoteSidebar(OptionList):
    """Lists the quotes; Enter (or a click) asks for the article to scroll to one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", id="quotes.down", show=False),
        Binding("k,up", "cursor_up", "Up", id="quotes.up", show=False),
        Binding("enter", "select", "Go to quote", id="quotes.jump"),
    ]

    @dataclass
    class Jump(Message):
        """Scroll the article to this quote."""

        quote: Quote

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.quotes: list[Quote] = []
        self.border_title = "Quotes"

    def show(self, quotes: list[Quote], *, article_open: bool = True) -> None:
        """List the quotes of the article shown (`article_open` False: no article yet)."""
        self.quotes = list(quotes)
        self.clear_options()
        if not quotes:
            hint = "No quotes in this article." if article_open else "Open an item to see who said what."
            self.add_option(Option(Content.styled(hint, "$text-muted italic"), disabled=True))
        else:
            options: list[Option | None] = []
            for index, quote in enumerate(quotes):
                options.append(Option(quote_content(quote), id=str(index)))
                options.append(None)
            self.add_options(options[:-1])
            self.highlighted = 0  # Enter works at once, and the cursor shows where j/k start
        self.border_title = f"Quotes ({len(quotes)})" if quotes else "Quotes"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Jump(self.quotes[int(event.option.id)]))
