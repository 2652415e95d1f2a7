"""Review of v26 (speakers): "the then-mayor" opening a sentence is a description of the
person who held the office then, as "the former mayor" is; v26 listed "then-" among the
words placing an office in time, but "then-mayor" is one word, so the entry never
matched and the quote had nobody. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_then_office_opening_the_sentence() -> None:
    paragraphs = [
        "In 2019, Mayor Ann Toll met Tom Crane at the quay.",
        "“This is not what the town is about,” Crane said.",
        "The then-mayor called the new plan “a gift to the ferry owners and nobody else.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Tom Crane"), (2, "Ann Toll")]
