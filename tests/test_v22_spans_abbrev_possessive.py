"""A possessive apostrophe after initials and their stop ("the U.S.’ Navy") is no
closing mark: the quote goes on to its own close; after such initials, a name and a
reporting verb, a pronoun or a new sentence still follow a real close."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_a_possessive_after_initials_does_not_close_a_british_quote() -> None:
    paragraphs = [
        "‘The U.S.’ Navy will send three ships to the harbour next spring,’ the admiral said.",
        "‘We are ready for them,’ said the mayor. ‘They will be welcome here.’",
    ]
    texts = [q.text for q in find_quotes(paragraphs)]
    assert texts[0] == "The U.S.’ Navy will send three ships to the harbour next spring"


def test_a_possessive_after_initials_does_not_close_a_double_quote_left_open() -> None:
    paragraph = "“The U.K.’ Foreign Office will change the rules, the minister said. “We are ready for it.”"
    spans, _ = find_spans([paragraph])
    assert spans[0].parts == ["The U.K.’ Foreign Office will change the rules,"]


def test_initials_ending_a_british_quote_before_a_speaker_still_close_it() -> None:
    paragraphs = [
        "‘We will never leave the U.S.’ Tessa Lund said. ‘Not this year.’",
        "‘They moved to the U.K.’ He paused. ‘Then they came back.’",
        "‘Norvik is as big as the U.S.’ and nobody laughed, ‘or so it seems.’",
    ]
    spans, _ = find_spans(paragraphs)
    firsts = {span.para: " ".join(span.parts) for span in reversed(spans)}
    assert firsts == {0: "We will never leave the U.S.", 1: "They moved to the U.K.", 2: "Norvik is as big as the U.S."}
