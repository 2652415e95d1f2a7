"""Snapshots of v25's flow at 80×24: the item list while browsing (titles get 60% of the
width: 25 characters of each, where 14 showed) and a notice too long for the status line,
wrapped onto a second line instead of cut. Update with `pytest --snapshot-update` and look
at the SVGs (tests/__snapshots__/test_v25_flow_snapshots/) before committing them."""

from __future__ import annotations

from newstui.ui.app import NewsApp
from ui_helpers import settle


async def browse(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.main_screen.item_list.focus()
    await pilot.press("j")
    await settle(pilot)


async def long_notice(pilot) -> None:  # type: ignore[no-untyped-def]
    await browse(pilot)
    await pilot.press("m")  # "Marked read: " and the whole title
    await settle(pilot)


def test_browsing_titles_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=browse, terminal_size=(80, 24))


def test_long_notice_wraps_narrow(news_app: NewsApp, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(news_app, run_before=long_notice, terminal_size=(80, 24))
