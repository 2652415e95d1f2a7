"""A straight mark right after a number is inches, not the close of a straight quote: it
does not make the words after a curly pair's ” (an attribution) the quote's own
(`spans._closed_after`), as it closes nothing for a quote left open either. Invented
text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_an_inch_mark_after_the_attribution_leaves_the_curly_close() -> None:
    paragraph = '"We want “freedom,” Lund said at the rally, where a 12" drum kept time.'
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("We want “freedom", "Lund")]


def test_an_inch_mark_far_later_swallows_no_sentences() -> None:
    paragraph = '"We want “freedom,” Lund said. Dee said ‘not now’ and left. Nobody asked about the 6" gap.'
    quotes = find_quotes([paragraph])
    assert "Lund said" not in quotes[0].text
    assert quotes[0].speaker == "Lund"


def test_a_close_after_a_word_still_ends_the_straight_quote() -> None:
    paragraph = '"She wrote “Come home,” Mara said then, and I did," Toll told the court.'
    quotes = find_quotes([paragraph])
    assert quotes[0].text.endswith("and I did")
    assert quotes[0].speaker == "Toll"
