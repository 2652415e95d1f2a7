"""Review of version 21: the lone h1 that the story confirms is not taken when it is the site's name.

`story_headline._lone_confirmed_h1` puts the page's one h1 over a title-made headline the story
does not confirm. A site's logo h1 of six words or more ('Orchard Growers of the Northern
Valley') is confirmed by any story about its subject, and a headline that is a pun or a question
shares few words with its story: the site's name became the headline. Pages written for the tests.
"""

from __future__ import annotations

from extract_helpers import headline_of

SITE = "Orchard Growers of the Northern Valley"
HEADLINE = "Sweet relief at last"
HEAD = (
    f'<meta property="og:title" content="{HEADLINE}">'
    f'<meta property="og:site_name" content="{SITE}"><title>{HEADLINE} | {SITE}</title>'
)
STORY = (
    "<p>Orchard growers across the northern valley brought in the largest apple harvest in a decade"
    " this autumn, after two seasons lost to late frosts and a wet summer that rotted the fruit.</p>"
    "<p>The growers' cooperative said its cold stores were full by the middle of October, and that"
    " pickers from the towns along the river had worked through the weekends to bring the crop in.</p>"
)
URL = "https://orchards.example/news/2025/harvest"


def test_a_logo_h1_naming_the_site_is_not_the_headline() -> None:
    for h1 in (f'<h1><a href="/">{SITE}</a></h1>', f'<h1 class="logo">{SITE}</h1>'):
        body = f'<div class="masthead">{h1}</div><div class="text">{STORY}</div>'
        assert headline_of(HEAD, body, URL) == HEADLINE


def test_a_banner_h1_holding_the_site_name_and_motto_is_not_the_headline() -> None:
    head = HEAD.replace(f'content="{SITE}"', 'content="Valley Fruit News"')
    h1 = "<h1><a href='/'>Valley Fruit News</a>: for orchard growers of the northern valley</h1>"
    body = f'<div class="masthead">{h1}</div><div class="text">{STORY}</div>'
    assert headline_of(head, body, URL) == HEADLINE


def test_the_lone_h1_over_a_service_title_still_wins() -> None:
    # The other side: an h1 that names no site still stands over a title the story does not confirm.
    h1 = "<h1>Orchard growers in the northern valley bring in a record harvest</h1>"
    head = HEAD.replace(f'content="{HEADLINE}"', 'content="Cold Store Rental"').replace(
        f"<title>{HEADLINE}", "<title>Cold Store Rental"
    )
    body = f'<div class="masthead">{h1}</div><div class="text">{STORY}</div>'
    assert headline_of(head, body, URL) == "Orchard growers in the northern valley bring in a record harvest"


def test_an_h1_naming_the_product_the_site_is_named_for_still_wins() -> None:
    # A site named for what it sells ('Cold Storage') has headlines naming it further on; only an
    # h1 that opens with the site's name is its logo or banner.
    head = (
        '<meta property="og:title" content="Storage Costs: Find Your Price | Fruitco">'
        '<meta property="og:site_name" content="Cold Storage"><title>Storage Costs: Find Your Price | Fruitco</title>'
    )
    h1 = "How much do orchard growers in the northern valley pay for cold storage?"
    body = f'<div class="masthead"><h1>{h1}</h1></div><div class="text">{STORY}</div>'
    assert headline_of(head, body, URL) == h1
