"""Version 18 (recall): a related-stories box inside the story does not end it (pages written for the tests).

News templates set a box of links to other stories ('Related stories', 'More from the coast')
between two paragraphs of the story; the furniture cut read its opener as the start of the page's
recirculation after the story and dropped every paragraph below it.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the lighthouse keepers' cottages on the point were surveyed {k} times before the trust agreed "
    "to restore them, and the volunteers who did the work were thanked at the opening."
)
_TEASERS = "".join(
    f"<li><a href='/news/other-{n}'>A different story about the county, number {n}</a></li>" for n in range(5)
)


def _page(box: str, after: str) -> str:
    return (
        "<html><head><title>Lighthouse cottages restored</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<h1>Lighthouse cottages restored</h1>"
        f"<div class='story'>{numbered_paragraphs(_SENTENCE, 4)}{box}{after}</div>"
        "<div class='site-footer'>Copyright the county paper</div></body></html>"
    )


def test_paragraphs_after_an_inline_related_box_stay() -> None:
    # General pattern: a 'Related stories' box (heading over linked headlines) between paragraphs.
    box = f"<div class='inline-box'><h4>Related stories</h4><ul>{_TEASERS}</ul></div>"
    text = body_text(_page(box, numbered_paragraphs(_SENTENCE, 3, first=4)))
    assert "Paragraph 4:" in text
    assert "Paragraph 6:" in text
    assert "A different story about the county" not in text


def test_paragraphs_after_an_emptied_related_heading_stay() -> None:
    # The box's links were cleaned away (or loaded by script): only its opener is left mid-story.
    box = "<h3>Related stories</h3>"
    text = body_text(_page(box, numbered_paragraphs(_SENTENCE, 3, first=4)))
    assert "Paragraph 4:" in text
    assert "Paragraph 6:" in text
    assert "Related stories" not in text


def test_a_related_list_after_the_story_still_goes() -> None:
    # After the story the opener still cuts: only teasers follow it, no prose.
    box = f"<h3>Related stories</h3><ul>{_TEASERS}</ul>"
    text = body_text(_page(box, ""))
    assert "Paragraph 3:" in text
    assert "A different story about the county" not in text


def test_a_comments_thread_after_the_story_still_goes() -> None:
    # Comments read as prose; their opener cuts whatever follows it.
    thread = "".join(
        f"<p>Reader {n} wrote that the cottages looked wonderful and that the trust should now fix "
        f"the old boathouse too, which has been empty for years.</p>"
        for n in range(3)
    )
    text = body_text(_page("<h3>Comments</h3>", thread))
    assert "Paragraph 3:" in text
    assert "Reader 1 wrote" not in text


def test_teaser_summaries_cut_short_after_the_story_still_go() -> None:
    # Teasers: a linked title over a summary cut at a fixed length with an ellipsis.
    box = "<h3>Related stories</h3>" + "".join(
        f"<p><a href='/news/t{n}'>Another county story {n}</a></p><p>The parish council voted on "
        f"Thursday to keep the village hall open for another year while a new roof is sought, and a...</p>"
        for n in range(3)
    )
    text = body_text(_page(box, ""))
    assert "Paragraph 3:" in text
    assert "The parish council voted" not in text
