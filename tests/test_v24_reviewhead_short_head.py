"""Review of version 24's 'Site | Post' rule (`headline._short_head`): pages written for these tests.

On a page whose only title is its <title>, three words or fewer before a pipe were taken for
the site's name whatever they said, so a short headline before the site's name and motto ('Ferry
runs empty | Island news and views …') or the first half of a two-part headline ('Mayor resigns
| Council will vote …') was dropped and the site's motto or the second half became the headline.
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

STORY = (
    "<p>The ferry between the two harbours ran on its winter timetable for the first time this week,"
    " and the crew said the early crossing was nearly empty on each of the first three mornings.</p>"
    "<p>The harbour office expects the later sailings to fill up again once the schools close for"
    " the holidays, when families from the island travel to the market on the mainland.</p>"
)
URL = "https://quaypost.example/a/17"


def _title_only(title: str) -> str:
    return headline_of(f"<title>{title}</title>", f"<div class='content'>{STORY}</div>", URL)


@pytest.mark.parametrize(
    "title",
    [
        # a short headline, then the site's name and motto
        "Ferry runs empty | The Quay Post - news and views from the island since 1921",
        # a short headline, then a site's description in words alone
        "Ferry runs empty | Island news and views from the harbour towns",
        # a headline in two halves, set apart with a pipe
        "Mayor resigns | Council will vote on her successor next week",
        # the same in German: the verb in lower case shows a sentence, not a name
        "Sturm trifft Küste | Die Inselzeitung – Nachrichten von den Inseln seit 1921",
    ],
)
def test_a_short_sentence_before_a_pipe_is_not_taken_for_the_sites_name(title: str) -> None:
    # General pattern: a site's name is a name: its words start with capitals ('Parish News',
    # 'The Morning Bell'), bar joining words ('of', 'the'). Three words with a verb in lower
    # case ('Ferry runs empty') are a sentence, the headline's start, and stay.
    # (Before: 'news and views from the island since 1921', 'Council will vote …' and so on.)
    assert _title_only(title).startswith(title.split(" | ")[0])


@pytest.mark.parametrize("name", ["Parish News", "The Morning Bell", "Voice of Quay"])
def test_a_name_before_a_pipe_on_a_title_only_page_is_still_the_sites(name: str) -> None:
    headline = "Volunteers finish the village hall roof before the storm"
    assert _title_only(f"{name} | {headline}") == headline
