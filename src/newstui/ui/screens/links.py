"""The links of an article, numbered as in the text; 1…9 (or Enter) opens one.

Every URL is shown and opened as `text.clean_url` returns it, so the browser gets
exactly the string on screen. A link whose URL it rejects (controls, bidi or
invisible characters, a scheme other than http/https) keeps its number and text
but cannot be opened. Untrusted text goes into `Content`, never markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newstui.model import Link
from newstui.text import clean_url, one_line
from newstui.ui import bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.stop_list import StopList

UNSAFE_LINK = "(not opened: not a plain http(s) URL)"


class LinksScreen(ModalScreen[str | None]):
    """Dismisses with the chosen URL, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.LINKS.bindings

    def __init__(self, links: list[Link]) -> None:
        super().__init__()
        self.links = links
        self.urls: list[str | None] = [clean_url(link.url) for link in links]
        """Each link's URL as shown and opened, None when it may not be opened."""

    def compose(self) -> ComposeResult:
        with Vertical(id="links-box"):
            yield Label(Content("Links — 1…9 or Enter opens one, Esc closes"), id="links-title")
            yield StopList(
                *[
                    Option(
                        Content.assemble(
                            (f"[{n}] ", "$link-number"),
                            Content(one_line(link.text) or "(no text)"),
                            "\n    ",
                            (url or UNSAFE_LINK, "$text-muted"),
                        ),
                        id=str(n),
                        disabled=url is None,
                    )
                    for n, (link, url) in enumerate(zip(self.links, self.urls, strict=True), 1)
                ],
                id="links-list",
            )
        yield KeyFooter()  # its own keys: the reader's footer below named keys this list ignores

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.action_open_number(int(event.option.id))

    def action_open_number(self, number: int) -> None:
        if not 1 <= number <= len(self.links):
            return
        url = self.urls[number - 1]
        if url is None:
            self.notify(f"Link {number} is not a plain http(s) URL: not opened.", severity="warning", markup=False)
        else:
            dismiss_once(self, url)

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_dismiss_none(self) -> None:
        dismiss_once(self, None)
