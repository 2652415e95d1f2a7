"""Screens over the reader at a small terminal (wave 19 trial): what they hold fits them."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Label

from newstui.ui.screens.stories import OutletsScreen
from ui_helpers import Seeded, make_app, running, settle

LONG_QUOTE = (
    "Nobody on the committee wanted every clause, and that is exactly how each of us "
    "knows the compromise will hold through the winter"
)


async def test_a_long_quote_wraps_in_the_outlets_box(seeded: Seeded) -> None:
    # At 80 columns the quote ran on one line past the box's edge: "…how you know it is a".
    app = make_app(seeded)
    async with running(app, (80, 24)) as pilot:
        await app.push_screen(OutletsScreen(LONG_QUOTE, []))
        await settle(pilot)
        label = app.screen.query(Label).first()
        box = label.parent
        assert isinstance(box, Widget)
        assert box.content_region.contains_region(label.region), (box.content_region, label.region)
        shown = " ".join(" ".join(strip.text for strip in label.render_lines(label.region.reset_offset)).split())
        assert "through the winter”" in shown, shown
