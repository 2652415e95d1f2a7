"""Version 21: small print by class is a kicker, but not on the part named as the headline.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Night buses return to the valley line"
STORY = (
    "<p>Night buses will run again on the valley line from next month, the transport authority"
    " said, after a year in which the last bus left the town centre before eleven o'clock.</p>"
    "<p>The buses leave every hour between midnight and five in the morning, and the authority"
    " says shift workers at the hospital and the warehouses asked for the service most.</p>"
)
HEAD = "<title>Transport - night buses return | Valley Courier</title>"


def test_a_headline_part_in_a_small_size_is_the_headline() -> None:
    # General pattern: a '-small' class sets a part of the h1 in small print, as a <small> tag
    # does, and such a part is a kicker wherever it stands; but on the part the template names as
    # the headline ('headline-small', 'title-small': the size small screens use) it is a size, not
    # a role. (Before: 'Transport', the kicker.)
    h1 = f'<span class="eyebrow">Transport</span> <span class="headline-small">{HEADLINE}</span>'
    assert headline_of(HEAD, f"<article><h1>{h1}</h1>{STORY}</article>", None) == HEADLINE


def test_a_title_part_in_a_small_size_after_its_kicker_is_the_headline() -> None:
    h1 = f'<span class="title-small">{HEADLINE}</span> <span class="kicker">Transport</span>'
    assert headline_of(HEAD, f"<article><h1>{h1}</h1>{STORY}</article>", None) == HEADLINE


def test_small_print_that_names_no_headline_is_still_a_kicker() -> None:
    # The other side: small print of no headline part, before or after the headline, goes.
    for h1 in (
        f'<span class="text-small">Transport</span> {HEADLINE}',
        f'{HEADLINE} <span class="text-small">Transport</span>',
    ):
        assert headline_of(HEAD, f"<article><h1>{h1}</h1>{STORY}</article>", None) == HEADLINE
