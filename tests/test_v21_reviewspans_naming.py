"""Review of version 21's quote spans: the naming word nearest the marks decides whether
a short span is a term. A farther one in an earlier clause ("the so-called reform, …")
must not hide a nearer one right before the marks ("dubbed “…”")."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_naming_word_right_before_the_marks_makes_a_term_after_another_in_an_earlier_clause() -> None:
    dubbed = "The so-called reform, dubbed “the harbour tax grab,” was dropped, Tessa Lund said."
    assert _texts([dubbed]) == []
    known = "Its so-called critics, known as “the ferry four lobby,” met again, Tessa Lund said."
    assert _texts([known]) == []


def test_a_naming_word_only_in_an_earlier_clause_still_makes_no_term() -> None:
    paragraph = "For all the kind words, Tessa Lund says she goes “back to the depot tomorrow.”"
    assert _texts([paragraph]) == ["back to the depot tomorrow."]
