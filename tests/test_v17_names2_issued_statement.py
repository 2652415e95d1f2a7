"""A paragraph saying a body or a person issued a statement, then a paragraph that is
only a quote: the quote is the statement, its issuer's words, not the last speaker's
(version 17, round 2, found on PolNeAR). Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers


def test_an_organisation_issuing_a_statement_speaks_the_quote_after_it() -> None:
    paragraphs = [
        "“We did nothing wrong,” said Mara Quist, the board's former chair.",
        "On Monday, the Harbour Trust issued a statement apologizing to the fishermen for the delay.",
        "“On behalf of everyone at the Trust, we offer a sincere apology to the fishermen and their families.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Harbour Trust"]


def test_a_company_releasing_a_brief_statement_speaks_it() -> None:
    paragraphs = [
        "“We did nothing wrong,” said Mara Quist, the board's former chair.",
        "Hours later, Acme Corp. quickly released a brief statement defending its record.",
        "“Acme has always put the safety of its workers first and will continue to do so.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Acme Corp."]


def test_a_statement_about_somebody_else_does_not_speak_for_them() -> None:
    # The issuer is who speaks, not the person the statement's sentence names after it.
    paragraphs = [
        "“We did nothing wrong,” said Mara Quist, the board's former chair.",
        "The Harbour Trust issued a statement about Jo Reed on Monday.",
        "“Mr. Reed served the Trust with honour for twenty years.”",
    ]
    assert _speakers(paragraphs)[1:] == ["Harbour Trust"]
