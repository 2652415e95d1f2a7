"""Shared fixed data for the app tests: a store built through the store API, a fixed clock,
and hostile strings (markup, actions, links, ANSI escapes) that must show literally; and the
steps every Pilot test takes (start the app on that store, wait for its workers, press keys)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from newstui.config import Config, GeneralConfig, load_config
from newstui.model import Article, FeedConfig, Link, ParsedItem, Quote, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.item_list import ItemList

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
"""The fixed 'now' of every app test (ages like '3h' stay stable)."""

HOSTILE_TITLE = "[bold]x[/bold] [@click=app.quit]click[/] [link=https://x]y[/link] \x1b[31mred\x1b[0m"
HOSTILE_SHOWN = "[bold]x[/bold] [@click=app.quit]click[/] [link=https://x]y[/link] red"
"""How the hostile title must look on screen: every bracket kept, the escape sequences gone."""

WORLD = "http://feeds.test/world.xml"
TECH = "http://feeds.test/tech.xml"
HOSTILE = "http://feeds.test/hostile.xml"


def clock() -> datetime:
    return NOW


def make_config(path: Path, **general: object) -> Config:
    """A config for the fixed feeds (nothing written unless the test writes it)."""
    settings = {"refresh_minutes": 0, "fetch_full_articles": False, **general}
    return Config(
        path=path,
        general=GeneralConfig(**settings),  # type: ignore[arg-type]
        feeds=(
            FeedConfig(WORLD, "World Desk", ("world",)),
            FeedConfig(TECH, "Tech Daily", ("tech",)),
            FeedConfig(HOSTILE, None, ()),
        ),
    )


WORLD_TITLES = [
    "Ministers agree on a river treaty after a night of talks",
    "Harbour strike enters its third week",
    "Election officials count the last postal votes",
    "Drought forces farmers to sell herds early",
    "Museum returns bronze figures to their home city",
    "Storm closes mountain passes for the weekend",
]
TECH_TITLES = [
    "A terminal news reader that reads the article",
    "Chip makers slow new plants as demand cools",
    "Open source maintainers ask for funding",
    "The quiet return of the command line",
]

ARTICLE = Article(
    headline="Ministers agree on a river treaty after a night of talks",
    byline="Ana Ruiz",
    published=NOW - timedelta(hours=3),
    lead="Six countries sign a water-sharing pact that took eleven years to write.",
    sections=[
        Section(
            None,
            [
                "The treaty was signed at dawn in the old customs house by the river.",
                "“This is a day our grandchildren will read about,” said Foreign Minister Lena Okafor.",
                "Okafor said the deal would be checked by an independent panel.",
            ],
        ),
        Section(
            "What the treaty says",
            [
                "Each country keeps a fixed share of the flow in dry months.",
                "A joint commission meets twice a year.",
                "Disputes go to arbitration first.",
                "“We have written rules for the bad years, not just the good ones,” Okafor added.",
            ],
            ["p", "li", "li", "blockquote"],
        ),
        Section(
            "Reactions",
            [
                "Farmers' unions welcomed the text. Read the full treaty text online.",
                "“It is late, but it is here,” said union leader Tomas Berg.",
            ]
            + [f"Paragraph {n} of background about the river basin and its long history." for n in range(1, 13)],
        ),
    ],
    quotes=[
        Quote("This is a day our grandchildren will read about,", "Lena Okafor", 0, 1),
        Quote("We have written rules for the bad years, not just the good ones,", "Lena Okafor", 1, 3),
        Quote("It is late, but it is here,", "Tomas Berg", 2, 1),
    ],
    links=[
        Link("customs house", "https://history.test/customs"),
        Link("full treaty text", "https://treaty.test/text"),
    ],
    source="page",
    url="http://news.test/world/treaty",
)

HOSTILE_ARTICLE = Article(
    headline=HOSTILE_TITLE,
    byline="[b]Evil[/b] \x1b[1mByline",
    sections=[
        Section(
            "[red]Heading[/red]",
            [
                "Body [@click=app.quit]quit[/] text.",
                "“[link=https://x]Trap[/link] quote here now,” said [i]Mallory[/i] Smith.",
            ],
        )
    ],
    quotes=[Quote("[link=https://x]Trap[/link] quote here now,", "[i]Mallory[/i] Smith", 0, 1)],
    links=[Link("[@click=app.quit]", "https://evil.test/[b]")],
)


def build_store(db_path: Path, config: Config, *, extra_world: int = 0) -> dict[str, int]:
    """Fill a store with the fixed items; returns ids by a short name."""
    store = Store.open(db_path)
    try:
        store.sync_feeds(config.feeds)
        world = [
            ParsedItem(
                title,
                link=f"http://news.test/world/{n}",
                guid=f"world-{n}",
                summary=f"Summary of: {title}.",
                published=NOW - timedelta(hours=3 + 5 * n),
            )
            for n, title in enumerate(WORLD_TITLES)
        ]
        world += [
            ParsedItem(
                f"Older world story {n}",
                link=f"http://news.test/world/old/{n}",
                guid=f"world-old-{n}",
                summary="An older story.",
                published=NOW - timedelta(days=3, hours=n),
            )
            for n in range(extra_world)
        ]
        tech = [
            ParsedItem(
                title,
                link=f"http://news.test/tech/{n}",
                guid=f"tech-{n}",
                summary=f"Summary of: {title}.",
                published=NOW - timedelta(hours=1 + 7 * n),
            )
            for n, title in enumerate(TECH_TITLES)
        ]
        hostile = [
            ParsedItem(
                HOSTILE_TITLE,
                link="http://news.test/hostile/1",
                guid="hostile-1",
                summary="[bold]summary[/bold] \x1b[31mred\x1b[0m",
                published=NOW - timedelta(days=2),
            )
        ]
        store.upsert_items(WORLD, world)
        store.upsert_items(TECH, tech)
        store.upsert_items(HOSTILE, hostile)
        store.record_fetch(WORLD, status=200, title="World feed title")
        store.record_fetch(TECH, status=200, title="Tech feed title")
        store.record_fetch(
            HOSTILE, status=500, error="server said [bold]500[/bold] \x1b[31m", ok=False, title=HOSTILE_TITLE
        )
        ids = {item.guid or "": item.id for item in store.items(limit=None)}
        store.save_article(ids["world-0"], ARTICLE, max(1, extractor_version()))
        store.save_article(ids["hostile-1"], HOSTILE_ARTICLE, max(1, extractor_version()))
        store.set_read([ids["world-2"], ids["tech-3"]], True)
        store.set_bookmarked(ids["tech-1"], True)
        return ids
    finally:
        store.close()


def write_config(path: Path, *, keys: dict[str, str] | None = None, **general: object) -> Path:
    """Write a real config file for the fixed feeds (auto-refresh off unless given)."""
    settings: dict[str, object] = {"refresh_minutes": 0, "fetch_full_articles": False, **general}
    lines = ["# my reading setup", "[general]"]
    for key, value in settings.items():
        lines.append(f"{key} = {_toml(value)}")
    for url, title, tags in ((WORLD, "World Desk", ["world"]), (TECH, "Tech Daily", ["tech"]), (HOSTILE, None, [])):
        lines += ["", "[[feeds]]", f"url = {_toml(url)}"]
        if title:
            lines.append(f"title = {_toml(title)}")
        if tags:
            lines.append(f"tags = [{', '.join(_toml(t) for t in tags)}]")
    if keys:
        lines += ["", "[keys]"] + [f"{_toml(k)} = {_toml(v)}" for k, v in keys.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Seeded(NamedTuple):
    """A written config for the fixed feeds and a store filled by `build_store` (the `seeded` fixture)."""

    config_path: Path
    db: Path
    ids: dict[str, int]


def seed(directory: Path) -> Seeded:
    config_path = write_config(directory / "config.toml")
    db = directory / "news.db"
    return Seeded(config_path, db, build_store(db, load_config(config_path)))


def app_for(config_path: Path, db: Path) -> NewsApp:
    """The app on this config file and cache, on the fixed clock."""
    return NewsApp(load_config(config_path), db, clock=clock)


def make_app(seeded: Seeded, **general: object) -> NewsApp:
    """The app on the seeded store: its config file as written, or with these [general] settings."""
    config = make_config(seeded.config_path, **general) if general else load_config(seeded.config_path)
    return NewsApp(config, seeded.db, clock=clock)


def save_article(seeded: Seeded, guid: str, article: Article) -> None:
    """Cache `article` as the fetched page of the seeded item `guid`, as the current extractor
    saves it (so opening the item shows it without a fetch)."""
    store = Store.open(seeded.db)
    try:
        store.save_article(seeded.ids[guid], article, max(1, extractor_version()))
    finally:
        store.close()


def row_with_guid(items: ItemList, guid: str) -> int:
    """The row of the item list that holds the item with this guid."""
    return next(r for r in range(items.count) if (item := items.item_at(r)) is not None and item.guid == guid)


async def open_guid(app: NewsApp, pilot: Pilot[None], guid: str) -> None:
    """Select the item with this guid in the main screen's list and open it (enter, settled)."""
    items = app.main_screen.item_list
    items.select_row(row_with_guid(items, guid))
    await press(pilot, "enter")


