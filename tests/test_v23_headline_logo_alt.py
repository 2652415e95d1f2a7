"""Version 23: the site's name read from its logo's alt text, where no tag gives it.

Pages written for these tests (no data set).
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

STORY = (
    "<p>The ferry between the two islands will run twice a day again from next month, after the"
    " harbour board found the money to repair the slipway that storms damaged last winter.</p>"
    "<p>Islanders had used a fishing boat for the crossing since March, and the school run in"
    " particular had become a daily puzzle for parents on the smaller island.</p>"
)


@pytest.mark.parametrize("sep", ["|", "-", "–"])
def test_a_hero_heading_showing_headline_and_site_loses_the_site_the_logo_names(sep: str) -> None:
    # General pattern: a page whose metadata never names the site shows 'Headline | Site' in a hero
    # box (the og:title whole), and its logo, an image linking home, has the site's name as alt
    # text. The part the logo names is the site's. (Before: 'Ferry returns twice a day | Isle Post'.)
    title = f"Ferry returns twice a day {sep} Isle Post"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='top'><a href='/'><img src='/img/mark.png' alt='Isle Post logo'></a></div>"
        f"<div class='hero'><h2>{title}</h2></div><div class='story'>{STORY}</div>"
    )
    assert headline_of(head, body, "https://ip-news.example/2026/ferry") == "Ferry returns twice a day"


def test_a_banner_linking_to_another_sites_home_page_names_no_site_here() -> None:
    # A partner's banner (an image linking to another site's home page) names that site, not
    # this one: a title part reading its alt text stays. Whole title shown in the hero heading.
    title = "Ferry returns twice a day - Island Timetables"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='partners'><a href='https://timetables.example/'>"
        "<img src='/p.png' alt='Island Timetables'></a></div>"
        f"<div class='hero'><h2>{title}</h2></div><div class='story'>{STORY}</div>"
    )
    assert headline_of(head, body, "https://ip-news.example/2026/ferry") == title


def test_an_alt_saying_only_logo_or_home_names_nothing() -> None:
    title = "Ferry returns twice a day - Home"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='top'><a href='/'><img src='/img/mark.png' alt='Home'></a></div>"
        f"<div class='hero'><h2>{title}</h2></div><div class='story'>{STORY}</div>"
    )
    assert headline_of(head, body, "https://ip-news.example/2026/ferry") == title
