"""The quote sidebar: each quote of the article with its speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newstui.model import Quote
from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.widgets.stop_list import step


def quote_content(quote: Quote, also: int = 0) -> Content:
    """Speaker on one line, the quote under it: both plain data. `also`: how many
    other outlets carry the quote (said under it when some do)."""
    speaker = one_line(quote.speaker) if quote.speaker else "Unattributed"
    return Content.assemble(
        (speaker, "$quote-speaker bold" if quote.speaker else "$text-muted italic"),
        "\n",
        ("“" + one_line(quote.text) + "”", "$quote-text"),
        (f"\nalso in {also} outlet{'s' if also != 1 else ''}" if also else "", "$text-accent italic"),
    )


class QuoteSidebar(OptionList):
    """Lists the quotes; Enter (or a click) asks for the article to scroll to one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.QUOTE_SIDEBAR.bindings

    @dataclass
    class Jump(Message):
        """Scroll the article to this quote."""

        quote: Quote

    @dataclass
    class OutletsAsked(Message):
        """List the outlets that also carry this quote (its id in the quote index)."""

        quote: Quote
        quote_id: int

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.quotes: list[Quote] = []
        self.outlets: dict[int, tuple[int, int]] = {}
        """By quote index: (quote id in the index, other outlets carrying it)."""
        self.border_title = "Quotes"

    def show(self, quotes: list[Quote], *, article_open: bool = True) -> None:
        """List the quotes of the article shown (`article_open` False: no article yet)."""
        self.quotes = list(quotes)
        self.outlets = {}
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

    def show_outlets(self, outlets: dict[int, tuple[int, int]]) -> None:
        """Under each quote that other outlets also carry, say how many do."""
        self.outlets = {index: value for index, value in outlets.items() if 0 <= index < len(self.quotes)}
        for index, (_, also) in self.outlets.items():
            self.replace_option_prompt(str(index), quote_content(self.quotes[index], also))

    def action_cursor_down(self) -> None:
        step(self, 1)  # stops at the last entry, as every list here does

    def action_cursor_up(self) -> None:
        step(self, -1)

    def action_outlets(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            self.notify(
                "No quote here: open an article with quotes first." if not self.quotes else "Highlight a quote first.",
                markup=False,
            )
            return
        found = self.outlets.get(int(option.id))
        if found is None:
            self.notify("No other outlet carries this quote.", markup=False)
            return
        self.post_message(self.OutletsAsked(self.quotes[int(option.id)], found[0]))
