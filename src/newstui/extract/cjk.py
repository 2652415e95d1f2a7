"""Chinese and Japanese text: no spaces between words, denser than Latin text.

Length and word-count thresholds elsewhere are written for text like this
sentence: about six characters a word, words split by spaces. Chinese and
Japanese write a word in one to three characters with no space after it, so
a 30-character sentence counts as one "word" and looks like a short label.
These helpers count a Han or kana character as `DENSE_WEIGHT` Latin
characters and about half a word. Korean (Hangul) separates words by spaces
and is counted as it is.
"""

from __future__ import annotations

import re

DENSE_WEIGHT = 3
"""Latin characters one Han or kana character stands for in length thresholds."""

_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
SENTENCE_STOPS = "。！？．"
"""Full stops of Chinese and Japanese text (ideographic and full-width)."""
CLOSERS = "」』）】〕"
"""Full-width closing brackets and quote marks that may follow a stop."""
COMMAS = "，、"
"""The full-width comma and the ideographic (enumeration) comma."""


def dense_chars(text: str) -> int:
    """How many Han and kana characters `text` holds (0 for ASCII, without a scan)."""
    return 0 if text.isascii() else len(_DENSE.findall(text))


def weighted_len(text: str) -> int:
    """len(text), each Han or kana character counted as DENSE_WEIGHT characters."""
    return len(text) + (DENSE_WEIGHT - 1) * dense_chars(text)


def word_count(text: str) -> int:
    """Space-separated words, plus one word per two Han or kana characters."""
    return len(text.split()) + dense_chars(text) // 2


def clause_count(text: str) -> int:
    """Comma-separated clauses: ASCII commas and the Chinese/Japanese commas."""
    if text.isascii():
        return text.count(",") + 1
    return text.count(",") + sum(text.count(c) for c in COMMAS) + 1
