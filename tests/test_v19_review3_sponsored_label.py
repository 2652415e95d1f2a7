"""Review of version 19's ad-slot rule: 'Sponsored' heads paid content after the story, it is no slot inside it.

An ad's label ('Advertisement', 'Anzeige') left between two parts of a story says the story goes
on; 'Sponsored' labels a box of paid text of its own (a promoted offer), so the edge scan
still ends there. Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import body_text

_LINES = [
    f"Part {n}: the lock keepers on the canal say the new gates, fitted last winter, have cut the wait"
    f" for boats by {n + 3} minutes, and the towpath is busier than ever."
    for n in range(14)
]
_PAID = (
    "<div class='box'><p>Households in the valley are switching to a new heat pump that halves their"
    " winter bills, and the installers say there is still time to book a survey.</p><p>Ask for the"
    " spring offer when you call, and a surveyor will visit within the week to measure the rooms.</p></div>"
)


def _page(label: str, after: str) -> str:
    return (
        "<html><head><title>Faster locks on the canal</title></head><body><div id='page'>"
        "<h1>Faster locks on the canal</h1>"
        f"<div class='copy'>{''.join(f'<p>{line}</p>' for line in _LINES[:13])}</div>"
        f"<div class='slot'><span>{label}</span></div>{after}</div></body></html>"
    )


@pytest.mark.parametrize("label", ["Sponsored", "SPONSORED"])
def test_paid_text_after_a_sponsored_label_stays_out(label: str) -> None:
    text = body_text(_page(label, _PAID))
    # (Before: the label was stepped over as an ad slot and the paid offer became the story's end.)
    assert "Part 12: the lock keepers" in text
    assert "heat pump" not in text


def test_the_story_after_an_advertisement_label_is_still_kept() -> None:
    # The other side: the version 19 rule for an ad's own label stands.
    text = body_text(_page("Advertisement", f"<div class='tail'><p>{_LINES[13]}</p></div>"))
    assert "Part 13: the lock keepers" in text
