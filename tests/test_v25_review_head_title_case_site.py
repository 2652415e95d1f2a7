"""Review of version 25's 'Title Case head before a pipe' rule: the site's name is never taken.

Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

HEADLINE = "Quiet Months Ahead For Moored Dinghies"
TITLE = f"<title>Saltmarsh Harbour Weekly | {HEADLINE}</title>"
REST = (
    "<p>Lobster crews will use the north slipway until the repairs are finished, which the council"
    " expects to take until the spring, at a cost it has not yet put a figure on.</p></div>"
)
# The site's words in the story, but not as its name.
UNNAMED = (
    "<div><p>Saltmarsh harbour council voted on Tuesday night to shut the old quay road for the winter,"
    " after engineers on their weekly rounds found cracks in the sea wall.</p>" + REST
)
# The story citing the site by name.
CITED = (
    "<div><p>The council voted on Tuesday night to shut the old quay road for the winter, after engineers"
    " found cracks in the sea wall, the Saltmarsh Harbour Weekly has learned.</p>" + REST
)


@pytest.mark.parametrize(
    ("head", "story"),
    [
        (f"{TITLE}<meta property='og:site_name' content='Saltmarsh Harbour Weekly'>", UNNAMED),
        (f"{TITLE}<link rel='canonical' href='https://saltmarshharbourweekly.example/quay'>", UNNAMED),
        (TITLE, CITED),
    ],
)
def test_the_sites_name_before_the_pipe_is_not_taken_for_a_headline_the_story_never_echoes(
    head: str, story: str
) -> None:
    # General pattern: on a '<title>Site | Headline</title>' page the story may well use the
    # site's words (its town, or the name itself: '… the Saltmarsh Harbour Weekly has learned')
    # while a feature headline shares no word with it. The part before the pipe is the site's
    # name when a tag or the host says so, or when the story writes it with its capitals
    # mid-sentence (a name; a Title Case headline reads lower case in prose).
    # (Before: 'Saltmarsh Harbour Weekly'.)
    assert headline_of(head, story, None) == HEADLINE
