"""Words a relative clause says somebody called a person or thing, the relative pronoun
its object ('Roe, whom Orr on Monday called “…”'), close their sentence as that
speaker's words, not a term."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_words_a_relative_clause_says_somebody_called_a_person_are_a_quote() -> None:
    paragraphs = [
        "Most of the anger was aimed at Roe, who Orr called “a careless, heartless steward of the port.”",
        "The fury fell on the harbour master, whom the union on Monday called “the worst boss this town has had.”",
        "Dee pointed to the levy that the fishermen called “a tax on the very air we breathe.”",
    ]
    assert [q.text for q in find_quotes(paragraphs)] == [
        "a careless, heartless steward of the port.",
        "the worst boss this town has had.",
        "a tax on the very air we breathe.",
    ]


def test_a_relative_clause_calling_a_thing_a_short_name_is_still_a_term() -> None:
    paragraph = "The plan, which locals called “the Ditch” for years, was dropped on Monday."
    assert find_quotes([paragraph]) == []


def test_an_apposition_may_stand_between_the_relative_clauses_subject_and_verb() -> None:
    paragraph = (
        "He held the harbour at the last vote, in what Pavel Orr, the union's treasurer at the time, "
        "called “a brutal and endless brawl.”"
    )
    assert [q.text for q in find_quotes([paragraph])] == ["a brutal and endless brawl."]
