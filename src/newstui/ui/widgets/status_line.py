"""The status line: what the list shows, then refresh progress and notices (all plain text)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from newstui.text import one_line

SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
NOTICE_SECONDS = 6.0
NOTICE_MOST = 1000
"""Most characters of a notice laid out: more than its three lines hold at any width a
terminal has, and the line is redrawn ten times a second while the spinner turns."""
"""How long a notice stays (the next key press clears it sooner)."""


class StatusLine(Widget):
    """One line at the bottom. `busy` counts the running jobs; the spinner turns while it is non-empty.

    The location (which list, how many items) comes first and always shows; a notice too
    long for the rest of the line wraps onto a second and third line while it is up (the
    panes above give up those lines meanwhile), and only a longer one is cut with an
    ellipsis. A notice is the answer to a key: cut at the screen's edge, at 80 columns
    it lost all but its first 45 characters ("Marked read: Amateur astronomers catch…").
    """

    DEFAULT_CSS = """
    StatusLine {
        layout: horizontal;
        height: auto;
        max-height: 3;
        width: 1fr;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
        & > #status-location { width: auto; height: 1; text-wrap: nowrap; color: $text; }
        & > #status-message {
            width: 1fr; height: auto; max-height: 3; text-overflow: fold; padding-left: 2;
        }
    }
    """

    @dataclass
    class Resized(Message):
        """The line's height changed (a notice wrapped, or went): what stands above it
        (the toasts) moves with it."""

        rows: int

    location: reactive[str] = reactive("", init=False)
    """Which list is shown and how many items it has."""
    progress: reactive[str] = reactive("", init=False)
    """Refresh/fetch progress, empty when idle."""
    notice: reactive[str] = reactive("", init=False, always_update=True)
    """The last notice: it goes after `NOTICE_SECONDS` or at the next key press."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.busy: dict[str, int] = {}
        """Running jobs by name, with how many of each (an abandoned fetch may still be finishing)."""
        self._frame = 0
        self._timer: Timer | None = None
        self._notice_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="status-location")
        yield Static(id="status-message")

    def on_mount(self) -> None:
        self._timer = self.set_interval(0.1, self._spin, pause=True)
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized(event.size.height))

    def start(self, job: str) -> None:
        self.busy[job] = self.busy.get(job, 0) + 1
        if self._timer is not None:
            self._timer.resume()
        self._draw()

    def stop(self, job: str) -> None:
        left = self.busy.get(job, 0) - 1
        if left > 0:
            self.busy[job] = left
        else:
            self.busy.pop(job, None)
        if not self.busy and self._timer is not None:
            self._timer.pause()
        self._draw()

    def _spin(self) -> None:
        self._frame = (self._frame + 1) % len(SPINNER)
        self._draw()

    def watch_location(self) -> None:
        self._draw()

    def watch_progress(self) -> None:
        self._draw()

    def watch_notice(self, notice: str) -> None:
        if self._notice_timer is not None:
            self._notice_timer.stop()
            self._notice_timer = None
        if notice and self.is_mounted:
            self._notice_timer = self.set_timer(NOTICE_SECONDS, self.clear_notice)
        self._draw()

    def clear_notice(self) -> None:
        """Drop the notice (a key was pressed, or it has been up long enough)."""
        if self.notice:
            self.notice = ""

    def _draw(self) -> None:
        if not self.is_mounted:
            return
        parts: list[Content | str | tuple[str, str]] = []
        if self.busy:
            parts.append((SPINNER[self._frame] + " ", "$accent"))
        if self.progress:
            parts += [Content(self.progress), "  "]
        if self.notice:
            # Notices carry error messages and page text: shown as one paragraph (a line
            # break in them stacked lines, and the panes above gave up rows for them),
            # never a terminal control.
            parts.append(Content(one_line(self.notice[: NOTICE_MOST * 2])[:NOTICE_MOST]))
        self.query_one("#status-message", Static).update(Content.assemble(*parts))
        self.query_one("#status-location", Static).update(Content(self.location))

    @property
    def text(self) -> str:
        """The plain text shown (for tests)."""
        return "".join(
            part if isinstance(part, str) else part.plain for part in [self.progress, self.notice, self.location]
        )
