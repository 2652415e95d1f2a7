"""A partial quote that is a clause (a subject and a finite verb, five words or more)
is somebody's words even with no verb of saying in its sentence (found on real news,
labelled by hand: /work/devsets/quotes_real): 'He said timing mattered. On March 3,
“the whole town was a burning ruin” with most of the looting in two days.' Shorter
clauses, terms and titles stay out: a title or headline ends on a capital ("Orange Is
the New Black"), and four words or fewer are a term ("a burning ruin")."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


def test_a_quoted_clause_with_no_verb_of_saying_is_a_quote() -> None:
    said = _said(
        [
            "Inspector Maro Vell said context and timing were important.",
            "Specifically on March 3 and 4, “the whole town was a burning ruin” with most of the looting in two days.",
        ]
    )
    assert [text for text, _ in said] == ["the whole town was a burning ruin"]


def test_a_title_or_a_short_term_is_not() -> None:
    assert _said(["Reviewers on the site rated “Winter Is Coming To Harlow” above every other show."]) == []
    assert _said(["Residents described the square as “a burning ruin” on Monday."]) == []
    assert _said(["The committee said the old plan “was a mess” before the vote."]) == []
