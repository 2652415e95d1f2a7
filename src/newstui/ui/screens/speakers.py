"""Who said what: the speakers page, the quote search results and the rename box.

The speakers page lists the speakers, most quoted first; the highlighted one's
quotes are listed beside it, newest first, each with outlet and date. Enter on a
quote dismisses the page with an `OpenTarget`: the main screen opens the article
scrolled to that quote. Every query runs in a thread worker; every name, quote
and title is shown as `Content`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar, ParamSpec

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.keys import key_display
from newstui.ui.screens.once import dismiss_once
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.speaker_quotes import OpenTarget, QuoteResults
from newstui.ui.widgets.stop_list import StopList
from newstui.ui.widgets.whole_thumb import whole_cell_thumb
from newstui.ui.workers import FAILED, ask, on_ui

if TYPE_CHECKING:
    from newstui.service import IndexedQuote, Library, SpeakerSummary


P = ParamSpec("P")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def speaker_row(speaker: SpeakerSummary) -> Content:
    return Content.assemble(
        (one_line(speaker.name) or "(no name)", "$quote-speaker bold"),
        "\n",
        (f"  {_plural(speaker.quotes, 'quote')} · {_plural(speaker.feeds, 'outlet')}", "$text-muted"),
    )


ONE_LIST_WIDTH = 60
"""Below this terminal width the Speakers page shows one list at a time (the reader's
`ONE_PANE_WIDTH`; not imported from the main screen, which imports this page)."""


class _WhoSaidScreen(Screen[OpenTarget | None]):
    """Runs queries in thread workers and shows their results only while still up."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.WHOSAID.bindings

    @property
    def library(self) -> Library:
        return self.app.library  # type: ignore[attr-defined, no-any-return]  # these screens run in NewsApp only

    def key_for(self, binding_id: str, default: str) -> str:
        """How a page title names a binding's key: `default` as written ("Esc"), or the first
        key the config's `[keys]` gives the binding instead."""
        keymap: Mapping[str, str] = self.app.config.keys  # type: ignore[attr-defined]  # these screens run in NewsApp only
        return key_display(self.app, keymap, binding_id, default) if binding_id in keymap else default

    def _ui(self, callback: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        """From a worker: run `callback` on the UI thread, unless the worker or the screen is gone."""
        on_ui(self, callback, *args, **kwargs)

    @on(QuoteResults.Chosen)
    def _quote_chosen(self, event: QuoteResults.Chosen) -> None:
        dismiss_once(self, OpenTarget(event.quote.item_id, event.quote.id))

    def action_close(self) -> None:
        dismiss_once(self, None)

    _typed_ahead = 0
    """j (+1) and k (-1) typed before the page's list was read (W then j at once): it had
    nothing listed nor focused, and the keys did nothing. Replayed by `list_shown`."""
    _shown = False

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        if not self._shown:
            self._typed_ahead += step
        elif isinstance(self.focused, OptionList):
            self.focused.action_cursor_down() if step > 0 else self.focused.action_cursor_up()

    def load_failed(self) -> None:
        """The page's list could not be read (the error is shown): the moves typed meanwhile are
        dropped and later ones act at once, where j and k were held for a list that never came."""
        self._shown = True
        self._typed_ahead = 0

    def list_shown(self, listing: OptionList) -> None:
        """The page's list is read and shown: the moves typed meanwhile move in it."""
        self._shown = True
        moves, self._typed_ahead = self._typed_ahead, 0
        for _ in range(abs(moves)):
            listing.action_cursor_down() if moves > 0 else listing.action_cursor_up()


class SpeakersScreen(_WhoSaidScreen):
    """Speakers on the left, the highlighted one's quotes on the right."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SPEAKERS.bindings
    HELP_AREAS: ClassVar[tuple[str, ...]] = ("speakers", "rename", "whosaid")
    """The help's areas for this page, listed first when `?` is pressed here."""

    DEFAULT_CSS = """
    SpeakersScreen #speaker-list { width: 36%; min-width: 24; max-width: 48; background: $surface; border: none;
        border-top: solid $panel-lighten-1; border-right: solid $panel-lighten-1;
        padding: 0 0 0 1; scrollbar-gutter: stable; scrollbar-size-horizontal: 0; }
    /* Textual draws the bar inside the padding: with a right padding it stood a column off the
       border. The bar's column, kept when the list does not scroll, sets the text off instead
       (a stable gutter also adds a row for a horizontal bar to an auto height: none here). */
    SpeakersScreen #speaker-quotes { width: 1fr; border: none; border-top: solid $panel-lighten-1;
        background: $surface; }
    SpeakersScreen #speaker-list:focus, SpeakersScreen #speaker-quotes:focus { border-top: solid $primary; }
    /* Under ONE_LIST_WIDTH the two lists take turns (`_apply_one_pane`). */
    SpeakersScreen.-one-pane #speaker-list { width: 1fr; max-width: 100%; min-width: 0; border-right: none; }
    SpeakersScreen.-one-pane #speaker-quotes { display: none; }
    SpeakersScreen.-one-pane.-quotes-shown #speaker-list { display: none; }
    SpeakersScreen.-one-pane.-quotes-shown #speaker-quotes { display: block; }
    SpeakersScreen .whosaid-title { width: 1fr; padding: 0 1; background: $panel; color: $text-accent;
        text-style: bold; height: 1;
        text-wrap: nowrap; text-overflow: ellipsis; }
    /* One row: wrapped, a long key or search pushed the list down (see test_v21_flow_page_titles). */
    """

    def __init__(self) -> None:
        super().__init__()
        self.speakers: list[SpeakerSummary] = []
        self._select_name: str | None = None
        """After a rename: highlight this speaker once the list is read again."""

    def compose(self) -> ComposeResult:
        rename, close = self.key_for("speakers.rename", "e"), self.key_for("speakers.close", "Esc")
        yield Label(
            Content(f"Most quoted first (Enter: their quotes, {rename}: correct the name, {close}: back)"),
            classes="whosaid-title",
        )
        with Horizontal():
            yield StopList(id="speaker-list")
            yield QuoteResults(show_speaker=False, id="speaker-quotes")
        yield KeyFooter()

    @property
    def speaker_list(self) -> OptionList:
        return self.query_one("#speaker-list", OptionList)

    @property
    def quote_list(self) -> QuoteResults:
        return self.query_one(QuoteResults)

    def on_mount(self) -> None:
        for listing in self.query(OptionList):
            whole_cell_thumb(listing)  # beside the separators between speakers and quotes
        self.speaker_list.add_option(
            Option(Content.styled("Reading the speakers…", "$text-muted italic"), disabled=True)
        )
        self.speaker_list.focus()
        self._load_speakers()

    @work(thread=True, exclusive=True, group="speakers")
    def _load_speakers(self) -> None:
        speakers = ask(self, "Could not read the speakers", self.library.speakers)
        if speakers is FAILED:
            self._ui(self.load_failed)
            return
        self._ui(self._show_speakers, speakers)

    def _show_speakers(self, speakers: list[SpeakerSummary]) -> None:
        self.speakers = speakers
        listing = self.speaker_list
        listing.clear_options()
        listing.border_title = f"Speakers ({len(speakers)})"
        if not speakers:
            listing.add_option(
                Option(
                    Content.styled(
                        "Nobody is quoted yet: quotes are indexed when articles are fetched.", "$text-muted italic"
                    ),
                    disabled=True,
                )
            )
            self.quote_list.show([], "")
            self.list_shown(listing)
            return
        options: list[Option | None] = []
        for index, speaker in enumerate(speakers):
            options += [Option(speaker_row(speaker), id=str(index)), None]
        listing.add_options(options[:-1])
        wanted = self._select_name
        self._select_name = None
        index = next((i for i, s in enumerate(speakers) if wanted and s.name == wanted), 0)
        listing.highlighted = listing.get_option_index(str(index))
        self._load_quotes(speakers[index])
        self.list_shown(listing)

    @property
    def current(self) -> SpeakerSummary | None:
        option = self.speaker_list.highlighted_option
        if option is None or option.id is None or not self.speakers:
            return None
        return self.speakers[int(option.id)]

    @on(OptionList.OptionHighlighted, "#speaker-list")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        speaker = self.current
        if speaker is not None:
            self._load_quotes(speaker)

    @on(OptionList.OptionSelected, "#speaker-list")
    def _speaker_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.add_class("-quotes-shown")  # before the focus: a hidden list takes none
        self.quote_list.focus()

    def on_resize(self) -> None:
        self._apply_one_pane()

    def _apply_one_pane(self) -> None:
        """Under ONE_LIST_WIDTH the speakers and the quotes take turns, as the reader's list
        and article do: side by side the quotes got a strip of a few columns. The quotes are
        shown while they have the focus (Enter on a speaker gives it to them)."""
        self.set_class(self.app.size.width < ONE_LIST_WIDTH, "-one-pane")
        self.set_class(self.focused is self.quote_list, "-quotes-shown")

    def action_close(self) -> None:
        """q or Escape: from the quotes shown alone back to the speakers, else off the page."""
        if self.has_class("-one-pane") and self.focused is self.quote_list:
            self.remove_class("-quotes-shown")
            self.speaker_list.focus()
            return
        super().action_close()

    @work(thread=True, exclusive=True, group="speaker-quotes")
    def _load_quotes(self, speaker: SpeakerSummary) -> None:
        quotes = ask(self, "Could not read the quotes", lambda: self.library.speaker_quotes(speaker.id))
        if quotes is FAILED:
            return
        self._ui(self._show_quotes, speaker, quotes)

    def _show_quotes(self, speaker: SpeakerSummary, quotes: list[IndexedQuote]) -> None:
        if self.current is None or self.current.id != speaker.id:
            return  # the highlight moved on meanwhile
        self.quote_list.show(quotes, "No quotes.")
        self.quote_list.border_title = one_line(speaker.name)

    def action_search_quotes(self) -> None:
        """/ here searches the quotes and their speakers (the reader's `/` with a `"`): on a
        long Speakers page it is how one name is found. A quote chosen there is opened."""
        from newstui.ui.screens.search import SearchScreen

        self.app.push_screen(
            SearchScreen("Search the quotes and their speakers (Enter searches, Esc cancels)"), self._search_quotes
        )

    def _search_quotes(self, text: str | None) -> None:
        words = (text or "").strip().lstrip('"').strip()
        if words:
            self.app.push_screen(QuoteSearchScreen(words), self._quote_search_closed)

    def _quote_search_closed(self, target: OpenTarget | None) -> None:
        if target is not None:
            dismiss_once(self, target)

    def action_rename(self) -> None:
        speaker = self.current
        if speaker is None:
            return
        read_only: str | None = self.app.read_only  # type: ignore[attr-defined]  # these screens run in NewsApp only
        if read_only is not None:
            self.notify(
                f"The cache is read-only ({read_only}): the name cannot be saved", severity="warning", markup=False
            )
            return
        self.app.push_screen(RenameScreen(speaker.name), lambda name: self._renamed(speaker, name))

    def _renamed(self, speaker: SpeakerSummary, name: str | None) -> None:
        if name is None:
            return  # Esc: cancelled
        name = one_line(name)
        if not name:
            # Enter on an emptied box closed it as if nothing were typed: say the name stays.
            self.notify(f"No name given: {one_line(speaker.name)} keeps the name.", markup=False)
        elif name != speaker.name:
            self._rename(speaker, name)

    @work(thread=True, group="speaker-rename")
    def _rename(self, speaker: SpeakerSummary, name: str) -> None:
        failed = f"Could not rename {one_line(speaker.name)}"
        renamed = ask(self, failed, lambda: self.library.rename_speaker(speaker, name))
        if renamed is FAILED:
            return
        self._ui(self._after_rename, speaker, name)

    def _after_rename(self, speaker: SpeakerSummary, name: str) -> None:
        self.notify(f"{one_line(speaker.name)} is now {name}", markup=False)
        self._select_name = name
        self._load_speakers()


class QuoteSearchScreen(_WhoSaidScreen):
    """The quotes whose text or speaker matches a search, newest first."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.QUOTE_SEARCH.bindings
    HELP_AREAS: ClassVar[tuple[str, ...]] = ("search", "whosaid")
    """The help's areas for this page, listed first when `?` is pressed here."""

    DEFAULT_CSS = """
    QuoteSearchScreen #quote-results { height: 1fr; border: none; border-top: solid $panel-lighten-1;
        background: $surface; }
    QuoteSearchScreen .whosaid-title { width: 1fr; padding: 0 1; background: $panel; color: $text-accent;
        text-style: bold; height: 1;
        text-wrap: nowrap; text-overflow: ellipsis; }
    /* One row: wrapped, a long key or search pushed the list down (see test_v21_flow_page_titles). */
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        close = self.key_for("search.close-quotes", "Esc")
        yield Label(
            Content(f"Quotes matching {self.text!r} — Enter opens the article at the quote, {close}: back"),
            classes="whosaid-title",
            id="quote-search-title",
        )
        yield QuoteResults(id="quote-results")
        yield KeyFooter()

    def on_mount(self) -> None:
        results = self.query_one(QuoteResults)
        whole_cell_thumb(results)  # beside the separators between quotes
        results.add_option(Option(Content.styled("Searching…", "$text-muted italic"), disabled=True))
        results.focus()
        self._search()

    @work(thread=True, exclusive=True, group="quote-search")
    def _search(self) -> None:
        found = ask(self, "Could not search the quotes", lambda: self.library.search_quotes(self.text))
        if found is FAILED:
            self._ui(self.load_failed)
            return
        self._ui(self._show, found)

    def _show(self, found: list[IndexedQuote]) -> None:
        results = self.query_one(QuoteResults)
        results.show(found, f"No quote matches {self.text!r}.")
        results.border_title = f"{len(found)} quote{'' if len(found) == 1 else 's'}"
        self.list_shown(results)


class RenameScreen(ModalScreen[str | None]):
    """Asks for a speaker's right name; dismisses with it, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.RENAME.bindings

    DEFAULT_CSS = """
    RenameScreen { align: center middle; }
    RenameScreen > Vertical { width: 70; max-width: 90%; height: auto; padding: 1 2; background: $panel;
        border: tall $primary; }
    RenameScreen Label { width: 100%; }  /* wraps: a long name would push "Esc cancels" off the box */
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.current = name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(f"Correct the name of {one_line(self.current)} (Enter saves, Esc cancels)"))
            yield Input(value=one_line(self.current), id="rename-input")
        yield KeyFooter()  # its own keys: the page's footer below named keys the box types as text

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        dismiss_once(self, event.value)

    def action_cancel(self) -> None:
        dismiss_once(self, None)
