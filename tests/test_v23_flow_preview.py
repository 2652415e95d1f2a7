"""The preview of the highlighted item (no article open) says its feed and date under the
title. At 80 columns the text wrap broke that line anywhere: "… Courier · 25 Nov 2026," over
"10:00", or a line that began with "·". It now breaks between the pieces, as the article's
meta line does: the date stays whole and a separator ends a line, never starts one."""

from __future__ import annotations

import pytest

from newstui.ui.widgets.article_view import format_date
from ui_helpers import HOSTILE_SHOWN, Seeded, make_app, row_with_guid, running, settle


def preview_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    (block,) = app.main_screen.article_view.query(".placeholder")
    return [strip.text.strip() for strip in block.render_lines(block.region.reset_offset) if strip.text.strip()]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_preview_keeps_the_date_whole_and_starts_no_line_with_a_separator(
    seeded: Seeded, size: tuple[int, int]
) -> None:
    app = make_app(seeded)
    async with running(app, size) as pilot:
        items = app.main_screen.item_list
        items.select_row(row_with_guid(items, "hostile-1"))
        await settle(pilot)
        item = items.current_item
        assert item is not None
        lines = preview_lines(app)
        assert not any(line.startswith("·") for line in lines), lines
        date = format_date(item.published)
        assert any(date in line for line in lines), (date, lines)
        assert HOSTILE_SHOWN.split()[0] in " ".join(lines)  # the feed's name, as text
        await pilot.resize_terminal(size[0] - 7, size[1])  # laid out again at the new width
        await settle(pilot)
        lines = preview_lines(app)
        assert not any(line.startswith("·") for line in lines), lines
        assert any(date in line for line in lines), (date, lines)
