"""The feed list: All / Unread / Bookmarks, Speakers / Stories, the saved searches, then each
tag with its feeds, with unread counts. Feeds keep the order the store gives them
(`[general] feed_order`: the config file's order, or by title); tags go by name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newstui.model import Feed
from newstui.service import ItemFilter, QueryCount, local_time
from newstui.text import one_line
from newstui.ui import bindings
from newstui.ui.cells import steady
from newstui.ui.hosts import feed_name
from newstui.ui.widgets.stop_list import step

UNTAGGED = "untagged"


def filter_id(item_filter: ItemFilter) -> str:
    """The option id of a filter ('all', 'feed:<url>', 'tag:<name>', ...)."""
    return item_filter.kind if item_filter.value is None else f"{item_filter.kind}:{item_filter.value}"


def filter_from_id(option_id: str) -> ItemFilter:
    """The filter an option shows; the part of its id after a NUL (which keeps the ids of a feed
    listed under several tags apart) is left out."""
    kind, _, value = option_id.split("\x00")[0].partition(":")
    # Option ids are written by filter_id from an ItemFilter, so `kind` is one of its kinds.
    if kind in ("feed", "tag", "untagged-feed", "query"):
        return ItemFilter("feed" if kind == "untagged-feed" else kind, value)  # type: ignore[arg-type]  # see above
    return ItemFilter(kind)  # type: ignore[arg-type]  # see above


class FeedList(OptionList):
    """Where the item list's filter is chosen. Feeds that failed their last fetch carry a ✗;
    a feed whose server asked to wait carries ⏸ and the time it may be asked again."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.FEED_LIST.bindings

    DEFAULT_CSS = """
    FeedList { height: auto; max-height: 40%; }
    """

    @dataclass
    class Chosen(Message):
        """A feed, tag or view was chosen (Enter or click)."""

        item_filter: ItemFilter

    @dataclass
    class ViewChosen(Message):
        """The Speakers or Stories entry was chosen: 'speakers' or 'stories'."""

        view: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.feeds: list[Feed] = []
        self._by_url: dict[str, Feed] = {}
        self._ids: list[str | None] = []
        self._tag_unread: dict[str, int] = {}
        self.whosaid_counts: tuple[int, int] = (0, 0)
        """(speakers, stories) shown on the Speakers and Stories entries."""
        self.query_counts: list[QueryCount] = []
        """The saved searches (`[[queries]]`) and their counts, in config order."""
        self.show_read_feeds = True
        """List feeds and tags with no unread item (newsboat's show-read-feeds)."""
        self.shown: ItemFilter = ItemFilter("all")
        """What the item list shows: its feed or tag stays listed even once read."""
        self._pressed_option: int | None = None
        """The entry the mouse button went down on, for the click that follows (on_mouse_down)."""

    def show(
        self, feeds: list[Feed], tags: list[tuple[str, int]], total_unread: int, bookmarks: int | None = None
    ) -> None:
        """Rebuild the list from the store's feeds and tags, keeping the highlight where it was.

        A feed removed from the config is not listed, whatever its cache still holds: its
        bookmarked items stay in Bookmarks (and All) until `newstui gc` or an unbookmark.
        """
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        highlighted_index = self.highlighted
        feeds = [feed for feed in feeds if feed.in_config]
        kept = self.shown.value if self.shown.kind in ("feed", "tag") else None
        if not self.show_read_feeds:
            # As newsboat's show-read-feeds = no; the feed (or tag) being read stays until left,
            # and a failing or waiting feed stays too: the status line sends the reader to its mark.
            feeds = [feed for feed in feeds if feed.unread or feed.last_error or feed.url == kept or kept in feed.tags]
        self.feeds = feeds
        self._by_url = {feed.url: feed for feed in feeds}
        options: list[Option | None] = [
            Option(self._label("All", None), id="all"),
            Option(self._label("Unread", total_unread), id="unread"),
            Option(self._label("Bookmarks", bookmarks, style="$bookmark-mark"), id="bookmarks"),
            *self._whosaid_options(),
            None,
            *self._query_options(),
        ]
        by_tag: dict[str, list[Feed]] = {}
        untagged: list[Feed] = []
        for feed in feeds:  # in the store's order: the config's feed_order
            if feed.tags:
                for tag in feed.tags:
                    by_tag.setdefault(tag, []).append(feed)
            else:
                untagged.append(feed)
        unread_by_tag = dict(tags)
        # A tag only filter rules give (no feed has it) is listed too, without feeds.
        all_tags = set(by_tag) | set(unread_by_tag)
        if not self.show_read_feeds:
            all_tags = set(by_tag) | {tag for tag, unread in unread_by_tag.items() if unread or tag == kept}
        self._tag_unread = {tag: unread_by_tag.get(tag, sum(f.unread for f in by_tag.get(tag, ()))) for tag in all_tags}
        for tag in sorted(all_tags, key=str.casefold):
            unread = self._tag_unread[tag]
            options.append(Option(self._label(one_line(tag), unread, style="$text-accent bold"), id=f"tag:{tag}"))
            for feed in by_tag.get(tag, ()):
                options.append(Option(self._feed_label(feed, indent=2), id=f"feed:{feed.url}\x00{tag}"))
        for feed in untagged:
            options.append(Option(self._feed_label(feed, indent=0), id=f"feed:{feed.url}"))
        new_ids = [option.id if option is not None else None for option in options]
        if new_ids == self._ids:
            # Same feeds and tags (the usual case: a count changed): replace only the
            # labels that differ instead of rebuilding a list of a thousand feeds.
            for index, option in enumerate(o for o in options if o is not None):
                old = self.get_option_at_index(index).prompt
                if not isinstance(old, Content) or old.plain != option.prompt.plain or old.spans != option.prompt.spans:  # type: ignore[union-attr]  # prompts built here are Content
                    self.replace_option_prompt_at_index(index, option.prompt)
            return
        self._ids = new_ids
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(options)
            if highlighted is not None:
                try:
                    self.highlighted = self.get_option_index(highlighted)
                except Exception:  # noqa: BLE001 - the option is gone (removed, or read and left out)
                    # The entry that took its place, not the top of what may be a long list.
                    self.highlighted = None
                    at = min(highlighted_index or 0, self.option_count - 1)
                    while at > 0 and self.get_option_at_index(at).disabled:
                        at -= 1
                    self.highlighted = max(at, 0)
            elif self.option_count:
                self.highlighted = 0

    def _whosaid_options(self) -> list[Option]:
        speakers, stories = self.whosaid_counts
        return [
            Option(self._label("Speakers", speakers, style="$quote-speaker"), id="view:speakers"),
            Option(self._label("Stories", stories, style="$quote-speaker"), id="view:stories"),
        ]

    def _query_options(self) -> list[Option | None]:
        """The "Saved searches" heading and one entry per saved search (none: nothing)."""
        if not self.query_counts:
            return []
        heading = Option(Content.styled("Saved searches", "$text-muted italic"), id="heading:queries", disabled=True)
        entries = [
            Option(Content.assemble("  ", self._label(one_line(query.name), query.unread)), id=f"query:{query.name}")
            for query in self.query_counts
        ]
        return [heading, *entries, None]

    def show_query_counts(self, counts: list[QueryCount]) -> None:
        """Set the saved searches' counts (the same names: only their labels change)."""
        self.query_counts = counts
        for option in self._query_options():
            if option is not None and option.id is not None and option.id in self._ids:
                self.replace_option_prompt(option.id, option.prompt)

    def show_whosaid_counts(self, speakers: int, stories: int) -> None:
        """Set the counts on the Speakers and Stories entries."""
        self.whosaid_counts = (speakers, stories)
        for option in self._whosaid_options():
            assert option.id is not None
            if option.id in self._ids:
                self.replace_option_prompt(option.id, option.prompt)

    @staticmethod
    def _label(name: str, count: int | None, style: str = "") -> Content:
        label = Content.styled(name, style)
        if count:
            label = Content.assemble(label, " ", (f"({count})", "$text-muted"))
        return label

    def _feed_label(self, feed: Feed, indent: int) -> Content:
        # A terminal's width for an emoji sequence is Textual's (`steady`): the line ends in its pane.
        title = steady(feed_name(feed.title, feed.url))
        parts: list[str | Content | tuple[str, str]] = [" " * indent]
        until = feed.waiting_until()
        if until is not None:
            # The server asked to wait (429/503 with Retry-After): not a failure to fix.
            parts.append((f"⏸ {local_time(until)} ", "$text-warning"))
        elif feed.last_error:
            parts.append(("✗ ", "$feed-error bold"))
        style = "bold" if feed.unread else "$text-muted"
        parts.append(Content.styled(title, style))
        if feed.unread:
            parts += [" ", (f"({feed.unread})", "$text-muted")]
        return Content.assemble(*parts)

    def feed_at(self, option_id: str | None) -> Feed | None:
        if option_id is None or not option_id.startswith("feed:"):
            return None
        return self._by_url.get(option_id[5:].split("\x00")[0])

    @property
    def highlighted_feed(self) -> Feed | None:
        option = self.highlighted_option
        return self.feed_at(option.id if option else None)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        """j/k to the next enabled entry, stopping at either end as the item list (and
        newsboat) does: Textual's OptionList goes round, so k on All jumped to the last
        feed of what may be a long list."""
        step(self, direction)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if y == self.scrollable_content_region.height - 1 and _is_rule(strip):
            # A rule on the last row stood right above the list's bottom border (at 100×30
            # the list, cut to a quarter of the column, ends under Stories): two rules.
            return Strip.blank(strip.cell_length, self.get_visual_style("option-list--option").rich_style)
        return strip

    def on_blur(self) -> None:
        # On a short terminal the list shrinks when it loses the focus (app.tcss, -short):
        # the chosen feed must stay in sight once the new height is laid out.
        self.call_after_refresh(self.scroll_to_highlight)

    def on_resize(self) -> None:
        # The same once it has its new height: the focus can leave (Enter moves it at once)
        # before the new height is laid out, and the scroll above then ran at the old one.
        self.scroll_to_highlight()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        # The entry under the pointer as the button goes down (the event's style is read
        # against the layout of that moment). The press gives this list the focus, and on a
        # short terminal it then grows and scrolls before the button is up: the click's own
        # position named the entry that had moved under the pointer.
        self._pressed_option = event.style.meta.get("option")

    def on_click(self, event: events.Click) -> None:
        pressed, self._pressed_option = self._pressed_option, None
        index = pressed if pressed is not None else event.style.meta.get("option")
        event.prevent_default()  # OptionList's own handler would take the entry under the pointer now
        if isinstance(index, int) and 0 <= index < self.option_count and not self.get_option_at_index(index).disabled:
            self.highlighted = index
            self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None and event.option.id.startswith("view:"):
            self.post_message(self.ViewChosen(event.option.id[5:]))
        elif event.option.id is not None:
            self.post_message(self.Chosen(filter_from_id(event.option.id)))

    def highlighted_filter(self) -> ItemFilter | None:
        """The list the highlighted entry shows (a feed, a tag, a view such as All); None on
        the Speakers and Stories entries, which open pages, not lists."""
        option = self.highlighted_option
        if option is None or option.id is None or option.disabled or option.id.startswith("view:"):
            return None
        return filter_from_id(option.id)

    def unread_in(self, item_filter: ItemFilter) -> int | None:
        """The unread count the list shows for a feed, tag, saved search, All or Unread;
        None where it shows none (Bookmarks, a search)."""
        if item_filter.kind == "feed":
            feed = self._by_url.get(item_filter.value or "")
            return feed.unread if feed is not None else 0
        if item_filter.kind == "tag":
            return self._tag_unread.get(item_filter.value or "", 0)
        if item_filter.kind == "query":
            return next((q.unread for q in self.query_counts if q.name == item_filter.value), 0)
        if item_filter.kind in ("all", "unread"):
            return sum(feed.unread for feed in self.feeds)
        return None

    def next_with_unread(self, item_filter: ItemFilter, forward: bool = True) -> ItemFilter | None:
        """The feed (or tag) after `item_filter` in the list's order that has unread items,
        wrapping round; None when no other has any, or `item_filter` is no feed or tag."""
        if item_filter.kind not in ("feed", "tag", "query"):
            return None
        wanted = filter_id(item_filter)
        ids = [option_id.split("\x00")[0] for option_id in self._ids if option_id is not None]
        if wanted not in ids:
            return None
        start = ids.index(wanted)
        step = 1 if forward else -1
        for offset in range(1, len(ids)):
            option_id = ids[(start + step * offset) % len(ids)]
            if option_id == wanted or not option_id.startswith(item_filter.kind + ":"):
                continue
            candidate = filter_from_id(option_id)
            assert candidate.value is not None
            if item_filter.kind == "feed":
                feed = self._by_url.get(candidate.value)
                unread = feed.unread if feed is not None else 0
            elif item_filter.kind == "query":
                unread = next((q.unread for q in self.query_counts if q.name == candidate.value), 0)
            else:
                unread = self._tag_unread.get(candidate.value, 0)
            if unread > 0:
                return candidate
        return None

    def next_feed(self, item_filter: ItemFilter, forward: bool = True) -> ItemFilter | None:
        """The feed after (before) `item_filter`'s in the list's order, wrapping round; from
        anything but a feed (All, a tag, a search…) the first (last) feed. None: no feeds."""
        urls = list(
            dict.fromkeys(  # a feed listed under two tags counts once, where it first is
                option_id.split("\x00")[0][5:]
                for option_id in self._ids
                if option_id is not None and option_id.startswith("feed:")
            )
        )
        if not urls:
            return None
        if item_filter.kind == "feed" and item_filter.value in urls:
            index = urls.index(item_filter.value) + (1 if forward else -1)
        else:
            index = 0 if forward else -1
        return ItemFilter("feed", urls[index % len(urls)])

    def highlight_filter(self, item_filter: ItemFilter) -> None:
        """Move the highlight to the option of a filter, if it has one."""
        wanted = filter_id(item_filter)
        for index in range(self.option_count):
            option_id = self.get_option_at_index(index).id or ""
            if option_id.split("\x00")[0] == wanted:
                with self.prevent(OptionList.OptionHighlighted):
                    self.highlighted = index
                return
        # A search has no option: highlight nothing rather than something wrong.
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = None


def _is_rule(strip: Strip) -> bool:
    """Whether a rendered row is a separator's rule: every row of an entry carries the
    entry's index in its style's meta (clicks read it), a separator's row carries none.
    Read from the rendered row so nothing depends on OptionList's private line table."""
    text = strip.text.strip()
    if not text or set(text) != {"─"}:
        return False
    return all(segment.style is None or "option" not in segment.style.meta for segment in strip)
