"""Review of version 25's title rules: a deck is no site name, the site is no author.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<div><p>The ferry company said on Monday that the evening crossing to the island will stop for"
    " the season, after two of its three boats failed their winter safety checks in the yard.</p>"
    "<p>Islanders who work on the mainland will be offered seats on the early morning bus, the"
    " council added, until the boats are back in service some time before the summer.</p></div>"
)
URL = "https://tidewatch.example/2026/11/evening-ferry"


def test_a_deck_one_title_adds_where_the_other_adds_the_site_is_no_site_name() -> None:
    # General pattern: og:title often carries the headline with its deck after a dash while the
    # <title> carries the headline and the site's name. The two differ on the same side of the
    # shared part, but they are not one name set two ways (they share no word), so the deck is
    # not learned as a site name and cut from og:title. (Before: 'Evening ferry stops for the
    # season', the deck cut; version 24 kept og:title whole.)
    og = "Evening ferry stops for the season - islanders offered early bus seats"
    head = (
        f"<meta property='og:title' content='{og}'><meta property='og:site_name' content='Tide Watch'>"
        "<title>Evening ferry stops for the season | Tide Watch</title>"
    )
    assert headline_of(head, STORY, URL) == og


def test_the_site_named_as_author_is_not_cut_from_the_headline() -> None:
    # General pattern: staff stories credit the outlet itself as author ('Tide Watch'); a
    # headline ending 'by Tide Watch' names what the outlet did, not an appended byline.
    title = "Ten island walks chosen by Tide Watch"
    head = (
        f"<title>{title} | Tide Watch</title><meta name='author' content='Tide Watch'>"
        "<meta property='og:site_name' content='Tide Watch'>"
    )
    assert headline_of(head, STORY, URL) == title
