"""Version 22: an h1 set as a breadcrumb trail's last crumb gives way to the headline the header shows.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of
from newstui.extract.headline import learned_sites

SEO_LINE = "Orchard festival: what visitors should know"
SHOWN = "Orchard festival moves to the river meadow after record crowds"
STORY = (
    "<p>The orchard festival will be held on the river meadow this autumn, the organisers said on"
    " Thursday, after last year's crowds filled the old market square to bursting by noon.</p>"
    "<p>The meadow has room for twice as many stalls, and the town will run extra buses from the"
    " station on both festival days, with the first leaving at eight in the morning.</p>"
)
URL = "https://valleypost.example/town/orchard-festival-meadow"


def _trail(h1: str) -> str:
    return (
        '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/town/">Town</a></li>'
        f"<li><h1>{h1}</h1></li></ol></nav>"
    )


def _head(og: str) -> str:
    return (
        f'<meta property="og:title" content="{og}"><meta property="og:site_name" content="Valley Post">'
        f"<title>{SEO_LINE} | Valley Post</title>"
    )


def test_the_headers_named_heading_beats_a_breadcrumb_h1() -> None:
    # General pattern: the trail's last crumb is the page's SEO line; the story's header shows the
    # headline in a heading named for it. (Before: the <title>'s SEO line.)
    body = f"{_trail(SEO_LINE)}<article><header><h2 class='story__headline'>{SHOWN}</h2></header>{STORY}</article>"
    assert headline_of(_head("Orchard festival moves to the meadow"), body, URL) == SHOWN


def test_a_microdata_headline_with_its_kicker_set_apart() -> None:
    # itemprop="headline" names the shown headline; the kicker in its own part stays out.
    body = (
        f"{_trail(SEO_LINE)}<article><div class='big-type' itemprop='headline'>"
        f"<span class='highline'>Town news</span> {SHOWN}</div>{STORY}</article>"
    )
    assert headline_of(_head("Orchard festival moves to the meadow"), body, URL) == SHOWN


def test_a_teaser_sharing_one_word_is_not_the_headline() -> None:
    # A headline-named teaser box about another story shares a word at most: the crumb stays.
    body = (
        f"{_trail(SEO_LINE)}<article>{STORY}</article><div class='promo-title'>Festival tickets and hotel offers</div>"
    )
    assert headline_of(_head(SEO_LINE), body, URL) == SEO_LINE


def test_og_title_reading_the_crumb_breaks_the_tie() -> None:
    # og:title, the title written for people, giving the crumb's words: the crumb's wording stands.
    body = f"{_trail(SEO_LINE)}<article><header><h2 class='story__headline'>{SHOWN}</h2></header>{STORY}</article>"
    assert headline_of(_head(SEO_LINE), body, URL) == SEO_LINE


def test_a_part_the_story_heading_shows_is_no_learned_site_name() -> None:
    # 'Kicker' in JSON-LD beside 'Kicker: Headline' in og:title would teach 'Headline' as a site's
    # name; the article's heading showing that part says it is the headline.
    titles = ["Harbour works", "Harbour works: Ferry pier opens again"]
    assert learned_sites(titles) == ["Ferry pier opens again"]
    assert learned_sites(titles, ["Ferry pier opens again"]) == []
