"""Version 21: the page's one h1, confirmed by the story, over a title the story does not confirm.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "How households can cut the standby power of their appliances"
STORY = (
    "<p>Most households pay for appliances that are switched off: televisions, chargers and"
    " coffee machines keep drawing standby power around the clock, the energy agency says.</p>"
    "<p>A plug strip with a switch cuts that power for a whole shelf of appliances at once, and"
    " an adviser can measure which devices in the house draw the most while they wait.</p>"
)
URL = "https://greenhomes.example/service/meter-check"
HEAD = (
    '<meta property="og:title" content="Meter Check Service | Green Homes">'
    '<meta property="og:site_name" content="Green Homes"><title>Meter Check Service | Green Homes</title>'
)


def test_the_lone_h1_the_story_confirms_beats_a_service_title() -> None:
    # General pattern: a template without <article> markup sets the story's headline in the
    # page's only h1, while og:title and the <title> carry the page's product name; the story's
    # opening confirms the h1 and not the title. (Before: 'Meter Check Service'.)
    body = f'<div class="top"><h1>{HEADLINE}</h1></div><div class="text">{STORY}</div>'
    assert headline_of(HEAD, body, URL) == HEADLINE


def test_a_short_h1_is_a_name_and_the_title_stays() -> None:
    # The other side: an h1 of a few words is a site's, section's or box's name.
    body = f'<div class="top"><h1>Standby power appliances</h1></div><div class="text">{STORY}</div>'
    assert headline_of(HEAD, body, URL) == "Meter Check Service"


def test_an_h1_the_story_does_not_confirm_leaves_the_title() -> None:
    head = HEAD.replace("Meter Check Service", "Standby power of household appliances")
    body = f'<div class="top"><h1>Our advisers visit the valley towns every spring</h1></div><div>{STORY}</div>'
    assert headline_of(head, body, URL) == "Standby power of household appliances"


def test_a_title_the_story_shows_as_its_heading_stays() -> None:
    # The other side: when the story's own block shows the title as its heading, the page shows
    # it to the reader; the h1 outside the article is then another matter.
    body = (
        f'<div class="top"><h1>{HEADLINE}</h1></div>'
        f'<div class="text"><h2>Meter Check Service</h2>{STORY}<p>{STORY}</p></div>'
    )
    assert headline_of(HEAD, body, URL) == "Meter Check Service"
