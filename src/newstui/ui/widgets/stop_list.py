"""Lists whose cursor stops at either end, as the item list's and newsboat's do.

Textual's OptionList goes round: k on the first entry jumped to the last of what may be a
long page (newsboat's `wrap-scroll` is off by default, and the item list never wraps).
"""

from __future__ import annotations

from textual.widgets import OptionList


def step(listing: OptionList, direction: int) -> None:
    """Highlight the next enabled entry in `direction` (1 down, -1 up); none there: stay."""
    if listing.highlighted is None:
        OptionList.action_cursor_down(listing) if direction > 0 else OptionList.action_cursor_up(listing)
        return
    index = listing.highlighted + direction
    while 0 <= index < listing.option_count:
        if not listing.get_option_at_index(index).disabled:
            listing.highlighted = index
            return
        index += direction


class StopList(OptionList):
    """An OptionList whose up/down (and the pages' j/k) stop at either end."""

    def action_cursor_down(self) -> None:
        step(self, 1)

    def action_cursor_up(self) -> None:
        step(self, -1)
