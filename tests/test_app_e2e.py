"""The app end to end against a loopback feed server: refresh, open, bookmark, quit, reopen."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

from cli_helpers import local_feed_config
from newstui.__main__ import main
from newstui.service import ItemFilter
from newstui.store import Store
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.feed_list import FeedList
from newstui.ui.widgets.item_list import ItemList
from newstui.ui.widgets.quote_sidebar import QuoteSidebar
from ui_helpers import NOW, app_for, running, settle
from valley_site import STORIES, write_site
from valley_site import site as site  # noqa: F401 - the fixture


async def test_refresh_open_bookmark_quit_reopen(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = site
    config_path = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app, (160, 48)) as pilot:
        items = app.screen.query_one(ItemList)
        assert items.count == 0
        await pilot.press("R")
        await settle(pilot)
        assert items.count == 3, [n.message for n in app._notifications]
        assert "Refreshed" in app.screen.status.notice and "3 new items" in app.screen.status.notice
        assert items.current_item.title == "Council approves the new river bridge"
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.article.source == "page"
        assert view.article.headline == "Council approves the new river bridge"
        assert "What happens next" in [s.heading for s in view.article.sections]
        assert server.requests_for("/bridge.html")
        speakers = {q.speaker for q in app.screen.query_one(QuoteSidebar).quotes}
        assert "Clara Nunes" in speakers
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("Q")
    assert not app.is_running

    # A new app on the same database: the bookmark, read state and cached article are there.
    requests_before = len(server.requests)
    app = app_for(config_path, db)
    async with running(app, (160, 48)) as pilot:
        await pilot.press("B")
        await settle(pilot)
        items = app.screen.query_one(ItemList)
        assert app.screen.item_filter == ItemFilter("bookmarks")
        assert items.count == 1
        bookmarked = items.current_item
        assert bookmarked.title == "Council approves the new river bridge" and bookmarked.read
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(ArticleView).article.source == "page"
        assert len(server.requests) == requests_before  # the cached extraction, no fetch

    # The CLI lists the same bookmarks as the app.
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--config", str(config_path), "--db", str(db), "list", "--bookmarked", "--json"]) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    assert [row["title"] for row in rows] == ["Council approves the new river bridge"]


async def test_offline_shows_feed_text_with_notice(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    config_path = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app, (160, 48)) as pilot:
        await pilot.press("R")
        await settle(pilot)
        (root / "library.html").unlink()  # the page is gone: 404
        await pilot.press("j", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article.source == "feed"
        assert "Feed summary of Library opens on Sundays" in view.article.sections[0].paragraphs[0]
        assert view.notice is not None and "feed's text" in view.notice
        assert "404" in view.notice


async def test_new_items_keep_selection_and_position(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    config_path = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app, (90, 20)) as pilot:
        await pilot.press("R")
        await settle(pilot)
        items = app.screen.query_one(ItemList)
        await pilot.press("j")
        chosen = items.current_item
        assert chosen.title == "Library opens on Sundays from April"
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        view.scroll_to(y=3, animate=False)
        await pilot.pause()
        assert view.scroll_y == 3
        write_site(
            root,
            server.base,
            [
                ("ferry", "Ferry timetable changes", "Sat, 14 Mar 2026 11:00:00 GMT"),
                ("school", "School roof repaired", "Sat, 14 Mar 2026 10:00:00 GMT"),
            ]
            + STORIES,
        )
        await pilot.press("R")
        await settle(pilot)
        assert items.count == 5
        assert items.current_item.id == chosen.id  # the selection stayed on the same item
        assert items.cursor == 3
        assert view.item_id == chosen.id and view.scroll_y == 3  # reading position kept


async def test_refresh_on_start_and_full_articles_in_background(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = site
    config_path = local_feed_config(
        tmp_path / "config.toml", server.url("feed.xml"), refresh_minutes=30, fetch_full_articles=True
    )
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ItemList).count == 3
        # The pages fetched in the background brought quotes: the feed list counts their speaker.
        feed_list = app.screen.query_one(FeedList)
        shown = [feed_list.get_option_at_index(i).prompt for i in range(feed_list.option_count)]
        assert any("Speakers (1)" in str(getattr(prompt, "plain", prompt)) for prompt in shown), shown
    store = Store.open(db)
    try:
        for item in store.items():
            article = store.article(item.id)
            assert article is not None and article.source == "page", item.title
    finally:
        store.close()
    assert NOW  # the fixed clock is what the list ages are measured against


async def test_failing_feed_gets_a_mark(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = site
    server.add_route("/broken.xml", (500, {"Content-Type": "text/plain"}, b"oops"))
    config_path = local_feed_config(tmp_path / "config.toml", server.url("broken.xml"))
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await pilot.press("R")
        await settle(pilot)
        from newstui.ui.widgets.feed_list import FeedList

        feeds = app.screen.query_one(FeedList)
        label = feeds.get_option(f"feed:{server.url('broken.xml')}\x00local").prompt.plain
        assert label.startswith("  ✗ ")
        # The only feed failed: the status line says which and why, not just "1 failed".
        notice = app.screen.status.notice
        assert notice.startswith(f"Could not refresh {server.url('broken.xml')}: ")
        assert "500" in notice


async def test_refresh_summary_points_to_the_failed_feeds(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ = site
    server.add_route("/broken.xml", (500, {"Content-Type": "text/plain"}, b"oops"))
    config_path = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    with config_path.open("a", encoding="utf-8") as out:
        out.write(f'\n[[feeds]]\nurl = "{server.url("broken.xml")}"\n')
    app = app_for(config_path, tmp_path / "news.db")
    async with running(app) as pilot:
        await pilot.press("R")
        await settle(pilot)
        notice = app.screen.status.notice
        assert "1 ok, 1 failed" in notice
        assert "e shows why" in notice


async def test_no_feeds_no_refresh(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text("[general]\nrefresh_minutes = 30\n", encoding="utf-8")
    app = app_for(config_path, tmp_path / "news.db")
    async with running(app) as pilot:
        assert "Refreshed" not in app.screen.status.text  # nothing to refresh at start
        await pilot.press("R")
        await settle(pilot)
        assert app.screen.status.notice == "No feeds to refresh: add one with newstui add URL, then press R again."


async def test_r_refreshes_only_the_feed_at_hand(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    (root / "other.xml").write_text((root / "feed.xml").read_text().replace("<guid>", "<guid>o-"), encoding="utf-8")
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        "[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n\n"
        f'[[feeds]]\nurl = "{server.url("feed.xml")}"\ntitle = "One"\n\n'
        f'[[feeds]]\nurl = "{server.url("other.xml")}"\ntitle = "Other"\n',
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app) as pilot:
        await pilot.press("R")
        await settle(pilot)
        assert app.screen.query_one(ItemList).count == 6
        before_one = len(server.requests_for("/feed.xml"))
        before_other = len(server.requests_for("/other.xml"))
        from newstui.ui.messages import FilterChosen

        app.screen.post_message(FilterChosen(ItemFilter("feed", server.url("other.xml"))))
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert len(server.requests_for("/other.xml")) == before_other + 1
        assert len(server.requests_for("/feed.xml")) == before_one
        assert app.screen.status.notice == "Refreshed Other: 0 new items"


async def test_feed_text_first_then_the_page_and_stale_results_dropped(site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, root = site
    from httpserver import Response

    slow = (root / "bridge.html").read_bytes()
    server.add_route("/bridge.html", Response(200, {"Content-Type": "text/html; charset=utf-8"}, slow, delay=1.5))
    config_path = local_feed_config(tmp_path / "config.toml", server.url("feed.xml"))
    db = tmp_path / "news.db"
    app = app_for(config_path, db)
    async with running(app, (160, 48)) as pilot:
        await pilot.press("R")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("enter")  # the bridge story: its page answers after 1.5 s
        for _ in range(200):
            if view.article is not None:
                break
            await pilot.pause(0.01)
        assert view.article is not None and view.article.source == "feed"  # the feed's text, at once
        assert view.notice is not None and "fetching" in view.notice
        assert "article" in app.screen.status.busy  # the spinner turns
        await settle(pilot)
        assert view.article.source == "page" and view.notice is None
        assert not app.screen.status.busy

        # Open the slow one again (now cached: instant), then a slow uncached one and move on at once:
        # the late result must not replace the article the user is reading.
        library_page = (root / "library.html").read_bytes()
        server.add_route("/library.html", Response(200, {"Content-Type": "text/html"}, library_page, delay=1.0))
        await pilot.press("j", "enter")  # library: slow fetch starts
        await pilot.press("k", "enter")  # back to bridge (cached)
        await settle(pilot)
        assert view.item_id == app.screen.query_one(ItemList).current_item.id
        assert view.article.headline == "Council approves the new river bridge"
