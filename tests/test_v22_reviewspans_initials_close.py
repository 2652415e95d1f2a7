"""A ’ after initials and their stop closing a British ‘…’ quote: a capitalised word
after it is the possessive's noun ("the U.S.’ Navy") only while the quote's own close
is still to come in the paragraph; with none to come, the word opens a new sentence or
names the speaker, and the quote closes at the initials."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_a_new_sentence_after_initials_closes_a_british_quote() -> None:
    paragraphs = [
        "‘We will never sell the yard to a buyer from the U.S.’ Yesterday the board met again.",
        "‘It is over,’ Tessa Lund said on Monday.",
        "‘We tried,’ said Pavel Orr.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para, " ".join(span.parts)) for span in spans][0] == (
        0,
        0,
        "We will never sell the yard to a buyer from the U.S.",
    )


def test_a_speaker_and_an_apposition_after_initials_close_a_british_quote() -> None:
    paragraphs = [
        "‘Our boats will never sail for the U.S.’ Pavel Orr, the union's treasurer, said on Monday.",
        "‘It is over,’ Tessa Lund said.",
        "‘We tried,’ said Dee.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.text, q.speaker) for q in quotes][0] == ("Our boats will never sail for the U.S.", "Pavel Orr")


def test_the_possessive_with_its_quote_closing_later_still_holds() -> None:
    paragraph = "‘The U.S.’ Navy will send three ships here,’ the admiral said. ‘Soon.’"
    spans, _ = find_spans([paragraph, "‘We are ready,’ said Lund.", "‘Good,’ said Orr."])
    assert " ".join(spans[0].parts) == "The U.S.’ Navy will send three ships here,"
