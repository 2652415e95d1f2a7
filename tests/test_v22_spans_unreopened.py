"""A quote left open at a paragraph's end goes on in the next paragraph when that one
opens with no mark but its first mark closes the quote: the page dropped the reopening
mark, and the words up to the close are the quote's."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_a_quote_closed_in_the_next_paragraph_without_a_reopening_mark_goes_on() -> None:
    paragraphs = [
        "“We will rebuild the harbour before the summer, and the boats will come back to Norvik.",
        "The town has waited long enough for this,” Tessa Lund said.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para, span.parts) for span in spans] == [
        (0, 1, [paragraphs[0][1:], "The town has waited long enough for this,"])
    ]
    quotes = find_quotes(paragraphs)
    assert [q.speaker for q in quotes] == ["Tessa Lund"]
    assert quotes[0].text.endswith("The town has waited long enough for this")


def test_a_next_paragraph_whose_first_mark_opens_a_quote_does_not_go_on() -> None:
    paragraphs = [
        "“We will rebuild the harbour before the summer, and the boats will come back to Norvik.",
        'The mayor said:"The town has waited long enough for this," and left.',
        'Pavel Orr answered. "The town is broke," he said.',
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 0), (1, 1), (2, 2)]
