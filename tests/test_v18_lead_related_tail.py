"""After a list of other stories at the end of a story, two paragraphs of site prose (a
cookie notice, a note on how the paper reports) are no resumed story: the recall rule that
lets a story go on after an inline related box asks for three paragraphs of prose."""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the harbour board voted {k} times on the new pontoon before the money was found, and the "
    "fishermen who had asked for it for a decade came to watch the last vote."
)
_TEASERS = "".join(f"<li><a href='/news/more-{n}'>Another harbour story, number {n}</a></li>" for n in range(5))
_SITE_PROSE = (
    "<p>We use cookies to understand how readers use this site and to show you relevant offers; "
    "you can change your choices at any time in the settings.</p>"
    "<p>Our reporters follow the editors' code of practice, and corrections are printed on page two "
    "of the next edition.</p>"
)


def _page(after_box: str) -> str:
    return (
        "<html><head><title>Pontoon approved</title></head><body>"
        "<h1>Pontoon approved</h1>"
        f"<div class='story'>{numbered_paragraphs(_SENTENCE, 5)}"
        f"<h3>More stories</h3><ul>{_TEASERS}</ul>{after_box}</div></body></html>"
    )


def test_two_paragraphs_of_site_prose_after_more_stories_are_cut() -> None:
    text = body_text(_page(_SITE_PROSE))
    assert "Paragraph 4:" in text
    assert "We use cookies" not in text
    assert "code of practice" not in text


def test_three_paragraphs_of_the_story_after_the_box_still_stay() -> None:
    text = body_text(_page(numbered_paragraphs(_SENTENCE, 3, first=5)))
    assert "Paragraph 7:" in text
    assert "Another harbour story" not in text
