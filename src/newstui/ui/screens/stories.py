"""Stories across outlets: items of different feeds sharing a quotation.

The stories page lists stories newest first, each as its shared quotation over
its items (outlet · date · title); Enter on an item opens it. The outlets box
lists the items carrying one quote (from the quote sidebar). Queries run in
thread workers; every quote and title is `Content`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.screens.once import dismiss_once
from newstui.ui.screens.speakers import _WhoSaidScreen
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.speaker_quotes import Indented, OpenTarget, story_item_row
from newstui.ui.widgets.stop_list import StopList
from newstui.ui.widgets.whole_thumb import whole_cell_thumb
from newstui.ui.workers import FAILED, ask

if TYPE_CHECKING:
    from newstui.service import Story, StoryItem


def story_heading(story: Story) -> Content:
    """The shared quotation (the longest form), and how many items and outlets carry it."""
    if story.quotes:
        head = ("“" + one_line(story.quotes[0]) + "”", "$quote-text bold")
    else:  # grouped by what the articles say, not a quotation: the first report's headline
        head = (one_line(story.items[-1].title) if story.items else "(untitled)", "bold")
    outlets = len({item.feed_title for item in story.items})
    return Content.assemble(
        head,
        "\n",
        (f"{len(story.items)} items · {outlets} outlets", "$text-muted"),
    )


class StoriesScreen(_WhoSaidScreen):
    """Stories newest first; Enter on an item opens it."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.STORIES.bindings
    HELP_AREAS: ClassVar[tuple[str, ...]] = ("stories", "whosaid")
    """The help's areas for this page, listed first when `?` is pressed here."""

    DEFAULT_CSS = """
    StoriesScreen #story-list { height: 1fr; border: none; border-top: solid $panel-lighten-1; background: $surface; }
    StoriesScreen #story-list > .option-list--option-disabled { color: $foreground; }
    StoriesScreen .whosaid-title { width: 1fr; padding: 0 1; background: $panel; color: $text-accent;
        text-style: bold; height: 1;
        text-wrap: nowrap; text-overflow: ellipsis; }
    /* One row: wrapped, a long key or search pushed the list down (see test_v21_flow_page_titles). */
    """

    def __init__(self) -> None:
        super().__init__()
        self.stories: list[Story] = []

    def compose(self) -> ComposeResult:
        close = self.key_for("stories.close", "Esc")
        yield Label(
            Content(f"Stories across outlets — newest first (Enter opens an item, {close}: back)"),
            classes="whosaid-title",
        )
        yield StopList(id="story-list")
        yield KeyFooter()

    @property
    def story_list(self) -> OptionList:
        return self.query_one("#story-list", OptionList)

    def on_mount(self) -> None:
        whole_cell_thumb(self.story_list)  # beside the separators between stories
        self.story_list.add_option(Option(Content.styled("Reading the stories…", "$text-muted italic"), disabled=True))
        self.story_list.focus()
        self._load()

    @work(thread=True, exclusive=True, group="stories")
    def _load(self) -> None:
        stories = ask(self, "Could not read the stories", self.library.stories)
        if stories is FAILED:
            self._ui(self.load_failed)
            return
        self._ui(self._show, stories)

    def _show(self, stories: list[Story]) -> None:
        self.stories = stories
        listing = self.story_list
        listing.clear_options()
        listing.border_title = f"Stories ({len(stories)})"
        if not stories:
            listing.add_option(
                Option(
                    Content.styled(
                        "No story yet: a story is an event or a quotation that items of two or more feeds carry.",
                        "$text-muted italic",
                    ),
                    disabled=True,
                )
            )
            self.list_shown(listing)
            return
        options: list[Option | None] = []
        for story in stories:
            options.append(Option(story_heading(story), disabled=True))
            # Indented as a block: a title that wraps hangs under the row, not at the edge.
            options += [Option(Indented(story_item_row(item), 2), id=f"item:{item.id}") for item in story.items]
            options.append(None)
        listing.add_options(options[:-1])
        listing.highlighted = next(
            (i for i in range(listing.option_count) if not listing.get_option_at_index(i).disabled), None
        )
        self.list_shown(listing)

    @on(OptionList.OptionSelected, "#story-list")
    def _item_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None and event.option.id.startswith("item:"):
            dismiss_once(self, OpenTarget(int(event.option.id[5:])))


class OutletsScreen(ModalScreen[int | None]):
    """The items that carry one quotation; Enter opens one (dismisses with its item id)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.OUTLETS.bindings

    DEFAULT_CSS = """
    OutletsScreen { align: center middle; }
    OutletsScreen > Vertical { width: 90; max-width: 95%; height: auto; max-height: 80%; padding: 1 2;
        background: $panel; border: tall $primary; }
    OutletsScreen #outlets-list { height: auto; max-height: 20; border: none; }
    OutletsScreen #outlets-quote { width: 1fr; }  /* a long quote wraps in the box, never cut */
    """

    def __init__(self, quote: str, items: list[StoryItem], current_item: int | None = None) -> None:
        super().__init__()
        self.quote = quote
        self.items = items
        self.current_item = current_item

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(
                Content.assemble(
                    ("“" + one_line(self.quote) + "”", "$quote-text"),
                    ("\nAlso carried by — Enter opens one, Esc closes", "$text-muted"),
                ),
                id="outlets-quote",
            )
            yield StopList(
                *[
                    Option(
                        Content.assemble(
                            story_item_row(item), (" (open now)" if item.id == self.current_item else "", "$text-muted")
                        ),
                        id=str(item.id),
                    )
                    for item in self.items
                ],
                id="outlets-list",
            )
        yield KeyFooter()  # its own keys: the page's footer below named keys this list ignores

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        others = [i for i, item in enumerate(self.items) if item.id != self.current_item]
        if others:
            listing.highlighted = others[0]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            dismiss_once(self, int(event.option.id))

    def action_close(self) -> None:
        dismiss_once(self, None)

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()
