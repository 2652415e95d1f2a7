"""The app wiring of issue 9: filter rules applied at start (hidden, highlighted, rule tags),
saved searches in the feed list, the feed order setting, and the timed refresh of the feeds
that are due by their own `refresh_minutes`. Each test drives the real app with Pilot on a
real store in tmp_path (the refresh one over a loopback HTTP server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feed_builders import rss_document
from httpserver import Request, TestServer
from newstui.config import load_config
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.app import NewsApp
from newstui.ui.messages import FilterChosen
from newstui.ui.screens.confirm import ConfirmScreen
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from ui_helpers import TECH, app_for, build_store, clock, running, settle, write_config

SIZE = (120, 40)

RULES = """
[[filters]]
match = 'title contains "Harbour"'
action = "hide"

[[filters]]
match = 'title contains "treaty"'
action = "highlight"

[[filters]]
match = 'title contains "farmers" or title contains "chip"'
action = "tag"
tag = "economy"

[[queries]]
name = "Votes and [b]plants[/b]"
search = "votes OR plants"

[[queries]]
name = "Unread tech"
tags = ["tech"]
unread = true
"""


@pytest.fixture
def ruled(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """The fixed feeds and items, and a config with rules and saved searches; the store has
    never seen the rules (as after editing the config)."""
    config_path = write_config(tmp_path / "config.toml")
    config_path.write_text(config_path.read_text(encoding="utf-8") + RULES, encoding="utf-8")
    db = tmp_path / "news.db"
    ids = build_store(db, load_config(config_path))
    return config_path, db, ids


def listed(app: NewsApp) -> list[str]:
    items = app.main_screen.query_one(ItemList)
    return [item.title for row in range(items.count) if (item := items.item_at(row)) is not None]


def option_labels(feeds: FeedList) -> dict[str, str]:
    return {
        option.id: str(option.prompt)
        for index in range(feeds.option_count)
        if (option := feeds.get_option_at_index(index)).id is not None
    }


async def show(app: NewsApp, pilot, item_filter: ItemFilter) -> None:  # type: ignore[no-untyped-def]
    app.main_screen.post_message(FilterChosen(item_filter))
    await settle(pilot)


# -- 1. filter rules at start ------------------------------------------------------------------


async def test_rules_are_applied_at_start_hiding_highlighting_and_tagging(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, ids = ruled
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        titles = listed(app)
        assert "Harbour strike enters its third week" not in titles  # hidden, never listed
        assert "Ministers agree on a river treaty after a night of talks" in titles
        items = app.main_screen.query_one(ItemList)
        assert items._highlighted == {ids["world-0"]}
        # The highlighted row is drawn in the highlight style: the accent colour, in bold.
        row = next(r for r in range(items.count) if items.item_at(r).id == ids["world-0"])  # type: ignore[union-attr]
        items.select_row(row + 1 if row + 1 < items.count else row - 1)  # not under the cursor
        await pilot.pause()
        highlight = items.get_component_rich_style("item-list--highlight")
        assert highlight.bold and highlight.color is not None
        strip = items.render_line(row - int(items.scroll_y))
        treaty = [seg for seg in strip if "Minist" in seg.text]
        assert treaty and treaty[0].style is not None and treaty[0].style.bold
        assert treaty[0].style.color == highlight.color
        other = next(seg for seg in items.render_line(row + 1 - int(items.scroll_y)) if len(seg.text.strip()) > 8)
        assert other.style is None or other.style.color != highlight.color
        # The rule's tag is in the tag section, with its unread count (farmers: 1, chip: 1).
        feeds = app.main_screen.query_one(FeedList)
        labels = option_labels(feeds)
        assert labels["tag:economy"] == "economy (2)"
        assert "Harbour" not in labels["tag:world"] and labels["tag:world"] == "world (4)"  # 6 - read - hidden
        await show(app, pilot, ItemFilter("tag", "economy"))
        assert sorted(listed(app)) == [
            "Chip makers slow new plants as demand cools",
            "Drought forces farmers to sell herds early",
        ]


async def test_unchanged_rules_do_not_reload_at_start(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, _ = ruled
    from newstui.config.filters import config_filter_set

    store = Store.open(db)
    try:
        assert store.set_filters(config_filter_set(load_config(config_path))) is True
    finally:
        store.close()
    app = app_for(config_path, db)
    async with app.run_test(size=SIZE) as pilot:
        reloads: list[object] = []
        original = app.main_screen._filters_applied

        def counted() -> None:
            reloads.append(1)
            original()

        app.main_screen._filters_applied = counted  # type: ignore[method-assign]
        await settle(pilot)
        assert reloads == []
        assert "Harbour strike enters its third week" not in listed(app)


# -- 2. saved searches -------------------------------------------------------------------------


async def test_saved_searches_are_listed_with_counts_and_list_their_items(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, ids = ruled
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        feeds = app.main_screen.query_one(FeedList)
        order = [option.id for index in range(feeds.option_count) if (option := feeds.get_option_at_index(index)).id]
        heading = order.index("heading:queries")
        assert order.index("view:stories") < heading < order.index("query:Votes and [b]plants[/b]")
        assert order.index("query:Unread tech") < min(i for i, o in enumerate(order) if o.startswith("tag:"))
        labels = option_labels(feeds)
        # The name is shown as written (never markup); counts are unread ones.
        assert labels["query:Votes and [b]plants[/b]"] == "  Votes and [b]plants[/b] (1)"  # world-2 is read
        assert labels["query:Unread tech"] == "  Unread tech (3)"  # 4 tech items, tech-3 read
        assert feeds.get_option("heading:queries").disabled

        # H hides the read items there too.
        screen = app.main_screen
        await show(app, pilot, ItemFilter("query", "Votes and [b]plants[/b]"))
        assert screen.status.location.startswith("Saved search: Votes and [b]plants[/b] (2 items)")
        assert sorted(listed(app)) == [
            "Chip makers slow new plants as demand cools",
            "Election officials count the last postal votes",
        ]
        await pilot.press("H")
        await settle(pilot)
        assert listed(app) == ["Chip makers slow new plants as demand cools"]  # world-2 is read
        await pilot.press("H")
        await settle(pilot)

        # Chosen from the feed list like a feed.
        feeds.focus()
        feeds.highlighted = feeds.get_option_index("query:Unread tech")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.item_filter == ItemFilter("query", "Unread tech")
        assert listed(app) == [
            "A terminal news reader that reads the article",
            "Chip makers slow new plants as demand cools",
            "Open source maintainers ask for funding",
        ]
        assert screen.status.location.startswith("Saved search: Unread tech (3 items)")

        # n opens the unread items in the list's order.
        await pilot.press("n")
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.id == ids["tech-0"]
        await pilot.press("n")
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.id == ids["tech-1"]
        # S reloads it sorted: the two just read have left this unread-only search.
        await pilot.press("S")
        await settle(pilot)
        assert listed(app) == ["Open source maintainers ask for funding"]
        assert "by title" in screen.status.location
        assert option_labels(feeds)["query:Unread tech"] == "  Unread tech (1)"


async def test_n_goes_on_to_the_next_saved_search_with_unread_items(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, ids = ruled
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        screen = app.main_screen
        await show(app, pilot, ItemFilter("query", "Votes and [b]plants[/b]"))
        await pilot.press("n")  # its one unread item
        await settle(pilot)
        assert screen.open_item is not None and screen.open_item.id == ids["tech-1"]
        await pilot.press("n")  # none left here: on to "Unread tech", at its first unread item
        await settle(pilot)
        await settle(pilot)
        assert screen.item_filter == ItemFilter("query", "Unread tech")
        assert screen.open_item is not None and screen.open_item.id == ids["tech-0"]


async def test_the_command_palette_finds_saved_searches(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, _ = ruled
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Saved search: Votes")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.item_filter == ItemFilter("query", "Votes and [b]plants[/b]")


async def test_mark_all_read_in_a_saved_search_marks_only_its_items(ruled) -> None:  # type: ignore[no-untyped-def]
    config_path, db, _ = ruled
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        await show(app, pilot, ItemFilter("query", "Unread tech"))
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "3 unread items in saved search Unread tech" in app.screen.question
        await pilot.press("y")
        await settle(pilot)
        labels = option_labels(app.main_screen.query_one(FeedList))
        assert labels["query:Unread tech"] == "  Unread tech"  # the count went with them
    store = Store.open(db)
    try:
        unread = {item.guid for item in store.items(ItemFilter("unread"), limit=None)}
    finally:
        store.close()
    assert not any(guid.startswith("tech-") for guid in unread if guid)
    assert "world-0" in unread


# -- 3. feed order -----------------------------------------------------------------------------


def order_config(path: Path, order: str | None) -> Path:
    lines = ["[general]", "refresh_minutes = 0", "fetch_full_articles = false"]
    if order is not None:
        lines.append(f'feed_order = "{order}"')
    for name in ("Zebra", "apple", "Mango"):
        url = f'url = "http://feeds.test/{name.lower()}.xml"'
        lines += ["", "[[feeds]]", url, f'title = "{name}"', 'tags = ["news"]']
    for name in ("Yak", "bee"):
        lines += ["", "[[feeds]]", f'url = "http://feeds.test/{name.lower()}.xml"', f'title = "{name}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (None, ["Zebra", "apple", "Mango", "Yak", "bee"]),  # the default: the config file's order
        ("config", ["Zebra", "apple", "Mango", "Yak", "bee"]),
        ("title", ["apple", "Mango", "Zebra", "bee", "Yak"]),
    ],
)
async def test_the_feed_list_follows_feed_order(tmp_path: Path, order: str | None, expected: list[str]) -> None:
    config = load_config(order_config(tmp_path / "config.toml", order))
    app = NewsApp(config, tmp_path / "news.db", clock=clock)
    async with running(app, SIZE):
        feeds = app.main_screen.query_one(FeedList)
        shown = [
            str(option.prompt).strip()
            for index in range(feeds.option_count)
            if ((option := feeds.get_option_at_index(index)).id or "").startswith("feed:")
        ]
        assert shown == expected


# -- 4. the timed refresh: only the feeds that are due -----------------------------------------


def rss(name: str) -> bytes:
    return rss_document(f"<item><guid>{name}-1</guid><title>{name} story</title></item>", title=name)


def timed_feeds(tmp_path: Path, http_server: TestServer) -> Path:
    """Three loopback feeds: "fast" every 10 minutes, "slow" every 60 ([general]'s), "manual" on demand."""

    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        return 200, {"content-type": "application/rss+xml"}, rss(request.path.strip("/").split(".")[0])

    urls = {name: http_server.add_route(f"/{name}.xml", answer) for name in ("fast", "slow", "manual")}
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        "[general]\nrefresh_minutes = 60\nfetch_full_articles = false\n\n"
        f'[[feeds]]\nurl = "{urls["fast"]}"\nrefresh_minutes = 10\n\n'
        f'[[feeds]]\nurl = "{urls["slow"]}"\n\n'
        f'[[feeds]]\nurl = "{urls["manual"]}"\nrefresh_minutes = 0\n',
        encoding="utf-8",
    )
    return config_path


