"""A curly “…” pair nested inside a quote opened with a straight mark is a quote inside
the quote: its ” closes the nested words, not the outer quote (a page quoting a letter or
another article in straight marks, the letter's own quotes in curly ones)."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_a_curly_pair_inside_a_straight_quote_nests() -> None:
    paragraphs = [
        "Lund wrote to the council:",
        '"I put the question to the harbour board: “Will the boats come back before the summer?” '
        'The room went quiet. Three of them looked at the floor."',
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para, span.close_end) for span in spans] == [(1, 1, len(paragraphs[1]))]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert quotes[0].text.endswith("Three of them looked at the floor.")
    assert "“Will the boats come back before the summer?”" in quotes[0].text


def test_a_straight_quote_goes_on_over_its_curly_terms_to_its_own_close() -> None:
    paragraphs = [
        "The Courier's reporter wrote:",
        '"She had been fined twice after what the clerk called a “misunderstanding,” a row over '
        'a fence that her neighbour said was “a plain act of spite.” The fines were never paid."',
        "The council did not comment.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para, span.close_end) for span in spans] == [(1, 1, len(paragraphs[1]))]


def test_a_straight_open_and_curly_close_still_pair() -> None:
    # The page typed the opening mark straight and the closing one curly.
    paragraphs = ['"We will not sell the harbour,” Tessa Lund said. “Not this year.”']
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["We will not sell the harbour", "Not this year."]
    assert [q.speaker for q in quotes] == ["Tessa Lund", "Tessa Lund"]


def test_a_curly_term_and_a_sloppy_close_in_one_straight_quote() -> None:
    paragraphs = ['"We saw the “big picture” and left early,” Pavel Orr said.']
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["We saw the “big picture” and left early"]
    assert quotes[0].speaker == "Pavel Orr"


def test_a_curly_close_ending_the_paragraph_closes_both_quotes() -> None:
    paragraphs = [
        '"The band walked on to the stage, and the hall was chanting “Nor-vik! Nor-vik!”',
        "“That's our town,” Tessa Lund said to the singer.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 0), (1, 1)]
