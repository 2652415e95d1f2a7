"""Review of the inverted-verb window (v26): a verb after a run of spaces longer than the
window made `_inverted_at` search the whole sentence so far again, so a sentence of
thousands of quotes each followed by wide spacing stayed quadratic."""

from __future__ import annotations

import pytest

from cost_helpers import CountingPattern
from newstui.extract import find_quotes
from newstui.extract.quotes import resolver


def _searched(monkeypatch: pytest.MonkeyPatch, quotes: int) -> int:
    counter = [0]
    monkeypatch.setattr(resolver, "_ADVERB_LAST", CountingPattern(resolver._ADVERB_LAST, counter))
    gap = " " * 300
    sentence = " ".join(f"“Ferry toll {n} stays low,”{gap}said Ola Brenn, and" for n in range(quotes))
    find_quotes([sentence + " that was that."])
    return counter[0]


def test_quotes_followed_by_wide_spacing_are_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _searched(monkeypatch, 100), _searched(monkeypatch, 400)
    assert large < 6 * small


@pytest.mark.parametrize(
    ("lead", "inverted"),
    [
        (resolver.MASK * 6 + "," + " " * 500, True),
        ("The harbour master" + " " * 500, False),
        (resolver.MASK * 6 + "," + " " * 300 + "also" + " " * 300, True),
        ("The harbour master" + " " * 300 + "then" + " " * 300, False),
        (" " * 500, True),
        (" " * 300 + "then" + " " * 300, True),
        ("then", False),  # an adverb opening the sentence has no space before it: read as a word
    ],
)
def test_spaces_and_one_adverb_are_stepped_over(lead: str, inverted: bool) -> None:
    text = "Earlier. " + lead + " said"
    assert resolver._inverted_at(text, len("Earlier. "), len(text) - len(" said")) is inverted