def fetches(http_server: TestServer) -> dict[str, int]:
    return {name: len(http_server.requests_for(f"/{name}.xml")) for name in ("fast", "slow", "manual")}


async def test_the_timer_refreshes_only_the_feeds_that_are_due(tmp_path: Path, http_server: TestServer) -> None:
    config_path = timed_feeds(tmp_path, http_server)
    now = [datetime.now(UTC)]
    app = NewsApp(load_config(config_path), tmp_path / "news.db", clock=lambda: now[0], refresh_on_start=False)

    def fetched() -> dict[str, int]:
        return fetches(http_server)

    async with running(app, SIZE) as pilot:
        screen = app.main_screen
        screen._timed_refresh()  # never fetched: every feed with an interval is due
        await settle(pilot)
        assert fetched() == {"fast": 1, "slow": 1, "manual": 0}
        now[0] += timedelta(minutes=5)
        screen._timed_refresh()
        await settle(pilot)
        assert fetched() == {"fast": 1, "slow": 1, "manual": 0}  # nothing due yet
        now[0] += timedelta(minutes=6)
        screen._timed_refresh()
        await settle(pilot)
        assert fetched() == {"fast": 2, "slow": 1, "manual": 0}  # its own 10 minutes
        assert "fast" in screen.status.notice or "Refreshed" in screen.status.notice
        now[0] += timedelta(minutes=60)
        screen._timed_refresh()
        await settle(pilot)
        assert fetched() == {"fast": 3, "slow": 2, "manual": 0}
        await pilot.press("R")  # R still refreshes everything, the on-demand feed too
        await settle(pilot)
        assert fetched() == {"fast": 4, "slow": 3, "manual": 1}


