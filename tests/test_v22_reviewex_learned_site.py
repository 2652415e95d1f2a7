"""Review of v22's learned site names (`headline.learned_sites`, `headings`): pages written for the test.

A part after a title source that the article's heading shows was spared as the headline
('Kicker: Headline' beside 'Kicker'). An unlinked site-name h1 inside <main> or <article>
shows the site's part of '<title>Headline - Site</title>' beside og:title 'Headline' too:
the site's name was no longer learned, and the h1 showing it became the headline.
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of
from newstui.extract.headline import learned_sites

STORY = (
    "<p>Flood water rose across the northern river towns overnight, and the county opened three"
    " shelters in school halls after the levee at the old mill gave way before dawn on Tuesday.</p>"
    "<p>Crews spent the morning filling sandbags by the bridge, and the county said the water"
    " would keep rising until the evening, when the rain over the hills is due to ease at last.</p>"
)
HEADLINE = "Levee fails as river towns flood"
SITE = "Valley Courier"


@pytest.mark.parametrize(
    "body",
    [
        f"<main><h1>{SITE}</h1><h2>{HEADLINE}</h2>{STORY}</main>",
        f"<article><h1>{SITE}</h1><h2>{HEADLINE}</h2>{STORY}</article>",
    ],
)
def test_a_site_name_h1_in_main_is_not_the_headline(body: str) -> None:
    head = f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} - {SITE}</title>'
    assert headline_of(head, body, "https://www.example.com/a/12345") == HEADLINE


def test_the_site_after_the_headline_is_learned_though_a_heading_shows_it() -> None:
    assert learned_sites([HEADLINE, f"{HEADLINE} - {SITE}"], [SITE]) == [SITE]
    # The kicker case the rule was made for still teaches nothing.
    titles = ["Harbour works", "Harbour works: Ferry pier opens again"]
    assert learned_sites(titles, ["Ferry pier opens again"]) == []
