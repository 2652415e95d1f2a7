"""Review of version 23's banner h1 over the post's heading (meta.logo_over_post).

Blog themes link the post's own h1 to the post itself ('<h1><a href="…permalink"
rel="bookmark">Post</a></h1>'). That link is the post's permalink, not a banner linking to
the blog: a <title> 'Post: Section' or 'Section: Post' and a heading reading the section
further down (a box of the section's other stories) must not make the section the headline.
(Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

_HEADLINE = "Pupils pick the first apples"
_STORY = (
    "<p>The orchard behind the old school has given its first full harvest in a decade, and the"
    " pupils who planted the young trees six years ago came back to pick the apples themselves.</p>"
    "<p>Most of the fruit went to the village shop, which pressed it into juice and sold every bottle"
    " before the weekend was over, the proceeds going to a new set of garden tools.</p>"
)
_URL = "https://courier.example/2026/10/apples/"


def _page(title: str, link: str) -> tuple[str, str]:
    head = f"<title>{title}</title><link rel='canonical' href='{_URL}'>"
    body = (
        f"<div class='crumbs'><a href='/'>Home</a></div><h1>{link}</h1><p class='byline'>By Ann Lee</p>"
        f"<div class='post'>{_STORY}</div>"
        "<div class='more'><h2>Local News</h2><p>More from the valley every day.</p></div>"
    )
    return head, body


@pytest.mark.parametrize("title", [f"{_HEADLINE}: Local News", f"Local News: {_HEADLINE}"])
@pytest.mark.parametrize(
    "link",
    [f"<a href='{_URL}'>{_HEADLINE}</a>", f"<a href='/2026/10/apples/' rel='bookmark'>{_HEADLINE}</a>"],
)
def test_a_post_h1_linked_to_itself_stays_the_headline(title: str, link: str) -> None:
    head, body = _page(title, link)
    assert headline_of(head, body, _URL) == _HEADLINE
