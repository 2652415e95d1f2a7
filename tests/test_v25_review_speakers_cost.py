"""The he/she look-back stays linear in a paragraph's turns (version 25 review).

A paragraph of thousands of 'Tom Crane spoke. “…,” he said.' turns: each "he" (in the
speech clause read when the article is built, and again for the quote) weighed every
person named before it in the paragraph (`_person_mentions_before`), and the bare
subjects and the names of its own sentence were found by a walk from the paragraph's
first name: 2,000 turns took 19 s, 4,000 took 90 s. The look-back now weighs the latest
`_NAME_REACH` people, found by bisection. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import count_person_mentions
from newstui.extract.quotes import find_quotes


def _turns(n: int) -> str:
    return " ".join(f"Tom Crane spoke. “We fixed pier number {k} today,” he said." for k in range(n))


@pytest.mark.parametrize("n", [300, 1500])
def test_a_paragraph_of_he_said_turns_weighs_a_bounded_number_of_names_per_quote(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    count = count_person_mentions(monkeypatch)
    quotes = find_quotes([_turns(n)])
    assert [q.speaker for q in quotes] == ["Tom Crane"] * n
    assert count[0] <= 400 * n  # was about n * n (every name before, per he)


def test_he_still_goes_back_past_a_few_names() -> None:
    quotes = find_quotes(
        [
            "Tom Crane runs the harbour office. He met Dana Price, Omar Villet and Lee Mott on Monday"
            " at the pier. “We fixed the pier today,” he said."
        ]
    )
    assert [q.speaker for q in quotes] == ["Tom Crane"]
