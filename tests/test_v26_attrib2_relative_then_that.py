"""Version 26: 'Marsh told a young man who suggested that some may not vote that “…”':
the nearest speech verb opens a relative clause on the object of an earlier one, and
after that clause's own "that …" a second "that" hands the quote to the earlier verb's
subject. Before, the relative clause's "a young man" was read as the speaker, naming
nobody. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_second_that_belongs_to_the_outer_verb() -> None:
    paragraphs = [
        "The harbour board met in the town hall on Friday.",
        "In a panel this weekend in Denton, Ida Marsh, the head of the Harbour League, forcefully told a young "
        "man who suggested that some people may not vote because of the fees that “this is not the first town "
        "to be angry and staying home is not a wise plan at all.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Ida Marsh")]


def test_the_relative_clause_own_quote_stays_with_the_asker() -> None:
    paragraphs = [
        "The harbour board met in the town hall on Friday.",
        "Ida Marsh, the head of the Harbour League, answered a young man who suggested that the fees were “a "
        "tax on every fisherman in the valley.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.speaker for q in quotes] != ["Ida Marsh"]
