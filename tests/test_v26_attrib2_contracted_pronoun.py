"""Version 26: a pronoun with its auxiliary written on ("he's said", "she'd told",
"they've argued") is the subject of the speech verb after it, as "he has said" is.
Before, the contraction hid the pronoun and a description after the verb ("the same
thing") was read as the subject, naming nobody. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ever since Carl Benning opened the mill last year, he's said the same thing at every town "
            "meeting: “The mill is for the valley, not for me.”",
            "Carl Benning",
        ),
        (
            "When Mara Quill took the chair, she'd told the same story at every meeting: “We fix the roof "
            "first and argue later.”",
            "Mara Quill",
        ),
    ],
)
def test_contracted_pronoun_is_the_subject(paragraph: str, speaker: str) -> None:
    quotes = find_quotes(["The valley has one mill and one town hall.", paragraph])
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, speaker)]
