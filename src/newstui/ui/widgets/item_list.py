"""The item list: a virtual, line-API list that pages its rows from SQLite.

Its height is the item count; only the pages around the viewport are ever loaded
(in a thread worker), so 100,000 items cost what 200 do. Never one widget per row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar, cast

from textual import events, work
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import RenderOptions
from textual.worker import Worker, get_current_worker

from newstui.errors import NewstuiError
from newstui.model import Item
from newstui.service import ItemFilter, Library
from newstui.text import one_line, plural
from newstui.ui import bindings
from newstui.ui.cells import LTR_MARK, needs_ltr_mark, steady
from newstui.ui.keys import key_display
from newstui.ui.messages import Notice
from newstui.ui.wrap import wrap_words

PAGE = 200
"""Rows per page read from SQLite."""

TYPED_AHEAD_MAX = 50
"""Keys kept for a list still loading (a paste of a thousand j's is not a plan)."""


def age(published: datetime | None, now: datetime) -> str:
    """A compact age: '5m', '3h', '2d', '7w', '3y' ('' when unknown)."""
    if published is None:
        return ""
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    seconds = max(0, int((now - published).total_seconds()))
    for unit, size in (("y", 365 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return "now"


class ItemList(ScrollView, can_focus=True):
    """The items of the current filter, newest first, one line each."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.ITEM_LIST.bindings

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-list--cursor",
        "item-list--unread",
        "item-list--read",
        "item-list--feed",
        "item-list--age",
        "item-list--bookmark",
        "item-list--open",
        "item-list--highlight",
    }

    DEFAULT_CSS = """
    ItemList {
        height: 1fr;
        overflow-x: hidden;
        & > .item-list--cursor { background: $foreground 12%; }
        &:focus > .item-list--cursor {
            background: $block-cursor-background; color: $block-cursor-foreground;
        }
        & > .item-list--unread { color: $item-unread; text-style: bold; }
        & > .item-list--read { color: $item-read; }
        & > .item-list--feed { color: $item-read; }
        & > .item-list--age { color: $item-read; }
        & > .item-list--bookmark { color: $bookmark-mark; }
        & > .item-list--open { color: $accent; text-style: bold; }
    }
    """

    @dataclass
    class Opened(Message):
        """The user opened an item (Enter or a click)."""

        item: Item

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto an item."""

        item: Item | None

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ItemList.Highlighted)

    @dataclass
    class Loaded(Message):
        """The list (re)loaded its count for a filter."""

        item_filter: ItemFilter
        count: int

    item_filter: reactive[ItemFilter] = reactive(ItemFilter("all"), init=False, always_update=True)
    """What the list shows; setting it reloads from the top."""
    cursor: reactive[int] = reactive(0, init=False, repaint=False)
    """Row of the highlighted item."""
    count: int = 0
    """Rows in the list (the filter's item count)."""

    def __init__(
        self,
        library: Library,
        clock: Callable[[], datetime],
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.library = library
        self.clock = clock
        self.count = 0
        self._pages: dict[int, list[Item]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._now = clock()
        self._loaded = False
        self.open_id: int | None = None
        """The item shown in the article pane: its row carries a ▸ wherever the cursor goes."""
        self.no_feeds_hint: str | None = None
        """Set when the config has no feeds: the empty list says where to add them."""
        self.feed_hint: Callable[[str], str | None] = lambda url: None
        """What an empty feed's list says about that feed (its last refresh failed), asked
        when the list is drawn, so it is never older than the feed's state."""
        self._strips: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        """Rendered rows: moving the cursor redraws two rows from this cache."""
        self._outlets: dict[int, int] = {}
        """Item id -> other feeds carrying its story ("+2 outlets"), read per loaded page."""
        self.order = "date"
        """The sort order: a key of `newstui.store.ITEM_ORDERS`."""
        self.hide_read = False
        """Leave read items out of the list."""
        self.hidden_read = 0
        """With `hide_read`, how many read items an empty list leaves out (for its hint)."""
        self._highlighted: set[int] = set()
        """Items a filter rule highlights, read per loaded page (like the story marks)."""
        self._changed: dict[int, Item] = {}
        """Items whose state changed since their page was loaded, by id. The pages keep
        the items as loaded: their order keys say where the rows stand (n/p search by them)."""
        self._sized = False
        """Whether the list's size is known (the first page alone shows before it)."""
        self._typed_ahead: list[str] = []
        """The actions of keys typed while a new list loads (Enter on a feed then j at once):
        run in order once its first rows are there, where they were lost on the old list."""
        self._unreadable = False
        """Whether nothing of the list could be read (its count or first page failed)."""
        self._pressed_row: int | None = None
        """The row the mouse button went down on, for the click that follows (see on_mouse_down)."""
        self.start_at: Item | None = None
        """The item the next list shown opens on (the place it kept), set before `item_filter`:
        keys typed ahead then move on from it, where they ran from the top row and the cursor
        was only put on the place afterwards (a typed-ahead Enter opened another item)."""
        self._finder: Worker[None] | None = None
        """The last `find_unread` search."""
        self._finder_seq = 0
        """Counts `find_unread` searches and drops: only the last search's answer is taken."""
        self.pinned: Item | None = None
        """The item open in the article pane (set by the screen): a load with read items
        hidden (or of the Unread list) still lists it, at its place, while it is open (newsboat keeps the article
        being read in its list): H, or a refresh, took it from under the reader, and the
        cursor landed on another item beside the article shown."""
        self._pin: tuple[Item, int] | None = None
        """The pinned item as this load lists it, and its row, when the store's list left it
        out (it is read and read items are hidden); the rows after it are the store's rows + 1."""

    # -- data ------------------------------------------------------------------------------

    def watch_item_filter(self, item_filter: ItemFilter) -> None:
        self._generation += 1
        self._loaded = False
        self._sized = False
        self._pages.clear()
        self._pin = None  # the list left's pinned row: kept, it stood on the new list's rows
        self._pending.clear()
        self._changed.clear()
        self._typed_ahead.clear()  # typed for the list left before it was shown
        self._unreadable = False
        self.set_reactive(ItemList.cursor, 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        keep, self.start_at = self.start_at, None
        self._load_count(item_filter, self._generation, keep, self.order, self.hide_read, self.pinned)

    def reload(self, keep: Item | None = None) -> None:
        """Reload from the store, with the cursor on `keep` (default: the highlighted item)
        wherever it now stands, and the scroll position moved with it."""
        self._generation += 1
        self._pending.clear()
        anchor = keep if keep is not None else self.loaded_item(self.cursor)
        self._load_count(self.item_filter, self._generation, anchor, self.order, self.hide_read, self.pinned)

    def set_view(self, order: str, hide_read: bool) -> None:
        """Sort the list another way or hide/show read items, keeping the highlighted item."""
        self.order = order
        self.hide_read = hide_read
        self.reload()

    @work(thread=True, exclusive=True, group="item-count")
    def _load_count(
        self,
        item_filter: ItemFilter,
        generation: int,
        keep: Item | None,
        order: str,
        hide_read: bool,
        pinned: Item | None = None,
    ) -> None:
        try:
            unread_only = hide_read or item_filter.kind == "unread"
            pin = self._pin_row(item_filter, pinned, order, hide_read) if unread_only and pinned else None
            self._count_and_first_page(item_filter, generation, keep, order, hide_read, pin)
        except NewstuiError as error:
            self.app.call_from_thread(self._load_failed, generation)
            self.app.call_from_thread(self.post_message, Notice(f"Could not read the items: {error}"))

    def _load_failed(self, generation: int) -> None:
        """The list could not be read (the count or its first page failed): it stands as far
        as it was read, and the keys held for its rows are dropped, where a held G kept every
        later key waiting behind it until another list was chosen."""
        if generation != self._generation:
            return
        self._typed_ahead.clear()
        if not self._loaded:
            self._unreadable = True  # the empty list says why, not "No items yet"
            self._pages = {}
            self._pin = None
            self.count = 0
            self.virtual_size = Size(self.size.width, 0)
            self.refresh()
        self._loaded = True
        self._sized = True

    def _pin_row(self, item_filter: ItemFilter, pinned: Item, order: str, hide_read: bool) -> tuple[Item, int] | None:
        """From the load's worker: the open item and the row it takes among the unread items
        when the store's list of unread items (read hidden, or the Unread list) leaves it out
        (it is read now); None when it is listed anyway (unread), gone, or not of this list at
        all (opened from another list)."""
        item = self.library.item(pinned.id)
        if item is None or not item.read:
            return None
        every = ItemFilter("all") if item_filter.kind == "unread" else item_filter  # read ones too
        if not self.library.holds(every, item, order, item_read=True):
            return None
        at = self.library.row_of(item_filter, item, order, hide_read=hide_read, item_read=True)
        return None if at is None else (item, at)

    def _count_and_first_page(
        self,
        item_filter: ItemFilter,
        generation: int,
        keep: Item | None,
        order: str,
        hide_read: bool,
        pin: tuple[Item, int] | None = None,
    ) -> None:
        def page(offset: int) -> list[Item]:
            return self.library.page(item_filter, offset, PAGE, order=order, hide_read=hide_read)

        if keep is None and pin is None:
            # The first page costs a millisecond, the count of a big cache far more:
            # show the page at once, then size the list when the count is known.
            first = page(0)
            if get_current_worker().is_cancelled:
                return
            self.app.call_from_thread(self._apply_first_page, generation, first)
            if len(first) < PAGE:
                hidden = self._hidden_count(item_filter, len(first), hide_read)
                self.app.call_from_thread(
                    self._apply_count, item_filter, generation, len(first), {0: first}, None, None, hidden
                )
                self._mark_stories(generation, first)
                self._mark_highlights(generation, first)
                return
        stored = self.library.count(item_filter, hide_read)
        count = stored + (1 if pin is not None else 0)
        old_row: int | None = None  # a new list: the cursor stays where keys typed since moved it
        new_row: int | None = None
        if keep is not None and count:
            old_row = new_row = self.cursor
            # Where the item stands now, by its order keys: new items, a new order or
            # hidden read items all move it.
            if pin is not None and pin[0].id == keep.id:
                row: int | None = pin[1]
            else:
                row = self.library.row_of(item_filter, keep, order, hide_read)
                if row is not None and pin is not None and row >= pin[1]:
                    row += 1  # below the pinned row
            new_row = min(row, count - 1) if row is not None else min(old_row, count - 1)
        store_row = new_row if new_row is not None else 0
        if pin is not None and store_row > pin[1]:
            store_row -= 1
        first_offset = (store_row // PAGE) * PAGE
        pages: dict[int, list[Item]] = {}
        first = page(first_offset) if stored else []
        pages[first_offset // PAGE] = first
        if get_current_worker().is_cancelled:
            return
        hidden = self._hidden_count(item_filter, count, hide_read)
        self.app.call_from_thread(
            self._apply_count, item_filter, generation, count, pages, old_row, new_row, hidden, pin
        )
        marked = [*first, pin[0]] if pin is not None else first  # the pinned row is on no page
        self._mark_stories(generation, marked)
        self._mark_highlights(generation, marked)

    def _hidden_count(self, item_filter: ItemFilter, count: int, hide_read: bool) -> int:
        """The read items an empty list hides (0 unless the list is empty with read items hidden)."""
        return self.library.count(item_filter, False) if hide_read and not count else 0

    def empty_hint(self) -> str:
        """What an empty list says instead of nothing."""
        if self._unreadable:
            return "The items could not be read: the status line says why."
        if self.no_feeds_hint:
            return self.no_feeds_hint
        if self.hide_read and self.hidden_read:
            # With H on, "No items yet: R refreshes" (or "No bookmarks yet") was said of a list
            # whose items were all read, hidden.
            config = getattr(self.app, "config", None)  # NewsApp's; the key as the user bound it
            keys: Mapping[str, str] = config.keys if config is not None else {}
            key = key_display(self.app, keys, "items.hide-read", "H")
            return f"{plural(self.hidden_read, 'read item')} hidden: {key} shows them."
        kind = self.item_filter.kind
        if kind == "search":
            return "Nothing matches."
        if kind == "query":
            return "Nothing matches this saved search."
        if kind == "bookmarks":
            return "No bookmarks yet: b bookmarks an item."
        if kind == "unread":
            return "All read."
        if kind == "feed" and self.item_filter.value and (hint := self.feed_hint(self.item_filter.value)):
            return hint
        return "No items yet: R refreshes the feeds."

    def _apply_first_page(self, generation: int, first: list[Item]) -> None:
        if generation != self._generation:
            return
        self._loaded = True
        self._unreadable = False
        self._now = self.clock()
        self._strips.clear()
        self._changed.clear()
        self._pages = {0: first}
        self._pin = None
        self.count = len(first)
        self.virtual_size = Size(self.size.width, self.count)
        self.refresh()
        self.post_message(self.Highlighted(self.current_item))
        self._replay_typed()

    def _replay_typed(self) -> None:
        """Run the keys typed ahead, in order; from a G on, once the list's size is known."""
        typed, self._typed_ahead = self._typed_ahead, []
        for index, action in enumerate(typed):
            if self.app.focused is not self:
                return  # the keys were meant for this list: Enter, Enter, Tab opened an item
            if action == "last" and not self._sized:
                self._typed_ahead = typed[index:]  # the first page is not the whole list
                return
            getattr(self, f"action_{action}")()

    def _waits_for_rows(self, action: str) -> bool:
        """While a new list loads, keep a key's action for its rows (True): run now, it
        moved nothing (or the list being left) and the first page put the cursor on top.
        G waits for the list's size too (on the first page alone it stopped on row 200),
        and any key typed after a waiting one waits behind it."""
        if self._loaded and not self._typed_ahead and (action != "last" or self._sized):
            return False
        if len(self._typed_ahead) < TYPED_AHEAD_MAX:
            self._typed_ahead.append(action)
        return True

    def _apply_count(
        self,
        item_filter: ItemFilter,
        generation: int,
        count: int,
        pages: dict[int, list[Item]],
        old_row: int | None,
        new_row: int | None,
        hidden: int = 0,
        pin: tuple[Item, int] | None = None,
    ) -> None:
        """Size the list; `new_row` is where the kept item now stands (None: a new list, whose
        cursor stays where the keys typed since its first page put it)."""
        if generation != self._generation:
            return
        if old_row is None or new_row is None:
            old_row = new_row = self.cursor
        self.hidden_read = hidden
        self._unreadable = False
        self._loaded = True
        self._sized = True
        self._now = self.clock()
        self._strips.clear()
        self._changed.clear()
        self._pages = dict(pages)
        self._pin = pin
        self.count = count
        self.virtual_size = Size(self.size.width, count)
        if new_row != old_row:
            # Keep the reading position: the rows above grew by (new_row - old_row).
            self.scroll_to(y=self.scroll_y + (new_row - old_row), animate=False, immediate=True)
        row = min(new_row, max(0, count - 1))
        self.set_reactive(ItemList.cursor, row)
        if count and not int(self.scroll_y) <= row < int(self.scroll_y) + max(1, self.size.height):
            self.scroll_to_region(Region(0, row, 1, 1), animate=False, immediate=True, force=True)
        self.refresh()
        self.post_message(self.Loaded(item_filter, count))
        self.post_message(self.Highlighted(self.current_item))
        self._replay_typed()  # a list opened on its kept place, or a G that waited for the size

    def _request_page(self, page: int) -> None:
        if page in self._pages or page in self._pending or page < 0 or page * PAGE >= self._stored_count:
            return
        self._pending.add(page)
        self._load_page(self.item_filter, self._generation, page)

    @work(thread=True, group="item-pages")
    def _load_page(self, item_filter: ItemFilter, generation: int, page: int) -> None:
        try:
            items = self.library.page(
                item_filter,
                page * PAGE,
                PAGE,
                total=self._stored_count or None,
                order=self.order,
                hide_read=self.hide_read,
            )
        except NewstuiError as error:
            self.app.call_from_thread(self.post_message, Notice(f"Could not read the items: {error}"))
            return
        self.app.call_from_thread(self._apply_page, generation, page, items)
        self._mark_stories(generation, items)
        self._mark_highlights(generation, items)

    def refresh_story_marks(self) -> None:
        """Read the story marks of the loaded pages again: articles fetched in the
        background bring quotes, and so stories, the marks read with the pages lack."""
        items = self._marked([item for page in self._pages.values() for item in page])
        if items:
            self._remark_stories(self._generation, items)

    @work(thread=True, exclusive=True, group="item-story-marks")
    def _remark_stories(self, generation: int, items: list[Item]) -> None:
        self._mark_stories(generation, items)

    def _mark_stories(self, generation: int, items: list[Item]) -> None:
        """From the worker that loaded a page, after it is shown: which of its items other
        feeds also carry (one indexed query for the page, never for the whole list)."""
        if not items or get_current_worker().is_cancelled:
            return
        try:
            outlets = self.library.story_outlets([item.id for item in items])
        except NewstuiError as error:
            self.app.call_from_thread(self.post_message, Notice(f"Could not read the stories: {error}"))
            return
        self.app.call_from_thread(self._apply_outlets, generation, [item.id for item in items], outlets)

    def _apply_outlets(self, generation: int, item_ids: list[int], outlets: dict[int, int]) -> None:
        if generation != self._generation:
            return
        for item_id in item_ids:
            self._outlets.pop(item_id, None)
        self._outlets.update(outlets)
        if outlets:
            self.refresh()

    def _mark_highlights(self, generation: int, items: list[Item]) -> None:
        """From the worker that loaded a page, after it is shown: which of its items a filter
        rule highlights (one query for the page; none at all when no rule highlights)."""
        if not items or not self.library.highlights or get_current_worker().is_cancelled:
            return
        try:
            found = self.library.highlighted([item.id for item in items])
        except NewstuiError as error:
            self.app.call_from_thread(self.post_message, Notice(f"Could not read the highlights: {error}"))
            return
        self.app.call_from_thread(self._apply_highlights, generation, [item.id for item in items], found)

    def _apply_highlights(self, generation: int, item_ids: list[int], found: set[int]) -> None:
        if generation != self._generation:
            return
        before = self._highlighted & set(item_ids)
        self._highlighted.difference_update(item_ids)
        self._highlighted.update(found)
        if found or before:
            self.refresh()

    def _apply_page(self, generation: int, page: int, items: list[Item]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = items
        # Keep memory bounded: drop pages far from the viewport.
        here = int(self.scroll_y) // PAGE
        for stale in [p for p in self._pages if abs(p - here) > 4]:
            del self._pages[stale]
        self.refresh()
        if page == self._store_row(self.cursor) // PAGE:
            self.post_message(self.Highlighted(self.current_item))

    def item_at(self, row: int) -> Item | None:
        """The item on a row, as it is now, if its page is loaded (requests the page otherwise)."""
        item = self.loaded_item(row)
        return None if item is None else self._changed.get(item.id, item)

    @property
    def _stored_count(self) -> int:
        """The rows of the store's list (the count less a pinned row)."""
        return self.count - (1 if self._pin is not None else 0)

    def _store_row(self, row: int) -> int:
        """The store's row shown on a list row: below a pinned row, one less (the pinned
        row is none of the store's). The pinned row itself maps to its own row."""
        return row - 1 if self._pin is not None and row > self._pin[1] else row

    def _marked(self, items: list[Item]) -> list[Item]:
        """Items whose marks (story, highlight) a page load reads: the page's, and the pinned
        item with them, which is on no page (it was left without its "+N")."""
        pin = self._pin
        return [*items, pin[0]] if pin is not None and all(item.id != pin[0].id for item in items) else items

    def loaded_item(self, row: int) -> Item | None:
        """The item on a row as its page was loaded (the state that placed it on that row)."""
        if not 0 <= row < self.count:
            return None
        if self._pin is not None and row == self._pin[1]:
            return self._pin[0]
        row = self._store_row(row)
        page = self._pages.get(row // PAGE)
        if page is None:
            self._request_page(row // PAGE)
            return None
        index = row % PAGE
        return page[index] if index < len(page) else None

    def loaded_row(self, item_id: int) -> int | None:
        """The row of an item in the loaded pages, or None."""
        pin = self._pin
        if pin is not None and pin[0].id == item_id:
            return pin[1]
        for page_no, page in self._pages.items():
            for index, item in enumerate(page):
                if item.id == item_id:
                    row = page_no * PAGE + index
                    return row + 1 if pin is not None and row >= pin[1] else row
        return None

    def go_to(self, item: Item) -> None:
        """Put the cursor on an item: at once when its row is loaded, else after a reload."""
        row = self.loaded_row(item.id)
        if row is not None:
            self.select_row(row)
        else:
            self.reload(keep=item)

    @property
    def current_item(self) -> Item | None:
        return self.item_at(self.cursor)

    def update_item(self, item: Item) -> None:
        """Show a loaded item's new state (read or bookmark changed) and redraw its row.
        The row stays where it is until the list is reloaded."""
        row = self.loaded_row(item.id)
        if row is not None:
            self._changed[item.id] = item
            self.refresh_row(row)
        if self.current_item is not None and self.current_item.id == item.id:
            self.post_message(self.Highlighted(item))

    def update_items(self, change: Callable[[Item], Item | None]) -> None:
        """Apply `change` to every loaded item as shown (None: unchanged) and redraw."""
        pinned = [self._pin[0]] if self._pin is not None else []
        for page in [*self._pages.values(), pinned]:
            for old in page:
                new = change(self._changed.get(old.id, old))
                if new is not None:
                    self._changed[old.id] = new
        self.refresh()

    def mark_open(self, item_id: int | None) -> None:
        """Move the ▸ of the open item to another item (None: no item open)."""
        if item_id == self.open_id:
            return
        self.open_id = item_id
        self.refresh()

    def select_row(self, row: int) -> None:
        """Move the cursor to a row (clamped) and scroll it into view."""
        if not self.count:
            return
        self.cursor = max(0, min(row, self.count - 1))

    # -- cursor ------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_row(old)
        self.refresh_row(new)
        top = int(self.scroll_y)
        if not top <= new < top + self.size.height:
            self.scroll_to_region(Region(0, new, 1, 1), animate=False, immediate=True, force=True)
        self.post_message(self.Highlighted(self.current_item))

    def refresh_row(self, row: int) -> None:
        y = row - int(self.scroll_y)
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def action_cursor_down(self) -> None:
        if not self._waits_for_rows("cursor_down"):
            self.select_row(self.cursor + 1)

    def action_cursor_up(self) -> None:
        if not self._waits_for_rows("cursor_up"):
            self.select_row(self.cursor - 1)

    def action_page_down(self) -> None:
        if not self._waits_for_rows("page_down"):
            self.select_row(self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        if not self._waits_for_rows("page_up"):
            self.select_row(self.cursor - max(1, self.size.height - 1))

    def action_first(self) -> None:
        if not self._waits_for_rows("first"):
            self.select_row(0)

    def action_last(self) -> None:
        if not self._waits_for_rows("last"):
            self.select_row(self.count - 1)

    def action_open(self) -> None:
        if self._waits_for_rows("open"):
            return
        item = self.current_item
        if item is not None:
            # Marked open as the key is read, not when the screen takes the message: a q
            # typed with this Enter (one burst) then finds the item opening and closes it.
            self.mark_open(item.id)
            self.post_message(self.Opened(item))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        # The row under the pointer as the button goes down, by the event's own offset (taken
        # against the layout of that moment). The press may move the focus here from the feed
        # list, which on a short terminal then shrinks and slides this list up before the
        # button is up: the click's position named the row that slid under the pointer.
        offset = event.get_content_offset_capture(self)
        self._pressed_row = int(self.scroll_y) + offset.y if offset.x >= 0 and offset.y >= 0 else None

    def on_click(self, event: events.Click) -> None:
        row, self._pressed_row = self._pressed_row, None
        if row is None:
            offset = event.get_content_offset(self)
            if offset is None:
                return
            row = int(self.scroll_y) + offset.y
        if 0 <= row < self.count:
            self.select_row(row)
            self.action_open()

    def find_unread(self, forward: bool, found: Callable[[Item | None], None], anchor: Item | None = None) -> None:
        """Look for the next (or previous) unread item after `anchor` in the list's order, in a
        worker; calls `found(item)`, with None when there is none. Without an anchor the search
        covers the whole list: the first unread item (the last one, going back)."""
        self._finder_seq += 1
        seq = self._finder_seq
        self._finder = self._find_unread(self.item_filter, self._generation, anchor, self.order, forward, found, seq)

    def drop_unread_search(self) -> None:
        """Drop the answer of a `find_unread` search still running (the article was closed
        after the n that asked for it: the answer opened an item after the close)."""
        self._finder_seq += 1
        if self._finder is not None:
            self._finder.cancel()
            self._finder = None  # an n typed next searches at once, not after this dropped one

    @property
    def finding_unread(self) -> bool:
        """Whether a `find_unread` search is still running (its answer not yet taken)."""
        return self._finder is not None and not self._finder.is_finished

    @work(thread=True, exclusive=True, group="find-unread")
    def _find_unread(
        self,
        item_filter: ItemFilter,
        generation: int,
        anchor: Item | None,
        order: str,
        forward: bool,
        found: Callable[[Item | None], None],
        seq: int = 0,
    ) -> None:
        # By the anchor's order keys (as loaded: they placed its row), never by row number:
        # the rows the store gives shift as items are read while the screen keeps its rows.
        try:
            if anchor is None:
                result = self.library.first_unread(item_filter, forward, order)
            else:
                result = self.library.neighbour_unread(item_filter, anchor, forward, order, anchor_read=anchor.read)
        except NewstuiError as error:
            self.app.call_from_thread(self.post_message, Notice(f"Could not read the items: {error}"))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._found, generation, result, found, seq)

    def _found(self, generation: int, item: Item | None, found: Callable[[Item | None], None], seq: int) -> None:
        if generation == self._generation and seq == self._finder_seq:
            found(item)

    # -- drawing -------------------------------------------------------------------------------

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self._typed_ahead.clear()  # keys held for this list, typed before the focus left it
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.count)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = int(self.scroll_y) + y
        base = self.get_visual_style("item-list--read")
        if row >= self.count:
            if self.count == 0 and y >= 1 and self._loaded:
                # The hint wraps over as many rows as it needs (a config path can be long:
                # it breaks after a "/", never inside a name). Indented by two columns.
                lines = wrap_words(self.empty_hint().strip(), max(1, width - 4))
                if y - 1 < len(lines):
                    hint = Content.styled(lines[y - 1], "$text-muted italic")
                    strips = hint.render_strips(max(1, width - 4), 1, base, self._render_options())
                    indent = Strip.blank(2, base.rich_style)
                    return Strip.join([indent, strips[0]]).extend_cell_length(width, base.rich_style).crop(0, width)
            return Strip.blank(width, self.rich_style)
        item = self.item_at(row)
        # Ask for the neighbouring pages early so scrolling never shows placeholders for long.
        if y == 0:
            self.item_at(max(0, row - PAGE // 2))
            self.item_at(min(self.count - 1, row + self.size.height + PAGE // 2))
        is_cursor = row == self.cursor
        key = None
        if item is not None:
            key = (
                item.id,
                item.read,
                item.bookmarked,
                item.title,
                is_cursor,
                item.id == self.open_id,
                self.has_focus,
                width,
                self.app.theme,
                self._outlets.get(item.id),
                item.id in self._highlighted,
            )
            cached = self._strips.get(key)
            if cached is not None:
                return cached
            line = self._row_content(item, width)
        else:
            line = Content.styled("…", "dim")
        style = base
        if is_cursor:
            style = self.get_visual_style("item-list--read", "item-list--cursor")
        strips = line.render_strips(width, 1, style, self._render_options())
        strip = strips[0] if strips else Strip.blank(width)
        strip = strip.extend_cell_length(width, style.rich_style).crop(0, width)
        if key is not None:
            self._strips[key] = strip
        return strip

    def _render_options(self) -> RenderOptions:
        return RenderOptions(self._get_style, cast(RulesMap, self.styles))

    def _row_content(self, item: Item, width: int) -> Content:
        """One row: marks, title, (feed), age — every piece of text is data, never markup."""
        mark = Content.styled("★" if item.bookmarked else " ", ".item-list--bookmark")
        # A right-to-left title: the mark after the first cell keeps a bidi terminal laying the
        # row out left to right (`cells.LTR_MARK`); one without bidi hangs it, widthless, there.
        ltr = LTR_MARK if needs_ltr_mark(item.title) or needs_ltr_mark(item.feed_title) else ""
        if item.id == self.open_id:
            dot = Content.styled("▸" + ltr, ".item-list--open")
        else:
            dot = Content.styled((" " if item.read else "●") + ltr, ".item-list--unread")
        when = age(item.published, self._now)
        when_cell = Content.styled(when.rjust(4), ".item-list--age")
        # Mixed lists name each item's feed; a narrow pane shortens the name, never drops it.
        show_feed = not self.item_filter.single_feed and width >= 24
        feed_width = min(22, max(6, width // 4)) if show_feed else 0
        # An item of a story: "World Desk +2" (and two other outlets) where the feed is
        # named, else "+2 outlets" after the title.
        others = self._outlets.get(item.id, 0)
        story = (f"+{others}" if show_feed else f"+{others} outlet{'s' if others != 1 else ''}") if others else ""
        title_width = max(
            4, width - 3 - (feed_width + 1 if show_feed else 0) - 5 - (len(story) + 1 if story and not show_feed else 0)
        )
        title_style = ".item-list--read" if item.read else ".item-list--unread"
        title = Content.styled(steady(one_line(item.title)) or "(untitled)", title_style)
        if item.id in self._highlighted:  # a filter rule's "highlight"
            title = title.stylize(".item-list--highlight")
        title = title.truncate(title_width, ellipsis=True, pad=True)
        parts: list[Content | str] = [dot, mark, " ", title]
        if story and not show_feed:
            parts += [" ", Content.styled(story, "$text-accent")]
        if show_feed:
            name_width = feed_width - (len(story) + 1 if story else 0)
            feed = Content.styled(steady(one_line(item.feed_title)), ".item-list--feed").truncate(
                name_width, ellipsis=True
            )
            if story:
                feed = Content.assemble(feed, " ", Content.styled(story, "$text-accent"))
            parts += [" ", feed.truncate(feed_width, pad=True)]
        parts += [" ", when_cell]
        return Content.assemble(*parts)
