"""Review of version 21's quote spans: a double quote closed with a single mark (“…’)
ends there only when no attribution of an earlier quote left open comes first. A quote
left open before its attribution, then a new quote closed with a single mark: the
first quote ends at its attribution, the second at its single mark, each with its
speaker."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


def test_an_attribution_before_a_later_single_close_ends_the_first_quote() -> None:
    paragraph = "“The depot will stay open, Tessa Lund said. “We can still win this,’ she added."
    spans, _ = find_spans([paragraph])
    assert [span.parts for span in spans] == [["The depot will stay open,"], ["We can still win this,"]]
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [
        ("The depot will stay open", "Tessa Lund"),
        ("We can still win this", "Tessa Lund"),
    ]


def test_a_single_close_before_the_attribution_still_ends_the_quote_there() -> None:
    paragraph = "“The depot will stay open.’ Tessa Lund said so twice. “We can still win,” she added."
    spans, _ = find_spans([paragraph])
    assert [span.parts for span in spans] == [["The depot will stay open."], ["We can still win,"]]


def test_a_single_close_before_a_reporting_verb_and_its_speaker_ends_the_quote() -> None:
    said = "“The depot stays open,’ said Mara Quill. “We will fight for it.”"
    assert [(q.text, q.speaker) for q in find_quotes([said])] == [
        ("The depot stays open", "Mara Quill"),
        ("We will fight for it.", "Mara Quill"),
    ]
    added = "Quill was firm. “The depot stays open,’ added the mayor."
    assert [q.text for q in find_quotes([added])] == ["The depot stays open"]
