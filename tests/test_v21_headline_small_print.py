"""Version 21: small print by class is a kicker, but not on the part named as the headline.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import NIGHT_BUS_HEADLINE, NIGHT_BUS_STORY, headline_of

HEAD = "<title>Transport - night buses return | Valley Courier</title>"


def test_a_headline_part_in_a_small_size_is_the_headline() -> None:
    # General pattern: a '-small' class sets a part of the h1 in small print, as a <small> tag
    # does, and such a part is a kicker wherever it stands; but on the part the template names as
    # the headline ('headline-small', 'title-small': the size small screens use) it is a size, not
    # a role. (Before: 'Transport', the kicker.)
    h1 = f'<span class="eyebrow">Transport</span> <span class="headline-small">{NIGHT_BUS_HEADLINE}</span>'
    assert headline_of(HEAD, f"<article><h1>{h1}</h1>{NIGHT_BUS_STORY}</article>", None) == NIGHT_BUS_HEADLINE


def test_a_title_part_in_a_small_size_after_its_kicker_is_the_headline() -> None:
    h1 = f'<span class="title-small">{NIGHT_BUS_HEADLINE}</span> <span class="kicker">Transport</span>'
    assert headline_of(HEAD, f"<article><h1>{h1}</h1>{NIGHT_BUS_STORY}</article>", None) == NIGHT_BUS_HEADLINE


def test_small_print_that_names_no_headline_is_still_a_kicker() -> None:
    # The other side: small print of no headline part, before or after the headline, goes.
    for h1 in (
        f'<span class="text-small">Transport</span> {NIGHT_BUS_HEADLINE}',
        f'{NIGHT_BUS_HEADLINE} <span class="text-small">Transport</span>',
    ):
        assert headline_of(HEAD, f"<article><h1>{h1}</h1>{NIGHT_BUS_STORY}</article>", None) == NIGHT_BUS_HEADLINE
