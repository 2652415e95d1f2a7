"""The data newstui passes between its parts. Frozen dataclasses, no behaviour.

Core modules (config, fetch, parse, extract, store, service) share these; the UI
only ever reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from newstui.config.filters import SavedQuery


@dataclass(frozen=True, slots=True)
class FeedAuth:
    """HTTP basic-auth credentials of a feed. The password itself is never stored here:
    only where to get it when the feed is fetched (an environment variable or a command)."""

    user: str
    password_env: str | None = None
    """Name of the environment variable holding the password."""
    password_command: tuple[str, ...] = ()
    """A command (argument list, run without a shell) whose first line of output is the password."""


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One `[[feeds]]` entry of the config file. None means "as in [general]"."""

    url: str
    title: str | None = None
    """Overrides the feed's own title when set."""
    tags: tuple[str, ...] = ()
    site_url: str | None = None
    """The feed's web site (OPML `htmlUrl`), kept for export."""
    refresh_minutes: int | None = None
    """Minutes between refreshes of this feed (0 = only on demand); None: [general]'s."""
    fetch_full_articles: bool | None = None
    user_agent: str | None = None
    max_items: int | None = None
    """Keep at most this many items (0 = no limit); None: [general]'s."""
    keep_days: int | None = None
    """Keep items at most this many days (0 = for ever); None: [general]'s."""
    delete_unread: bool | None = None
    """Retention may delete unread items too; None: [general]'s."""
    headers: tuple[tuple[str, str], ...] = ()
    """Extra request headers (name, value), sent only to the feed's own host."""
    auth: FeedAuth | None = None
    """Basic-auth credentials, sent only to the feed's own host."""


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A file attached to an item: a podcast episode, a video, an image."""

    url: str
    """Absolute http(s) URL, cleaned (`text.clean_url`)."""
    type: str | None = None
    """The media type the feed gives (e.g. audio/mpeg), or None."""
    length: int | None = None
    """Size in bytes as the feed claims it; None when missing or not a number."""


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One entry as the feed parser found it, before it is stored."""

    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    """Plain text summary (HTML stripped)."""
    content_html: str = ""
    """The entry's full content (content:encoded / atom content) as HTML, if any."""
    author: str | None = None
    published: datetime | None = None
    """Timezone-aware UTC, or None when the feed gives no date."""
    enclosures: tuple[Enclosure, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed document."""

    title: str | None
    site_url: str | None
    items: list[ParsedItem]
    error: str | None = None
    """Set when the document was malformed (feedparser 'bozo'): what did parse is kept."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed as the store knows it, with its counts and last fetch status."""

    id: int
    url: str
    title: str
    """The config title, else the feed's own title, else the URL."""
    site_url: str | None = None
    tags: tuple[str, ...] = ()
    unread: int = 0
    total: int = 0
    last_status: int | None = None
    last_error: str | None = None
    last_success: datetime | None = None
    in_config: bool = True
    """False for a feed removed from the config that is kept for its bookmarks."""
    last_fetch: datetime | None = None
    """When newstui last tried to fetch it (success or not)."""
    not_before: datetime | None = None
    """The server asked (429/503 with Retry-After) not to be asked again before then (UTC):
    a full or due refresh skips it until then; None when it did not."""

    def waiting_until(self, now: datetime | None = None) -> datetime | None:
        """`not_before` while it is still ahead of `now` (default: the current time): the
        feed is waiting at its server's request; None when it is not (never asked, or past)."""
        if self.not_before is None or self.not_before <= (now or datetime.now(UTC)):
            return None
        return self.not_before


@dataclass(frozen=True, slots=True)
class Item:
    """A stored item."""

    id: int
    feed_id: int
    feed_url: str
    feed_title: str
    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    content_html: str = ""
    author: str | None = None
    published: datetime | None = None
    """When the feed says it was published, else when newstui first saw it (UTC)."""
    read: bool = False
    bookmarked: bool = False
    enclosures: tuple[Enclosure, ...] = ()


FilterKind = Literal["all", "unread", "bookmarks", "feed", "tag", "search", "query"]


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Which items a list shows: everything, unread, bookmarks, one feed, one tag, a search
    or a saved search; what `Store.items`, `Store.count_items` and the other list reads take.

    The reader shows one kind at a time (`ItemFilter("feed", url)`); `a & b` keeps the
    items both select (the list's "hide read" is `f & ItemFilter("unread")`, and the CLI
    combines its options so). A saved search (kind "query", value its name) reaches the
    Store with its conditions in `saved` (`ItemFilter.of_query`; `Library` looks the name
    up in the config).
    """

    kind: FilterKind = "all"
    value: str | None = None
    """The feed URL, tag name, search text or saved search's name for those kinds."""
    saved: SavedQuery | None = None
    """Kind "query": the saved search named `value`, as configured (the Store needs it)."""
    also: tuple[ItemFilter, ...] = ()
    """Further filters every item must pass too (see `&`)."""

    @classmethod
    def of_query(cls, query: SavedQuery) -> ItemFilter:
        """The items of a saved search."""
        return cls("query", query.name, saved=query)

    def __and__(self, other: ItemFilter) -> ItemFilter:
        return replace(self, also=(*self.also, *other.parts))

    @property
    def parts(self) -> tuple[ItemFilter, ...]:
        """Every condition of the filter, each a filter of one kind without `also`."""
        if not self.also:
            return (self,)
        return (replace(self, also=()), *(part for further in self.also for part in further.parts))

    @property
    def single_feed(self) -> bool:
        """True when every item comes from one feed (the list need not name it)."""
        return self.kind == "feed"


ALL_ITEMS = ItemFilter()
"""Every item (the default of the Store's list reads)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    text: str
    """The quoted words without the quote marks."""
    speaker: str | None
    """The full name as first mentioned in the article; None when nobody can be named."""
    section: int = 0
    """Index into Article.sections."""
    paragraph: int = 0
    """Index into that section's paragraphs where the quote starts."""


ParagraphKind = Literal["p", "li", "blockquote", "pre"]


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (None for the text before the first heading) and its paragraphs."""

    heading: str | None
    paragraphs: list[str]
    kinds: list[ParagraphKind] = field(default_factory=list)
    """Parallel to paragraphs: 'p', 'li' (list item), 'blockquote' or 'pre'. Empty means all 'p'."""

    def kind(self, index: int) -> ParagraphKind:
        return self.kinds[index] if index < len(self.kinds) else "p"


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str
    """Absolute URL."""


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    """Absolute URL."""
    alt: str = ""
    caption: str = ""


ArticleSource = Literal["page", "feed"]


@dataclass(frozen=True, slots=True)
class Article:
    """The cleaned text of an article, as the reader pane lays it out."""

    headline: str
    byline: str | None = None
    published: datetime | None = None
    sections: list[Section] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    """Links in the text, in reading order: the reader numbers them like footnotes."""
    images: list[Image] = field(default_factory=list)
    lead: str | None = None
    """The standfirst / description under the headline, when the page has one."""
    source: ArticleSource = "page"
    """'page' when extracted from the web page, 'feed' when built from the feed entry."""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """The outcome of fetching one feed, applied to the store in one batch.

    `items` is None when nothing was parsed (a 304, or an error): then no item is
    touched. `new_url` is set after a permanent redirect.
    """

    url: str
    ok: bool
    status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    site_url: str | None = None
    items: list[ParsedItem] | None = None
    new_url: str | None = None
    not_before: datetime | None = None
    """The server's Retry-After as a time (UTC): not fetched again in a full refresh before then."""
