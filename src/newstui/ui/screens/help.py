"""The key bindings as they are now (defaults with the config's [keys] applied)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newstui.ui import bindings
from newstui.ui.keys import BindingInfo, current_bindings, default_bindings

AREAS: dict[str, str] = {
    "items": "Items",
    "article": "Article",
    "main": "Anywhere",
    "feeds": "Feeds",
    "quotes": "Quote sidebar",
    "links": "Links list (l)",
    "search": "Search box (/)",
    "app": "App",
    "help": "This help",
    "speakers": "Speakers page (W)",
    "whosaid": "Who said what pages",
    "stories": "Stories page (S)",
    "outlets": "Other outlets of a quote (w)",
    "rename": "Speaker's name box (e)",
}
"""Areas in the order the help lists them (most used first), with their headings."""


def help_order(rows: list[BindingInfo]) -> list[BindingInfo]:
    """The rows by area (AREAS order), and within an area in the order the app defines them."""
    defined = {binding.id: index for index, binding in enumerate(default_bindings())}
    areas = list(AREAS)

    def key(row: BindingInfo) -> tuple[int, int, str]:
        area = row.id.split(".")[0]
        return (areas.index(area) if area in areas else len(areas), defined.get(row.id, 0), row.id)

    return sorted(rows, key=key)


def help_content(rows: list[BindingInfo]) -> Content:
    """A table of keys, description and id, grouped by area; plain data."""
    width = max((len(row.keys) for row in rows), default=4) + 2
    lines: list[Content] = [
        Content.styled("Keys (rebind by id in the config's [keys] table)", "bold $accent"),
        Content(""),
    ]
    area = None
    for row in help_order(rows):
        this_area = row.id.split(".")[0]
        if this_area != area:
            if area is not None:
                lines.append(Content(""))
            lines.append(Content.styled(AREAS.get(this_area, this_area.capitalize()), "bold $text-accent"))
            area = this_area
        lines.append(
            Content.assemble(
                (row.keys.ljust(width), "$link-number bold"),
                Content(row.description.ljust(22)),
                (row.id, "$text-muted"),
            )
        )
    lines += [Content(""), Content.styled("Esc or ? closes this help.", "$text-muted")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Scrollable list of every binding."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.HELP.bindings

    def __init__(self, keymap: Mapping[str, str] | None = None) -> None:
        """`keymap`: the config's `[keys]` (binding id -> keys), shown in place of the defaults."""
        super().__init__()
        self.keymap: Mapping[str, str] = keymap or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(current_bindings(self.app, self.keymap)), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
