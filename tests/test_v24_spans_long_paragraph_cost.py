"""A paragraph of thousands of quotes: per quote, the finder asked for the name ending at
an offset by reading every name of the paragraph (`ArticleReading.mention_ending`), and
scanned the whole paragraph for a NUL to know whether its words were read one character
for one (`finder._printed_parts`): quadratic in the quotes of one paragraph. The names
are now read once into a look-up by their ends, and each paragraph's reading once. The
tests count the names read and the paragraphs' characters scanned. Invented text."""

from __future__ import annotations

from collections.abc import Iterator

from newstui.extract.names import Mention
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.reading import ArticleReading
from newstui.extract.quotes.spans import find_spans


class _CountingMentions(list[Mention]):
    """A paragraph's names, counting the names read from it."""

    reads = 0

    def __iter__(self) -> Iterator[Mention]:
        for mention in super().__iter__():
            _CountingMentions.reads += 1
            yield mention


def _names_read(n: int) -> int:
    paragraph = " ".join(f"Boat {k} went out with Ola Berg{k} and Jo Lund{k} aboard." for k in range(n))
    _, masks = find_spans([paragraph])
    reading = ArticleReading([paragraph], masks, None)
    mentions = reading.paras[0].mentions
    assert len(mentions) >= n
    reading.paras[0].mentions = _CountingMentions(mentions)
    _CountingMentions.reads = 0
    for mention in mentions:
        assert reading.mention_ending(0, mention.end) is mention
    return _CountingMentions.reads


def test_the_name_ending_at_an_offset_is_found_in_linear_work() -> None:
    small, large = _names_read(200), _names_read(400)
    assert large <= 2.5 * max(small, 1)


class _CountingStr(str):
    """A paragraph counting the characters `in` scans of it."""

    scanned = 0

    def __contains__(self, key: object) -> bool:
        _CountingStr.scanned += len(self)
        return super().__contains__(key)  # type: ignore[operator]


def _scanned(n: int) -> int:
    paragraph = " ".join(f"“The boats came back on day {k} of the storm,” Ola Berg said." for k in range(n))
    _CountingStr.scanned = 0
    found = find_quotes(["Ola Berg runs the harbour.", _CountingStr(paragraph)])
    assert len(found) == n
    return _CountingStr.scanned


def test_a_paragraph_of_many_quotes_is_scanned_for_its_reading_once() -> None:
    small, large = _scanned(100), _scanned(200)
    assert large <= 2.5 * max(small, 1)
