"""Lists of the quote index: quotes with speaker, outlet and date; a story's items.

Every name, quote, title and feed title is data: built into `Content`, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Spacing
from textual.message import Message
from textual.visual import Padding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.widgets.stop_list import step

if TYPE_CHECKING:
    from newstui.service import IndexedQuote, StoryItem


@dataclass(frozen=True, slots=True)
class OpenTarget:
    """What a who-said-what view asks the main screen to open: an item, scrolled to a quote."""

    item_id: int
    quote_id: int | None = None


def short_date(when: datetime | None) -> str:
    return when.strftime("%d %b %Y") if when is not None else "undated"


def quote_row(quote: IndexedQuote, *, speaker: bool = True) -> Content:
    """The quote; under it outlet · date · title (and the speaker first when asked)."""
    parts: list[Content | str | tuple[str, str]] = []
    if speaker:
        name = one_line(quote.speaker or quote.written or "") or "Unattributed"
        parts += [(name, "$quote-speaker bold" if quote.speaker else "$text-muted italic"), "\n"]
    parts += [
        ("“" + one_line(quote.text) + "”", "$quote-text"),
        "\n",
        (one_line(quote.feed_title) or quote.feed_url, "$text-accent"),
        (" · " + short_date(quote.published) + " · ", "$text-muted"),
        (one_line(quote.title) or "(untitled)", "$text-muted"),
    ]
    return Content.assemble(*parts)


class Indented(Padding):
    """Content set in from the left as a block, as an option's prompt: a line it wraps onto
    hangs under its first line (Content alone wraps back to the left edge)."""

    def __init__(self, content: Content, indent: int) -> None:
        super().__init__(content, Spacing(0, 0, 0, indent))
        self.content = content
        self.indent = indent

    @property
    def plain(self) -> str:
        """The text as it reads, indent included (as Content's `plain`)."""
        return " " * self.indent + self.content.plain


def story_item_row(item: StoryItem) -> Content:
    """outlet · date · title of one item of a story."""
    return Content.assemble(
        (one_line(item.feed_title), "$text-accent bold"),
        (" · " + short_date(item.published) + " · ", "$text-muted"),
        Content(one_line(item.title) or "(untitled)"),
    )


class QuoteResults(OptionList):
    """Quotes of the index, newest first; Enter opens the article at the quote."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.QUOTE_RESULTS.bindings

    @dataclass
    class Chosen(Message):
        """Open this quote's article, scrolled to it."""

        quote: IndexedQuote

    def __init__(self, *, show_speaker: bool = True, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.show_speaker = show_speaker
        self.quotes: list[IndexedQuote] = []

    def show(self, quotes: list[IndexedQuote], empty: str = "No quotes.") -> None:
        self.quotes = list(quotes)
        self.clear_options()
        if not quotes:
            self.add_option(Option(Content.styled(empty, "$text-muted italic"), disabled=True))
            return
        options: list[Option | None] = []
        for index, quote in enumerate(quotes):
            options += [Option(quote_row(quote, speaker=self.show_speaker), id=str(index)), None]
        self.add_options(options[:-1])
        self.highlighted = 0

    def action_cursor_down(self) -> None:
        step(self, 1)  # stops at the last entry, as every list here does

    def action_cursor_up(self) -> None:
        step(self, -1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self.quotes[int(event.option.id)]))
