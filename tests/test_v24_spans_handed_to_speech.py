"""Words after a work's noun and a colon or comma are the work's name ('his album, “good
kid in a mad city”') unless the sentence hands them on to a reporting verb: '… of the
book: “Buy the book the mayor hates,” the appeal on the site says.' is a quote of the
appeal, not a title. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_words_after_a_works_noun_handed_to_a_reporting_verb_are_a_quote() -> None:
    paragraphs = [
        "Quay Press is raising money to print the memoir again. It has one line for readers "
        "of the book: “Print the book that the harbour board does not want you to read,” "
        "the appeal on its web page says."
    ]
    assert [q.text for q in find_quotes(paragraphs)] == [
        "Print the book that the harbour board does not want you to read"
    ]


def test_a_title_after_a_works_noun_described_after_it_stays_a_title() -> None:
    paragraphs = ["His first album, “good kid in a mad harbour town,” which critics said was his best, sold well."]
    assert find_quotes(paragraphs) == []
