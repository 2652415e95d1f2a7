"""Review of version 21's sentence-start surname rule ("Brackley dodged the question.
“…,” he said."): a common noun opening a sentence as its subject ("Management
refused …", "Demand collapsed …", "Grief turned …") is no surname, and the he/she
after it stays the person the article named in full before. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_SHOP = "Tom Brandt has run the fish shop on the harbour for twenty years."
_QUOTE = "“Nobody in the harbour towns was ready for this,” he said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Management refused to meet the strikers on Monday.",
        "Demand collapsed after the storm.",
        "Traffic stopped for hours after the storm.",
        "Grief turned to anger on Monday.",
    ],
)
def test_a_common_noun_opening_the_sentence_before_is_no_he(sentence: str) -> None:
    assert speakers([_SHOP, f"{sentence} {_QUOTE}"]) == ["Tom Brandt"]


def test_guard_among_surnames_alone_a_surname_still_takes_the_he() -> None:
    assert speakers(
        [
            "Delmont admitted that his pick was about the next primary. “With an eye to the vote in March,” he said.",
            f"Brackley dodged the question and made no choice. {_QUOTE}",
        ]
    ) == ["Delmont", "Brackley"]
