"""A text the article brought in with its author speaks for that author (found on real news,
labelled by hand: /work/devsets/quotes_real). Wire stories name who issued a statement or
wrote a letter, then quote it: "Mayor Jo Dee issued a statement on Friday. “…,” the
statement said." The words are Dee's; "the statement" names nobody new. The text is
looked for in the quote's paragraph and the three before it (a quote or two of the letter
and a sentence between), with the same noun; a text another wrote ("a statement from the
family") and a text nobody is said to have issued stay unnamed. An "it" that no body
takes right after the text spoke is the text again ("“…,” it added.")."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


def test_the_statement_a_named_person_issued_speaks_for_them() -> None:
    assert _said(
        [
            "Mayor Lina Berkstrom issued a statement on Friday after the council vote.",
            "“We will keep fighting for every family in this city,” the statement said.",
        ]
    ) == [("We will keep fighting for every family in this city", "Lina Berkstrom")]


def test_an_open_letter_speaks_for_its_writer_paragraphs_later() -> None:
    assert _said(
        [
            "Police Commissioner Arno Vellick answered the survey with an open letter to residents.",
            "“Too many people still believe it will only happen to somebody else,” the letter said.",
            "Vellick said the courts were part of the problem.",
            "“Short sentences teach nobody anything,” the letter continued.",
        ]
    ) == [
        ("Too many people still believe it will only happen to somebody else", "Arno Vellick"),
        ("Short sentences teach nobody anything", "Arno Vellick"),
    ]


def test_a_text_another_wrote_or_nobody_issued_stays_unnamed() -> None:
    assert _said(
        [
            "Senator Hal Ostrander released a statement from the miners' families on Monday.",
            "“We were never told the shaft was unsafe,” the statement said.",
        ]
    ) == [("We were never told the shaft was unsafe", None)]
    assert _said(
        [
            "Senator Hal Ostrander visited the mine on Monday.",
            "“Nobody warned us,” the statement said.",
        ]
    ) == [("Nobody warned us", None)]


def test_a_different_text_is_not_the_one_brought_in() -> None:
    assert _said(
        [
            "Coach Rena Albright sent a letter to the league last week.",
            "“The schedule is unsafe for young players,” the report said.",
        ]
    ) == [("The schedule is unsafe for young players", None)]


def test_an_it_after_the_text_spoke_is_the_text_again() -> None:
    assert _said(
        [
            "Police Commissioner Arno Vellick answered the survey with an open letter to residents.",
            "“Too many people still believe it will only happen to somebody else,” the letter said.",
            "“The courts must do more,” it said.",
        ]
    ) == [
        ("Too many people still believe it will only happen to somebody else", "Arno Vellick"),
        ("The courts must do more", "Arno Vellick"),
    ]
