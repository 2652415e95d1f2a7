"""Review of version 21: a short part in small print is a kicker even when its class says 'title'.

Version 21 stopped reading a '-small' part named as the headline ('headline-small',
'title-small') as small print, so that a headline set in a small size is kept. But type scales
name their sizes so ('title-small', 'title-large'), and a kicker set in 'title-small' beside the
headline's bare text was then read into the headline ('Analysis Night buses …', or run together
as 'AnalysisNight buses …'). Pages written for the tests.
"""

from __future__ import annotations

import pytest

from extract_helpers import NIGHT_BUS_HEADLINE, NIGHT_BUS_STORY, headline_of


@pytest.mark.parametrize(
    "h1",
    [
        f'<span class="title-small">Analysis</span> {NIGHT_BUS_HEADLINE}',
        f'<span class="title-small">Analysis</span><span class="display-large">{NIGHT_BUS_HEADLINE}</span>',
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        "<title>Valley Courier</title>",
        f'<meta property="og:title" content="Analysis: {NIGHT_BUS_HEADLINE}">'
        f"<title>Analysis: {NIGHT_BUS_HEADLINE}</title>",
    ],
)
def test_a_short_title_small_part_is_a_kicker(h1: str, head: str) -> None:
    assert headline_of(head, f"<article><h1>{h1}</h1>{NIGHT_BUS_STORY}</article>", None) == NIGHT_BUS_HEADLINE


def test_a_headline_part_in_a_small_size_is_still_the_headline() -> None:
    # The other side (version 21's own case): the part holding the headline is no kicker.
    h1 = f'<span class="eyebrow">Transport</span> <span class="title-small">{NIGHT_BUS_HEADLINE}</span>'
    assert (
        headline_of("<title>Valley Courier</title>", f"<article><h1>{h1}</h1>{NIGHT_BUS_STORY}</article>", None)
        == NIGHT_BUS_HEADLINE
    )
