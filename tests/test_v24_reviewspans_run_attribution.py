"""A straight-opened quote whose ” is followed by its attribution stays closed there when
the next paragraph also opens with a straight mark: consecutive quote paragraphs are no
block quote's run, and the ” (the page's close typed curly, a stray “ inside) ends the
quote as it does in a paragraph standing alone. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_NEXT = '"And we want it now," Lund added.'


@pytest.mark.parametrize(
    "first",
    [
        '"We want “freedom,” she said at the rally.',
        '"We want “freedom,” the mayor said at the rally.',
        '"It was “a disaster”, Dee said on Monday.',
        '"It was “a disaster” – Dee said on Monday.',
    ],
)
def test_an_attribution_after_the_curly_close_ends_the_quote_before_a_quote_paragraph(first: str) -> None:
    quotes = find_quotes([first, _NEXT])
    assert len(quotes) == 2
    assert quotes[1].text == "And we want it now"
    assert quotes[1].speaker == "Lund"
    assert "said" not in quotes[0].text


def test_a_block_quote_run_still_nests_the_curly_pair() -> None:
    paragraphs = [
        "The harbour board wrote to every household on Monday:",
        '"One of you called the quay “the heart of this town,” and we agree with every word.',
        '"The plan will be published in May, and the boats stay until then.',
    ]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert "“the heart of this town,” and we agree" in quotes[0].text
