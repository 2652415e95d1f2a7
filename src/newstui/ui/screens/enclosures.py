"""An item's enclosures (podcast audio, video, images): Enter plays/opens one, d downloads it.

Every URL is shown and used as `text.clean_url` returns it; one it rejects is
listed but cannot be chosen. Untrusted text goes into `Content`, never markup.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newstui.model import Enclosure
from newstui.text import clean_url, one_line
from newstui.ui import bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.stop_list import StopList

EnclosureAction = Literal["play", "download"]
UNSAFE = "(not a plain http(s) URL: cannot be opened)"


def human_size(length: int | None) -> str:
    """1234567 → '1.2 MB'; '' when unknown."""
    if length is None:
        return ""
    size = float(length)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return ""


def describe(enclosure: Enclosure) -> str:
    """'audio/mpeg, 12.3 MB' (what is known of it), or 'unknown type'."""
    parts = [one_line(enclosure.type or "") or "unknown type"]
    if enclosure.length is not None:
        parts.append(human_size(enclosure.length))
    return ", ".join(parts)


class EnclosuresScreen(ModalScreen[tuple[EnclosureAction, Enclosure] | None]):
    """Dismisses with (action, enclosure), or None."""

    DEFAULT_CSS = """
    EnclosuresScreen { align: center middle; }
    EnclosuresScreen > #enclosures-box {
        width: 90%; max-width: 110; height: auto; max-height: 80%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    EnclosuresScreen #enclosures-list { height: auto; max-height: 20; }
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings.ENCLOSURES.bindings

    def __init__(self, enclosures: tuple[Enclosure, ...], player_name: str | None = None) -> None:
        super().__init__()
        self.enclosures = enclosures
        self.urls: list[str | None] = [clean_url(e.url) for e in enclosures]
        self.player_name = player_name

    def compose(self) -> ComposeResult:
        opener = one_line(self.player_name) if self.player_name else "the browser"
        with Vertical(id="enclosures-box"):
            yield Label(
                Content(f"Attachments — Enter plays/opens with {opener}, d downloads, Esc closes"),
                id="enclosures-title",
            )
            yield StopList(
                *[
                    Option(
                        Content.assemble(
                            (f"[{n}] ", "$link-number"),
                            Content(describe(enclosure)),
                            "\n    ",
                            (url or UNSAFE, "$text-muted"),
                        ),
                        id=str(n - 1),
                        disabled=url is None,
                    )
                    for n, (enclosure, url) in enumerate(zip(self.enclosures, self.urls, strict=True), 1)
                ],
                id="enclosures-list",
            )
        yield KeyFooter()  # its own keys: the reader's footer below named keys this list ignores

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose("play")

    def _choose(self, action: EnclosureAction) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.enclosures):
            return
        url = self.urls[index]
        if url is None:
            self.notify("That attachment is not a plain http(s) URL.", severity="warning", markup=False)
            return
        enclosure = self.enclosures[index]
        dismiss_once(self, (action, Enclosure(url, enclosure.type, enclosure.length)))

    def action_play(self) -> None:
        self._choose("play")

    def action_download(self) -> None:
        self._choose("download")

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_dismiss_none(self) -> None:
        dismiss_once(self, None)
