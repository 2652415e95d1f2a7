"""Review of v25 (recall), ad slot labels: a word that also names advertising keeps its heading.

In Polish, Czech, Russian, the Nordic languages, French, Spanish, Italian and Portuguese the ad
slot's label ('Reklama', 'Reklame', 'Publicité', 'Publicidad') is also the word for advertising
itself, as 'Werbung' is in German; a story about the trade titles a section with it. A paragraph
of the word alone is still the slot's label; a heading of it stays over its section, an item of it
stays in its list, and a one-word answer in an interview ('— Reklama.') stays. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_INTRO = (
    "<p>Agencja z Krakowa prowadzi kampanie dla trzech sieci sklepów i zatrudnia czterdzieści osób, "
    "które pracują w dwóch biurach na starym mieście.</p>"
)
_SECTION = (
    "<p>Najwięcej pieniędzy firma zarabia na kampaniach w telewizji, które przygotowuje dla sieci "
    "sklepów spożywczych od ponad dziesięciu lat.</p>"
)
_INTERVIEW = (
    "<p>— Co przynosi najwięcej pieniędzy?</p><p>— {word}.</p><p>— A internet?</p>"
    "<p>— Coraz więcej, ale telewizja nadal prowadzi, bo ludzie wciąż oglądają wieczorne wydania.</p>"
)


def _read(middle: str) -> tuple[list[str | None], list[str]]:
    html = (
        "<html><head><title>Agencja</title></head><body><div class='nav'><a href='/'>Start</a></div>"
        f"<article><h1>Agencja z Krakowa</h1>{_INTRO}{middle}</article></body></html>"
    )
    article = extract_article(html.encode())
    return [s.heading for s in article.sections], [p for s in article.sections for p in s.paragraphs]


@pytest.mark.parametrize("word", ["Reklama", "Reklame", "Publicité", "Publicidad", "Реклама"])
def test_a_section_titled_with_the_word_for_advertising_keeps_its_heading(word: str) -> None:
    headings, paragraphs = _read(f"<h2>{word}</h2>{_SECTION}")
    assert word in headings
    assert any(p.startswith("Najwięcej") for p in paragraphs)


@pytest.mark.parametrize("word", ["Reklama", "Publicité"])
def test_the_word_alone_as_a_paragraph_is_still_a_label(word: str) -> None:
    headings, paragraphs = _read(f"<p>{word}</p>{_SECTION}")
    assert word not in paragraphs and word not in headings


@pytest.mark.parametrize("word", ["Anzeige", "Annons"])
def test_a_heading_of_a_word_for_one_ad_still_goes(word: str) -> None:
    headings, paragraphs = _read(f"<h3>{word}</h3>{_SECTION}")
    assert word not in headings and word not in paragraphs


def test_a_one_word_answer_in_an_interview_stays() -> None:
    headings, paragraphs = _read(_INTERVIEW.format(word="Reklama"))
    assert "— Reklama." in paragraphs


def test_the_word_as_an_item_of_a_list_of_trades_stays() -> None:
    trades = ["Druk", "Reklama", "Fotografia", "Strony internetowe"]
    headings, paragraphs = _read(
        "<p>Firma oferuje:</p><ul>" + "".join(f"<li>{t}</li>" for t in trades) + f"</ul>{_SECTION}"
    )
    assert all(trade in paragraphs for trade in trades)
