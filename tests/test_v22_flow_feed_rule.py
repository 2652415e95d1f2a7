"""At 100×30 (and other short terminals) the feed list, cut to a quarter of the column,
ended on the rule under Speakers and Stories, drawn right above the list's own bottom
border: two rules, one over the other. The rule on the list's last row is left out now
(the border below says the same); elsewhere it stays."""

from __future__ import annotations

import pytest

from ui_helpers import Seeded, make_app, running


def rows(feed_list) -> list[str]:  # type: ignore[no-untyped-def]
    return [feed_list.render_line(y).text for y in range(feed_list.scrollable_content_region.height)]


def is_rule(text: str) -> bool:
    return bool(text.strip()) and set(text.strip()) == {"─"}


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (120, 40)])
async def test_the_feed_list_never_ends_on_a_rule_above_its_border(seeded: Seeded, size: tuple[int, int]) -> None:
    app = make_app(seeded)
    async with running(app, size=size):
        shown = rows(app.main_screen.feed_list)
        assert shown and not is_rule(shown[-1]), shown


async def test_the_rule_under_the_views_stays_where_entries_follow_it(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, size=(160, 48)):
        shown = rows(app.main_screen.feed_list)
        assert any(is_rule(text) for text in shown[:-1])
