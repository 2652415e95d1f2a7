"""Version 26: a clause after a semicolon opening on a person's words ("…, the reporter;
Barrett’s dictum to his interns was, “…”") gives the quote to that person, as a sentence
opening so does. Before, only the sentence's start was read, and the quote went on with
the person named before. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_owner_of_words_after_a_semicolon() -> None:
    paragraph = (
        "When Toll was at school, she studied under Tom Barrett, the reporter; Barrett’s dictum to his "
        "interns was, “It’s not a good story if you don’t get a death threat.”"
    )
    quotes = find_quotes(["“You can wreck a career in a minute,” Ann Toll said.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Toll"), (1, "Tom Barrett")]
