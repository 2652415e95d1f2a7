"""Version 24: a spaced double slash parts a <title> like a pipe.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The village hall has a new roof after a summer of work by volunteers, who carried every"
    " slate up the ladder by hand and finished a week before the first autumn storm arrived.</p>"
    "<p>The parish council thanked the twelve helpers at a small supper in the hall itself, the"
    " first event held under the new roof, and promised to repaint the doors next spring.</p>"
)
HEADLINE = "Volunteers finish the village hall roof before the storm"
URL = "https://parishnews.example/2026/10/hall-roof"


def test_a_double_slash_before_the_sites_name_parts_it_off() -> None:
    # General pattern: some templates set ' // ' between the post's title and the site's name
    # ('Post // Site'), as others set ' | '; a spaced double slash is no part of a headline's
    # words. (Before: the whole '<title>' with ' // Parish News' came back.)
    head = f"<title>{HEADLINE} // Parish News</title>"
    body = f"<div class='content'><b>{HEADLINE}</b>{STORY}</div>"
    assert headline_of(head, body, URL) == HEADLINE


def test_a_double_slash_after_the_sites_name_and_a_section_parts_them_off() -> None:
    head = f"<title>Parish News // Village // {HEADLINE}</title>"
    body = f"<div class='content'>{STORY}</div>"
    assert headline_of(head, body, URL) == HEADLINE


def test_a_single_slash_inside_words_stays_in_the_headline() -> None:
    # 'and/or' and a date '10/12' have no spaces around the slash: no separator.
    headline = "Hall roof and/or doors: the council decides on 10/12"
    head = f"<title>{headline} // Parish News</title>"
    body = f"<article><h1>{headline}</h1>{STORY}</article>"
    assert headline_of(head, body, URL) == headline


def test_a_short_name_before_a_pipe_on_a_title_only_page_is_the_sites() -> None:
    # General pattern: a page whose only title is its <title> may open it with the site's name
    # and a pipe ('Site | Post'), as others end it with one; a pipe is almost never inside a
    # headline, and three words or fewer before it, a headline of five or more after it, is
    # the site's name no tag gives. (Before: 'Parish News | Volunteers finish …'.)
    head = f"<title>Parish News | {HEADLINE}</title>"
    body = f"<div class='content'>{STORY}</div>"
    assert headline_of(head, body, "https://hallnews.example/a/17") == HEADLINE


def test_two_short_parts_around_a_pipe_stay_whole() -> None:
    # 'Harbour News | Market News' reads as one short title, not a site's name and a headline.
    head = "<title>Harbour News | Market Hall News</title>"
    body = f"<div class='content'>{STORY}</div>"
    assert headline_of(head, body, "https://quayside.example/a/18") == "Harbour News | Market Hall News"
