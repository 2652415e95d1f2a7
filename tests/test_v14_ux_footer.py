"""Below 80 columns the footer cut its keys at the screen's edge: `? Help` and `q Quit`
went first, half a key stayed. Now a key that does not fit is left out whole, the least
needed first, and `q` and `?` always stay (wave 19 trial)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newstui.ui.app import NewsApp
from newstui.ui.widgets.key_footer import KeyFooter
from ui_helpers import Seeded, make_app, press, running, settle


def whole(keys: dict[str, tuple[int, int]], width: int) -> bool:
    """Every key inside the screen, none drawn over another."""
    edges = sorted(keys.values())
    apart = all(a[1] <= b[0] for a, b in zip(edges, edges[1:], strict=False))
    return apart and all(right <= width for _, right in edges)


def footer_keys(app: NewsApp) -> dict[str, tuple[int, int]]:
    """Description -> (left, right) edge on screen of each key of the screen's footer."""
    return {
        key.description: (key.region.x, key.region.right) for key in app.screen.query("FooterKey") if key.region.width
    }


@pytest.mark.parametrize("width", [48, 60, 72, 79])
async def test_every_footer_key_is_whole_and_help_and_quit_stay(seeded: Seeded, width: int) -> None:
    app = make_app(seeded)
    async with running(app, (width, 24)) as pilot:
        await press(pilot, "j", "enter")
        for _pane in range(3):  # items, article, feeds
            keys = footer_keys(app)
            # q is "Back" in the article and the quotes (it steps back to the list there)
            assert "Help" in keys and ("Quit" in keys or "Back" in keys), (width, keys)
            assert whole(keys, width), (width, keys)
            await press(pilot, "tab")


async def test_the_keys_come_back_when_the_terminal_widens(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (56, 24)) as pilot:
        narrow = footer_keys(app)
        assert "Refresh all" not in narrow and "Next unread" in narrow
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        wide = footer_keys(app)
        assert {"Refresh all", "Bookmark", "Search", "Quotes", "Next unread", "Open", "Back", "Help"} <= set(wide)


async def test_the_speakers_page_footer_keeps_help_at_44_columns(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (44, 24)) as pilot:
        await press(pilot, "W")
        keys = footer_keys(app)
        assert "Help" in keys and whole(keys, 44), keys  # ^p Commands was drawn over ? Help


def test_fitting_drops_the_named_actions_first_then_from_the_right() -> None:
    from newstui.ui.widgets.key_footer import fitting, key_width

    @dataclass
    class Key:
        """A footer key as `fitting` reads it (Textual's key class is private)."""

        action: str
        key_display: str
        description: str

        def has_class(self, *class_names: str) -> bool:
            return False

    def key(action: str, shown: str, description: str) -> Key:
        return Key(action, shown, description)

    keys = [
        key("open", "⏎", "Open"),
        key("next", "n", "Next unread"),
        key("refresh", "R", "Refresh all"),
        key("quit", "q", "Quit"),
        key("help", "?", "Help"),
    ]
    assert [key_width(k, True) for k in keys] == [7, 14, 14, 7, 7]
    assert [key_width(k, False) for k in keys] == [8, 15, 15, 8, 8]
    assert fitting(keys, 49, True) == keys
    assert [k.action for k in fitting(keys, 48, True, ["refresh"])] == ["open", "next", "quit", "help"]
    assert [k.action for k in fitting(keys, 48, True)] == ["open", "next", "quit", "help"]  # rightmost first
    assert [k.action for k in fitting(keys, 20, True, ["refresh"])] == ["quit", "help"]
    assert [k.action for k in fitting(keys, 5, True)] == ["quit", "help"]  # never dropped
    assert KeyFooter(drop_first=["refresh"]).drop_first == ("refresh",)
