"""The main screen: list column (feeds over items), the article, the quote sidebar.

The screen owns the state (what is shown, which item is open) and sets it on the
panes; the panes post messages up. Store and network calls run in thread workers
through `service.Library`.
"""

from __future__ import annotations

import threading
import time
import webbrowser
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, ClassVar, ParamSpec, TypeVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from newstui.errors import FetchError, ItemGone, NewstuiError
from newstui.model import Article, Enclosure, Feed, Item, Quote
from newstui.service import (
    ArticleResult,
    CacheDamaged,
    ItemFilter,
    Library,
    LibraryClosed,
    ProgressEvent,
    QueryCount,
    RefreshRunning,
    RefreshSummary,
    hide_password,
    on_damage,
    refused,
    waiting_note,
)
from newstui.text import clean_url, one_line, plural
from newstui.ui import bindings
from newstui.ui.hosts import feed_name, readable_url
from newstui.ui.keys import key_display, unbound_key_hint
from newstui.ui.messages import FilterChosen, Notice, RefreshProgress
from newstui.ui.widgets.article_view import ArticleView, format_date
from newstui.ui.widgets.feed_list import FeedList, filter_from_id
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.key_footer import KeyFooter
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from newstui.ui.widgets.status_line import StatusLine
from newstui.ui.workers import FAILED, PendingMarks, ask, on_ui

if TYPE_CHECKING:
    from pathlib import Path

    from textual.timer import Timer
    from textual.widget import Widget

    from newstui.model import FeedConfig
    from newstui.service import StoryItem
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.confirm import ConfirmScreen
    from newstui.ui.widgets.speaker_quotes import OpenTarget

P = ParamSpec("P")
T = TypeVar("T")

SIDEBAR_MIN_WIDTH = 120
"""Below this terminal width the quote sidebar starts folded away."""
ONE_PANE_WIDTH = 60
"""Below this terminal width the list column and the article take turns, as newsboat's
article list and article view do: side by side (a tmux split, a phone) the article got a
few columns and wrapped every word. An open article fills the screen; q closes it and
the list comes back."""
SHORT_MAX_HEIGHT = 32
"""Below this terminal height the feed list, above the item list, stays short (a quarter of
the column, not 40%) until it has the focus: at 80×24 the items get 17 rows, not 14.
Items are what a newsboat user reads; the feeds are a choice made now and then."""

PROGRESS_INTERVAL = 0.1
"""Seconds between two refresh progress updates (the final one always shows)."""


class Throttle:
    """Lets a call through at most once per `interval` seconds; a final one always passes."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self._next = float("-inf")

    def ready(self, final: bool = False) -> bool:
        now = self.clock()
        if final or now >= self._next:
            self._next = now + self.interval
            return True
        return False


SORTS: dict[str, str] = {"date": "newest first", "title": "by title", "feed": "by feed", "unread": "unread first"}
"""The orders S cycles through, with how the status line names them."""

FOOTER_DROP_FIRST = ("refresh_all", "toggle_bookmark", "search")
"""The footer's keys a narrow terminal leaves out first (then the rightmost; q and ? stay)."""

DUE_CHECK_SECONDS = 60
"""How often the app looks for feeds due by their own `refresh_minutes` (one small query)."""

OUTSIDE_CHECK_SECONDS = 20
"""How often the app looks for items another process stored (a cron `newstui refresh`):
one small query (the newest item's id)."""

PLACES_KEPT = 100
"""How many lists keep their cursor's item (`MainScreen._places`)."""

OPENING_GRACE = 0.15
"""Seconds the last article stays on screen while the next one loads, before the panes
say "Opening …" (a cached article replaces it long before)."""

WAIT_END_SLACK = 0.5
"""Seconds after a feed's server-asked wait ends that its ⏸ mark is cleared."""

WRITE_ACTIONS = frozenset(
    ("toggle_bookmark", "toggle_read", "mark_read", "mark_all_read", "undo_mark_read", "refresh_feed", "refresh_all")
)
"""The actions that write to the cache: greyed in the footer when it is read-only."""

NO_FEEDS_PLACEHOLDER = "Nothing to read yet: add a feed (see the list on the left)."
"""The article pane of a reader with no feeds."""

UNDO_DEPTH = 20
"""How many read-mark changes (A, C, m) U can undo, newest first."""


@dataclass(frozen=True)
class UndoMark:
    """One read-mark change U can take back: an A or C (every item it marked read), or an m.

    U undoes the last change, whichever key made it: after `m`, a U that skipped it and
    marked a whole feed unread again (the A before) surprised more than any undo could."""

    ids: Sequence[int]
    """Kept as 8-byte integers: 100,000 of them take 0.8 MB, not 3.6 MB as a list."""
    name: str
    """Where (A: "World Desk"), or the item's title (m)."""
    was_read: bool = False
    """The state U puts back: unread after an A; after m, the item's state before it."""
    single: bool = False
    """An m of one item (said by its title), not an A."""


@dataclass
class PendingMark:
    """An A in progress: the question on screen, the ids to mark once counted, the answer."""

    name: str
    screen: ConfirmScreen | None = None
    ids: list[int] | None = None
    answer: bool | None = None


LOCATION_NAME_SHARE = 3
"""The list's name in the status line takes at most this fraction (1/3) of the width, so
a feed titled at newspaper length never pushes its item count and the failing feeds off
the line (it cut "✗ 1 failing feed" mid-word at 120 columns)."""


def clip(text: str, width: int) -> str:
    """`text` cut to `width` cells, with an ellipsis when it is cut."""
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)) + "…"


def describe_filter(item_filter: ItemFilter, feeds: dict[str, Feed]) -> str:
    if item_filter.kind == "feed" and item_filter.value is not None:
        feed = feeds.get(item_filter.value)
        return feed_name(feed.title, feed.url) if feed else readable_url(item_filter.value)
    if item_filter.kind == "tag":
        return f"Tag: {item_filter.value}"
    if item_filter.kind == "search":
        return f"Search: {item_filter.value}"
    if item_filter.kind == "query":
        return f"Saved search: {one_line(item_filter.value or '')}"
    return {"all": "All items", "unread": "Unread", "bookmarks": "Bookmarks"}[item_filter.kind]


