"""A long characterisation inside its sentence is a remark quoted (version 25).

'Local fishermen called the new quota “a death sentence for the fleet” at the meeting':
a verb characterising something ("called", "calling", "describe … as") with five words
or more in the marks quotes what the subject said of it, though the sentence goes on
after the marks and nobody is named to speak it (an unnamed group, a body in a
participle clause). Before, only a characterisation closing its sentence counted; a
short one inside it ("called the ferry plan “a costly harbour dream” at …") stays a
term, and "called for" is a demand, no characterisation. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Local fishermen called the new quota “a death sentence for the fleet” at the meeting.",
            "a death sentence for the fleet",
        ),
        (
            "Property agents describe such deals as “a different kind of gamble” than ordinary sales.",
            "a different kind of gamble",
        ),
        (
            "The plan won support, with the Harbour Workers Union calling it “the deal dock workers have waited for”"
            " and urging a vote.",
            "the deal dock workers have waited for",
        ),
    ],
)
def test_a_long_characterisation_inside_the_sentence_is_a_quote(paragraph: str, words: str) -> None:
    assert [q.text for q in find_quotes([paragraph])] == [words]


def test_a_short_characterisation_inside_the_sentence_stays_a_term() -> None:
    assert find_quotes(["Critics called the ferry plan “a costly harbour dream” at the meeting."]) == []


def test_a_demand_called_for_is_no_characterisation() -> None:
    assert find_quotes(["Residents called for “calm from every family in the valley” at the meeting."]) == []
