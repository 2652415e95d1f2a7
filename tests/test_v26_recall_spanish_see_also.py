"""Version 26 (precision): a Spanish-language 'see also' line between the story's paragraphs goes.

Papers in Spanish set another story's linked headline between paragraphs behind a label:
'VEA TAMBIÉN: …', 'PUEDES VER: …', 'Te puede interesar: …', 'No te pierdas: …'. The English,
German, French, Portuguese and Italian labels were read as such lines; these stayed as
paragraphs of the story. A sentence that opens with the same words and no colon is the story's.
(Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article


def _paragraphs(middle: str) -> list[str]:
    html = (
        "<html><head><title>El puerto abre un muelle nuevo</title></head><body>"
        "<div class='nav'><a href='/'>Inicio</a> <a href='/costa'>Costa</a></div>"
        "<div class='main'><h1>El puerto abre un muelle nuevo</h1><div class='body'>"
        "<p>El puerto de la bahía abrió el lunes un muelle para barcos de pesca, después de tres años "
        "de obras que cerraron la mitad del paseo marítimo a los vecinos.</p>"
        "<p>La alcaldesa, Inés Morala, dijo que el muelle permitirá descargar el pescado de noche y "
        "llevarlo al mercado antes de que abra, como se hacía hace cuarenta años.</p>"
        f"{middle}"
        "<p>Los pescadores pidieron que el antiguo faro se abra como museo, con las redes y los libros "
        "de registro que sus abuelos guardaron en la lonja durante generaciones.</p>"
        "</div></div><div class='side'><p><a href='/otras'>Otras noticias</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [p for s in article.sections for p in s.paragraphs]


@pytest.mark.parametrize("label", ["VEA TAMBIÉN:", "PUEDES VER:", "Te puede interesar:", "No te pierdas:"])
def test_a_see_also_line_goes(label: str) -> None:
    paragraphs = _paragraphs(
        f"<p><strong>{label}&nbsp;<a href='/costa/faro-de-la-isla-vuelve-a-brillar'>"
        "El faro de la isla vuelve a brillar después de once años apagado</a></strong></p>"
    )
    assert not any("faro de la isla" in p for p in paragraphs), paragraphs
    assert any("antiguo faro se abra como museo" in p for p in paragraphs)


def test_a_sentence_opening_with_the_same_words_stays() -> None:
    line = "<p>Puedes ver el muelle desde el paseo marítimo, donde el ayuntamiento ha puesto bancos nuevos.</p>"
    paragraphs = _paragraphs(line)
    assert any(p.startswith("Puedes ver el muelle") for p in paragraphs)
