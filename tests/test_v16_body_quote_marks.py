"""Version 16 (body): a sentence may end inside German or French quote marks (pages written for the tests).

German closes a quotation with “ („So ist es.“) or « (»So ist es.«), marks that open one in
English; a short closing line of dialogue ending so read as menu residue and was trimmed, and a
short bold quotation read as a subhead.
"""

from __future__ import annotations

from extract_helpers import numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "der Wanderweg am Fluss wurde nach {k} Wochen Bauzeit wieder freigegeben, "
    "und die Gemeinde stellte neue Bänke auf, damit niemand mehr auf den nassen Steinen sitzen muss."
)


def _article(tail: str) -> list[tuple[str | None, list[str]]]:
    html = (
        "<html><head><title>Der Weg am Fluss</title></head><body><article><h1>Der Weg am Fluss</h1>"
        f"<div class='entry-content'>{numbered_paragraphs(_SENTENCE, 5)}{tail}</div></article></body></html>"
    )
    return [(s.heading, s.paragraphs) for s in extract_article(html.encode()).sections]


def test_a_short_closing_line_in_german_quote_marks_stays() -> None:
    sections = _article("<p>„Gut.“</p>")
    assert sections[-1][1][-1] == "„Gut.“"


def test_a_short_closing_line_in_guillemets_stays() -> None:
    sections = _article("<p>»Na also.«</p>")
    assert sections[-1][1][-1] == "»Na also.«"


def test_a_bold_quotation_in_german_marks_is_no_subhead() -> None:
    quote = "Die Bürgermeisterin: „Wir sind froh.“"
    sections = _article(f"<p><strong>{quote}</strong></p><p>Paragraph 9: " + _SENTENCE.format(k=9) + "</p>")
    assert [heading for heading, _ in sections] == [None]
    assert quote in sections[0][1]