async def test_the_start_up_refresh_fetches_only_the_feeds_that_are_due(
    tmp_path: Path, http_server: TestServer
) -> None:
    config_path = timed_feeds(tmp_path, http_server)
    db = tmp_path / "news.db"
    first = app_for(config_path, db)  # left to the config: never fetched, all due
    async with running(first, SIZE) as pilot:
        assert fetches(http_server) == {"fast": 1, "slow": 1, "manual": 0}
    later = datetime.now(UTC) + timedelta(minutes=15)
    again = NewsApp(load_config(config_path), db, clock=lambda: later)
    async with running(again, SIZE) as pilot:
        assert fetches(http_server) == {"fast": 2, "slow": 1, "manual": 0}
    forced = NewsApp(load_config(config_path), db, clock=lambda: later, refresh_on_start=True)
    async with forced.run_test(size=SIZE) as pilot:  # asked for (the demo, --refresh): everything
        await settle(pilot)
        assert fetches(http_server) == {"fast": 3, "slow": 2, "manual": 1}


async def test_a_feed_interval_alone_starts_the_timer(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml")
    text = config_path.read_text(encoding="utf-8").replace(f'url = "{TECH}"', f'url = "{TECH}"\nrefresh_minutes = 5')
    config_path.write_text(text, encoding="utf-8")
    config = load_config(config_path)
    assert config.general.refresh_minutes == 0
    app = NewsApp(config, tmp_path / "news.db", clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main_screen._timed_refresh_wanted()
    plain = NewsApp(load_config(write_config(tmp_path / "plain.toml")), tmp_path / "plain.db", clock=clock)
    async with plain.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not plain.main_screen._timed_refresh_wanted()


# -- how it looks --------------------------------------------------------------------------------


def test_rules_and_saved_searches_wide(ruled, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The saved searches under their heading, the rule's tag among the feeds' tags, the
    highlighted treaty item in the accent colour and bold, the hidden strike item gone."""
    config_path, db, _ = ruled

    async def run(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("j")  # the cursor off the highlighted first row
        await settle(pilot)

    assert snap_compare(app_for(config_path, db), run_before=run, terminal_size=(160, 48))
