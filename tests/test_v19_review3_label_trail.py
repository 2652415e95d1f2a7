"""Review of version 19's label-trail titles: the h1 that replaces the trail must read as a story's headline.

'Lighthouse Reopens - Heritage - Cape Herald' reads like a trail of labels, and so does a short
headline set with its section and site. The trail yields to the page's lone h1 only when that h1
names a story: not when it is the site's masthead ('Cape Herald Weekly') or a section's banner of
a word or two ('Heritage Desk'). Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import head_body_page
from newstui.extract import extract_article

TITLE = "Lighthouse Reopens - Heritage - Cape Herald"
STORY = (
    "<p>Two volunteers will keep the old lighthouse on the northern cape from June to August, the"
    " heritage trust said, the first keepers to live there since the light was automated.</p>"
    "<p>The keepers will guide visitors up the tower, log the weather three times a day and repaint"
    " the lantern room, which has not been touched for thirty years.</p>"
)


def _headline(h1: str, url: str | None) -> str:
    page = head_body_page(f"<title>{TITLE}</title>", f"<h1>{h1}</h1><div class='col'>{STORY}</div>")
    return extract_article(page.encode(), url=url).headline


@pytest.mark.parametrize("url", [None, "https://capeherald.example/news/lighthouse"])
@pytest.mark.parametrize("h1", ["Cape Herald Weekly", "Heritage Desk"])
def test_a_masthead_or_banner_h1_does_not_replace_a_short_headline(h1: str, url: str | None) -> None:
    # (Before: the masthead or the banner was the headline; with the address, the headline was empty.)
    assert _headline(h1, url).startswith("Lighthouse Reopens")


@pytest.mark.parametrize("url", [None, "https://capeherald.example/news/lighthouse"])
def test_a_headline_h1_still_replaces_the_trail(url: str | None) -> None:
    # The other side: an h1 that says what happened is the story's headline.
    assert _headline("Keepers return to the northern cape", url) == "Keepers return to the northern cape"
