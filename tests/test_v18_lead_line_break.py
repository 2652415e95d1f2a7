"""Quote finder, v18: a line break inside a paragraph (pages that keep <br> as "\n") ends a
quote's sentence as a space does. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers


def test_a_name_opening_a_line_after_a_quote_that_closed_its_own_is_the_next_he() -> None:
    paras = [
        "Judge Omar Fenwick heard the case on Monday.",
        "The defence lawyer, Thomas Crane, argued that his client only joked: the posts were “the "
        "rants of a radio host.”\nFenwick read the posts differently. “When a man says he will "
        "shoot, I take him at his word,” he said.",
    ]
    assert speakers(paras)[-1] == "Omar Fenwick"
