"""Review of version 26 (recall): a bare 'post' or 'entry' token marks no blog post's wrapper.

`prune.state_free` leaves a post's category and tag tokens ('category-advertising',
'tag-promotion') out of its class words beside a token that marks a post's wrapper. The bare
tokens 'post' and 'entry' counted as such a marker, but themes hang them on all kinds of boxes,
so a tag cloud named 'post tag-cloud' or a comment box named 'entry category-comments' lost the
word that named it and stayed in the story. The markers the engines print on a post's wrapper
alone ('hentry', 'type-post', 'post-123', 'entry-type-post') still count. (Pages written for the
tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article
from newstui.extract.prune import state_free

_POST = (
    "<h2>Why the bakery stopped printing flyers</h2>"
    "<p>For twenty years the corner bakery on Quay Street printed a thousand flyers every spring and "
    "paid two students to push them through letterboxes across the old town.</p>"
    "<p>This year the owner, Marta Quill, spent the same money on a stall at the Sunday market instead, "
    "and she says more people came in during April than in any spring she can remember.</p>"
)
_CLOUD = "".join(f"<a href='/tag/t{i}'>topic {i}</a> " for i in range(30))


def _text(main: str) -> str:
    html = (
        "<html><head><title>Why the bakery stopped printing flyers | Quay Notes</title></head><body>"
        f"<div id='header'><h1><a href='/'>Quay Notes</a></h1></div><div id='main'>{main}</div></body></html>"
    )
    return "\n".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)


def test_a_tag_cloud_named_post_inside_the_post_goes() -> None:
    text = _text(
        f"<div class='post-4 post type-post hentry tag-local'>{_POST}<div class='post tag-cloud'>{_CLOUD}</div></div>"
    )
    assert "topic 3" not in text and "Sunday market" in text


def test_a_comment_box_named_entry_goes() -> None:
    comment = (
        "<p>Lovely to read about the bakery again, I bought my bread there every Saturday for years, wrote Jo.</p>"
    )
    text = _text(f"<div class='post hentry'>{_POST}</div><div class='entry category-comments'>{comment}</div>")
    assert "bought my bread there" not in text and "Sunday market" in text


@pytest.mark.parametrize("marker", ["hentry", "h-entry", "type-post", "status-publish", "post-812", "entry-type-post"])
def test_the_engines_markers_still_count(marker: str) -> None:
    assert "category-advertising" not in state_free(f"{marker} category-advertising")


@pytest.mark.parametrize("marker", ["post", "entry"])
def test_a_bare_post_or_entry_is_no_marker(marker: str) -> None:
    assert state_free(f"{marker} tag-cloud") == f"{marker} tag-cloud"
