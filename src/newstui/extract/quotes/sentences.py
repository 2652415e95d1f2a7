"""Paragraphs as the quote finder sees them: quotes masked, sentence starts, name mentions."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from newstui.extract.names import Mention
from newstui.extract.quotes.vocabulary import FULL_STOP_ABBREV, MASK, SENTENCE_END, WORDS


def sentence_starts(masked: str) -> list[int]:
    starts = [len(masked) - len(masked.lstrip())]
    for m in SENTENCE_END.finditer(masked):
        before = masked[max(0, m.start() - 12) : m.start() + 1]
        if masked[m.start()] == "." and FULL_STOP_ABBREV.search(before):
            continue
        nxt = masked[m.end() : m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in MASK + "“\"‘'(«„"):
            starts.append(m.end())
    return starts


@dataclass(slots=True)
class Para:
    text: str
    masked: str
    starts: list[int]
    mentions: list[Mention]
    sentence_base: int
    """Global index of this paragraph's first sentence."""

    def sentence_of(self, pos: int) -> int:
        """Global index of the sentence holding offset `pos`."""
        return self.sentence_base + max(0, bisect_right(self.starts, pos) - 1)

    def sentence_start(self, pos: int) -> int:
        k = bisect_right(self.starts, pos) - 1
        return self.starts[k] if k >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        k = bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else len(self.masked)


class LowerWords:
    """The article's lower-case words, collected on first use (many articles never ask)."""

    __slots__ = ("_paragraphs", "_words")

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            found: set[str] = set()
            for text in self._paragraphs:
                found.update(WORDS.findall(text))
            self._words = {w for w in found if w.islower()}
        return word in self._words


def tail_start(text: str, chunks: int) -> int:
    """Offset of the whitespace before the last `chunks` whitespace-separated chunks of
    `text` (0 when it has fewer): an end-anchored pattern spanning at most `chunks - 1`
    gaps cannot start before it, so searching from there finds the same match."""
    parts = text.rsplit(None, chunks)
    return len(parts[0]) if len(parts) > chunks else 0
