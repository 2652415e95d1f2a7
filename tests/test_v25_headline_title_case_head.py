"""Version 25: a short Title Case headline before a pipe, on a page titled only by its <title>.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<div><p>The harbour board voted on Tuesday night to close the old pier road for the winter, after"
    " engineers found that the sea wall beneath it had cracked in two places during the autumn gales.</p>"
    "<p>Fishing crews will use the north slipway until the repairs are finished, which the board expects"
    " to take until the spring, at a cost it has not yet put a figure on.</p></div>"
)


def test_a_short_title_case_headline_the_story_confirms_beats_the_sites_name() -> None:
    # General pattern: a page with no h1 and no title tag but its <title> leaves the title's shape
    # to say which part is the site's; a short headline in Title Case before a pipe reads like a
    # name, so the long part after it was taken ('Site | Long headline'). The story speaks of its
    # headline's subject, not of the site: the part it confirms is the headline.
    # (Before: 'The Northern Gull Evening Courier'.)
    head = "<title>Pier Road Closes | The Northern Gull Evening Courier</title>"
    assert headline_of(head, STORY, None) == "Pier Road Closes"


def test_the_sites_name_before_a_long_headline_still_goes() -> None:
    # 'Site | Headline' (version 24's shape): the story confirms the long part, which stays.
    head = "<title>Gull Courier | Harbour Board Closes The Old Pier Road</title>"
    assert headline_of(head, STORY, None) == "Harbour Board Closes The Old Pier Road"
