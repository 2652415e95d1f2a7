"""Review of v22's whole-title heading rule (`meta.whole_title_heading`): pages written for the test.

On a page with no h1, a heading showing og:title whole ('Headline | Site') made the whole
title the headline, site and all, whenever the site's name was not known from the page's
metadata or host, though the article's own heading showed the headline alone.
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>Flood water rose across the northern river towns overnight, and the county opened three"
    " shelters in school halls after the levee at the old mill gave way before dawn on Tuesday.</p>"
    "<p>Crews spent the morning filling sandbags by the bridge, and the county said the water"
    " would keep rising until the evening, when the rain over the hills is due to ease at last.</p>"
)
HEADLINE = "Levee fails as river towns flood"
TITLE = f"{HEADLINE} | Valley Courier"


def test_a_heading_showing_the_headline_alone_beats_a_share_box_showing_the_whole_title() -> None:
    head = f'<meta property="og:title" content="{TITLE}"><title>{TITLE}</title>'
    body = f"<article><h3>{HEADLINE}</h3>{STORY}</article><div class='share'><h4>{TITLE}</h4></div>"
    assert headline_of(head, body, "https://www.example.com/a/12345") == HEADLINE
