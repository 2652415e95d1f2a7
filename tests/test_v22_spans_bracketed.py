"""A quote set in brackets in the body with a person named after it (an age or an
apposition after the name) is speech; a headline cited with its paper and date is not."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_a_bracketed_quote_before_a_name_and_an_apposition_is_speech() -> None:
    paragraph = (
        "The harbour plan split the town (“The council has ignored the harbour for years,” "
        "Pavel Orr, a welder) and the mayor agreed."
    )
    quotes = find_quotes([paragraph])
    assert [(q.text, q.speaker) for q in quotes] == [("The council has ignored the harbour for years", "Pavel Orr")]


def test_a_bracketed_quote_before_a_name_and_an_age_is_speech() -> None:
    paragraph = "The harbour plan split the town (“The council has ignored the harbour,” Orr, 54) and the mayor agreed."
    assert [q.text for q in find_quotes([paragraph])] == ["The council has ignored the harbour"]


def test_a_bracketed_headline_and_its_source_is_still_no_quote() -> None:
    paragraphs = [
        "The vote split the town (“Lund calls harbour plan a fantasy,” Norvik Daily, Monday) for weeks.",
        "The vote split the town (“Lund calls harbour plan a fantasy,” Norvik Daily, 12 May) for weeks.",
    ]
    assert find_quotes(paragraphs) == []
