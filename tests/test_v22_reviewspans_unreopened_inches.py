"""A quote left open at a paragraph's end goes on in a next paragraph that opens with no
mark only when that paragraph's first mark closes it. An inch or seconds mark after a
number (the 6'2" forward, a 65” screen) is a measure, no close: the quote ends with its
own paragraph, and the next one's prose is nobody's words."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans

_OPEN = "“We will rebuild the harbour before the summer, and the boats will come back to Norvik."


@pytest.mark.parametrize(
    "measure",
    [
        "The club signed the 6'2\" striker from Vik on Tuesday, and he plays on Saturday.",
        "The shop sold out of its 65” television sets on Monday, the manager told reporters.",
        "The 5’10” forward ran the hundred metres in record time, the coach said on Monday.",
        "The band's new 12\" single reached the shops in Vik on Friday, a week late.",
    ],
)
def test_an_inch_mark_in_the_next_paragraph_does_not_carry_the_quote_on(measure: str) -> None:
    spans, _ = find_spans([_OPEN, measure])
    assert [(span.para, span.close_para) for span in spans] == [(0, 0)]
    assert [q.text for q in find_quotes([_OPEN, measure])] == [_OPEN[1:]]


def test_a_close_after_words_still_carries_the_quote_on() -> None:
    closing = "The town has waited for 20 years, and it will wait no more,” Tessa Lund said."
    spans, _ = find_spans([_OPEN, closing])
    assert [(span.para, span.close_para) for span in spans] == [(0, 1)]
