"""Keys a newsboat hand presses in the first minutes, and what the status line says."""

from __future__ import annotations

from newstui.model import Article, Section
from newstui.service import extractor_version
from newstui.store import Store
from newstui.ui.screens.links import LinksScreen
from ui_helpers import Seeded, make_app, press, running


async def test_u_on_an_article_without_links_says_o_opens_its_page(seeded: Seeded) -> None:
    """The article shows its page's address as its source; "This article has no links." read
    as if that could not be opened either. It now names the key that opens it."""
    plain = Article(
        headline="Ferry timetable changes for winter",
        sections=[Section(None, ["The harbour board agreed a shorter winter timetable on Monday."])],
        source="page",
    )
    store = Store.open(seeded.db)
    try:
        store.save_article(seeded.ids["tech-0"], plain, max(1, extractor_version()))
    finally:
        store.close()
    app = make_app(seeded)
    async with running(app) as pilot:
        items = app.main_screen.item_list
        row = next(r for r in range(items.count) if items.item_at(r).guid == "tech-0")  # type: ignore[union-attr]
        items.select_row(row)
        await press(pilot, "enter")
        assert app.main_screen.open_item is not None and app.main_screen.open_item.link
        await press(pilot, "u")
        assert not isinstance(app.screen, LinksScreen)
        assert app.main_screen.status.notice == "This article has no links; o opens its page."
