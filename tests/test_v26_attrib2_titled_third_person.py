"""Version 26: a quote whose tail's he/she resolves to a man or woman the quote itself
calls by title and surname ("whether Senator Benning's message …") is not that
person's: it goes to the earlier speaker of that gender named by name (the campaign
manager who spoke just before). "Mrs. Benning" in Carl Benning's words is somebody
else, so he keeps those. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_BEFORE = [
    "Carl Benning won the county by nine points on Tuesday.",
    "His campaign manager, Owen Pryce, said Benning believes the radio ads in the valley will pay off in the "
    "coming weeks. He should also get a boost from the win, Benning said.",
]


def test_titled_surname_in_the_quote_is_somebody_else() -> None:
    paragraphs = [
        *_BEFORE,
        "“For many voters there was a question whether Senator Benning's message could go toe to toe with the "
        "big county machines, and I think he proved that we could,” he said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Owen Pryce")]


def test_a_title_of_the_other_gender_is_his_wife() -> None:
    paragraphs = [
        *_BEFORE,
        "“I could never have won the county without Mrs. Benning and the long nights she spent on the phone "
        "with voters,” he said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Carl Benning")]
