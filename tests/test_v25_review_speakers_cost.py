"""The he/she look-back stays linear in a paragraph's turns (version 25 review).

A paragraph of thousands of 'Tom Crane spoke. “…,” he said.' turns: each "he" (in the
speech clause read when the article is built, and again for the quote) weighed every
person named before it in the paragraph (`_person_mentions_before`), and the bare
subjects and the names of its own sentence were found by a walk from the paragraph's
first name: 2,000 turns took 19 s, 4,000 took 90 s. The look-back now weighs the latest
`_NAME_REACH` people, found by bisection. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.references import References


def _turns(n: int) -> str:
    return " ".join(f"Tom Crane spoke. “We fixed pier number {k} today,” he said." for k in range(n))


def count_person_mentions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls of `References.person_mention` (a name read as a candidate)."""
    count = [0]
    person_mention = References.person_mention

    def counting(self: References, *args: Any) -> bool:
        count[0] += 1
        return person_mention(self, *args)

    monkeypatch.setattr(References, "person_mention", counting)
    return count


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
