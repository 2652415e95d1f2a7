"""The key bindings as they are now (defaults with the config's [keys] applied)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newstui.ui import bindings
from newstui.ui.keys import BindingInfo, current_bindings, default_bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter

AREAS: dict[str, tuple[str, str | None]] = {
    "items": ("Items", None),
    "article": ("Article", None),
    "main": ("Anywhere", None),
    "feeds": ("Feeds", None),
    "quotes": ("Quote sidebar", None),
    "links": ("Links list", "article.links"),
    "enclosures": ("Attachments", "items.enclosures"),
    "search": ("Search box", "main.search"),
    "app": ("App", None),
    "help": ("This help", None),
    "speakers": ("Speakers page", "main.speakers"),
    "whosaid": ("Who said what pages", None),
    "stories": ("Stories page", "main.stories"),
    "outlets": ("Other outlets of a quote", "quotes.outlets"),
    "rename": ("Speaker's name box", "speakers.rename"),
}
"""Areas in the order the help lists them (most used first): the heading, and the binding
that opens the area, whose current first key the heading names ("Stories page (T)"), so a
heading never names a key the user rebound."""


def help_order(rows: list[BindingInfo], first: Sequence[str] = ()) -> list[BindingInfo]:
    """The rows by area (AREAS order, the areas in `first` before the others), and within an
    area in the order the app defines them."""
    defined = {binding.id: index for index, binding in enumerate(default_bindings())}
    areas = [area for area in first if area in AREAS] + [area for area in AREAS if area not in first]

    def key(row: BindingInfo) -> tuple[int, int, str]:
        area = row.id.split(".")[0]
        return (areas.index(area) if area in areas else len(areas), defined.get(row.id, 0), row.id)

    return sorted(rows, key=key)


def help_content(rows: list[BindingInfo], first: Sequence[str] = ()) -> Content:
    """A table of keys, description and id, grouped by area (`first`'s areas at the top); plain data."""
    width = max((len(row.keys) for row in rows), default=4) + 2
    first_key = {row.id: row.keys.split(",")[0].strip() for row in rows}
    lines: list[Content] = [
        Content.styled("Keys (rebind by id in the config's [keys] table)", "bold $accent"),
        Content(""),
    ]
    area = None
    for row in help_order(rows, first):
        this_area = row.id.split(".")[0]
        if this_area != area:
            if area is not None:
                lines.append(Content(""))
            heading, opener = AREAS.get(this_area, (this_area.capitalize(), None))
            if opener in first_key:
                heading += f" ({first_key[opener]})"
            lines.append(Content.styled(heading, "bold $text-accent"))
            area = this_area
        lines.append(
            Content.assemble(
                (row.keys.ljust(width), "$link-number bold"),
                Content(row.description.ljust(22)),
                (row.id, "$text-muted"),
            )
        )
    closing = [key.strip() for key in next((row.keys for row in rows if row.id == "help.close"), "esc").split(",")]
    closers = ", ".join(closing[:-1]) + " or " + closing[-1] if len(closing) > 1 else closing[0]
    lines += [Content(""), Content.styled(f"{closers} closes this help.", "$text-muted")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Scrollable list of every binding."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.HELP.bindings

    def __init__(self, keymap: Mapping[str, str] | None = None, first: Sequence[str] = ()) -> None:
        """`keymap`: the config's `[keys]` (binding id -> keys), shown in place of the defaults.
        `first`: the areas of the page the help was opened on (its `HELP_AREAS`), listed first:
        `?` on the Speakers page showed the reader's keys and left the page's own at the bottom."""
        super().__init__()
        self.keymap: Mapping[str, str] = keymap or {}
        self.first = tuple(first)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(current_bindings(self.app, self.keymap), self.first), id="help-text")
        # Its own footer ("esc Close"): the reader's, left showing below, named keys the help ignores.
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_page_down(animate=False)

    def action_top(self) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_end(animate=False)

    def action_close(self) -> None:
        dismiss_once(self, None)
