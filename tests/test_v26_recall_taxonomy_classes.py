"""Version 26 (recall): a blog post's category and tag classes name its topics, not its role.

WordPress prints each category and tag of a post on its wrapper ('category-advertising',
'tag-promotion', 'tag-related-reading'), Movable Type as 'entry-category-…'. Read as class words,
they made a post filed under advertising an ad box and a post tagged 'promotion' a promo, and the
whole post was pruned. Beside a token that marks a post's wrapper ('hentry', 'type-post',
'post-123', 'entry') such tokens are left out of the class words. A site's trademark notice under
the post ('Foo and Bar are registered trademarks of …') is trimmed like its copyright line.
(Pages written for the tests.)
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
_ARCHIVE = "".join(
    f"<p>Archive note {i}: the society's minutes from meeting number {i} are kept in the town library "
    "for anyone who wishes to read them on a weekday afternoon.</p>"
    for i in range(6)
)


def _text(classes: str) -> str:
    html = (
        "<html><head><title>Why the bakery stopped printing flyers | Quay Notes</title></head><body>"
        "<div id='header'><h1><a href='/'>Quay Notes</a></h1></div>"
        f"<div id='main'><div class='{classes}'>{_POST}</div></div>"
        f"<div id='archive'>{_ARCHIVE}</div></body></html>"
    )
    article = extract_article(html.encode())
    return "\n".join(p for s in article.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    "classes",
    [
        "post-812 post type-post status-publish format-standard hentry category-advertising tag-local",
        "post-812 post type-post status-publish hentry category-news tag-promotion tag-shops",
        "post-812 post type-post hentry tag-quotation",
        "entry-category-advertising entry-category-related entry-type-post entry",
    ],
)
def test_a_post_filed_under_a_furniture_word_keeps_its_text(classes: str) -> None:
    text = _text(classes)
    assert text.startswith("For twenty years the corner bakery on Quay Street") and "Sunday market" in text


def test_taxonomy_tokens_stay_without_a_post_marker() -> None:
    # A box named 'category-related' with nothing marking a post is still a related box by its name.
    assert "category-related" in state_free("sidebar-box category-related")
    assert "category-related" not in state_free("hentry category-related")


def test_a_trademark_notice_under_the_post_goes() -> None:
    html = (
        "<html><head><title>Why the bakery stopped printing flyers | Quay Notes</title></head><body>"
        "<div id='header'><h1><a href='/'>Quay Notes</a></h1></div>"
        f"<div id='main'><div class='post hentry'>{_POST}</div>"
        "<div class='legal-line'><p>Quayside and Flourbox are registered trademarks of Quill Baking Ltd. "
        "This blog is not affiliated with any market.</p></div></div></body></html>"
    )
    text = "\n".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)
    assert "registered trademarks" not in text and "Sunday market" in text
