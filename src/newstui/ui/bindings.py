"""Every binding table of the app, one per pane (the app, a screen or a widget).

The panes use these tables as their BINDINGS, and `keys` (the help screen's list, the
`[keys]` checks) reads them here: so `keys` imports no pane, and no pane module has to
be imported to learn what a key does. Each `Pane` also names what its class extends (a
Textual class, or another pane), because a class's bindings are merged over its
base's, as Textual does; tests/test_architecture.py checks each class against its pane.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from textual.app import App
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.scroll_view import ScrollView
from textual.widgets import OptionList


@dataclass(frozen=True, eq=False)
class Pane:
    """The binding table of one class of the app."""

    name: str
    """The class that uses it as its BINDINGS."""
    bindings: list[BindingType]
    base: type[DOMNode] | Pane
    """What the class extends: a Textual class, or the pane of a class of ours."""


APP: Final = Pane(
    "NewsApp",
    [
        Binding("q", "quit", "Quit", id="app.quit"),
        # q in the article, the quotes or the item list steps back a pane first, as in newsboat: Q never does.
        Binding("Q", "quit", "Quit at once", id="app.quit-now", show=False),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("t", "pick_theme", "Theme", id="app.theme", show=False),
        Binding("ctrl+p", "command_palette", "Commands", id="app.commands", show=False),
        # The shell's job control, as newsboat and every terminal program answer ^Z: fg resumes.
        Binding("ctrl+z", "suspend_process", "Suspend (fg resumes)", id="app.suspend", show=False),
    ],
    App,
)

MAIN: Final = Pane(
    "MainScreen",
    [
        Binding("tab", "next_pane", "Next pane", id="main.next-pane", show=False),
        Binding("shift+tab", "previous_pane", "Previous pane", id="main.previous-pane", show=False),
        Binding("n", "next_unread", "Next unread", id="items.next-unread"),
        Binding("p", "previous_unread", "Previous unread", id="items.previous-unread", show=False),
        # The help's only word on space: say that it goes on to the next unread item too.
        Binding("space", "page_article", "Page / next unread", id="article.page", show=False),
        Binding(
            "left_square_bracket", "previous_section", "Previous section", id="article.previous-section", show=False
        ),
        Binding("right_square_bracket", "next_section", "Next section", id="article.next-section", show=False),
        Binding("J", "next_feed", "Next feed", id="feeds.next", show=False),  # newsboat's J and K
        Binding("K", "previous_feed", "Previous feed", id="feeds.previous", show=False),
        Binding("b", "toggle_bookmark", "Bookmark", id="items.bookmark"),
        Binding("B", "show_bookmarks", "Bookmarks", id="feeds.bookmarks", show=False),
        # N is newsboat's toggle-article-read: a newsboat hand presses it without thinking.
        Binding("m,N", "toggle_read", "Read/unread", id="items.toggle-read", show=False),
        Binding("A", "mark_read", "Mark all read", id="feeds.mark-read", show=False),
        Binding("C", "mark_all_read", "Mark all feeds read", id="feeds.mark-all-read", show=False),  # newsboat's C
        # U, not u: u is newsboat's show-urls (the links list here); an undo pressed by habit
        # would have marked a whole feed unread again.
        Binding("U", "undo_mark_read", "Undo mark read", id="items.undo-mark-read", show=False),
        Binding("S", "cycle_sort", "Sort", id="items.sort", show=False),
        Binding("H", "toggle_hide_read", "Hide read", id="items.hide-read", show=False),
        Binding("vertical_line", "pipe_article", "Pipe article", id="article.pipe", show=False),
        Binding("w", "save_article", "Save article", id="article.save", show=False),
        Binding("r", "refresh_feed", "Refresh feed", id="feeds.refresh", show=False),
        Binding("R", "refresh_all", "Refresh all", id="feeds.refresh-all"),
        Binding("o", "open_in_browser", "Open in browser", id="items.open-browser", show=False),
        # newsboat's open-in-browser-and-mark-read: the page read in the browser is read here too.
        Binding("O", "open_in_browser_mark_read", "Browser + mark read", id="items.open-browser-read", show=False),
        Binding("y", "copy_link", "Copy link", id="items.copy-link", show=False),
        Binding("slash", "search", "Search", id="main.search"),
        Binding("escape", "leave_search", "Leave search", id="main.leave-search", show=False),
        Binding("s", "toggle_sidebar", "Quotes", id="main.toggle-sidebar"),
        # The article's Links heading names l; u is newsboat's show-urls.
        Binding("l,u", "list_links", "Links", id="article.links", show=False),
        Binding("W", "show_speakers", "Speakers", id="main.speakers", show=False),
        Binding("T", "show_stories", "Stories", id="main.stories", show=False),
        Binding("E", "show_enclosures", "Attachments", id="items.enclosures", show=False),
        # Wherever the focus is (the status line names e): the highlighted feed's error in the
        # feed list, else that of the feed of the item at hand.
        Binding("e", "show_feed_error", "Feed error", id="feeds.show-error", show=False),
        # newsboat manages its feeds without leaving it (E edits the urls file): + adds one
        # here, a key free in every pane (E lists attachments; the palette edits the file).
        Binding("plus", "add_feed", "Add a feed…", id="main.add-feed", show=False),
    ],
    Screen,
)

FEED_LIST: Final = Pane(
    "FeedList",
    [
        Binding("j,down", "cursor_down", "Down", id="feeds.down", show=False),
        Binding("k,up", "cursor_up", "Up", id="feeds.up", show=False),
        # g and G as in the item list and the article (they did nothing here).
        Binding("home,g", "first", "First", id="feeds.first", show=False),
        Binding("end,G", "last", "Last", id="feeds.last", show=False),
        # The screen's action, run as the key is read: a j typed with it goes to the list it opens.
        Binding("enter", "screen.open_feed_entry", "Open", id="feeds.open"),
        # An arrow-key hand goes right into a feed and left back out of it. A binding of its
        # own, not shown: in one binding the footer showed "→ Open" (it takes a pane's keys in
        # the order its base class, a scrolling container, binds them).
        Binding("right", "screen.open_feed_entry", "Open", id="feeds.open-arrow", show=False),
    ],
    OptionList,
)

ITEM_LIST: Final = Pane(
    "ItemList",
    [
        Binding("j,down", "cursor_down", "Down", id="items.down", show=False),
        Binding("k,up", "cursor_up", "Up", id="items.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="items.page-down", show=False),
        Binding("pageup", "page_up", "Page up", id="items.page-up", show=False),
        Binding("home,g", "first", "First item", id="items.first", show=False),
        Binding("end,G", "last", "Last item", id="items.last", show=False),
        Binding("enter", "open", "Open", id="items.open"),
        Binding("right", "open", "Open", id="items.open-arrow", show=False),  # as feeds.open-arrow
        # newsboat's q leaves a feed's items for the feed list: only there does q quit. The
        # screen's action, run as the key is read, so a q typed just after it (qq) finds the
        # focus already moved (a pane's own action moved it a moment later, too late for it).
        Binding("q", "screen.back_to_feeds", "Back", id="items.back"),
        # escape and left did nothing here and said nothing: they step back as q does (on
        # search results, as the screen's escape: the results and their article go at once).
        Binding("escape,left", "screen.leave_items", "Back", id="items.leave", show=False),
    ],
    ScrollView,
)

ARTICLE: Final = Pane(
    "ArticleView",
    [
        Binding("j,down", "scroll_down", "Scroll down", id="article.down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", id="article.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="article.page-down", show=False),
        Binding("pageup", "page_up", "Page up", id="article.page-up", show=False),
        Binding("home,g", "scroll_home", "Top", id="article.top", show=False),  # g, G as in less and the item list
        Binding("end,G", "scroll_end", "Bottom", id="article.bottom", show=False),
        # newsboat's q: the article steps back to the list (the screen's action, as items.back).
        Binding("q,escape", "screen.back_to_list", "Back", id="article.back"),
        Binding("left", "screen.back_to_list", "Back", id="article.back-arrow", show=False),  # as feeds.open-arrow
        # The empty pane previews the highlighted item and says "⏎ opens it": here too.
        Binding("enter", "screen.open_previewed", "Open", id="article.open", show=False),
    ],
    VerticalScroll,
)

QUOTE_SIDEBAR: Final = Pane(
    "QuoteSidebar",
    [
        Binding("j,down", "cursor_down", "Down", id="quotes.down", show=False),
        Binding("k,up", "cursor_up", "Up", id="quotes.up", show=False),
        Binding("enter", "select", "Jump", id="quotes.jump"),  # short: the narrow footer has 80 columns
        Binding("a", "outlets", "Other outlets", id="quotes.outlets", show=False),  # "also in N outlets": a lists them
        Binding("q,escape", "screen.back_to_list", "Back", id="quotes.back"),
        # The arrows step out and in here too, as in the other panes (they did nothing).
        Binding("left", "screen.back_to_list", "Back", id="quotes.back-arrow", show=False),
        Binding("right", "select", "Jump", id="quotes.open-arrow", show=False),
    ],
    OptionList,
)

LINKS: Final = Pane(
    "LinksScreen",
    [
        Binding("escape,q,l,u", "dismiss_none", "Close", id="links.close"),
        # j and k as in every other list (the list itself answers only the arrows).
        Binding("j", "cursor_down", "Down", id="links.down", show=False),
        Binding("k", "cursor_up", "Up", id="links.up", show=False),
        *[
            Binding(str(n), f"open_number({n})", f"Open link {n}", id=f"links.open-{n}", show=False)
            for n in range(1, 10)
        ],
    ],
    ModalScreen,
)

ENCLOSURES: Final = Pane(
    "EnclosuresScreen",
    [
        Binding("escape,q,E", "dismiss_none", "Close", id="enclosures.close"),
        Binding("d", "download", "Download", id="enclosures.download"),
        Binding("p", "play", "Play / open", id="enclosures.play", show=False),
        Binding("j", "cursor_down", "Down", id="enclosures.down", show=False),
        Binding("k", "cursor_up", "Up", id="enclosures.up", show=False),
    ],
    ModalScreen,
)

SEARCH: Final = Pane(
    "SearchScreen",
    [
        Binding("escape", "dismiss_none", "Cancel", id="search.cancel"),
    ],
    ModalScreen,
)

CONFIRM: Final = Pane(
    "ConfirmScreen",
    [
        # Shown in the question's own footer; any key but these answers no too.
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ],
    ModalScreen,
)

HELP: Final = Pane(
    "HelpScreen",
    [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
        Binding("j", "scroll(1)", "Scroll down", id="help.down", show=False),
        Binding("k", "scroll(-1)", "Scroll up", id="help.up", show=False),
        # As in the article and the lists (and less): space pages, g and G go to either end.
        Binding("space", "page", "Page down", id="help.page", show=False),
        Binding("g", "top", "Top", id="help.top", show=False),
        Binding("G", "bottom", "Bottom", id="help.bottom", show=False),
    ],
    ModalScreen,
)

# On the pages below q goes back to the reader, as newsboat's q leaves a view: it quit the app.
WHOSAID: Final = Pane(
    "_WhoSaidScreen",
    [
        Binding("j", "cursor_down", "Down", id="whosaid.down", show=False),
        Binding("k", "cursor_up", "Up", id="whosaid.up", show=False),
    ],
    Screen,
)
"""What the Speakers, Stories and quote search pages share."""

SPEAKERS: Final = Pane(
    "SpeakersScreen",
    [
        Binding("escape,q", "close", "Back", id="speakers.close"),
        Binding("e", "rename", "Correct name", id="speakers.rename"),
        Binding("slash", "search_quotes", "Search quotes", id="speakers.search"),
    ],
    WHOSAID,
)

QUOTE_RESULTS: Final = Pane(
    "QuoteResults",
    [
        Binding("enter", "select", "Open at quote", id="whosaid.open-quote"),
    ],
    OptionList,
)

STORIES: Final = Pane(
    "StoriesScreen",
    [
        Binding("escape,q", "close", "Back", id="stories.close"),
    ],
    WHOSAID,
)

OUTLETS: Final = Pane(
    "OutletsScreen",
    [
        Binding("escape,q", "close", "Close", id="outlets.close"),
        Binding("j", "cursor_down", "Down", id="whosaid.down", show=False),
        Binding("k", "cursor_up", "Up", id="whosaid.up", show=False),
    ],
    ModalScreen,
)

QUOTE_SEARCH: Final = Pane(
    "QuoteSearchScreen",
    [
        Binding("escape,q", "close", "Back", id="search.close-quotes"),
    ],
    WHOSAID,
)

RENAME: Final = Pane(
    "RenameScreen",
    [
        Binding("escape", "cancel", "Cancel", id="rename.cancel"),
    ],
    ModalScreen,
)

ADD_FEED: Final = Pane(
    "AddFeedScreen",
    [
        Binding("escape", "dismiss_none", "Cancel", id="add.cancel"),
    ],
    ModalScreen,
)

IMPORT_OPML: Final = Pane(
    "ImportOpmlScreen",
    [
        Binding("escape", "dismiss_none", "Cancel", id="opml.cancel"),
    ],
    ModalScreen,
)

PANES: Final = (
    APP,
    MAIN,
    FEED_LIST,
    ITEM_LIST,
    ARTICLE,
    QUOTE_SIDEBAR,
    LINKS,
    ENCLOSURES,
    SEARCH,
    ADD_FEED,
    IMPORT_OPML,
    CONFIRM,
    HELP,
    SPEAKERS,
    QUOTE_RESULTS,
    STORIES,
    OUTLETS,
    QUOTE_SEARCH,
    RENAME,
)
"""The panes a user meets, in the order the help and the docs list their bindings."""
ALL_PANES: Final = (*PANES, WHOSAID)
"""Every table, the shared base of the who-said-what pages included."""
