"""A short term quoted inside a sentence ('there are still “some people” who …') leaves
the sentence's reporting verb to the quote after it: the later partial quote is the
speaker's words; a short quote handed on with its punctuation still ends the head."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_a_partial_quote_after_a_term_in_its_sentence_is_the_speakers() -> None:
    paragraph = (
        "As for the anger on the quay, Tessa Lund admitted that there are still “some sailors” who "
        "feel that way, “but not among the great majority.”"
    )
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("but not among the great majority.", "Tessa Lund")]


def test_a_short_quote_handed_on_with_a_comma_still_ends_the_head() -> None:
    paragraph = "“We will,” Tessa Lund said of the vote, “but only once the harbour is dredged.”"
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will", "Tessa Lund"),
        ("but only once the harbour is dredged.", "Tessa Lund"),
    ]
