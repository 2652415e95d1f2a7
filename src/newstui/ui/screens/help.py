"""The key bindings as they are now (defaults with the config's [keys] applied)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newstui.ui.keys import BindingInfo, current_bindings


def help_content(rows: list[BindingInfo]) -> Content:
    """A table of keys, description and id, grouped by area; plain data."""
    width = max((len(row.keys) for row in rows), default=4) + 2
    lines: list[Content] = [Content.styled("Keys (rebind by id in the config's [keys] table)", "bold $accent"), Content("")]
    area = None
    for row in rows:
        this_area = row.id.split(".")[0]
        if this_area != area:
            if area is not None:
                lines.append(Content(""))
            lines.append(Content.styled(this_area.capitalize(), "bold $text-accent"))
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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(current_bindings(self.app)), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)
