"""What a config is: the frozen `Config` and `GeneralConfig`, and the table of `[general]` settings.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from newstui.config.filters import (
    FilterRule,
    SavedQuery,
)
from newstui.config.urls import normalize_url
from newstui.model import FeedConfig


@dataclass(frozen=True, slots=True)
class GeneralConfig:
    """The `[general]` table. Every key is optional; these are the defaults."""

    refresh_minutes: int = 30
    """Minutes between automatic refreshes in the app; 0 = refresh only on demand."""
    fetch_full_articles: bool = True
    """After a refresh, fetch and extract the web page of each new item in the background."""
    theme: str = "newstui-dark"
    """Name of the theme: a newstui theme, a Textual built-in theme, or a user theme."""
    mark_read_on_open: bool = True
    """Opening an item marks it read."""
    max_connections: int = 50
    """Most HTTP requests in flight at once, over all hosts."""
    per_host_connections: int = 6
    """Most HTTP requests in flight at once to any one host."""
    timeout_seconds: float = 20.0
    """Longest wait for one request (connect, each read, and the whole response)."""
    max_response_mb: int = 10
    """A response bigger than this (in MiB, after decompression) is cut off and fails."""
    article_concurrency: int = 4
    """Most article pages fetched and extracted at once in the background."""
    max_items: int = 0
    """Keep at most this many items per feed (0 = no limit); bookmarked and unread items are kept."""
    keep_days: int = 0
    """Keep items at most this many days after their date (0 = for ever)."""
    delete_unread: bool = False
    """Retention (`max_items`, `keep_days`) may delete unread items too."""
    feed_order: str = "config"
    """How feeds are listed: "config" (the file's order) or "title" (alphabetical)."""
    proxy: str = ""
    """"" = the environment's HTTP(S)_PROXY / NO_PROXY; "none" = never a proxy; else the proxy URL."""
    http_transport: str = "lean"
    """The HTTP/1.1 code under httpx: "lean" (newstui's own, less CPU) or "httpx" (httpx's default, httpcore)."""
    notify_command: tuple[str, ...] = ()
    """Run after a refresh that brought new items: an argument list (%n = count, %t = titles)."""
    # The reader app's own settings (ui/screens/main.py).
    sort: str = "date"
    """The item list's order at start: "date", "title", "feed" or "unread" (unread first)."""
    show_read_articles: bool = True
    """Read items are listed at start (newsboat's show-read-articles); H toggles it in the app."""
    show_read_feeds: bool = True
    """Feeds and tags with no unread item are listed in the feed list (newsboat's show-read-feeds)."""
    browser: tuple[str, ...] | None = None
    """The command that opens links, as a list; "%u" is the URL. None: the system's browser."""
    pipe_command: tuple[str, ...] | None = None
    """The command the article's Markdown is piped to (its stdin), e.g. ("less",). None: ("less",)."""
    save_dir: str | None = None
    """Where saved articles go; None: the user's download folder (home when there is none)."""
    player: tuple[str, ...] = ()
    """Command (program and arguments) that plays an enclosure; `%u` is its URL. Empty: the browser."""
    download_dir: str = ""
    """Where enclosures are downloaded; empty: the user's Downloads folder."""
    max_download_mb: int = 500
    """An enclosure download bigger than this (in MiB) is stopped and removed."""

    @property
    def max_response_bytes(self) -> int:
        return self.max_response_mb * 1024 * 1024

    @property
    def download_path(self) -> Path:
        """download_dir with `~` expanded, else platformdirs' downloads folder."""
        if self.download_dir:
            return Path(self.download_dir).expanduser()
        import platformdirs

        return Path(platformdirs.user_downloads_dir())


@dataclass(frozen=True, slots=True)
class Config:
    """A loaded, validated config file."""

    path: Path
    """The file this was read from (it may not exist: then everything is default)."""
    general: GeneralConfig = field(default_factory=GeneralConfig)
    feeds: tuple[FeedConfig, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)
    """`[keys]`: binding id -> comma-separated keys, e.g. {"items.next-unread": "n,ctrl+n"}."""
    speaker_aliases: dict[str, str] = field(default_factory=dict)
    """`[speakers]`: written name -> canonical name, e.g. {"Joe Biden": "Joseph R. Biden"}."""
    filters: tuple[FilterRule, ...] = ()
    """`[[filters]]`: kill rules, in file order."""
    queries: tuple[SavedQuery, ...] = ()
    """`[[queries]]`: saved searches, in file order."""

    _by_url: dict[str, FeedConfig] = field(init=False, repr=False, compare=False)

    # -- per-feed settings: the feed's own value, else [general]'s ---------------------

    def refresh_minutes_for(self, feed: FeedConfig) -> int:
        """Minutes between refreshes of `feed` (0 = only on demand)."""
        return self.general.refresh_minutes if feed.refresh_minutes is None else feed.refresh_minutes

    def retention_for(self, feed: FeedConfig) -> tuple[int, int, bool]:
        """(max_items, keep_days, delete_unread) of `feed`; 0 means no limit."""
        general = self.general
        return (
            general.max_items if feed.max_items is None else feed.max_items,
            general.keep_days if feed.keep_days is None else feed.keep_days,
            general.delete_unread if feed.delete_unread is None else feed.delete_unread,
        )

    def wants_articles(self, url: str) -> bool:
        """Whether the pages of `url`'s new items are fetched after a refresh."""
        feed = self.feed(url)
        if feed is None or feed.fetch_full_articles is None:
            return self.general.fetch_full_articles
        return feed.fetch_full_articles

    def feeds_due(self, last_fetch: Mapping[str, datetime | None], now: datetime) -> list[FeedConfig]:
        """The feeds whose refresh is due at `now`, in config order.

        Args:
            last_fetch: when each feed was last fetched (tried, whether it worked or
                not), by URL: `Store.last_fetches()`. A feed missing or None there
                was never fetched and is due.
            now: an aware datetime.

        A feed with `refresh_minutes = 0` (its own or [general]'s) is never due: it
        is refreshed only on demand.
        """
        return [feed for feed in self.feeds if (when := self._due_at(feed, last_fetch)) is not None and when <= now]

    def next_due(self, last_fetch: Mapping[str, datetime | None]) -> datetime | None:
        """When the next feed falls due (may be in the past), or None when none ever is.

        A UI can sleep until then and refresh `feeds_due(...)`.
        """
        times = [when for feed in self.feeds if (when := self._due_at(feed, last_fetch)) is not None]
        return min(times, default=None)

    def _due_at(self, feed: FeedConfig, last_fetch: Mapping[str, datetime | None]) -> datetime | None:
        minutes = self.refresh_minutes_for(feed)
        if minutes <= 0:
            return None
        last = last_fetch.get(feed.url)
        if last is None:
            last = last_fetch.get(normalize_url(feed.url))
        if last is None:
            return datetime.min.replace(tzinfo=UTC)
        return last + timedelta(minutes=minutes)

    def __post_init__(self) -> None:
        # Frozen: set the lookup table once, here (a UI may look up every feed).
        object.__setattr__(self, "_by_url", {normalize_url(feed.url): feed for feed in reversed(self.feeds)})

    def feed(self, url: str) -> FeedConfig | None:
        """The configured feed with this URL (compared as `normalize_url` does), or None."""
        if url in self._by_url:  # most lookups pass a URL exactly as configured
            return self._by_url[url]
        return self._by_url.get(normalize_url(url))

    def query(self, name: str) -> SavedQuery | None:
        """The saved search called `name` (`[[queries]]`), or None."""
        return next((query for query in self.queries if query.name == name), None)


@dataclass(frozen=True, slots=True)
class Setting:
    kind: type
    minimum: float | None
    help: str
    maximum: float | None = None
    """The largest value of any use: past it a typo's extra digits overflowed SQLite's
    integers (retention) or a timedelta (the refresh interval)."""


# The [general] keys: type, smallest allowed value, and the comment the starter
# config shows. Defaults come from GeneralConfig itself.
GENERAL_SETTINGS: Final[dict[str, Setting]] = {
    "refresh_minutes": Setting(int, 0, "minutes between automatic refreshes; 0 = only on demand", 525_600),
    "fetch_full_articles": Setting(bool, None, "fetch and extract each new item's web page in the background"),
    "theme": Setting(str, None, 'a newstui theme, a Textual theme (e.g. "nord") or one of yours'),
    "mark_read_on_open": Setting(bool, None, "opening an item marks it read"),
    "max_connections": Setting(int, 1, "HTTP requests in flight at once, over all hosts"),
    "per_host_connections": Setting(int, 1, "HTTP requests in flight at once to any one host"),
    "timeout_seconds": Setting(float, 0.1, "longest wait for one request, in seconds"),
    "max_response_mb": Setting(int, 1, "larger responses (after decompression) are cut off"),
    "article_concurrency": Setting(int, 1, "article pages fetched at once in the background"),
    "max_items": Setting(int, 0, "keep at most this many items per feed; 0 = no limit", 1_000_000_000),
    "keep_days": Setting(int, 0, "keep items this many days; 0 = for ever", 36_500),
    "delete_unread": Setting(bool, None, "max_items / keep_days may delete unread items too"),
    "feed_order": Setting(str, None, '"config" (file order) or "title"'),
    "proxy": Setting(str, None, '"" = HTTP(S)_PROXY from the environment, "none", or a URL'),
    "http_transport": Setting(str, None, '"lean" (newstui\'s, less CPU) or "httpx" (httpx\'s own transport)'),
    "notify_command": Setting(list, None, 'after new items, e.g. ["notify-send", "%n new items"]'),
    "sort": Setting(str, None, 'item order: "date", "title", "feed" or "unread" (unread first)'),
    "show_read_articles": Setting(bool, None, "list read items at start; false = hidden, as after H"),
    "show_read_feeds": Setting(bool, None, "list feeds with nothing unread; false = only feeds with unread items"),
    "browser": Setting(list, None, 'command that opens links; "%u" is the URL (default: the system\'s)'),
    "pipe_command": Setting(list, None, "| pipes the article's Markdown to its stdin (default: less)"),
    "save_dir": Setting(str, None, "w saves articles here (default: your Downloads folder)"),
    "player": Setting(list, None, 'plays an enclosure, e.g. ["mpv", "%u"]; [] = the browser'),
    "download_dir": Setting(str, None, "where enclosures go; unset = your Downloads folder"),
    "max_download_mb": Setting(int, 1, "larger enclosure downloads are stopped"),
}
READER_EXAMPLES: Final[dict[str, str]] = {
    "browser": '["firefox", "%u"]',
    "pipe_command": '["glow", "-p", "-"]',
    "save_dir": '"~/news"',
}
"""What the starter config shows for the settings whose default is "none set"."""
READER_CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "sort": ("date", "title", "feed", "unread"),
    "http_transport": ("lean", "httpx"),  # = feeds.fetch.TRANSPORTS (a test checks)
}
"""[general] strings that must be one of a few words."""
FEED_ORDERS: Final = ("config", "title")
# Per-feed settings that take a [general] setting's type and range.
FEED_SETTINGS: Final = ("refresh_minutes", "fetch_full_articles", "max_items", "keep_days", "delete_unread")
FEED_KEYS: Final = ("url", "title", "tags", "site_url", *FEED_SETTINGS, "user_agent", "headers", "auth")
TOP_LEVEL_KEYS: Final = ("general", "feeds", "keys", "speakers", "filters", "queries")
FILTER_KEYS: Final = ("match", "action", "tag")
QUERY_KEYS: Final = ("name", "search", "unread", "tags", "feeds", "match")