def pane_text(view: ArticleView) -> str:
    """What the article pane shows: its blocks' text, white space folded."""
    return " ".join(" ".join(str(block.render()).split()) for block in view.children)


async def settle(pilot: Pilot[None], rounds: int = 4) -> None:
    """Wait until the app's workers are done and the messages they posted are handled
    (a worker's message can start another worker, hence a few rounds)."""
    for _ in range(rounds):
        # Each worker on its own: `wait_for_complete` gathers them, and the first one cancelled
        # (an exclusive worker replaced by a newer one) ended the wait for all the others, so
        # on a loaded machine a snapshot could be taken before the feeds were shown.
        for worker in list(pilot.app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
    # On a loaded machine the last update may still wait for its layout pass (an auto-width
    # status field kept its old width in a snapshot): give the loop the time it needs.
    for _ in range(300):  # up to 3 s: under a load of 16 half a second was not always enough
        if not _layout_pending(pilot):
            break
        await pilot.pause(0.01)


def _layout_pending(pilot: Pilot[None]) -> bool:
    """Whether a widget of the screen, or the screen, still waits for a layout or repaint
    (Textual's own flags: there is no public call that says so)."""
    screen = pilot.app.screen
    if screen._layout_required or screen._repaint_required or screen._dirty_widgets:
        return True
    return any(widget._layout_required for widget in screen.walk_children())


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press the keys, then settle: what they started has finished."""
    await pilot.press(*keys)
    await settle(pilot)


async def wait_for_text(pilot: Pilot[None], path: Path) -> str:
    """What a command the app started in the background wrote to `path`, once it wrote
    something (it may write after the app's call returned); "" if nothing came within 5 s."""
    for _ in range(100):
        if path.exists() and path.read_text().strip():
            return path.read_text()
        await pilot.pause(0.05)
    return ""


@asynccontextmanager
async def running(app: NewsApp, size: tuple[int, int] = (120, 40)) -> AsyncIterator[Pilot[None]]:
    """`app.run_test` at this size, started and settled (the first load of feeds and items done)."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield pilot


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


class StallingServer:
    """A loopback HTTP server that never finishes an answer, for hang bounds.

    mode "silent": accepts the connection and never says a word.
    mode "drip": sends a 200 header at once, then one byte of body every `every` seconds
    for ever (so no single read ever times out).
    """

    def __init__(self, mode: str = "silent", every: float = 0.2) -> None:
        self.mode = mode
        self.every = every
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.1)
        self.base = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self.accepted = threading.Event()
        """Set once a client has connected."""

    def url(self, path: str = "/page.html") -> str:
        return self.base + path

    def __enter__(self) -> StallingServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(5)
        for connection in self._connections:
            connection.close()
        self._listener.close()

    def hang_up(self) -> None:
        """Close every connection accepted so far, as a dying peer does: the client's
        pending read fails at once ("server disconnected")."""
        for connection in self._connections:
            connection.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._connections.append(connection)
            self.accepted.set()
            if self.mode == "drip":
                threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection: socket.socket) -> None:
        try:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>")
            while not self._stop.is_set():
                connection.sendall(b"x")
                time.sleep(self.every)
        except OSError:  # the client gave up and closed the connection: what the test wants
            return


def wait_on_tech(db: Path, until: datetime) -> None:
    """Record a 429 for the Tech feed with a Retry-After that lasts until `until`."""
    with Store.open(db) as store:
        store.record_fetch(TECH, status=429, error="HTTP 429 Too Many Requests", ok=False, not_before=until)


def unmarked_app_cache(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """(config, cache, ids) of the fixed feeds with `mark_read_on_open = false`: the
    `app_cache` fixture (tests/conftest.py) of the tests that mark items themselves."""
    config_path = write_config(tmp_path / "config.toml", mark_read_on_open=False)
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    return config_path, db, ids


async def open_feed(app: NewsApp, pilot, url: str) -> ItemList:  # type: ignore[no-untyped-def]
    """Show the feed's items, as choosing it in the feed list does; the item list."""
    from newstui.service import ItemFilter
    from newstui.ui.messages import FilterChosen

    app.screen.post_message(FilterChosen(ItemFilter("feed", url)))
    await settle(pilot)
    return app.screen.query_one(ItemList)


async def open_first_item(app: NewsApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the app settle, then open the item under the cursor (Enter) and settle again."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def prune_world_elsewhere(db: Path) -> int:
    """Through another connection, as `newstui gc` or a cron refresh's retention does: the
    World feed keeps its newest item, the rest (not bookmarked) are deleted; how many went."""
    with Store.open(db) as other:
        deleted, _ = other.prune({WORLD: (1, 0, True)})
    return deleted


def long_world_app(tmp_path: Path) -> NewsApp:
    """The app on the fixed feeds with 40 more World items, so the lists scroll: the
    `news_app` fixture of the snapshot tests (tests/conftest.py)."""
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path), extra_world=40)
    return app_for(config_path, db)
