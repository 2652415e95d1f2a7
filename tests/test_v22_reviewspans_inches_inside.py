"""A straight " right after a number inside a “…”, „…“ or «…» quote is inches (a 65"
screen, 6'2"), no close typed straight: the quote goes on to its own closing mark."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            '«Le nouvel écran de 65" est déjà épuisé dans toutes nos boutiques», a dit Pavel Orr.',
            'Le nouvel écran de 65" est déjà épuisé dans toutes nos boutiques',
        ),
        (
            '„Der neue 65"-Bildschirm ist in allen unseren Läden ausverkauft“, sagte Pavel Orr.',
            'Der neue 65"-Bildschirm ist in allen unseren Läden ausverkauft',
        ),
        (
            "“He is 6'2\" and faster than anyone in the league,” the coach Pavel Orr said.",
            "He is 6'2\" and faster than anyone in the league",
        ),
    ],
)
def test_an_inch_mark_inside_a_quote_does_not_close_it(paragraph: str, words: str) -> None:
    spans, _ = find_spans([paragraph])
    assert " ".join(spans[0].parts).rstrip(",") == words
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [(words, "Pavel Orr")]


def test_a_close_typed_straight_after_words_still_ends_the_quote() -> None:
    spans, _ = find_spans(['Sie sagte: „Wir bauen bis 2030 drei Schulen." Dann ging sie.'])
    assert spans[0].parts == ["Wir bauen bis 2030 drei Schulen."]
