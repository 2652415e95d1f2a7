"""Words quoted again: a quote with no attribution of its own whose words come again inside
a later quote with a speaker is that speaker's (`finder._quoted_again`). It compared each
such quote with every later quote: quadratic in the quotes of one article (an article of
2,000 quotes spent most of a second there). It now reads each quote with a speaker once.
The cost test counts the reads of the per-quote "has a speaker" list, which each
comparison made. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes, finder
from newstui.model import Quote


class _CountingList(list[bool]):
    """A list that counts the items read from it."""

    reads = 0

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        _CountingList.reads += 1
        return super().__getitem__(k)


def _reads(n: int) -> int:
    """Reads of `attributed` for n quotes, none quoted again, each continuing a speaker."""
    quotes = [Quote(text=f"the harbour number {k} opens in the spring for boats", speaker="Dee") for k in range(n)]
    folds = [f"the harbour number {k} opens in the spring for boats" for k in range(n)]
    attributed = _CountingList([True] * n)
    _CountingList.reads = 0
    finder._quoted_again(quotes, folds, list(range(n)), attributed)
    return _CountingList.reads


def test_quotes_quoted_again_are_looked_for_in_linear_work() -> None:
    small, large = _reads(500), _reads(1000)
    # Quadratic work read 124,750 and 499,500 items: four times for twice the quotes.
    assert large <= 2.5 * max(small, 1)


def test_a_lede_quoting_ahead_of_its_source_is_that_speakers() -> None:
    paras = [
        "Ola Berg has fished out of Vik for forty years.",
        "“The nets came up empty three mornings in a row this week.”",
        "That was the week the trawler fleet of Vik stayed in port, and the fish market shut early.",
        "Harbour master Lena Strand spoke at the quay on Friday.",
        "“It was hard: the nets came up empty three mornings in a row this week,” Strand said.",
    ]
    found = find_quotes(paras)
    assert [q.speaker for q in found] == ["Lena Strand", "Lena Strand"]  # not Berg, the latest named


def test_words_held_only_in_part_by_a_later_quote_keep_their_speaker() -> None:
    paras = [
        "Ola Berg has fished out of Vik for forty years.",
        "“The nets came up empty three mornings in a row this week.”",
        "That was the week the trawler fleet of Vik stayed in port, and the fish market shut early.",
        "Harbour master Lena Strand spoke at the quay on Friday.",
        "“The nets came up empty three mornings, then full on the fourth,” Strand said.",
    ]
    found = find_quotes(paras)
    assert [q.speaker for q in found] == ["Ola Berg", "Lena Strand"]
