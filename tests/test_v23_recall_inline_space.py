"""Version 23 (recall): a word is not glued to a footnote mark or a closing quote in the element before it.

Templates set a reference mark or a quotation in an element of its own and start the next word
in another one with no space between ('house<sup><a>[1]</a></sup>by', '<span>…about it,”</span>
<span>said …</span>'). The text read 'house[1]by' and 'it,”said'. (Pages written for the tests.)
"""

from __future__ import annotations

from extract_helpers import sea_wall_paragraphs


def test_a_word_after_a_footnote_mark_is_spaced() -> None:
    found = sea_wall_paragraphs(
        '<p>The mayor spoke about the house<sup><a href="#note-1">[1]</a></sup>by the water, which '
        "flooded twice in the spring and once more in the autumn of the same year.</p>"
    )
    assert any("the house[1] by the water" in p for p in found)


def test_a_word_after_a_closing_quote_is_spaced() -> None:
    found = sea_wall_paragraphs(
        "<p><span>“We will talk about it again,”</span><span>said the mayor of the small town, who was "
        "elected in a close race last year and promised to mend the wall.</span></p>"
    )
    assert any("talk about it again,” said the mayor" in p for p in found)


def test_a_possessive_and_a_word_in_brackets_stay_as_written() -> None:
    found = sea_wall_paragraphs(
        "<p>The board’<em>s</em> chair, Ms [<b>Ann</b>] Lee, said the work on the "
        "<i>north</i>ern end of the wall would start in May and take most of the summer to finish.</p>"
    )
    assert any("The board’s chair, Ms [Ann] Lee" in p and "northern end" in p for p in found)