class MainScreen(Screen[None]):
    """Three panes and the status line."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.MAIN.bindings

    item_filter: reactive[ItemFilter] = reactive(ItemFilter("all"), init=False)
    """What the item list shows."""
    sidebar_choice: reactive[bool | None] = reactive(None, init=False)
    """The user's `s` choice; None follows the terminal width. A resize across
    SIDEBAR_MIN_WIDTH drops it: `s` puts the quotes beside the article on a wide terminal
    but in the list's place on a narrow one, so a choice made in one layout means
    something else in the other."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.open_item: Item | None = None
        """The item whose article is shown."""
        self.article_result: ArticleResult | None = None
        self._feeds: dict[str, Feed] = {}
        self._bookmark_count = 0
        self._bookmarks_stale = True
        """A bookmark changed and the count shown may not know yet."""
        self._refreshing_only: list[str] | None = None
        self._wide: bool | None = None
        """Whether the terminal was at least SIDEBAR_MIN_WIDTH wide at the last layout."""
        """The feeds the running refresh fetches (None: all)."""
        self._before_search = ItemFilter("all")
        """The list that search results replaced: Escape goes back to it."""
        self._unread_after_load: tuple[ItemFilter, bool] | None = None
        """Set by n/p when they move on to another feed: open its first unread once it is listed."""
        self._undo: list[UndoMark] = []
        """The last read-mark changes (A, C and m), newest last: U restores them, one per press."""
        self._marking = 0
        """A answered yes (or m) whose marking (count, then write) has not finished yet."""
        self._undo_waiting = 0
        """U pressed while a marking was still running (`A y U` typed at once): each undoes
        the marking it followed once that is done, not an older one, nor "Nothing to undo"."""
        self.sort = "date"
        """The item list's order: a key of SORTS (the config's `sort` at start)."""
        self.hide_read = False
        """Read items are left out of every list."""
        self._jump_after_open: tuple[int, int, int] | None = None
        """(item id, section, paragraph): scroll there once that item's article is shown."""
        self._whosaid_asked = 0
        self._wait_timer: Timer | None = None
        """Reads the feeds again when the first server-asked wait (⏸) ends."""
        self._config_change = ""
        """What R found changed in the config's feeds ("1 feed added in the config"), for its summary."""
        self._seen_item_id: int | None = None
        """The newest item's id when the app last read the list: a larger one was stored by
        another process (None: not known yet, or the app's own refresh failed)."""
        self._read_marks = PendingMarks()
        self._bookmark_marks = PendingMarks()
        """Read marks and bookmarks asked for whose writes are still running (see PendingMarks)."""
        self._unread_typed: list[bool] = []
        """n (True) and p (False) pressed while the last one's search still ran: each goes
        on from the item the one before it opens (`_unread`)."""
        self._unread_next = False
        """A waiting n (p) is scheduled to go on (`call_later`) and has not run yet."""
        self._fetch_after: list[str] = []
        """Feeds added in the reader while a refresh ran: fetched when it ends."""
        self._feeds_edit = threading.Lock()
        """Held by a worker from the feeds it sees before it edits or rereads the config to the
        feeds it finds after: two adds waiting on the file's lock together (or an add and Edit
        config) each take their own new feeds, not the other's as well."""
        self._places: dict[ItemFilter, Item] = {}
        """The item each list left had the cursor on (oldest first): put back when it is shown again."""

    @property
    def news(self) -> NewsApp:
        return self.app  # type: ignore[return-value]  # MainScreen is pushed by NewsApp only

    def _ui(self, callback: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """From a worker: run `callback` on the UI thread and wait for it (`workers.on_ui`)."""
        return on_ui(self, callback, *args, **kwargs)

    def _job_done(self, job: str) -> None:
        """From a worker: take a job off the status line's spinner, even when the worker
        was cancelled meanwhile (unless the app is quitting: then there is no status line)."""
        if self.app.is_running:

            def stop() -> None:
                for status in self.query(StatusLine):
                    status.stop(job)
                    if job == "prefetch" and "refresh" not in status.busy:
                        status.progress = ""  # the article pass's count, now stale

            self.app.call_from_thread(stop)

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                yield FeedList(id="feeds")
                yield ItemList(self.library, self.news.clock, id="items")
            yield ArticleView(keymap=self.news.config.keys, id="article")
            yield QuoteSidebar(id="quotes")
        yield StatusLine(id="status")

    @on(StatusLine.Resized)
    def _status_resized(self, event: StatusLine.Resized) -> None:
        """A wrapped notice makes the status line two or three rows: the toasts stand
        above all of them (app.tcss), not on its first row."""
        for rows in (2, 3):
            self.set_class(event.rows == rows, f"-status-rows-{rows}")

    @property
    def feed_list(self) -> FeedList:
        return self.query_one(FeedList)

    @property
    def item_list(self) -> ItemList:
        return self.query_one(ItemList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def quote_sidebar(self) -> QuoteSidebar:
        return self.query_one(QuoteSidebar)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        # A corrupted page met by any database call is said in the status line (store/damage.py).
        self._stop_damage_watch = on_damage(self.news.db_path, self._damage_met)
        # The footer recomposes on every bindings change, which costs a lot while the
        # first screen settles: it joins once the first frame is up.
        narrow = self.app.size.width < SIDEBAR_MIN_WIDTH
        self.call_after_refresh(
            lambda: self.mount(KeyFooter(compact=narrow, show_command_palette=not narrow, drop_first=FOOTER_DROP_FIRST))
        )
        self.quote_sidebar.show([], article_open=False)
        self._apply_sidebar()
        self.item_list.focus()
        self.item_list.feed_hint = self._empty_feed_hint
        if not self.news.config.feeds:
            where = self.news.config.path
            refresh = self._key_for("feeds.refresh-all", "R")
            add = self._key_for("main.add-feed", "plus")
            self.item_list.no_feeds_hint = (
                f"No feeds yet: {add} adds one here; or add one with newstui add URL (or in {where}) "
                f"and press {refresh}; or try newstui --demo."
            )
            # Not "Choose an item and press Enter": there is none to choose.
            self.article_view.show(None, placeholder=NO_FEEDS_PLACEHOLDER)
        configured = self.news.config.general.sort
        self.sort = configured if configured in SORTS else "date"
        self.item_list.order = self.sort
        # newsboat's show-read-articles and show-read-feeds: H and the palette toggle them.
        self.hide_read = not self.news.config.general.show_read_articles
        self.item_list.hide_read = self.hide_read
        self.feed_list.show_read_feeds = self.news.config.general.show_read_feeds
        self.item_list.item_filter = self.item_filter
        self.feed_list.query_counts = [QueryCount(query.name, 0, 0) for query in self.news.config.queries]
        read_only = self.news.read_only
        self.load_feeds(sync=read_only is None)
        # A cron `newstui refresh` runs beside the app: its new items show without R.
        self.call_after_refresh(self._look_outside)
        self.set_interval(OUTSIDE_CHECK_SECONDS, self._look_outside)
        if read_only is not None:
            # Said at once, not at the first bookmark: the status line keeps "read-only"
            # and the notice says what that means. Nothing is refreshed, no rule applied.
            self.status.notice = self.read_only_notice()
            self.notify(self.read_only_notice(), title="Read-only cache", severity="warning", markup=False, timeout=15)
            return
        if self._timed_refresh_wanted():
            self.set_interval(DUE_CHECK_SECONDS, self._timed_refresh)
        self.call_after_refresh(self._apply_filters)
        if self.news.config.feeds and self.news.refresh_due_on_start:
            if self._timed_refresh_wanted():
                self.call_after_refresh(self._timed_refresh)
        elif self.news.refresh_on_start and self.news.config.feeds:
            self.call_after_refresh(self.action_refresh_all)
        self.call_after_refresh(self._apply_speaker_aliases)

    # -- filter rules and saved searches --------------------------------------------------------

    @work(thread=True, exclusive=True, group="filters")
    def _apply_filters(self) -> None:
        """After the first frame: bring the cache up to date with the config's [[filters]];
        when they changed (and so hid, highlighted, tagged or marked read), reload."""
        changed = ask(self, "Could not apply the filter rules", self.library.apply_filters)
        if changed is not FAILED and changed:
            self._ui(self._filters_applied)

    def _filters_applied(self) -> None:
        self.load_feeds(bookmarks=False)
        self.item_list.reload()

    def _load_query_counts(self) -> None:
        if self.news.config.queries:
            self._count_queries()

    @work(thread=True, exclusive=True, group="query-counts")
    def _count_queries(self) -> None:
        counts = ask(self, "Could not count the saved searches", self.library.queries)
        if counts is FAILED:
            return
        self._ui(self.feed_list.show_query_counts, counts)

    # -- feeds -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="feeds")
    def load_feeds(self, sync: bool = False, bookmarks: bool = True) -> None:
        """Reread feeds, tags and counts from the store and show them.

        `bookmarks` False keeps the last bookmark count: read-state changes cannot change
        it, and counting them is the slowest query here on a big cache.
        """
        if sync:
            try:
                self.library.sync_feeds()
            except LibraryClosed:
                return  # the app is quitting
            except Exception as error:  # noqa: BLE001 - shown; the cached feeds still load below
                # Another process holding the write lock (a cron refresh, `gc`) must not leave
                # the feed list empty: only feeds new to the config wait for the next load.
                message = f"Could not save the config's feeds: {error}; showing the cached ones"
                self._ui(self.notify, message, severity="warning", markup=False)
        try:
            feeds = self.library.feeds()
            # Tag and total unread counts are sums of the feeds' own counts (feeds()
            # already has them): two fewer queries over a big cache at start-up.
            tags = self.library.tags() if self.library.rule_tags else tag_counts(feeds)
            unread = sum(feed.unread for feed in feeds if feed.in_config)
            # A bookmark change whose recount was cancelled by a later load leaves the count
            # stale: recount then whatever this load was asked.
            counted = bookmarks or self._bookmarks_stale
            bookmark_count = self.library.count(ItemFilter("bookmarks")) if counted else self._bookmark_count
        except LibraryClosed:
            return  # the app is quitting
        except Exception as error:  # noqa: BLE001 - a store error is shown, never swallowed
            self._ui(self.notify, f"Could not read the feeds: {error}", severity="error", markup=False)
            return
        self._ui(self._show_feeds, feeds, tags, unread, bookmark_count, counted)

    def _show_feeds(
        self, feeds: list[Feed], tags: list[tuple[str, int]], unread: int, bookmarks: int, counted: bool = True
    ) -> None:
        self._feeds = {feed.url: feed for feed in feeds}
        self._bookmark_count = bookmarks
        if counted:
            self._bookmarks_stale = False
        self.feed_list.show(feeds, tags, unread, bookmarks)
        if not self.feed_list.has_focus:
            # A reload (a count changed after A, U or a refresh) leaves the cursor of a
            # focused feed list where the reader put it: only the shown list moves it.
            self.feed_list.highlight_filter(self.item_filter)
        if self.open_item is None and (highlighted := self.item_list.current_item) is not None:
            # A feed's first fetch names a feed known till then by its address: the preview
            # of the highlighted item says the name the lists now show, not the address.
            self._preview(highlighted)
        self._update_location()
        self._watch_waits()
        self._load_whosaid()
        self._load_query_counts()

    def _watch_waits(self) -> None:
        """A feed waiting at its server's request shows ⏸ and the time; once that time has
        passed it is an ordinary feed again, so the list is read again then (the next
        wait to end, if any, is watched from there), not at some later reload."""
        if self._wait_timer is not None:
            self._wait_timer.stop()
            self._wait_timer = None
        now = datetime.now(UTC)
        ends = [until for feed in self._feeds.values() if feed.in_config and (until := feed.waiting_until(now))]
        if ends:
            # A moment after the end, so waiting_until() is None when the list is read again.
            delay = (min(ends) - now).total_seconds() + WAIT_END_SLACK
            self._wait_timer = self.set_timer(delay, partial(self.load_feeds, bookmarks=False))

    def _update_location(self) -> None:
        # "(12 items)", never a bare "(12)": beside the feed list's unread counts, "Beta
        # Gazette (12)" here and "Beta Gazette (11)" there read as two counts of one thing.
        name = "All" if self.item_filter.kind == "all" else describe_filter(self.item_filter, self._feeds)
        name = clip(name, max(16, self.app.size.width // LOCATION_NAME_SHARE))
        parts = [f"{name} ({plural(self.item_list.count, 'item')})"]
        if self.sort != "date":
            parts.append(SORTS[self.sort])
        if self.hide_read:
            parts.append("read hidden")
        # Failing feeds may sit below the fold of the feed list: the count always shows.
        now = datetime.now(UTC)
        configured = [feed for feed in self._feeds.values() if feed.in_config]
        waiting = sum(1 for feed in configured if feed.waiting_until(now) is not None)
        failing = sum(1 for feed in configured if feed.last_error and feed.waiting_until(now) is None)
        if failing:
            parts.append(f"✗ {plural(failing, 'failing feed')}")
        if waiting:
            parts.append(f"⏸ {waiting} waiting")
        if self.news.read_only is not None:
            parts.append("read-only")
        if refused(self.news.db_path) is not None:
            parts.append("cache corrupted: nothing is saved; quit, then newstui recover")
        self.status.location = " · ".join(parts)

    def on_unmount(self) -> None:
        self._stop_damage_watch()

    def _damage_met(self, error: CacheDamaged) -> None:
        """From the database thread that met it: what can be read still shows; the status
        line says the cache is corrupted for as long as the app runs."""
        if not self.app.is_running:
            return
        try:
            self.app.call_from_thread(self._show_damage, error)
        except RuntimeError:  # met on the UI thread itself
            self._show_damage(error)

    def _show_damage(self, error: CacheDamaged) -> None:
        self.status.notice = one_line(str(error))
        self.notify(str(error), title="Corrupted cache", severity="error", markup=False, timeout=30)
        self._update_location()

    @on(FeedList.Chosen)
    def _feed_chosen(self, event: FeedList.Chosen) -> None:
        self.post_message(FilterChosen(event.item_filter))

    @on(FilterChosen)
    def _filter_chosen(self, event: FilterChosen) -> None:
        self.choose_list(event.item_filter, event.focus_items)

    def choose_list(self, item_filter: ItemFilter, focus_items: bool = True, opening: Item | None = None) -> None:
        """Show a list, at once: the keys of the screen's own actions (Enter in the feed list,
        J, B, n onto the next feed) call this, not post FilterChosen, so a key typed with
        them (Enter then j) finds the new list already set (it waits there for its rows)
        and the focus already on it, instead of moving the list being left.

        The one place where a list change closes the article: the article belongs to the
        list it was read from (newsboat leaves it before it shows another feed); kept open,
        it stood beside rows that did not hold it, and b or m typed in the list acted on a
        row, not on the article in view. It stays only where keys act on it (the article or
        its quotes have the focus, as for J there), and for n and p, which move on to open
        the next feed's unread item. `opening`: an item of the new list to open, the list's
        cursor on it (an item found in Speakers, a quote search or the palette)."""
        if self._unread_after_load is not None and self._unread_after_load[0] != item_filter:
            self._unread_after_load = None  # the user chose another list meanwhile
            self._unread_typed.clear()
        closing = False
        if item_filter != self.item_filter and opening is None:
            reading = isinstance(self.focused, (ArticleView, QuoteSidebar))
            moving_on = self._unread_after_load is not None  # n/p: it opens an item there
            closing = focus_items or not (reading or moving_on)
        if opening is not None:
            self._places.pop(item_filter, None)
            self._places[item_filter] = opening  # the new list opens on it (`watch_item_filter`)
            self.item_list.pinned = opening  # listed even when read items are hidden
        elif closing:
            self.item_list.pinned = None  # the new list's load, started next, must not keep it
        self.item_filter = item_filter
        if closing:
            self.close_article()
        if opening is not None:
            self.open(opening)
        if focus_items:
            covered = self.has_class("-quotes-over-list")
            self.focus_now(self.item_list)
            if covered:
                # Narrow, the quotes stand in the list's place: they fold away, as for q (after
                # the focus moved, see `action_back_to_list`), so the list with the focus shows.
                self.sidebar_choice = False

    def action_open_feed_entry(self) -> None:
        """Enter in the feed list: the highlighted view, tag or feed (a click goes through
        `FeedList.Chosen`). A screen action, run as the key is read, as `back_to_feeds`."""
        option = self.feed_list.highlighted_option
        if option is None or option.id is None or option.disabled:
            return
        if option.id == "view:speakers":
            self.action_show_speakers()
        elif option.id == "view:stories":
            self.action_show_stories()
        else:
            self.choose_list(filter_from_id(option.id))

    def watch_item_filter(self, old: ItemFilter, item_filter: ItemFilter) -> None:
        left = self.item_list.current_item
        if left is not None:
            # Each list keeps its place while the app runs: back on it (Esc after a search,
            # or the feed chosen again), the cursor is on the item it was on.
            self._places.pop(old, None)
            self._places[old] = left
            while len(self._places) > PLACES_KEPT:
                del self._places[next(iter(self._places))]
        place = self._places.get(item_filter)  # kept till the list is left again (maybe before it loads)
        if self._unread_after_load is None or self._unread_after_load[0] != item_filter:
            self.item_list.start_at = place  # n/p open an unread item there instead
        self.item_list.item_filter = item_filter
        self.feed_list.shown = item_filter
        self.feed_list.highlight_filter(item_filter)
        # The article open beside the list left is closed, or not, by `choose_list`.
        if not self.feed_list.show_read_feeds:
            self.load_feeds(bookmarks=False)  # the feed left may be read: it leaves the list now

    @on(ItemList.Loaded)
    def _items_loaded(self, event: ItemList.Loaded) -> None:
        self._update_location()
        pending = self._unread_after_load
        if pending is not None and pending[0] == event.item_filter:
            self._unread_after_load = None
            self._unread_in_new_list(event.item_filter, event.count, pending[1])
        if event.item_filter.kind == "search" and event.count == 0:
            self.status.notice = f"No items match {event.item_filter.value!r}"

    def action_show_feed_error(self) -> None:
        """e: a feed's last error, in whichever pane: the feed list's highlighted feed, else
        the feed of the item a key acts on (the open one while reading, else the highlighted
        one). A key that does nothing and says nothing reads as a broken key."""
        if self.focused is self.feed_list:
            feed = self.feed_list.highlighted_feed
            if feed is None:
                self.status.notice = "Highlight a feed to see its last error."
                return
        else:
            listed = self.item_filter.value if self.item_filter.kind == "feed" else None
            if listed and self.focused is self.item_list and self.item_list.current_item is None:
                # The list of a feed with no items (a broken or quiet feed): the feed on screen,
                # not the feed of an article left open from another list.
                item = None
            else:
                item = self.target_item()
            feed = None if item is None else self._feeds.get(item.feed_url)
            if feed is None and listed:
                feed = self._feeds.get(listed)
            if feed is None:
                self.status.notice = "No item here: open or highlight one to see its feed's last error."
                return
        self.show_feed_error(feed)

    def show_feed_error(self, feed: Feed) -> None:
        """Say a feed's last error (status line and a notice), or that its last refresh worked."""
        until = feed.waiting_until()
        if until is not None:
            said = f"{one_line(feed.title)}: {waiting_note(until)}"
            if feed.last_error:
                said += f"; last answer: {one_line(feed.last_error)}"
            self.status.notice = f"⏸ {said}"
            self.notify(said, title="Feed waiting", severity="warning", markup=False, timeout=10)
        elif feed.last_error:
            status = f" (HTTP {feed.last_status})" if feed.last_status else ""
            if status and f"HTTP {feed.last_status}" in feed.last_error:
                status = ""  # "gone.xml (HTTP 404): HTTP 404 File not found" said it twice
            said = f"{one_line(feed.title)}{status}: {one_line(feed.last_error)}"
            self.status.notice = f"✗ {said}"
            self.notify(said, title="Feed error", severity="error", markup=False, timeout=10)
        else:
            self.status.notice = f"{one_line(feed.title)}: this feed's last refresh worked."

    def _empty_feed_hint(self, url: str) -> str | None:
        """An empty feed that failed, waits, or worked and lists nothing says so in its list,
        where "No items yet: R refreshes the feeds" sent a reader to refresh a feed that had
        just been refreshed. None (that hint) for a feed never fetched."""
        feed = self._feeds.get(url)
        if feed is None:
            return None
        error_key = self._key_for("feeds.show-error", "e")
        until = feed.waiting_until()
        if until is not None:
            return f"No items yet: ⏸ {waiting_note(until)} ({error_key} says more)."
        if not feed.last_error:
            if feed.last_success is not None:
                # "R refreshes the feeds" sent a reader to refresh a feed that had just worked.
                return "No items: this feed's last refresh worked, and it lists none for now."
            return None
        return (
            f"No items: the last refresh of this feed failed. {error_key} shows why, "
            f"{self._key_for('feeds.refresh', 'r')} tries again."
        )

    @on(FeedList.OptionHighlighted, "#feeds")
    def _feed_highlighted(self, event: FeedList.OptionHighlighted) -> None:
        feed = self.feed_list.feed_at(event.option.id)
        key = self._key_for("feeds.show-error", "e")
        until = None if feed is None else feed.waiting_until()
        if until is not None:
            self.status.notice = f"⏸ {waiting_note(until)} (press {key})"
        else:
            self.status.notice = f"✗ {one_line(feed.last_error)} (press {key})" if feed and feed.last_error else ""

    @on(Notice)
    def _notice(self, event: Notice) -> None:
        self.status.notice = event.text

    # -- articles ------------------------------------------------------------------------------

    @on(ItemList.Highlighted)
    def _item_highlighted(self, event: ItemList.Highlighted) -> None:
        """Until an article is open, the article pane shows the highlighted item's whole
        title: at 80 columns the list cuts it to some fifteen characters. An empty list
        leaves nothing to preview: the pane says how to open an item again, where it kept
        the title of an item of the list before (not in this one)."""
        if self.open_item is None:
            self._preview(event.item)

    def _preview(self, item: Item | None, closing: bool = False) -> None:
        """The highlighted item's title in the article pane (`closing`: in place of the
        article being closed), or the empty pane's words when no item is highlighted."""
        if item is None:
            if closing or (self.article_view.article is None and self.article_view.item_id is None):
                self.article_view.show(None, placeholder=None if self.news.config.feeds else NO_FEEDS_PLACEHOLDER)
            return
        feed = self._feeds.get(item.feed_url)
        about = [one_line(feed.title) if feed else one_line(item.feed_title)]
        about.append(format_date(item.published))  # as the article's meta line has it
        self.article_view.show_preview(item.title, about, closing=closing)

    @on(ItemList.Opened)
    def _item_opened(self, event: ItemList.Opened) -> None:
        """Open the item Enter (or a click) marked open, unless a key read since then (q,
        n, another Enter) closed it or opened another: keys act in the order typed."""
        if self.item_list.open_id == event.item.id:
            self.open(event.item)

    def open(self, item: Item) -> None:
        """Show an item's article: cached at once, else the feed text while the page is fetched."""
        self.open_item = item
        self.item_list.mark_open(item.id)
        self.item_list.pinned = item  # H or a refresh keeps it listed while it is open
        # The last article stays up until this one is shown: a cached article comes within a
        # frame or two, and emptying the panes meanwhile flashed "Choose an item…" at every
        # n. Only a slow load (a busy database) empties them, after OPENING_GRACE.
        self.set_timer(OPENING_GRACE, partial(self._still_opening, item))
        self._load_article(item)
        self._apply_one_pane()
        if self.news.config.general.mark_read_on_open and not item.read and self.news.read_only is None:
            self._set_read(item, True)

    def action_open_previewed(self) -> None:
        """Enter in the article pane: open the item it previews (the list's highlighted one)
        while no article is open; an open article stays as it is."""
        if self.open_item is None and self.item_list.open_id is None:
            item = self.item_list.current_item
            if item is not None:
                self.item_list.mark_open(item.id)
                self.open(item)

    def _still_opening(self, item: Item) -> None:
        opened = self.open_item
        if opened is not None and opened.id == item.id and self.article_view.item_id != item.id:
            self.quote_sidebar.show([], article_open=False)
            self.article_view.show(None, placeholder=f"Opening {one_line(item.title) or 'the item'}…")

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, item: Item) -> None:
        try:
            self._fetch_and_show(item)
        except LibraryClosed:
            return  # the app is quitting: nothing to show any more

    def _fetch_and_show(self, item: Item) -> None:
        worker = get_current_worker()
        try:
            cached = self.library.cached_article(item)
        except LibraryClosed:
            raise
        except Exception as error:  # noqa: BLE001 - shown to the user, the feed text stands in
            cached = None
            self._ui(self.notify, f"Cache: {error}", severity="warning", markup=False)
        if cached is not None:
            self._show_cached(item, cached)
            return
        try:
            feed_text = ArticleResult(
                item.id,
                self.library.feed_article(item),
                "feed",
                "Showing the feed's text; fetching the full article…" if item.link else None,
            )
        except Exception as error:  # noqa: BLE001 - a broken entry must not stop the page fetch
            feed_text = ArticleResult(
                item.id,
                Article(headline=item.title, source="feed"),
                "feed",
                f"The feed's text could not be shown: {error}",
            )
        self._ui(self._show_article, feed_text)
        if not item.link or worker.is_cancelled:
            return
        if not self._ui(self.status.start, "article"):
            return
        try:
            result = self.library.fetch_article(item)
        except LibraryClosed:
            raise
        except Exception as error:  # noqa: BLE001 - shown with the feed text, never a crash
            result = replace(feed_text, notice=f"Showing the feed's text: {error}")
        finally:
            self._job_done("article")
        self._ui(self._show_article, result, True)

    def _show_cached(self, item: Item, cached: Article) -> None:
        """Show a cached article; one the feed has edited since its page was fetched is shown
        while the page is fetched again (`Library.open_article`), then replaced in place."""
        try:
            edited = cached.source == "page" and bool(item.link) and self.library.article_edited(item)
        except NewstuiError:
            edited = False  # the cached article is shown as it is; the next open asks again
        notice = "The feed has edited this item; fetching its page again…" if edited else None
        self._ui(self._show_article, ArticleResult(item.id, cached, "cached", notice))
        if not edited or get_current_worker().is_cancelled or not self._ui(self.status.start, "article"):
            return
        try:
            result = self.library.fetch_article(item, old=cached)
        except LibraryClosed:
            raise
        except Exception as error:  # noqa: BLE001 - shown with the old article, never a crash
            result = ArticleResult(
                item.id, cached, "cached", f"Showing the article as fetched before the feed's edit: {error}"
            )
        finally:
            self._job_done("article")
        self._ui(self._show_article, result, True, True)

    def _show_article(self, result: ArticleResult, after_fetch: bool = False, same_item: bool = False) -> None:
        item = self.open_item
        if item is None or item.id != result.item_id:
            return  # the user moved on: this result is for an item no longer shown
        self.article_result = result
        feed = self._feeds.get(item.feed_url)
        feed_title = one_line(feed.title) if feed else one_line(item.feed_title)
        article = result.article
        if article.published is None and item.published is not None:
            # Many pages carry no date the extractor can read: the feed's date of the item
            # (the one the list and the preview showed) is the article's date then.
            article = replace(article, published=item.published)
        self.article_view.show(
            article,
            item_id=item.id,
            feed_title=feed_title,
            notice=result.notice,
            # The feed text, or an edited article fetched again, stays where the reader was.
            keep_position=after_fetch and (result.status == "feed" or same_item),
            enclosures=item.enclosures,
        )
        self.quote_sidebar.show(result.article.quotes)
        if after_fetch and result.notice:
            self.status.notice = result.notice
        self._whosaid_article_shown(item.id, result)

    @on(QuoteSidebar.Jump)
    def _jump_to_quote(self, event: QuoteSidebar.Jump) -> None:
        if self._quotes_alone() and self.open_item is not None:
            # One pane: the quotes stand where the article was; show the quote there.
            self.sidebar_choice = False
            self.focus_now(self.article_view)
            self.call_after_refresh(self._jump_when_laid_out, self.open_item.id, event.quote)
            return
        if not self.article_view.scroll_to_quote(event.quote):
            self.status.notice = "That quote is not in the text shown."

    # -- who said what ---------------------------------------------------------------------------

    @work(thread=True, group="whosaid-aliases")
    def _apply_speaker_aliases(self) -> None:
        """Once at start: the config's [speakers] corrections (a write only when they changed)."""
        try:
            self.library.apply_speaker_aliases()
        except LibraryClosed:
            return
        except NewstuiError as error:
            self._ui(
                self.notify, f"Could not apply the [speakers] corrections: {error}", severity="warning", markup=False
            )
        self._ui(self._load_whosaid)

    def _load_whosaid(self) -> None:
        """Read the Speakers and Stories counts of the feed list again."""
        self._whosaid_asked += 1
        self._count_whosaid(self._whosaid_asked)

    @work(thread=True, group="whosaid-counts")
    def _count_whosaid(self, asked: int) -> None:
        counts = ask(self, "Who said what", self.library.whosaid_counts, severity="warning")
        if counts is FAILED:
            return
        self._ui(self._show_whosaid_counts, asked, *counts)

    def _show_whosaid_counts(self, asked: int, speakers: int, stories: int) -> None:
        if asked == self._whosaid_asked:  # a later count may have finished first: the last asked wins
            self.feed_list.show_whosaid_counts(speakers, stories)

    @on(FeedList.ViewChosen)
    def _view_chosen(self, event: FeedList.ViewChosen) -> None:
        if event.view == "speakers":
            self.action_show_speakers()
        elif event.view == "stories":
            self.action_show_stories()

    def action_show_speakers(self) -> None:
        from newstui.ui.screens.speakers import SpeakersScreen

        self.app.push_screen(SpeakersScreen(), self.open_target)

    def action_show_stories(self) -> None:
        from newstui.ui.screens.stories import StoriesScreen

        self.app.push_screen(StoriesScreen(), self.open_target)

    def _search_quotes(self, text: str) -> None:
        from newstui.ui.screens.speakers import QuoteSearchScreen

        if not text.strip():
            self.status.notice = 'Type words after the " to search the quotes.'
            return
        self.app.push_screen(QuoteSearchScreen(text.strip()), self.open_target)

    def open_target(self, target: OpenTarget | None) -> None:
        """Open what a who-said-what view chose: an item, scrolled to a quote when it names one."""
        self._load_whosaid()  # a name corrected there may have merged speakers
        if target is not None:
            self._open_target(target.item_id, target.quote_id)

    @work(thread=True, exclusive=True, group="whosaid-open")
    def _open_target(self, item_id: int, quote_id: int | None) -> None:
        item_filter, order = self.item_filter, self.sort

        def read() -> tuple[Item | None, tuple[int, int, int] | None, ItemFilter | None]:
            place = self.library.quote_place(quote_id) if quote_id is not None else None
            item = self.library.item(item_id)
            return item, place, None if item is None else self._holder(item_filter, item, order)

        found = ask(self, "Could not open the item", read)
        if found is FAILED:
            return
        item, place, holder = found
        if item is None:
            self._ui(self.notify, "That item is no longer in the cache.", severity="warning", markup=False)
            return
        self._ui(self._open_at, item, place, holder)

    def _holder(self, item_filter: ItemFilter, item: Item, order: str) -> ItemFilter | None:
        """From a worker: the list to show an item found outside the list in: `item_filter`
        (the list shown) when it holds the item, else the item's feed, or None when that
        lacks it too (a filter rule hides the item: no list holds it)."""
        if self._listed_in(item_filter, item, order):
            return item_filter
        feed = ItemFilter("feed", item.feed_url)
        return feed if self._listed_in(feed, item, order) else None

    def _listed_in(self, item_filter: ItemFilter, item: Item, order: str) -> bool:
        """From a worker: whether the list `item_filter` holds the item (read items counted)."""
        return self.library.holds(item_filter, item, order, item_read=item.read)

    def _open_at(
        self, item: Item, place: tuple[int, int, int] | None, listed_in: ItemFilter | None, focus_article: bool = True
    ) -> None:
        """Open an item found outside the list (`listed_in`: the list that holds it, see
        `_holder`): the list's cursor goes to it, in the list shown or else in its feed's
        list, so the row under the cursor is the article in view (m and b typed in the list
        act on it); `place` is the quote to scroll to. An item no list holds opens with the
        list left as it is: its feed's list, shown for it, put the cursor on another item."""
        self._jump_after_open = place
        if listed_in is None:
            self.open(item)
        elif listed_in == self.item_filter:
            self.open(item)
            self.item_list.go_to(item)
        else:
            self.choose_list(ItemFilter("feed", item.feed_url), focus_items=False, opening=item)
        if focus_article:
            if self._quotes_alone():
                self.sidebar_choice = False  # one pane: the article opened takes it from the quotes
            self.article_view.focus()

    def open_found(self, item: Item) -> None:
        """Open an item the command palette found: as from Speakers, the list's cursor goes
        to it (the focus stays where it was)."""
        self._locate_and_open(item)

    @work(thread=True, exclusive=True, group="whosaid-open")
    def _locate_and_open(self, item: Item) -> None:
        item_filter, order = self.item_filter, self.sort
        holder = ask(self, "Could not open the item", lambda: self._holder(item_filter, item, order))
        if holder is not FAILED:
            self._ui(self._open_at, item, None, holder, False)

    def _whosaid_article_shown(self, item_id: int, result: ArticleResult) -> None:
        """An article is shown: scroll to the quote asked for, and say which quotes other outlets carry."""
        place = self._jump_after_open
        fetching = result.status == "feed" and self.open_item is not None and bool(self.open_item.link)
        if place is not None and place[0] == item_id and not fetching:
            self._jump_after_open = None
            self.call_after_refresh(self._jump_when_laid_out, item_id, Quote("", None, place[1], place[2]))
        if result.article.quotes:
            self._load_quote_outlets(item_id)

    def _jump_when_laid_out(self, item_id: int, quote: Quote, tries: int = 200) -> None:
        """Scroll to the quote once its paragraph has its place: a few frames, far more on a
        loaded machine, so the wait asks the layout, not the clock (10 s at most)."""
        view = self.article_view
        if self.open_item is None or self.open_item.id != item_id or view.item_id != item_id:
            return  # the user moved on
        if not view.quote_laid_out(quote) and tries:
            self.set_timer(0.05, lambda: self._jump_when_laid_out(item_id, quote, tries - 1))
            return
        if not view.scroll_to_quote(quote):
            self.status.notice = "That quote is not in the text shown."

    @work(thread=True, exclusive=True, group="quote-outlets")
    def _load_quote_outlets(self, item_id: int) -> None:
        outlets = ask(
            self, "Could not read the other outlets", lambda: self.library.quote_outlets(item_id), severity="warning"
        )
        if outlets is not FAILED and outlets:
            self._ui(self._show_quote_outlets, item_id, outlets)

    def _show_quote_outlets(self, item_id: int, outlets: dict[int, tuple[int, int]]) -> None:
        if self.open_item is not None and self.open_item.id == item_id:
            self.quote_sidebar.show_outlets(outlets)

    @on(QuoteSidebar.OutletsAsked)
    def _outlets_asked(self, event: QuoteSidebar.OutletsAsked) -> None:
        self._list_outlets(event.quote.text, event.quote_id)

    @work(thread=True, exclusive=True, group="quote-outlets-list")
    def _list_outlets(self, text: str, quote_id: int) -> None:
        items = ask(
            self,
            "Could not read the other outlets",
            lambda: self.library.outlets_for_quote(quote_id),
            severity="warning",
        )
        if items is FAILED:
            return
        self._ui(self._show_outlets, text, items)

    def _show_outlets(self, text: str, items: list[StoryItem]) -> None:
        from newstui.ui.screens.stories import OutletsScreen
        from newstui.ui.widgets.speaker_quotes import OpenTarget

        current = self.open_item.id if self.open_item is not None else None

        def chosen(item_id: int | None) -> None:
            if item_id is not None:
                self.open_target(OpenTarget(item_id))

        self.app.push_screen(OutletsScreen(text, items, current), chosen)

    # -- read state and bookmarks -------------------------------------------------------------

    def target_item(self) -> Item | None:
        """The item a key acts on: the open one when reading, else the highlighted one."""
        focused = self.focused
        if self.open_item is not None and isinstance(focused, (ArticleView, QuoteSidebar)):
            return self.open_item
        return self.item_list.current_item or self.open_item

    def _changed(
        self, item: Item, bookmarks: bool = True, *, read: bool | None = None, bookmarked: bool | None = None
    ) -> None:
        """Show a stored change (`read`, `bookmarked`) on the item as it is shown now, not as
        it was when the key was pressed: m and b pressed together each stored their own mark,
        and the second to finish put the first one's back as it was on screen."""
        row = self.item_list.loaded_row(item.id)
        shown = self.item_list.item_at(row) if row is not None else None
        if shown is None and self.open_item is not None and self.open_item.id == item.id:
            shown = self.open_item
        item = shown or item
        if read is not None:
            item = replace(item, read=read)
        if bookmarked is not None:
            item = replace(item, bookmarked=bookmarked)
        self.item_list.update_item(item)
        if self.open_item is not None and self.open_item.id == item.id:
            self.open_item = item
        if bookmarks:
            self._bookmarks_stale = True
        self.load_feeds(bookmarks=bookmarks)

    # Each write changes the rows on screen only after the database took it: a failed write
    # (locked, read-only, full disk) leaves them as they were and says why.

    def _set_read(self, item: Item, read: bool, tell: bool = False) -> None:
        """Store the read mark; `tell` says so in the status line (m: the open item's row
        shows ▸ where its unread dot would be, so the row cannot say it)."""
        self._read_marks.ask(item.id, read)
        if tell:
            self._marking += 1  # U can undo it: a U typed before it is stored waits for it
        self._store_read(item, read, tell)

    def _toggle_read(self, item: Item) -> None:
        self._marking += 1  # U undoes an m: a U typed before it is stored waits for it (`m U`)
        self._store_read(item, self._read_marks.toggled(item.id, item.read), True)

    @work(thread=True, group="write")
    def _store_read(self, item: Item, read: bool, tell: bool) -> None:
        try:
            with self._read_marks.lock:
                read = self._read_marks.wanted(item.id, read)  # a later press may have flipped it
                failed = f"Could not mark the item {'read' if read else 'unread'}"
                if not self._try(failed, self._write_read_mark, item.id, read, tell):
                    return
                # Shown before the next write runs: the rows show the writes in their order.
                self._ui(self._changed, item, False, read=read)
            if tell:
                notice = f"Marked {'read' if read else 'unread'}: {one_line(item.title)}"
                self._ui(setattr, self.status, "notice", notice)
                change = UndoMark(array("q", [item.id]), one_line(item.title), was_read=not read, single=True)
                self._ui(self._remember, change)
        finally:
            self._ui(self._read_marks.done, item.id)
            if tell:
                self._ui(self._marking_done)

    def _write_read_mark(self, item_id: int, read: bool, asked: bool) -> None:
        """From a worker: store one item's read mark.

        One rule for an item another process deleted meanwhile (`newstui gc`, a cron
        refresh's retention): a mark the user asked for (m, `asked`) that cannot be kept is
        told, so m never says "Marked read" of a mark that exists nowhere; a read mark that
        comes with reading (opening the item, n) is no error, as the store has it: gone is
        as good as read. The store raises ItemGone for an unread mark itself (and for
        bookmarks); a read mark is looked up after its UPDATE, which changed nothing."""
        self.library.set_read([item_id], read)
        if read and asked and self.library.item(item_id) is None:
            raise ItemGone(
                self.news.db_path,
                "the item was deleted (max_items / keep_days, or `newstui gc`) after it was listed;"
                " its read mark was not saved",
            )

    def _set_bookmark(self, item: Item, bookmarked: bool) -> None:
        self._bookmark_marks.ask(item.id, bookmarked)
        self._store_bookmark(item, bookmarked)

    def _toggle_bookmark(self, item: Item) -> None:
        self._store_bookmark(item, self._bookmark_marks.toggled(item.id, item.bookmarked))

    @work(thread=True, group="write")
    def _store_bookmark(self, item: Item, bookmarked: bool) -> None:
        try:
            with self._bookmark_marks.lock:
                bookmarked = self._bookmark_marks.wanted(item.id, bookmarked)
                what = "bookmark" if bookmarked else "remove the bookmark of"
                if not self._try(f"Could not {what} the item", self.library.set_bookmarked, item.id, bookmarked):
                    return
                self._ui(self._changed, item, bookmarked=bookmarked)
            done = ("Bookmarked: " if bookmarked else "Bookmark removed: ") + one_line(item.title)
            # In the status line, as m says "Marked read: …": a toast covered the text being read.
            self._ui(setattr, self.status, "notice", done)
        finally:
            self._ui(self._bookmark_marks.done, item.id)

    def _try(self, failed: str, function: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """Run a store write from a worker; a failure (say, the database is locked) is shown, not raised."""
        try:
            function(*args, **kwargs)
        except LibraryClosed:
            return False  # the app is quitting
        except NewstuiError as error:
            self._ui(self._write_failed, failed, error)
            return False
        return True

    def _write_failed(self, failed: str, error: Exception) -> None:
        self.status.notice = f"{failed}: {one_line(str(error))}"
        self.notify(f"{failed}: {error}", title="Not saved", severity="error", markup=False, timeout=10)

    def read_only_notice(self) -> str:
        return (
            f"The cache is read-only ({self.news.read_only}): reading works, bookmarks and read marks cannot be saved"
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On a read-only cache the keys that would save something are greyed in the footer
        (None); pressed, they still say why they cannot (`on_key`)."""
        if self.news.read_only is not None and action in WRITE_ACTIONS:
            return None
        return True

    def _refuse_write(self) -> bool:
        """On a read-only cache: say why a key that saves cannot (True), instead of trying."""
        if self.news.read_only is None:
            return False
        self.status.notice = self.read_only_notice()
        return True

    def run_write_action(self, action: str) -> None:
        """Run a key's write action past `check_action` (which greys it on a read-only cache):
        the action itself refuses and says why."""
        if action not in WRITE_ACTIONS:
            raise ValueError(f"not an action that writes: {action!r}")
        getattr(self, f"action_{action}")()  # WRITE_ACTIONS names them all, not a second list

    def _feed_list_has_no_item(self, key_id: str, default: str, does: str, instead: str = "") -> bool:
        """With the feed list focused, an item key acts on no item: the item list's highlighted
        one is out of sight of the cursor (b on a feed bookmarked a story of another feed).
        Says where the key works (True), or False when the feed list has not the focus."""
        if self.focused is not self.feed_list:
            return False
        key = self._key_for(key_id, default)
        items = self._key_for("main.next-pane", "tab")
        self.status.notice = f"{key} {does} an item: highlight one in the item list ({items}){instead}."
        return True

    def action_toggle_bookmark(self) -> None:
        if self._refuse_write() or self._feed_list_has_no_item("items.bookmark", "b", "bookmarks"):
            return
        item = self.target_item()
        if item is not None:
            self._toggle_bookmark(item)

    def action_toggle_read(self) -> None:
        if self._refuse_write():
            return
        # What A marks read on the highlighted row (a feed, a tag, everything); on Speakers and
        # Stories A marks nothing, and no A is offered.
        option = self.feed_list.highlighted_option
        view = option is not None and (option.id or "").startswith("view:")
        mark_row = "" if view else f"; {self._key_for('feeds.mark-read', 'A')} marks {self._mark_target()[1]} read"
        if self._feed_list_has_no_item("items.toggle-read", "m", "marks", mark_row):
            return
        item = self.target_item()
        if item is not None:
            self._toggle_read(item)

    def action_show_bookmarks(self) -> None:
        self.choose_list(ItemFilter("bookmarks"))

    def action_show_unread(self) -> None:
        self.choose_list(ItemFilter("unread"))

    def action_show_all(self) -> None:
        self.choose_list(ItemFilter("all"))

    def _target_feed_url(self) -> str | None:
        if self.focused is self.feed_list:
            feed = self.feed_list.highlighted_feed
            if feed is not None:
                return feed.url
        if self.item_filter.kind == "feed":
            return self.item_filter.value
        item = self.target_item()
        return item.feed_url if item else None

    def _mark_target(self) -> tuple[ItemFilter, str]:
        """What A marks read, and its name: with the feed list focused its highlighted
        row; else what the list shows: a feed, a tag, bookmarks, search results, and on
        All or Unread everything (never just the highlighted item's feed)."""
        item_filter = self.item_filter
        if self.focused is self.feed_list:
            option = self.feed_list.highlighted_option
            if option is not None and option.id:
                item_filter = filter_from_id(option.id)
        if item_filter.kind in ("all", "unread"):
            # "Mark 12 unread items in all feeds read?" (not "… in everything read?")
            return ItemFilter("all"), "all feeds"
        if item_filter.kind == "feed" and item_filter.value is not None:
            feed = self._feeds.get(item_filter.value)
            return item_filter, one_line(feed.title) if feed else one_line(item_filter.value)
        if item_filter.kind == "tag":
            return item_filter, f"tag {one_line(item_filter.value or '')}"
        if item_filter.kind == "bookmarks":
            return item_filter, "your bookmarks"
        if item_filter.kind == "query":
            return item_filter, f"saved search {one_line(item_filter.value or '')}"
        return item_filter, f"the results for {one_line(item_filter.value or '')!r}"

    def action_mark_read(self) -> None:
        """A: mark a feed, a tag or everything read, once the user confirms.

        The question is up at once (so a quick y after A answers it, never reaches the
        list); the count of unread items fills in when the store has it."""
        if self._refuse_write():
            return
        option = self.feed_list.highlighted_option if self.focused is self.feed_list else None
        if option is not None and (option.id or "").startswith("view:"):
            # Speakers and Stories open pages: taken for a list, they read as a search for ''
            # ("Mark 9 unread items in the results for '' read?") and y marked everything.
            page = "Speakers" if option.id == "view:speakers" else "Stories"
            self.status.notice = f"{page} has no items to mark read: highlight a feed, a tag or a list."
            return
        self._ask_mark_read(*self._mark_target())

    def action_mark_all_read(self) -> None:
        """C, newsboat's mark-all-feeds-read: everything, wherever the focus is, once confirmed."""
        if not self._refuse_write():
            self._ask_mark_read(ItemFilter("all"), "all feeds")

    def _ask_mark_read(self, item_filter: ItemFilter, name: str) -> None:
        from newstui.ui.screens.confirm import ConfirmScreen

        mark = PendingMark(name)
        mark.screen = ConfirmScreen(f"Mark the unread items in {name} read?")
        self.app.push_screen(mark.screen, partial(self._mark_answered, mark))
        self._count_mark_read(item_filter, mark)

    @work(thread=True, group="mark-read")
    def _count_mark_read(self, item_filter: ItemFilter, mark: PendingMark) -> None:
        # The ids are taken now: exactly these are marked (and restored by U), not items a
        # refresh adds while the question is up.
        try:
            ids = self.library.unread_ids(item_filter)
        except LibraryClosed:
            return
        except NewstuiError as error:
            self._ui(self._mark_counted, mark, None, error)
            return
        self._ui(self._mark_counted, mark, ids)

    def _mark_counted(self, mark: PendingMark, ids: list[int] | None, error: NewstuiError | None = None) -> None:
        mark.ids = ids
        asking = mark.answer is None and mark.screen is not None and mark.screen.is_attached
        if error is not None or not ids:
            if asking and mark.screen is not None:
                mark.screen.answer(False)
            if error is not None:
                self._write_failed(f"Could not read the unread items of {mark.name}", error)
            elif mark.answer:  # y came before the count: say there was nothing to do
                self.status.notice = f"Nothing to mark read in {mark.name}."
            if mark.answer:
                self._marking_done()
            return
        if asking and mark.screen is not None:
            mark.screen.question = f"Mark {plural(len(ids), 'unread item')} in {mark.name} read?"
        elif mark.answer:
            self._mark_ids(ids, mark.name, True)

    def _mark_answered(self, mark: PendingMark, yes: bool | None) -> None:
        mark.answer = bool(yes)
        if yes and (mark.ids is None or mark.ids):
            self._marking += 1  # until _marking_done: a U typed meanwhile waits for it
        if mark.ids is not None and not mark.ids:
            self.status.notice = f"Nothing to mark read in {mark.name}."
        elif not yes:
            self.status.notice = "Nothing marked read."
        elif mark.ids is not None:
            self._mark_ids(mark.ids, mark.name, True)
        # Else the count is still running: _mark_counted marks them when it has the ids.

    def _remember(self, change: UndoMark) -> None:
        self._undo = [*self._undo[-(UNDO_DEPTH - 1) :], change]

    @work(thread=True, group="write")
    def _mark_ids(self, ids: Sequence[int], name: str, read: bool, undoing: UndoMark | None = None) -> None:
        what = "read" if read and undoing is None else f"{'read' if read else 'unread'} again"
        if not self._try(f"Could not mark {name} {what}", self.library.set_read, ids, read):
            if undoing is not None:
                self._ui(self._undo.append, undoing)  # nothing changed: it can be tried again
            else:
                self._ui(self._marking_done)
            return
        self._ui(self._ids_marked, ids, name, read, undoing)

    def _ids_marked(self, ids: Sequence[int], name: str, read: bool, undoing: UndoMark | None = None) -> None:
        changed = set(ids)
        self.item_list.update_items(
            lambda item: replace(item, read=read) if item.id in changed and item.read != read else None
        )
        if self.open_item is not None and self.open_item.id in changed:
            self.open_item = replace(self.open_item, read=read)
        if undoing is not None and undoing.single:
            self.status.notice = f"Undone: {name} is {'read' if read else 'unread'} again"
        elif undoing is not None:
            self.status.notice = f"Marked {plural(len(ids), 'item')} in {name} unread again"
        else:
            self._remember(UndoMark(array("q", ids), name))
            undo = self._key_for("items.undo-mark-read", "U")
            self.status.notice = f"Marked {plural(len(ids), 'item')} read in {name} ({undo} undoes)"
            self._marking_done()
        self.load_feeds(bookmarks=False)

    def _marking_done(self) -> None:
        """An A's (or an m's) marking ended (marked, failed, or nothing to mark): the U typed
        while it ran undoes it now; with no marking left to wait for, a U still waiting has
        nothing."""
        self._marking = max(0, self._marking - 1)
        while self._undo_waiting and self._undo and self._marking == 0:
            self._undo_waiting -= 1
            self._undo_last()
        if self._marking == 0 and self._undo_waiting:
            self._undo_waiting = 0
            self.status.notice = "Nothing to undo."

    def action_undo_mark_read(self) -> None:
        """U: take back the last read-mark change: exactly the items the last A (or C) marked
        read become unread again, or the last m's item gets its state back (one per press)."""
        if self._refuse_write():
            return
        if self._marking:
            # `A y U` typed at once: the U is for the marking still running, not an older one.
            self._undo_waiting += 1
            self.status.notice = "Undo waits for the marking to finish…"
            return
        if not self._undo:
            self.status.notice = "Nothing to undo."
            return
        self._undo_last()

    def _undo_last(self) -> None:
        change = self._undo.pop()
        self._mark_ids(change.ids, change.name, change.was_read, change)

    def _key_for(self, binding_id: str, default: str) -> str:
        """The key of a binding as the user has it (the config may rebind it), for notices."""
        return key_display(self.app, self.news.config.keys, binding_id, default)

    # -- sorting and hiding -------------------------------------------------------------------

    def action_cycle_sort(self) -> None:
        names = list(SORTS)
        self.sort = names[(names.index(self.sort) + 1) % len(names)]
        self.item_list.set_view(self.sort, self.hide_read)
        self.status.notice = f"Sorted {SORTS[self.sort]}"
        self._update_location()

    def action_toggle_hide_read(self) -> None:
        self.hide_read = not self.hide_read
        self.item_list.set_view(self.sort, self.hide_read)
        if not self.hide_read:
            self.status.notice = "Read items shown"
        elif self.news.config.general.show_read_articles:
            # H lasts until quit: say how to have it at every start (newsboat's setting).
            self.status.notice = "Read items hidden (show_read_articles = false: at every start)"
        else:
            self.status.notice = "Read items hidden"
        self._update_location()

    def action_toggle_read_feeds(self) -> None:
        """The palette's "Hide read feeds" / "Show read feeds" (newsboat's toggle-show-read-feeds)."""
        self.feed_list.show_read_feeds = not self.feed_list.show_read_feeds
        self.status.notice = "Read feeds shown" if self.feed_list.show_read_feeds else "Read feeds hidden"
        self.load_feeds(bookmarks=False)

    # -- moving --------------------------------------------------------------------------------

    def _panes(self) -> list[Widget]:
        if self._quotes_alone():
            return [self.quote_sidebar]  # one pane: the article (the list) is under the quotes
        panes: list[Widget] = [self.article_view]
        if self.has_class("-one-pane") and not self.has_class("-reading") and not self.has_class("-quotes-over-list"):
            panes = [self.feed_list, self.item_list]  # one pane: the article is not shown
        elif not self.has_class("-quotes-over-list") and not self.has_class("-reading"):
            panes[:0] = [self.feed_list, self.item_list]
        if self.quote_sidebar.display:
            panes.append(self.quote_sidebar)
        return panes

    def _cycle(self, step: int) -> None:
        panes = self._panes()
        focused = self.focused
        index = panes.index(focused) if focused in panes else 0
        self.focus_now(panes[(index + step) % len(panes)])

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def focus_now(self, pane: Widget) -> None:
        """Move the focus at once, not at the next turn of the event loop as `Widget.focus`
        does: the keys of a burst (`qq`, a paste, tab then j) are each looked up against the
        focus as they come, and the second went to the pane the first had just left."""
        self.set_focus(pane)

    def action_back_to_list(self) -> None:
        """q or Escape in the article or the quotes: leave the article (newsboat's q from an
        article) for the item list, its cursor where it was. On a narrow terminal where the
        quotes cover the list, they fold away (after the focus moved: the sidebar, folded with
        the focus on it, hands the focus to the article)."""
        if self._quotes_alone() and self.focused is self.quote_sidebar and self.open_item is not None:
            # One pane: the quotes stand over the article; q steps back to it, one level.
            self.sidebar_choice = False
            return
        covered = self.has_class("-quotes-over-list")
        self.close_article()
        self.focus_now(self.item_list)
        if covered:
            self.sidebar_choice = False

    def action_back_to_feeds(self) -> None:
        """q in the item list steps back one of newsboat's levels: an open article closes
        first (Enter leaves the focus in the list, so reading happens here as much as in the
        article pane, and q q then quit where newsboat's q q stops at the feed list); then
        search results give way to the list before the search (as Escape), any other list to
        the feed list. Only the feed list's q quits: three presses from reading to quitting,
        whichever pane has the focus. An item still opening (Enter typed in the same burst
        as this q) counts as open."""
        if self.open_item is not None or self.item_list.open_id is not None:
            self.close_article()
        elif self.item_filter.kind == "search":
            self.action_leave_search()
        else:
            self.focus_now(self.feed_list)

    def action_leave_items(self) -> None:
        """Escape or left in the item list: the step back of `q` (an open article closes,
        then the feed list takes the focus), but on search results the screen's Escape, which
        drops the results and an article opened from them together. Keys that read as "back"
        in every other pane never do nothing in this one."""
        if self.item_filter.kind == "search":
            self.action_leave_search()
        else:
            self.action_back_to_feeds()

    def close_article(self) -> None:
        """Close the open article: the pane previews the highlighted item again, as before
        anything was opened (a load still running for it is dropped when it comes, and so is
        an open Enter asked for that the screen has not taken yet)."""
        self._unread_typed.clear()  # an n typed before this close does not open another after it
        self.item_list.drop_unread_search()  # nor does the one whose search still runs
        if self.open_item is None and self.item_list.open_id is None:
            return
        self.open_item = None
        self.article_result = None
        self._jump_after_open = None
        self.item_list.mark_open(None)
        self.item_list.pinned = None
        self.quote_sidebar.show([], article_open=False)
        self._preview(self.item_list.current_item, closing=True)
        self._apply_one_pane()

    def action_next_feed(self) -> None:
        self._feed_step(True)

    def action_previous_feed(self) -> None:
        self._feed_step(False)

    def _feed_step(self, forward: bool) -> None:
        """J/K: the next (previous) feed's items, as in newsboat; the focus stays where it is
        (the article being read stays open)."""
        following = self.feed_list.next_feed(self.item_filter, forward)
        if following is None:
            self.status.notice = "No feeds yet: add one with newstui add URL."
            return
        self.choose_list(following, focus_items=False)

    def action_next_unread(self) -> None:
        self._unread(True)

    def action_previous_unread(self) -> None:
        self._unread(False)

    def _unread(self, forward: bool, typed_ahead: bool = False) -> None:
        """Open the next (previous) unread item; past the last one, round to the top
        (bottom) of the list, then on to the next feed (tag) with unread items, as newsboat
        does. A press while the last one's search runs waits for it (`n n n` typed fast
        moved one item: each search dropped the one before, from the same row)."""
        waiting = self.item_list.finding_unread or self._unread_after_load is not None or self._unread_next
        if not typed_ahead and waiting:
            self._unread_typed.append(forward)
            return
        if typed_ahead:
            self._unread_next = False
        else:
            # Presses left waiting for a search whose answer a reload (a refresh) dropped:
            # kept, the next n opened their items after its own.
            self._unread_typed.clear()
        items = self.item_list
        if typed_ahead and self.open_item is not None:
            # On from the item the press before opened (the cursor may still be on its way).
            items.find_unread(forward, partial(self._go_to_unread, forward), self.open_item)
            return
        if self.focused is self.feed_list and self._unread_from_feed_list(forward):
            return
        current = items.current_item
        if current is not None and not current.read and (self.open_item is None or self.open_item.id != current.id):
            # The highlighted item is unread and not yet open: it is the next one to read.
            self._go_to_unread(forward, current)
            return
        # From the highlighted item, by its place in the list's order (as it was listed).
        anchor = items.loaded_item(items.cursor) if items.count else None
        if anchor is None and items.count:
            anchor = self.open_item
        items.find_unread(forward, partial(self._go_to_unread, forward), anchor)

    def _unread_from_feed_list(self, forward: bool) -> bool:
        """n/p in the feed list with its cursor on another entry than the list shown: read on
        from that entry, its first (last) unread item, or the next (previous) feed or tag with
        unread items after it when it has none, as newsboat's n in its feed list goes to the
        next unread feed from the cursor. n opened an item of the list shown below instead.
        False when the cursor is on the list shown (or nothing there is unread): read on in it."""
        chosen = self.feed_list.highlighted_filter()
        if chosen is None or chosen == self.item_filter:
            return False
        if self.feed_list.unread_in(chosen) == 0:
            following = self.feed_list.next_with_unread(chosen, forward)
            if following is None or following == self.item_filter:
                return False
            chosen = following
        self.status.notice = f"On to {describe_filter(chosen, self._feeds)}"
        self._unread_after_load = (chosen, forward)
        self.choose_list(chosen, focus_items=False)
        return True

    def _go_to_unread(self, forward: bool, item: Item | None, wrapped: bool = False) -> None:
        """Open `item`; with None, nothing unread follows in the list's order: as newsboat,
        first the unread items before the cursor (after it, going back), then the next
        feed or tag with unread items."""
        open_id = self.open_item.id if self.open_item is not None else None
        if item is not None and not (wrapped and item.id == open_id):  # its read mark may not be stored yet
            self.item_list.go_to(item)
            self.open(item)
            if self._quotes_alone():
                # One pane: n read on behind the quotes, which showed the next article's
                # quotes with no word of which article it was. The article opened takes
                # the screen from them, as Enter on a quote does.
                self.sidebar_choice = False
            if self.focused is self.feed_list:
                # Reading from the feed list (n or space there) left the focus on it, where q
                # quits: the reader is in the items now, and q should step back to the feeds.
                self.item_list.focus()
            if wrapped:
                self.status.notice = f"Wrapped round to the {'top' if forward else 'bottom'} of the list"
            if self._unread_typed:  # the next n or p typed meanwhile goes on from this item
                self._unread_next = True
                self.call_later(self._unread, self._unread_typed.pop(0), True)
            return
        if not wrapped and self.item_list.count:
            self.item_list.find_unread(forward, partial(self._go_to_unread, forward, wrapped=True))
            return
        following = self.feed_list.next_with_unread(self.item_filter, forward)
        if following is None:
            said = "No more unread items" if forward else "No earlier unread items"
            if self.item_filter.kind == "search":
                # Only the results were looked at: the feeds may well have unread items.
                back = self._key_for("main.leave-search", "escape")
                said += f" in the results ({back} goes back to your list)"
            elif self.item_filter.kind in ("query", "tag", "bookmarks"):
                # Saved searches, tags and bookmarks hold some items only: "No more unread items"
                # read as if everything was read, with the Unread entry still counting some.
                said += {"query": " in your saved searches", "tag": " in your tags", "bookmarks": " in your bookmarks"}[
                    self.item_filter.kind
                ]
                elsewhere = sum(feed.unread for feed in self.feed_list.feeds)
                if elsewhere:
                    said += f"; Unread has {elsewhere}"
            self.status.notice = said + "."
            self._unread_typed.clear()  # nothing further to go on to
            return
        self.status.notice = f"On to {describe_filter(following, self._feeds)}"
        self._unread_after_load = (following, forward)
        self.choose_list(following, focus_items=False)

    def _unread_in_new_list(self, item_filter: ItemFilter, count: int, forward: bool) -> None:
        """The list moved on to another feed for n/p: open its first (last) unread item."""
        del count

        def found(item: Item | None) -> None:
            if item is None:
                self.status.notice = f"No unread items in {describe_filter(item_filter, self._feeds)}"
                self._unread_typed.clear()
            else:
                self._go_to_unread(forward, item)

        self.item_list.find_unread(forward, found)

    def action_page_article(self) -> None:
        """Page down; at the end of the article, on to the next unread item (as mutt and slrn
        do). With no article open there is nothing to page: the next unread item opens, so
        `space` alone reads everything from the first key on."""
        view = self.article_view
        if self.open_item is None or view.scroll_y >= view.max_scroll_y:
            self.action_next_unread()
            return
        view.scroll_page_down(animate=False)

    def action_next_section(self) -> None:
        if self.open_item is None:
            self.status.notice = "No article open."
            return
        reached = self.article_view.next_section()
        self.status.notice = f"Section: {reached}" if reached else "No next section"

    def action_previous_section(self) -> None:
        if self.open_item is None:
            self.status.notice = "No article open."
            return
        reached = self.article_view.previous_section()
        self.status.notice = f"Section: {reached}" if reached else "No previous section"

    # -- sidebar --------------------------------------------------------------------------------

    def key_reached_app(self, event: events.Key) -> None:
        """A key no pane took, as it reaches the app while this screen is on top (`NewsApp.on_key`,
        before the screen-wide bindings). A pane key pressed in another pane: say where it
        works rather than do nothing (README names `a` next to `s`, so it is tried in the
        article). A key greyed on a read-only cache says why it does nothing.

        Not this screen's own on_key: keys typed in one burst with `/` pass through here
        before the search box is up, and `a` among them was taken for this hint, not typed."""
        active = self.active_bindings.get(event.key)
        if active is not None and not active.enabled and active.binding.action in WRITE_ACTIONS:
            event.stop()
            event.prevent_default()  # the app's binding lookup would find it greyed, and do nothing
            self.run_write_action(active.binding.action)
            return
        outlets = [key.strip() for key in self.news.config.keys.get("quotes.outlets", "a").split(",")]
        if event.key in outlets and self.focused is not self.quote_sidebar:
            event.stop()
            event.prevent_default()
            key = self._key_for("quotes.outlets", "a")
            tab = self._key_for("main.next-pane", "tab")
            where = f"{tab} to them, highlight one, then {key}"
            if not self.quote_sidebar.display:
                where = f"press {self._key_for('main.toggle-sidebar', 's')} for the quotes, {where}"
            self.status.notice = f"{key} lists the other outlets of a quote in the quote sidebar: {where}."
            return
        if active is None:
            # A newsboat key bound to nothing here says what does its job, not nothing.
            hint = unbound_key_hint(event.key, self._key_for)
            if hint is not None:
                self.status.notice = hint

    def action_toggle_sidebar(self) -> None:
        self.sidebar_choice = not self.quote_sidebar.display

    def watch_sidebar_choice(self) -> None:
        self._apply_sidebar()
        self._apply_one_pane()  # one pane: the quotes come with the article, and go with it

    def on_resize(self) -> None:
        self._apply_sidebar()
        self._apply_one_pane()
        self._update_location()  # the list's name is clipped to the width

    def _quotes_alone(self) -> bool:
        """Whether the quotes are the one pane shown (`_apply_one_pane`)."""
        return self.app.size.width < ONE_PANE_WIDTH and self.quote_sidebar.display

    def _apply_one_pane(self) -> None:
        """On a terminal narrower than ONE_PANE_WIDTH show one pane, the focus in it: the
        quotes when `s` shows them (beside the article they left it a strip of a few
        columns), else the open article, else the list column."""
        one = self.app.size.width < ONE_PANE_WIDTH
        article_open = self.open_item is not None or self.item_list.open_id is not None
        reading = one and article_open
        # Browsing (no article open, the pane only previews): a narrow terminal's list
        # column takes the room the short preview does not need (app.tcss); one pane
        # gives the list the whole width anyway.
        self.set_class(not article_open and not one, "-browsing")
        self.set_class(one, "-one-pane")
        self.set_class(reading, "-reading")
        if self._quotes_alone():
            if self.focused is not self.quote_sidebar:
                self.quote_sidebar.focus()
        elif reading and self.focused in (self.feed_list, self.item_list, self.quote_sidebar):
            self.article_view.focus()
        elif one and not reading and self.focused in (self.article_view, self.quote_sidebar):
            self.item_list.focus()

    def _apply_sidebar(self) -> None:
        wide = self.app.size.width >= SIDEBAR_MIN_WIDTH
        if self._wide is not None and wide != self._wide:
            self.set_reactive(MainScreen.sidebar_choice, None)
        self._wide = wide
        show = self.sidebar_choice if self.sidebar_choice is not None else wide
        for footer in self.query(KeyFooter):
            # Narrow: keys closer together and no ^p hint (? lists it), so ? and q still fit.
            footer.compact = not wide
            if footer.show_command_palette != wide:
                footer.show_command_palette = wide
                footer.refresh(recompose=True)  # the footer composes its keys: this one is not reactive
        self.quote_sidebar.display = show
        self.set_class(not wide, "-narrow")
        self.set_class(self.app.size.height < SHORT_MAX_HEIGHT, "-short")
        # A narrow terminal has no room for three panes: the quotes take the list's place.
        self.set_class(show and not wide, "-quotes-over-list")
        hidden_focus = not show and self.focused is self.quote_sidebar
        covered_focus = show and not wide and self.focused in (self.feed_list, self.item_list)
        if hidden_focus or covered_focus:  # the focused pane is gone or under the quotes
            self.article_view.focus()

    # -- links, browser, clipboard -------------------------------------------------------------------

    def _open_feed_page(self) -> bool:
        """o or O with the feed list focused: the highlighted feed's web page (its site link,
        as newsboat's o in its feed list), never the item list's item (True: handled)."""
        if self.focused is not self.feed_list:
            return False
        feed = self.feed_list.highlighted_feed
        if feed is None:
            self.status.notice = "Highlight a feed to open its web page (o opens an item's page in the item list)."
        elif not feed.site_url:
            shown = readable_url(feed.url)
            self.status.notice = f"{feed_name(feed.title, feed.url)} gives no web page; its feed is {shown}."
        else:
            self.open_url(feed.site_url)
        return True

    def action_open_in_browser(self) -> None:
        if self._open_feed_page():
            return
        item = self.target_item()
        if item is None or not item.link:
            self.status.notice = "This item has no link."
            return
        self.open_url(item.link)

    def action_open_in_browser_mark_read(self) -> None:
        """O (newsboat's open-in-browser-and-mark-read): o, and the item is marked read once
        the browser took its link (a browser that failed or is missing leaves it unread, as
        newsboat does). On a read-only cache it only opens (the status line says "read-only").
        In the feed list: the feed's web page, as o (nothing is marked read)."""
        if self._open_feed_page():
            return
        item = self.target_item()
        if item is None or not item.link:
            self.status.notice = "This item has no link."
            return
        self.open_url(item.link, read_after=item if not item.read and self.news.read_only is None else None)

    def open_url(self, url: str, read_after: Item | None = None) -> bool:
        """Hand a link to the browser (in a worker); False when it is not a link to open.
        `read_after` is marked read once the browser took the link."""
        # The browser gets exactly the cleaned string shown here, or nothing.
        shown = clean_url(url)
        if shown is None:
            self.status.notice = "Not opened: the link is not a plain http(s) URL."
            return False
        self.status.notice = f"Opening {readable_url(shown)}…"
        self._open_url(shown, read_after)
        return True

    @work(thread=True, group="browser")
    def _open_url(self, url: str, read_after: Item | None = None) -> None:
        # Finding and starting a browser can take seconds: never on the UI thread.
        from newstui.ui.browser import NO_BROWSER, find_browser, open_in_browser, runs_in_terminal
        from newstui.ui.external import CommandBrowser

        command = self.news.config.general.browser
        browser = CommandBrowser(command) if command else find_browser()
        if browser is None:
            self.app.call_from_thread(self._browser_done, url, False, NO_BROWSER)
        elif runs_in_terminal(browser) or (isinstance(browser, CommandBrowser) and browser.terminal):
            self.app.call_from_thread(self._open_in_terminal, browser, url, read_after)
        else:
            try:
                opened = open_in_browser(browser, url)
            except Exception as error:  # noqa: BLE001 - any failure is told, never a crash
                self.app.call_from_thread(self._browser_done, url, False, str(error))
                return
            self.app.call_from_thread(self._browser_done, url, opened, read_after=read_after)

    def _open_in_terminal(self, browser: webbrowser.BaseBrowser, url: str, read_after: Item | None = None) -> None:
        """Run a terminal browser (lynx, w3m, …) in the foreground, the app suspended meanwhile."""
        from newstui.ui.browser import open_in_browser

        try:
            opened = self._with_terminal(lambda: open_in_browser(browser, url))
        except Exception as error:  # noqa: BLE001 - any failure is told, never a crash
            self._browser_done(url, False, str(error))
            return
        self._browser_done(url, opened, read_after=read_after)

    def _browser_done(self, url: str, opened: bool, reason: str | None = None, read_after: Item | None = None) -> None:
        if opened:
            self.status.notice = f"Opened {readable_url(url)}"
            if read_after is not None:
                self._set_read(read_after, True)
            return
        why = reason or "the browser failed"
        # Said once, on the status line that answers the key (it wraps a long one): a toast
        # repeated the same words beside it.
        self.status.notice = f"Could not open the link: {one_line(why)} ({readable_url(url)})"

    # -- the article to other programs --------------------------------------------------------

    def _shown_article(self) -> tuple[Item, Article] | None:
        """The open item and the article shown for it, or None (and a notice)."""
        item, result = self.open_item, self.article_result
        if item is None or result is None or result.item_id != item.id:
            self.status.notice = "No article open: Enter opens one."
            return None
        return item, result.article

    def action_pipe_article(self) -> None:
        """|: the article as Markdown to the stdin of `pipe_command`, which gets the terminal."""
        shown = self._shown_article()
        if shown is None:
            return
        from newstui.extract.markdown import to_markdown
        from newstui.ui.external import DEFAULT_PIPE_COMMAND, article_text

        command = tuple(self.news.config.general.pipe_command or DEFAULT_PIPE_COMMAND)
        self._run_pipe(command, article_text(to_markdown(shown[1])))

    def _with_terminal(self, run: Callable[[], T]) -> T:
        """`run` a program that takes the terminal (a pager, an editor, a text browser), the
        app suspended meanwhile; where there is no real terminal to hand over (tests,
        textual serve), it runs as it is."""
        from textual.app import SuspendNotSupported

        try:
            with self.app.suspend():
                return run()
        except SuspendNotSupported:
            return run()

    def _run_pipe(self, command: tuple[str, ...], text: str) -> None:
        from newstui.ui.external import run_pipe

        name = one_line(command[0])
        try:
            code = self._with_terminal(lambda: run_pipe(command, text))
        except OSError as error:
            message = f"Could not run {name}: {one_line(error.strerror or str(error))}"
            self.status.notice = message
            self.notify(
                message + " (pipe_command in the config)", title="Pipe", severity="error", markup=False, timeout=8
            )
            return
        self.status.notice = f"{name} exited with status {code}" if code else f"Piped the article to {name}"

    def action_save_article(self) -> None:
        """w: write the article as Markdown into `save_dir`, never over an existing file."""
        shown = self._shown_article()
        if shown is not None:
            item, article = shown
            self._save_article(article, one_line(article.headline) or one_line(item.title))

    @work(thread=True, group="save")
    def _save_article(self, article: Article, title: str) -> None:
        from newstui.extract.markdown import to_markdown
        from newstui.ui.external import article_text, save_article, save_dir

        directory = save_dir(self.news.config.general.save_dir)
        try:
            path = save_article(directory, title, article_text(to_markdown(article)))
        except OSError as error:
            failed = f"Could not save the article in {directory}"
            self._ui(self._write_failed, failed, NewstuiError(error.strerror or str(error)))
            return
        self._ui(setattr, self.status, "notice", f"Saved to {path}")

    def action_copy_link(self) -> None:
        """y: the item's link; in the feed list the highlighted feed's address (its feed URL,
        what another reader subscribes to), never the item list's item."""
        if self.focused is self.feed_list:
            feed = self.feed_list.highlighted_feed
            if feed is None:
                self.status.notice = "Highlight a feed to copy its address (y copies an item's link in the item list)."
                return
            link = clean_url(feed.url)
        else:
            item = self.target_item()
            if item is None or not item.link:
                self.status.notice = "This item has no link."
                return
            link = clean_url(item.link)
        if link is None:
            self.status.notice = "Not copied: the link is not a plain http(s) URL."
            return
        self.app.copy_to_clipboard(link)
        self.status.notice = f"Copied {link}"

    def action_list_links(self) -> None:
        result = self.article_result
        if self.open_item is None:
            # u or l from the list before reading: say how, not "This article has no links".
            self.status.notice = f"No article open: {self._key_for('items.open', 'enter')} opens one, then its links."
            return
        if result is None or result.item_id != self.open_item.id or not result.article.links:
            # The article's own page is shown as its source, not as a link in the text: say how to
            # open it, or "no links" reads as if that address could not be opened either.
            page = f"; {self._key_for('items.open-browser', 'o')} opens its page" if self.open_item.link else ""
            self.status.notice = f"This article has no links{page}."
            return
        from newstui.ui.screens.links import LinksScreen

        self.app.push_screen(LinksScreen(result.article.links), self._link_chosen)

    def _link_chosen(self, url: str | None) -> None:
        if url:
            self.open_url(url)

    # -- enclosures (podcasts, video, images) ---------------------------------------------------------

    def action_show_enclosures(self) -> None:
        if self._feed_list_has_no_item("items.enclosures", "E", "lists the attachments of"):
            return
        item = self.target_item()
        if item is None or not item.enclosures:
            # newsboat's E edits the urls file: a hand that presses it for that learns where it is.
            palette = self._key_for("app.commands", "ctrl+p")
            self.status.notice = (
                f'This item has no attachments. (newsboat\'s E, edit the feeds, is "Edit config" in {palette}.)'
            )
            return
        from newstui.ui.screens.enclosures import EnclosuresScreen

        player = self.news.config.general.player
        self.app.push_screen(EnclosuresScreen(item.enclosures, player[0] if player else None), self._enclosure_chosen)

    def _enclosure_chosen(self, choice: tuple[str, Enclosure] | None) -> None:
        if choice is None:
            return
        action, enclosure = choice
        url = clean_url(enclosure.url)
        if url is None:
            self.status.notice = "Not opened: the attachment is not a plain http(s) URL."
        elif action == "download":
            self.status.notice = f"Downloading {url}…"
            self._download(url, enclosure.type)
        elif self.news.config.general.player:
            self._play(list(self.news.config.general.player), url)
        else:
            self.open_url(url)

    @work(thread=True, group="player")
    def _play(self, command: list[str], url: str) -> None:
        import subprocess

        # An argument list, never a shell: the URL is one argument whatever it holds.
        argv = [part.replace("%u", url) for part in command]
        if not any("%u" in part for part in command):
            argv.append(url)
        try:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            message = f"Could not start the player {one_line(argv[0])}: {one_line(error.strerror or str(error))}"
            self.app.call_from_thread(self._enclosure_done, message, True)
            return
        import threading

        # Reaped when it ends (no zombie), while the app goes on; it runs in its own session.
        threading.Thread(target=process.wait, name="player", daemon=True).start()
        self.app.call_from_thread(self._enclosure_done, f"Playing {url} with {one_line(argv[0])}", False)

    @work(group="download")
    async def _download(self, url: str, media_type: str | None) -> None:
        try:
            path = await self.library.download_enclosure(url, media_type)
        except FetchError as error:  # a DownloadError: says what and where
            self._enclosure_done(f"Download failed: {one_line(str(error))}", True)
            return
        self._enclosure_done(f"Downloaded to {one_line(str(path))}", False)

    def _enclosure_done(self, message: str, failed: bool) -> None:
        self.status.notice = message
        if failed:
            self.notify(message, title="Attachment", severity="warning", markup=False, timeout=8)
        else:
            self.notify(message, title="Attachment", markup=False)

    def action_search(self) -> None:
        from newstui.ui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(), self._searched)

    def _searched(self, text: str | None) -> None:
        """Run what the search box gave (None: Esc). Every outcome says something: a box
        left empty, or with no word in it, searches nothing and says so (the list stays);
        the same words again search again (a refresh may have brought more) and say again
        when nothing matches."""
        if text is None:
            return
        query = text.strip()
        if query.startswith('"'):
            self._search_quotes(query.strip('"'))
            return
        if not any(char.isalnum() for char in query):
            # The search matches words: punctuation alone would list nothing, and say so
            # as if the words were missing from the cache.
            self.status.notice = (
                "Nothing searched: type a word to find."
                if not query
                else f"Nothing searched: {one_line(query)!r} has no word to find."
            )
            return
        search = ItemFilter("search", query)
        if self.item_filter == search:
            self.item_list.reload()
            return
        if self.item_filter.kind != "search":
            self._before_search = self.item_filter
        self.choose_list(search)

    def action_leave_search(self) -> None:
        """Escape on search results: back to the list shown before the search. An article
        opened from the results closes with them: the list comes back with its cursor where
        it was, and a pane left on a result beside it would not be the row in view."""
        if self.item_filter.kind == "search":
            self.close_article()
            # At once, not by a message: a key typed with Escape (Escape j) moves in the list
            # come back to, not in the results going away (see `choose_list`).
            self.choose_list(self._before_search, focus_items=self.focused is self.item_list)

    # -- refresh --------------------------------------------------------------------------------

    def action_refresh_feed(self) -> None:
        """r: the feed at hand; on a tag its feeds, on a saved search the feeds it draws from,
        on All or Unread every feed (as A marks the list shown or highlighted); else the
        highlighted item's feed."""
        target = self._target_list()
        if target.kind in ("all", "unread"):
            # The list of every feed: refreshing one item's feed of it surprised (as R then).
            self.action_refresh_all()
            return
        if target.kind == "query":
            self._refresh_query(target.value or "")
            return
        tagged = self._tag_urls(target)
        if tagged:
            self.refresh_feeds(tagged)
            return
        url = self._target_feed_url()
        if url is None:
            self.action_refresh_all()
        else:
            self.refresh_feeds([url])

    def _target_list(self) -> ItemFilter:
        """The list a key for "this list" acts on: the feed list's highlighted entry while it
        has the focus, else the list shown."""
        if self.focused is self.feed_list:
            option = self.feed_list.highlighted_option
            if option is None or not option.id:
                return ItemFilter("all")
            return filter_from_id(option.id)
        return self.item_filter

    def _tag_urls(self, item_filter: ItemFilter) -> list[str]:
        """A tag's feeds, for r; it refreshed only the highlighted item's feed. A tag only
        filter rules give has no feeds of its own: [] (r goes by the item then)."""
        if item_filter.kind != "tag":
            return []
        return [feed.url for feed in self.news.config.feeds if item_filter.value in feed.tags]

    def query_feed_urls(self, name: str) -> list[str] | None:
        """The feeds a saved search draws from, in config order: those it names (`feeds`),
        of the tags it names (`tags`), of both when it names both (every condition holds).
        None (every feed) when it names neither, or only tags that filter rules also give
        (a rule may tag an item of any feed): its words or match expression may find an
        item of any feed. (newsboat's reload skips a query feed and only matches it again;
        r here fetches what the search can show, as it does for a tag.)"""
        query = self.news.config.query(name)
        if query is None:
            return None
        narrow_by_tags = bool(query.tags) and not self.library.rule_tags
        if not query.feeds and not narrow_by_tags:
            return None
        return [
            feed.url
            for feed in self.news.config.feeds
            if (not query.feeds or feed.url in query.feeds)
            and (not narrow_by_tags or any(tag in feed.tags for tag in query.tags))
        ]

    def _refresh_query(self, name: str) -> None:
        urls = self.query_feed_urls(name)
        if urls == []:
            self.status.notice = f"The saved search {one_line(name)} draws from no feed: nothing to refresh."
            return
        self.refresh_feeds(urls)

    def action_refresh_all(self) -> None:
        # R rereads the config's feeds first: a feed added with `newstui add` (as the empty
        # list advises) or removed while the app runs is fetched, or left, without a restart.
        self.refresh_feeds(None, reread=True)

    def _timed_refresh(self) -> None:
        """The timer: refresh the feeds due by their own `refresh_minutes` (R does them all)."""
        if "refresh" not in self.status.busy and self.news.config.feeds:
            self._refresh_due()

    def _timed_refresh_wanted(self) -> bool:
        """Does any feed refresh by itself ([general] or its own `refresh_minutes` above 0)?"""
        config = self.news.config
        return any(config.refresh_minutes_for(feed) > 0 for feed in config.feeds)

    @work(thread=True, exclusive=True, group="refresh-due")
    def _refresh_due(self) -> None:
        due = ask(self, "Could not read when the feeds were fetched", lambda: self.library.feeds_due(self.news.clock()))
        if due is not FAILED and due:
            self._ui(self._refresh_due_feeds, due)

    def _refresh_due_feeds(self, due: list[str]) -> None:
        if "refresh" in self.status.busy:  # R or r started one meanwhile: the next check finds the rest
            return
        # All of them due is R's refresh (and its summary).
        self.refresh_feeds(None if len(due) >= len(self.news.config.feeds) else due)

    def refresh_feeds(self, only: list[str] | None, reread: bool = False) -> None:
        """Refresh these feeds (None: all); `reread` reads the config's feeds again first (R)."""
        if self.news.read_only is not None:
            self.status.notice = f"Cannot refresh: the cache is read-only ({self.news.read_only})"
            return
        if not self.news.config.feeds and not reread:
            self.status.notice = "No feeds to refresh: add one with newstui add URL."
            return
        if "refresh" in self.status.busy:
            self.status.notice = "A refresh is already running."
            return
        self.status.start("refresh")
        self.status.progress = "Refreshing…"
        self._refreshing_only = only
        self._config_change = ""
        self._refresh(only, reread)

    def _progress_poster(self) -> Callable[[ProgressEvent], None]:
        """A progress callback for a refresh or an article pass. It is called on their event
        loop once per feed or page: it never waits for the UI (it posts, it does not call),
        and posts at most ten events a second; the last one always."""
        throttle = Throttle(PROGRESS_INTERVAL)

        def progress(event: ProgressEvent) -> None:
            if throttle.ready(event.final):
                self.post_message(RefreshProgress(event))

        return progress

    @work(thread=True, group="refresh")
    def _refresh(self, only: list[str] | None, reread: bool = False) -> None:
        progress = self._progress_poster()
        summary: RefreshSummary | None = None
        error: str | None = None
        mark: int | None = None
        newest: int | None = None
        if reread and not self._reread_feeds():
            return
        try:
            mark = self.library.last_item_id()
            # A feed told to wait (429/503 + Retry-After) comes back in summary.waiting, not failed.
            summary = self.library.refresh(only=only, progress=progress)
            newest = self.library.last_item_id()  # the reload after it lists at least these
        except LibraryClosed:
            return  # the app is quitting
        except RefreshRunning as running:
            # Another process (cron's `newstui refresh`) holds the refresh lock: nothing was fetched.
            self._ui(self._refresh_running, str(running))
            return
        except Exception as exc:  # noqa: BLE001 - a refresh failure is reported in the status line and a toast
            error = str(exc) or type(exc).__name__
        self._ui(self._refreshed, summary, error, mark, newest)

    def _reread_feeds(self) -> bool:
        """From the refresh worker: take the config file's feeds as they are now. False when
        there is nothing to refresh (the refresh is then over, and the status line says why)."""
        try:
            with self._feeds_edit:
                added, removed = self.library.reread_feeds()
        except LibraryClosed:
            return False
        except NewstuiError as error:  # a half-edited file: the feeds in use stay
            message = f"The config was not read again: {error}"
            self._ui(self.notify, message, title="Config", severity="warning", markup=False, timeout=10)
            added = removed = 0
        # Any change of the feeds, not only one added or removed: a tag or a title edited
        # too (the app's config drives tag refreshes, the timer and the feed list).
        if self.library.config.feeds != self.news.config.feeds:
            self._ui(self._feeds_reread, added, removed)
        if not self.library.config.feeds:
            again = self._key_for("feeds.refresh-all", "R")
            self._ui(
                self._refresh_running, f"no feeds to refresh: add one with newstui add URL, then press {again} again"
            )
            return False
        return True

    def _feeds_reread(self, added: int, removed: int) -> None:
        self.news.config = self.library.config  # here, on the UI thread that reads it
        said = [
            f"{plural(added, 'feed')} added" if added else "",
            f"{plural(removed, 'feed')} removed" if removed else "",
        ]
        change = " and ".join(part for part in said if part).capitalize() or "Feeds changed"
        self._config_change = change + " in the config"
        if self.news.config.feeds and self.item_list.no_feeds_hint is not None:
            self.item_list.no_feeds_hint = None
            if self.open_item is None:
                self.article_view.show(None)  # "Choose an item…" again: now there will be some
        self.load_feeds()

    # -- feeds added and the config edited in the reader --------------------------------------------

    def action_add_feed(self) -> None:
        """+ or the palette's "Add feed…" (newsboat's users manage feeds without leaving it):
        ask for the feed's address, title and tags; it is written to the config as `newstui
        add` writes it, listed at once and fetched in a worker, its failure shown on it (✗)."""
        if self._refuse_write():
            return
        from newstui.ui.screens.add_feeds import AddFeedScreen

        self.app.push_screen(AddFeedScreen(self.library.new_feed_problem), self._feed_asked)

    def _feed_asked(self, feed: FeedConfig | None) -> None:
        if feed is not None:
            self.status.notice = f"Adding {readable_url(feed.url)}…"
            self._add_feeds([feed], None)

    def action_import_opml(self) -> None:
        """The palette's "Import OPML…": the feeds of an OPML file, as `newstui import-opml` adds them."""
        if self._refuse_write():
            return
        from newstui.ui.screens.add_feeds import ImportOpmlScreen

        self.app.push_screen(ImportOpmlScreen(), self._opml_asked)

    def _opml_asked(self, path: Path | None) -> None:
        if path is not None:
            self.status.notice = f"Importing {one_line(str(path))}…"
            self._add_feeds([], path)

    @work(thread=True, group="add-feeds")
    def _add_feeds(self, feeds: list[FeedConfig], opml: Path | None) -> None:
        """Write the feeds (or the OPML file's) to the config and take its feeds again. The
        file's lock, the OPML file and the store are waited for here, never on the UI."""
        with self._feeds_edit:
            before = {feed.url for feed in self.library.config.feeds}
            try:
                if opml is not None:
                    feeds = self.library.read_opml(opml)
                added, skipped = self.library.add_feeds(feeds)
            except LibraryClosed:
                return
            except Exception as error:  # noqa: BLE001 - a broken config, a held lock, a bad file: said, nothing lost
                self._ui(self._feeds_not_added, str(error) or type(error).__name__, opml)
                return
            new = [feed.url for feed in self.library.config.feeds if feed.url not in before]
        self._ui(self._feeds_added, len(added), [reason for _, reason in skipped], new, opml)

    def _feeds_not_added(self, error: str, opml: Path | None) -> None:
        what = f"No feed imported from {one_line(str(opml))}" if opml is not None else "The feed was not added"
        self.status.notice = f"{what}: {hide_password(one_line(error))}"

    def _feeds_added(self, added: int, skipped: list[str], new: list[str], opml: Path | None) -> None:
        if opml is not None:
            left = f"; {plural(len(skipped), 'feed')} skipped (already in the config, or no http(s) URL)"
            said = f"Imported {plural(added, 'feed')} from {one_line(str(opml))}{left if skipped else ''}"
        elif added:
            said = f"Added {readable_url(new[0]) if new else 'the feed'} to {self.news.config.path}"
        else:
            said = f"Not added: {hide_password(one_line(skipped[0])) if skipped else 'nothing to add'}"
        if new:
            self._feeds_reread(len(new), 0)
            self._fetch_new(new, said)
        else:
            self.status.notice = said + "."

    def _fetch_new(self, urls: list[str], said: str) -> None:
        """Fetch feeds just added (listed already): now, or after the refresh that runs."""
        if "refresh" in self.status.busy:
            queued = set(self._fetch_after)  # an OPML import may queue thousands: no scan per URL
            self._fetch_after.extend(url for url in urls if url not in queued)
            self.status.notice = f"{said}; fetched when the refresh running ends."
            return
        self.refresh_feeds(urls)
        self.status.notice = f"{said}; fetching {'it' if len(urls) == 1 else 'them'}…"
        self._config_change = said  # the refresh's summary says it again, first

    def action_edit_config(self) -> None:
        """The palette's "Edit config" (newsboat's E edits its urls file): the config file in
        $VISUAL or $EDITOR, handed the terminal as the pager of | is; then its feeds are read
        again. A file left broken is said with its line, and the config in use stays."""
        from newstui.ui.external import editor_command, run_editor

        command = editor_command()
        path = self.news.config.path
        try:
            code = self._with_terminal(lambda: run_editor(command, path))
        except OSError as error:
            why = one_line(error.strerror or str(error))
            self.status.notice = f"Could not run the editor {one_line(command[0])}: {why} (set VISUAL or EDITOR)."
            return
        if self.news.read_only is not None:
            self.status.notice = "The cache is read-only: the config's feeds are read at the next start."
            return
        self._reread_config(code, one_line(command[0]))

    @work(thread=True, exclusive=True, group="reread-config")
    def _reread_config(self, code: int, editor: str) -> None:
        with self._feeds_edit:
            before = {feed.url for feed in self.library.config.feeds}
            try:
                added, removed = self.library.reread_feeds()
            except LibraryClosed:
                return
            except Exception as error:  # noqa: BLE001 - a broken file (its line said); the config in use stays
                self._ui(self._config_refused, str(error) or type(error).__name__)
                return
            new = [feed.url for feed in self.library.config.feeds if feed.url not in before]
        self._ui(self._config_reread, added, removed, new, code, editor)

    def _config_refused(self, error: str) -> None:
        message = f"{one_line(error)}. The config in use stays as it was; Edit config again to fix it."
        self.notify(message, title="Config not read", severity="error", markup=False, timeout=20)

    def _config_reread(self, added: int, removed: int, new: list[str], code: int, editor: str) -> None:
        exited = f"{editor} exited with status {code}. " if code else ""
        if self.library.config.feeds == self.news.config.feeds:
            self.status.notice = f"{exited}The config's feeds are as they were (other settings: at the next start)."
            return
        self._feeds_reread(added, removed)
        said = f"{exited}{self._config_change} (other settings: at the next start)"
        if new:
            self._fetch_new(new, said)
        else:
            self.status.notice = said + "."

    def _refresh_running(self, message: str) -> None:
        self.status.stop("refresh")
        self.status.progress = ""
        self.status.notice = f"{message[:1].upper()}{message[1:]}."

    @on(RefreshProgress)
    def _progress(self, message: RefreshProgress) -> None:
        # A late one after its pass ended is stale; the feeds' progress wins over the articles'.
        busy = self.status.busy
        feeds = message.event.stage == "feeds"
        if ("refresh" in busy) if feeds else ("prefetch" in busy and "refresh" not in busy):
            self.status.progress = message.text

    def _look_outside(self) -> None:
        if "refresh" not in self.status.busy:  # the app's own refresh reloads by itself
            self._newest_item()

    @work(thread=True, exclusive=True, group="outside")
    def _newest_item(self) -> None:
        try:
            newest = self.library.last_item_id()
        except LibraryClosed:
            return
        except NewstuiError:
            return  # a busy or locked cache: the next look asks again
        self._ui(self._outside_items, newest)

    def _outside_items(self, newest: int) -> None:
        """Another process stored items up to `newest`: show them as after a refresh of ours."""
        seen, self._seen_item_id = self._seen_item_id, newest
        if seen is None or newest <= seen or "refresh" in self.status.busy:
            return
        self.load_feeds()
        self.item_list.reload()
        self.status.notice = "New items from a refresh outside the app (newstui refresh) are listed."

    def _refreshed(
        self, summary: RefreshSummary | None, error: str | None, mark: int | None = None, newest: int | None = None
    ) -> None:
        # The reload below lists at least the items up to `newest`: the next look shows those a
        # cron job stores after them (forgotten, that look took them as already shown).
        self._seen_item_id = newest
        self.status.stop("refresh")
        self.status.progress = ""
        if summary is None:
            self.notify(f"Refresh failed: {error}", severity="error", markup=False)
            self.status.notice = "Refresh failed."
        else:
            said = self._describe_refresh(summary)
            # First: the summary after it may be cut at the edge of the line.
            self.status.notice = f"{self._config_change}. {said}" if self._config_change else said
        self.load_feeds()
        self.item_list.reload()
        if summary is not None and summary.pages_due and self.news.config.general.fetch_full_articles:
            self._prefetch(mark)
        if self._fetch_after:
            urls, self._fetch_after = self._fetch_after, []
            self.refresh_feeds(urls)

    def _describe_refresh(self, summary: RefreshSummary) -> str:
        """The status line after a refresh: the summary, and where to look when feeds failed."""
        failed = summary.failed
        if summary.total == 1 and not failed and not summary.ok and summary.waiting:
            url, until = summary.waiting[-1]  # the one feed fetched: its server asked to wait
            feed = self._feeds.get(url)
            return f"⏸ {one_line(feed.title) if feed else one_line(url)}: {waiting_note(until)}"
        if failed and summary.total == 1:
            failure = failed[0]
            feed = self._feeds.get(failure.url)
            name = feed_name(feed.title, feed.url) if feed else readable_url(failure.url)
            return f"Could not refresh {name}: {one_line(failure.error)}"
        only = self._refreshing_only
        if summary.total == 1 and only and len(only) == 1:
            url = only[0]
            feed = self._feeds.get(url)
            new = summary.new_by_feed.get(url, 0)
            return f"Refreshed {one_line(feed.title) if feed else one_line(url)}: {plural(new, 'new item')}"
        errors = {one_line(failure.error) for failure in failed}
        if len(failed) == summary.total > 1 and len(errors) == 1:
            # Every feed failed the same way (offline, a proxy down): the reason, once, where
            # "0 ok, 8 failed (✗ marks them…)" sent the reader to open each feed's error.
            return f"All {summary.total} feeds failed: {errors.pop()}"
        line = format_summary(summary)
        if failed:
            # Where to look, with the error key as the user has it.
            line += f" (✗ marks them in the feed list, where {self._key_for('feeds.show-error', 'e')} shows why)"
        return line

    @work(thread=True, exclusive=True, group="prefetch")
    def _prefetch(self, after_id: int | None) -> None:
        """Fetch the pages of the items the refresh added, in the background (bounded)."""
        if not self._ui(self.status.start, "prefetch"):
            return
        try:
            self.library.fetch_new_articles(after_id=after_id, progress=self._progress_poster())
        except LibraryClosed:
            return  # the app is quitting
        except Exception as error:  # noqa: BLE001 - background work: tell, don't crash
            self._ui(self.notify, f"Fetching articles: {error}", severity="warning", markup=False)
        else:
            # The new articles brought their quotes: Speakers and Stories count them, and
            # the item list marks the items of the stories they made ("+1").
            self._ui(self._load_whosaid)
            self._ui(self.item_list.refresh_story_marks)
        finally:
            self._job_done("prefetch")


def tag_counts(feeds: list[Feed]) -> list[tuple[str, int]]:
    """(tag, unread) for the configured feeds' tags, from the feeds' counts."""
    counts: dict[str, int] = {}
    for feed in feeds:
        if feed.in_config:
            for tag in feed.tags:
                counts[tag] = counts.get(tag, 0) + feed.unread
    return sorted(counts.items())


def format_summary(summary: RefreshSummary) -> str:
    """A one-line account of a refresh."""
    line = f"Refreshed: {summary.ok} ok, {len(summary.failed)} failed, {plural(summary.new_items, 'new item')}"
    # Feeds skipped because their server asked to wait (Retry-After) are neither.
    return f"{line}, {len(summary.waiting)} waiting (server asked)" if summary.waiting else line
