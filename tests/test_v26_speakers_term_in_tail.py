"""Version 26: a quoted term or title of a few words between a partial quote and the
reporting clause closing its sentence is part of the sentence: '… did not find “ties of
any real consequence,” aside from the two men knowing each other “casually” at the club,
said Tom Crane on Monday.' is Crane's. Before, the words after the quote stopped at the
term, and the sentence's subject (the agency) was taken. At most two terms are read
past per quote; a comma closing a quoted title ("in “The Old Boat,” Mr. Crane noted") sets
off the closing clause as a printed comma does. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_reporting_clause_after_a_term() -> None:
    paragraph = (
        "The agency looked for a link between Dee and Toll in 2014 and did not find “ties of any real "
        "consequence,” aside from the two men knowing each other “casually” from the same club, said the "
        "agency's director, Tom Crane, on Monday."
    )
    quotes = find_quotes(["The Harbour Agency investigates crimes at the port.", paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("ties of any real consequence", "Tom Crane")]


def test_long_quote_still_stops_the_tail() -> None:
    paragraph = (
        "The agency did not find “ties of any real consequence,” and later “nothing that would stand up in "
        "court,” Ann Toll said, while Tom Crane said nothing."
    )
    quotes = find_quotes(["The Harbour Agency investigates crimes at the port.", paragraph])
    # The first quote is not read past the second (a quote of its own, four words or more).
    assert [q.speaker for q in quotes] == ["Harbour Agency", "Ann Toll"]


def test_closing_clause_after_a_title_and_its_comma() -> None:
    paragraph = (
        "His first job involved “a painful boat-sinking incident,” well before Jo Dee made that gag famous "
        "in “The Old Boat,” Mr. Crane noted."
    )
    quotes = find_quotes(["In a memo on Tuesday, Tom Crane wrote about the old days.", paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("a painful boat-sinking incident", "Tom Crane")]
