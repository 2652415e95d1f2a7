"""Version 17: kind labels that are the headline's own first word, on titles written for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import headline_of, title_everywhere

SITE = "Towpath Times"
BODY = "<p>The canal trust reopened the upper lock on Friday after a month of repairs to its gates.</p>" * 5


def _everywhere(title: str) -> str:
    """The headline chosen when og:title, JSON-LD, <title> (with the site's name) and the h1 all read `title`."""
    return headline_of(*title_everywhere(title, site=SITE, body=BODY), url="https://towpathtimes.example/a/1")


@pytest.mark.parametrize(
    "title",
    [
        "Video – game makers open a studio by the canal",  # a compound split by a dash
        "Photo – finish at the canal regatta decided by a nose",
        "Photos - and the stories behind them - from the towpath",  # an aside between dashes
        "Watch: how the lock gates are lifted back into place",  # the label's sentence goes on
    ],
)
def test_a_label_word_the_title_runs_on_from_stays(title: str) -> None:
    # General pattern: a title starts with a capital (or a figure or a quote mark); when the
    # words after the 'label' and its separator start in lower case, they go on from that word
    # as one phrase, so the word is the headline's own, not a label set before it.
    assert _everywhere(title) == title


@pytest.mark.parametrize(
    ("labelled", "headline"),
    [
        ("WATCH: Lock gates lifted back into place", "Lock gates lifted back into place"),
        ("Exclusive – 'We were never told,' says lock keeper", "'We were never told,' says lock keeper"),
        ("Analysis: 3 reasons the lock failed twice", "3 reasons the lock failed twice"),
        ("Exclusive: eBarge app books lock passages", "eBarge app books lock passages"),  # a name's own casing
    ],
)
def test_a_label_before_a_title_that_starts_as_titles_do_still_goes(labelled: str, headline: str) -> None:
    assert _everywhere(labelled) == headline
