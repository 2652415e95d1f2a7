"""A work named in apposition after its noun and a comma ('its album, “good news for the
harbour,”') stays a work's name when the sentence's own attribution follows it: the
reporter hands the sentence on, not the title. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "The museum opened its new show, “Salt and the sea,” the director said on Monday.",
        "The band released its album, “good news for the harbour,” the label said.",
        "The band released its album, “good news for the harbour,” Lund said.",
        "Lund wrote the essay, “why towns lose their ports,” his editor said.",
    ],
)
def test_a_title_after_its_noun_and_a_comma_before_an_attribution_is_no_quote(paragraph: str) -> None:
    assert find_quotes([paragraph]) == []


def test_words_after_a_colon_handed_to_a_reporting_verb_are_still_a_quote() -> None:
    paragraph = "It asks one thing of the book: “Keep the ferry running all winter,” the appeal says."
    assert [q.text for q in find_quotes([paragraph])] == ["Keep the ferry running all winter"]
