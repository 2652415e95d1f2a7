"""Whether a speech verb is inverted ("“…,” said Jo Dee") is read from the end of its
sentence only: a sentence of thousands of quotes asked it at each quote and searched the
whole sentence so far each time (quadratic). Counted in characters searched; the answers
stay those of reading the whole lead."""

from __future__ import annotations

import pytest

from cost_helpers import CountingPattern
from newstui.extract import find_quotes
from newstui.extract.quotes import resolver


def _searched(monkeypatch: pytest.MonkeyPatch, quotes: int, gap: str) -> int:
    counter = [0]
    monkeypatch.setattr(resolver, "_ADVERB_LAST", CountingPattern(resolver._ADVERB_LAST, counter))
    sentence = " ".join(f"“Harbour fee {n} is fair,”{gap}said Jo Dee, and" for n in range(quotes))
    find_quotes([sentence + " that was all."])
    return counter[0]


# A run of spaces longer than the window once sent the search back to the whole lead.
@pytest.mark.parametrize("gap", [" ", " " * 300], ids=["one space", "wide spacing"])
def test_one_sentence_of_many_quotes_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch, gap: str) -> None:
    small, large = _searched(monkeypatch, 100, gap), _searched(monkeypatch, 400, gap)
    assert large < 6 * small


@pytest.mark.parametrize(
    ("lead", "inverted"),
    [
        ("", True),
        (resolver.MASK * 6 + ",", True),
        (resolver.MASK * 6 + ", then", True),
        ("The mayor", False),
        ("The mayor quickly", False),
        ("x" * 300 + " " + resolver.MASK * 6 + ",", True),
        ("The mayor " + " " * 300 + " quickly", False),
        (resolver.MASK * 6 + ", " + " " * 300 + " quickly", True),
    ],
)
def test_the_answer_is_that_of_the_whole_lead(lead: str, inverted: bool) -> None:
    text = "Before. " + lead + " said"
    floor = len("Before. ")
    assert resolver._inverted_at(text, floor, len(text) - len(" said")) is inverted
