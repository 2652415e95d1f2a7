"""Version 24 review: only a possessive or a contraction stays on the word before a closing ’.

A closing single quote after a sentence's stop, set in an element of its own, is followed by
the next word with a space; an initial ('T. Ellis'), an abbreviation ('D.C.', 'S&P') or a
name with a particle ('d’Alema') starts with the same letters as a contraction but is a word
of its own. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from extract_helpers import dredging_paragraphs


@pytest.mark.parametrize(
    ("quote", "word"),
    [
        ("‘We will dredge it in the spring.’", "T. Ellis, the engineer,"),
        ("‘We will start,’", "D.C. officials"),
        ("‘We will start.’", "S&amp;P analysts"),
        ("‘We will start.’", "d’Alema"),
    ],
)
def test_a_word_after_a_closing_single_quote_is_spaced(quote: str, word: str) -> None:
    found = dredging_paragraphs(
        f"<p><span>{quote}</span><span>{word} said on Friday as the barges waited by the lock gates "
        "for the water to rise over the sill.</span></p>"
    )
    expected = f"{quote} {word.replace('&amp;', '&')} said"
    assert any(expected in p for p in found), found
