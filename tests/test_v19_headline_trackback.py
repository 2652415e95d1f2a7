"""Version 19: a blog's trackback RDF block names the post when nothing else on the page does.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

TITLE = "Rebuilding the garden wall with stones from the old barn"
POST = (
    "<p>The garden wall fell in the March storms, so this spring we rebuilt it with the stones"
    " of the old barn, which had stood roofless behind the orchard for as long as anyone here"
    " remembers.</p>"
    "<p>Each stone went back by hand, the big ones at the foot of the wall and the flat ones on"
    " top, and the barn gave just enough of them to close the gap by the gate.</p>"
)
URL = "https://stonewalls.example/blog/2026/04/garden-wall"


def _rdf(title: str, about: str) -> str:
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<rdf:Description rdf:about="{about}" dc:identifier="{about}" dc:title="{title}"'
        f' trackback:ping="{about}/trackback" /></rdf:RDF>'
    )


def test_the_trackback_title_names_a_post_whose_page_gives_no_title() -> None:
    # General pattern: an old blog theme with no <title> text, no og:title and no heading over the
    # post, only a navigation line; the trackback block names the post.
    # (Before: the navigation line or nothing.)
    body = f'<div class="nav">home / blog / garden</div><div class="post">{_rdf(TITLE, URL)}{POST}</div>'
    assert headline_of("", body, URL) == TITLE


def test_a_front_page_of_several_trackback_blocks_names_no_post() -> None:
    # The other side: a front page lists a block per post; none of them is the page's title.
    blocks = _rdf(TITLE, URL) + _rdf("Planting the hedge along the lane", URL + "-hedge")
    body = f'<div class="post">{blocks}{POST}</div>'
    assert headline_of("<title>Stone Walls Journal</title>", body, URL) != TITLE
