"""Version 25: title sources that set the site's name differently, and a byline in the title.

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
HEADLINE = "Harbour board closes the old pier road"


def _head(og: str, title: str, extra: str = "") -> str:
    return f"<meta property='og:title' content='{og}'><title>{title}</title>{extra}"


def test_og_title_and_title_naming_the_site_differently_give_the_headline() -> None:
    # General pattern: og:title and <title> come from different parts of a template, each adding
    # the site's name its own way, so neither holds the other whole and no tag names the site.
    # The part both give alike is the headline; what each adds on the same side is a name.
    # (Before: og:title whole, 'Harbour board closes the old pier road - Gull Post'.)
    head = _head(f"{HEADLINE} - Gull Post", f"{HEADLINE} | The Gull Post Online")
    assert headline_of(head, STORY, None) == HEADLINE


def test_the_same_name_on_either_side_of_the_headline_is_the_sites() -> None:
    # 'Site: Headline' in og:title, 'Headline | Site' in the <title>: a kicker never follows its
    # headline, so the part both set around the headline is the site's name. (Before: og:title whole.)
    head = _head(f"Gull Post: {HEADLINE}", f"{HEADLINE} | Gull Post")
    assert headline_of(head, STORY, None) == HEADLINE


def test_a_part_longer_than_the_shared_one_is_no_name() -> None:
    # Two titles sharing a short kicker ('Storm watch') and going on differently: the parts
    # after it are headlines, longer than the kicker, never names.
    og = "Storm watch - Ferries stay in port for a third day running"
    head = _head(og, "Storm watch - Ferry crews wait for the wind to drop again")
    assert headline_of(head, STORY, None) == og


def test_the_authors_name_after_by_is_not_the_headlines() -> None:
    # General pattern: blog engines build the <title> from the post's title, its author and the
    # site ('Headline by Author - Site'); the part after 'by' that is the page's byline goes.
    # (Before: 'Harbour board closes the old pier road by Ada Quill'.)
    head = f"<title>{HEADLINE} by Ada Quill - Gull Post</title><meta name='author' content='Ada Quill'>"
    assert headline_of(head, STORY, None) == HEADLINE


def test_the_byline_the_page_shows_counts_too() -> None:
    # The author named only by the byline the page prints over the story, after a comma.
    head = f"<title>{HEADLINE}, by Ada Quill | Gull Post</title>"
    body = f"<p class='byline'>By Ada Quill</p>{STORY}"
    assert headline_of(head, body, None) == HEADLINE


def test_by_and_a_name_that_is_no_byline_stay() -> None:
    # 'by' followed by words the page gives as nobody's byline is the headline's own.
    title = "Ferry service saved by Harbour Trust"
    head = f"<title>{title} | Gull Post</title><meta name='author' content='Ada Quill'>"
    assert headline_of(head, STORY, None) == title
