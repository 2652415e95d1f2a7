"""A » before a word is a German or Danish opening mark only where a quote can follow
from it: a » glyph set as an arrow before a link's words ('Related: »Harbour plan
approved', a list of such links) closes nowhere, and neither hides the paragraph's real
quote nor makes a quote of the list."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_an_arrow_glyph_does_not_hide_the_paragraphs_quote() -> None:
    paragraph = "Related: »Harbour plan approved. Tessa Lund said, “We will rebuild it within a year,” on Monday."
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [
        ("We will rebuild it within a year", "Tessa Lund")
    ]


def test_a_list_of_arrowed_links_is_no_quote() -> None:
    paragraphs = [
        "Tessa Lund spoke at the harbour on Monday.",
        "»Harbour plan approved by the council after a long night",
        "»School to close in Vik next year, parents told",
        "»Ferry fares rise again for the third time",
    ]
    assert find_quotes(paragraphs) == []


def test_a_german_quote_over_two_paragraphs_still_reads() -> None:
    paragraphs = [
        "»Wir bauen drei neue Schulen in Norvik, und zwar sehr bald.",
        "»Die Kinder warten schon lange darauf«, sagte Tessa Lund.",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.speaker for q in quotes] == ["Tessa Lund"]
    assert quotes[0].text.startswith("Wir bauen drei neue Schulen")
