"""Ask for a feed to add (its address, a title, tags) or an OPML file to import.

The boxes check what can be checked at once (a URL that is not plain http(s), a feed the
config has already, a file that is not there) and keep the typing with the error under it,
so a slip is fixed, not typed again; the config is written by the reader, in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label

from newstui.model import FeedConfig
from newstui.service import typed_feed_url
from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter

ADD_PROMPT = "Add a feed: its address (Tab to the title and tags; Enter adds, Esc cancels)"
IMPORT_PROMPT = "Import the feeds of an OPML file (Enter imports, Esc cancels)"


def split_tags(text: str) -> tuple[str, ...]:
    """'World, tech ,,news' -> ('World', 'tech', 'news'): commas part tags, as a list is typed."""
    return tuple(dict.fromkeys(tag for part in text.split(",") if (tag := one_line(part))))


SHOWN_PATH = 120
"""Characters of a typed path quoted in its error: a paste gone wrong is not said again whole."""


def shown_path(typed: str) -> str:
    """`typed` on one line, cut to SHOWN_PATH characters with "…" when longer."""
    text = one_line(typed)
    return text if len(text) <= SHOWN_PATH else text[: SHOWN_PATH - 1] + "…"


def say_problem(screen: Screen[Any], problem: str, box: Input) -> None:
    """Show why the last Enter was refused under the inputs, the cursor back in `box`."""
    screen.query_one("#ask-error", Label).update(Content.styled(one_line(problem), "$text-error"))
    box.focus()


class AddFeedScreen(ModalScreen[FeedConfig | None]):
    """Dismisses with the feed to add, or None.

    `problem` says why a URL cannot be added (`Library.new_feed_problem`), or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.ADD_FEED.bindings

    def __init__(self, problem: Callable[[str], str | None]) -> None:
        super().__init__()
        self.problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-box"):
            yield Label(Content(ADD_PROMPT))
            yield Input(placeholder="https://example.com/feed.xml", id="add-url")
            yield Input(placeholder="title (optional: the feed's own)", id="add-title")
            yield Input(placeholder="tags, comma-separated (optional)", id="add-tags")
            yield Label("", id="ask-error")
        yield KeyFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        box = self.query_one("#add-url", Input)
        if not box.value.strip():
            say_problem(
                self, "Type the feed's address first (a site's page that links to its feed will not do here).", box
            )
            return
        url = typed_feed_url(box.value)
        problem = self.problem(url)
        if problem is not None:
            say_problem(self, problem, box)
            return
        title = one_line(self.query_one("#add-title", Input).value) or None
        tags = split_tags(self.query_one("#add-tags", Input).value)
        dismiss_once(self, FeedConfig(url=url, title=title, tags=tags))

    def action_dismiss_none(self) -> None:
        dismiss_once(self, None)


class ImportOpmlScreen(ModalScreen[Path | None]):
    """Dismisses with the OPML file to import, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.IMPORT_OPML.bindings

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-box"):
            yield Label(Content(IMPORT_PROMPT))
            yield Input(placeholder="~/feeds.opml", id="opml-path")
            yield Label("", id="ask-error")
        yield KeyFooter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        box = self.query_one("#opml-path", Input)
        typed = box.value.strip()
        if not typed:
            say_problem(self, "Type the path of the OPML file first.", box)
            return
        try:
            path = Path(typed).expanduser()
            found = path.is_file()  # a stat: as quick as the key press that asks it
        except (OSError, RuntimeError) as error:  # a name too long, a dir not ours, a ~user with no home
            why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            say_problem(self, f"Cannot use {shown_path(typed)}: {why}.", box)
            return
        if not found:
            say_problem(self, f"No file at {shown_path(str(path))}.", box)
            return
        dismiss_once(self, path)

    def action_dismiss_none(self) -> None:
        dismiss_once(self, None)
