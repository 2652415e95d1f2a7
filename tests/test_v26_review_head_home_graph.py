"""Review of v26's site-wide Open Graph rule: an og:url naming the home page beside a post's own og:title.

Some templates print the home page's address in og:url on every post while filling og:title per
post. When the post's other title sources name only the site (a <title> that is the blog's name,
a JSON-LD WebSite's motto), nothing says og:title is the site's: it is the only title naming the
story and stays. Pages, names and titles written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

URL = "https://quillstreet.example/2026/04/lanterns-lit"
HEADLINE = "Every window lit on Quill Street for the lantern night"
STORY = (
    "<div class='post'><p>The lantern makers of Quill Street lit every window on the lane on Saturday"
    " night, the first time the whole row has burned together since the old foundry closed its gates.</p>"
    "<p>Children carried paper boats down to the canal, and the makers said they would do it again in"
    " the autumn if the weather held and the council let them close the lane to cars.</p>"
    "<p>The lane's association will meet next month to decide the date, its secretary said.</p></div>"
)
GRAPH = (
    '<meta property="og:url" content="https://quillstreet.example/">'
    f'<meta property="og:title" content="{HEADLINE}">'
    '<meta property="og:site_name" content="Quill Street Notes">'
)


def test_a_post_og_title_stays_beside_a_title_naming_only_the_site() -> None:
    # Before: 'Quill Street Notes', the <title>, taken for a story title that og:title's words are not in.
    head = GRAPH + "<title>Quill Street Notes</title>"
    assert headline_of(head, STORY, URL) == HEADLINE


def test_a_post_og_title_stays_beside_a_websites_motto() -> None:
    # A WebSite object's 'headline' is its motto, no story's title. Before: the motto was the headline.
    ld = '{"@type": "WebSite", "name": "Quill Street Notes", "headline": "Light and letters from one small lane"}'
    head = GRAPH + f"<title>Quill Street Notes</title><script type='application/ld+json'>{ld}</script>"
    assert headline_of(head, STORY, URL) == HEADLINE


def test_a_site_wide_og_title_still_gives_way_to_the_posts_title() -> None:
    # The v26 rule itself: the motto in og:title, the post's title in <title>.
    head = (
        '<meta property="og:url" content="https://quillstreet.example/">'
        '<meta property="og:title" content="Light and letters from one small lane">'
        f'<meta property="og:site_name" content="Quill Street Notes"><title>{HEADLINE} - Quill Street Notes</title>'
    )
    assert headline_of(head, STORY, URL) == HEADLINE


def test_a_post_og_title_stays_beside_a_title_naming_the_site_its_logo_names() -> None:
    # No tag names the site: its logo, an h1 linking home, does. Before: 'Quill Street Notes'.
    head = GRAPH.replace('<meta property="og:site_name" content="Quill Street Notes">', "")
    body = "<h1><a href='/'>Quill Street Notes</a></h1>" + STORY
    assert headline_of(head + "<title>Quill Street Notes</title>", body, URL) == HEADLINE


def test_a_post_og_title_stays_beside_a_title_naming_the_site_its_address_names() -> None:
    # Only the address names the site ('quillstreet.example'). Before: 'Quillstreet'.
    head = GRAPH.replace('<meta property="og:site_name" content="Quill Street Notes">', "")
    assert headline_of(head + "<title>Quillstreet</title>", STORY, URL) == HEADLINE
