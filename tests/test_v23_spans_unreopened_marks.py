"""A quote left open at a paragraph's end goes on in the next paragraph when that one
opens with no mark and its first mark closes the quote, in every double-mark typography:
German „…“ and »…«, French «…», Swedish ”…”, as English “…” and "…" did."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans

CASES = [
    pytest.param(
        [
            "„Wir bauen den Hafen bis zum Sommer wieder auf, und die Boote kommen zurück.",
            "Die Stadt hat lange genug gewartet“, sagte Tessa Lund am Montag.",
        ],
        "Die Stadt hat lange genug gewartet",
        id="german-low-high",
    ),
    pytest.param(
        [
            "»Wir bauen den Hafen bis zum Sommer wieder auf, und die Boote kommen zurück.",
            "Die Stadt hat lange genug gewartet«, sagte Tessa Lund am Montag.",
        ],
        "Die Stadt hat lange genug gewartet",
        id="german-chevrons",
    ),
    pytest.param(
        [
            "« Nous reconstruirons le port avant l'été, et les bateaux reviendront à Norvik.",
            "La ville a assez attendu », a déclaré Tessa Lund lundi.",
        ],
        "La ville a assez attendu",
        id="french-spaced",
    ),
    pytest.param(
        [
            "«Nous reconstruirons le port avant l'été, et les bateaux reviendront à Norvik.",
            "La ville a assez attendu», a déclaré Tessa Lund lundi.",
        ],
        "La ville a assez attendu",
        id="french-tight",
    ),
    pytest.param(
        [
            "”Vi bygger upp hamnen före sommaren, och båtarna kommer tillbaka till Norvik.",
            "Staden har väntat länge nog”, sa Tessa Lund på måndagen.",
        ],
        "Staden har väntat länge nog",
        id="swedish",
    ),
]


@pytest.mark.parametrize(("paragraphs", "tail"), CASES)
def test_an_open_quote_goes_on_to_the_close_in_the_next_paragraph(paragraphs: list[str], tail: str) -> None:
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 1)]
    assert spans[0].parts[-1].rstrip(" ,\u00a0") == tail
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert quotes[0].text.endswith(tail)


def test_a_next_paragraph_whose_first_mark_opens_stays_apart() -> None:
    paragraphs = [
        "„Wir bauen den Hafen bis zum Sommer wieder auf, und die Boote kommen zurück.",
        "Der Bürgermeister sagte: „Die Stadt hat lange genug gewartet.“",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 0), (1, 1)]


def test_a_french_next_paragraph_opening_a_quote_stays_apart() -> None:
    paragraphs = [
        "« Nous reconstruirons le port avant l'été, et les bateaux reviendront à Norvik.",
        "Le maire a ajouté : « La ville a assez attendu », puis il est parti.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 0), (1, 1)]
