"""Command-palette providers: feeds and items are searchable by title.

Titles are untrusted, so hits are shown as `Content(title)`: the fuzzy matcher's
`highlight()` parses its input as markup and must not see them.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Provider
from textual.content import Content

from newstui.errors import NewstuiError
from newstui.service import ItemFilter, LibraryClosed
from newstui.text import one_line
from newstui.ui.hosts import feed_name
from newstui.ui.messages import FilterChosen

if TYPE_CHECKING:
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.main import MainScreen


def _main(provider: Provider) -> MainScreen | None:
    from newstui.ui.screens.main import MainScreen

    screen = provider.screen
    return screen if isinstance(screen, MainScreen) else None


class FeedCommands(Provider):
    """'Feed: <title>' shows that feed's items, 'Saved search: <name>' a saved search's."""

    async def search(self, query: str) -> Hits:
        screen = _main(self)
        if screen is None:
            return
        matcher = self.matcher(query)
        for feed in screen.feed_list.feeds:
            title = feed_name(feed.title, feed.url)
            score = matcher.match(f"Feed: {title}")
            if score > 0:
                yield Hit(
                    score,
                    Content.assemble(("Feed: ", "$text-muted"), Content(title)),
                    partial(screen.post_message, FilterChosen(ItemFilter("feed", feed.url))),
                    text=f"Feed: {title}",
                )
        for saved in screen.feed_list.query_counts:
            name = one_line(saved.name)
            score = matcher.match(f"Saved search: {name}")
            if score > 0:
                yield Hit(
                    score,
                    Content.assemble(("Saved search: ", "$text-muted"), Content(name)),
                    partial(screen.post_message, FilterChosen(ItemFilter("query", saved.name))),
                    text=f"Saved search: {name}",
                )


class ItemCommands(Provider):
    """Full-text search over items; choosing one opens it."""

    async def search(self, query: str) -> Hits:
        screen = _main(self)
        if screen is None or len(query.strip()) < 3:
            return
        app: NewsApp = self.app  # type: ignore[assignment]  # this provider is registered by NewsApp only
        try:
            # Off the event loop: a full-text query over a big cache can take a while.
            items = await asyncio.to_thread(app.library.search, _fts_words(query), 20)
        except LibraryClosed:
            return  # the app is quitting
        except NewstuiError as error:  # the database failed (typed text never does: see _fts_words)
            app.notify(f"Search failed: {error}", severity="warning", markup=False)
            return
        for rank, item in enumerate(items):
            title = one_line(item.title) or "(untitled)"
            yield Hit(
                max(0.1, 0.9 - rank * 0.03),
                Content.assemble(Content(title), ("  " + one_line(item.feed_title), "$text-muted")),
                partial(screen.open_found, item),
                text=title,
            )


def _fts_words(query: str) -> str:
    """Plain words only, so palette typing never produces an FTS syntax error."""
    return " ".join("".join(ch for ch in word if ch.isalnum()) for word in query.split()).strip()
