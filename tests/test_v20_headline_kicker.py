"""Version 20: a kicker set in small print by its class is not part of the headline.

Page written for this test (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Free meter check for households"
STORY = (
    "<p>Households in the district can have their electricity meter and their appliances checked"
    " for free this spring, under a programme the energy agency runs with the local council.</p>"
    "<p>An adviser visits the home, measures what each appliance draws on standby and suggests"
    " where a household could save, from the fridge to the old freezer in the cellar.</p>"
)


def test_a_small_print_span_in_the_h1_is_a_kicker() -> None:
    # General pattern: themes set a topic above the headline inside the h1 in small print by a
    # class ('<span class="h1small">Energy Savers</span>'), as others use a <small> tag; the
    # <title> runs them together. The kicker is not the headline's.
    # (Before: 'Energy Savers Free meter check for households'.)
    head = "<title>Energy Savers - free meter check | Green Homes Guide</title>"
    body = f'<article><h1><span class="h1small">Energy Savers</span> {HEADLINE}</h1>{STORY}</article>'
    assert headline_of(head, body, None) == HEADLINE
