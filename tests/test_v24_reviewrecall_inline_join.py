"""Version 24 review: only a possessive or a contraction stays on the word before a closing ’.

A closing single quote after a sentence's stop, set in an element of its own, is followed by
the next word with a space; an initial ('T. Ellis'), an abbreviation ('D.C.', 'S&P') or a
name with a particle ('d’Alema') starts with the same letters as a contraction but is a word
of its own. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_FILLER = (
    "<p>The river authority met late on a cold Thursday to weigh, for the third time this year, "
    "whether to dredge the lower channel before the spring floods reach the old mill.</p>"
)


def _paragraphs(paragraph: str) -> list[str]:
    html = (
        "<html><head><title>Channel dredging</title></head><body><article><h1>Channel dredging</h1>"
        f"{_FILLER}{paragraph}{_FILLER}</article></body></html>"
    )
    return [p for s in extract_article(html.encode()).sections for p in s.paragraphs]


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
    found = _paragraphs(
        f"<p><span>{quote}</span><span>{word} said on Friday as the barges waited by the lock gates "
        "for the water to rise over the sill.</span></p>"
    )
    expected = f"{quote} {word.replace('&amp;', '&')} said"
    assert any(expected in p for p in found), found
