"""Version 25 (recall): an ad slot's label in the press's other languages is furniture, not story text.

Templates leave a one-word label where an ad's script was ('Anzeige', 'Publicité', 'Publicidad',
'Advertentie', 'Reklama', 'Annons', 'Mainos'), often set apart by dashes ('- Anzeige -'). Only the
English 'Advertisement' was read as a label; in other languages the word stayed as a paragraph of
the story, a slot between two containers of the story did not tell the edge scan that the story
goes on, and a box of paid links under such a label read as the story's text. (Pages written for
the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_OPENING = (
    "<p>The lighthouse on the northern cape was switched back on at dusk on Friday, eleven years "
    "after its lamp was taken down for repairs that were never finished.</p>"
    "<p>A group of retired fishermen raised the money for a new lamp by selling smoked mackerel at "
    "the Saturday market, one tray at a time, for the best part of four winters.</p>"
)
_CLOSING = (
    "<p>The coastguard says the light will be checked once a month by volunteers, who have been "
    "trained to climb the tower and clean the lens in every kind of weather.</p>"
    "<p>The fishermen plan to open the keeper's cottage as a small museum next summer, with the old "
    "lamp in the front room and the logbooks of every keeper since the first.</p>"
)


def _paragraphs(middle: str, *, split: bool = False) -> tuple[list[str | None], list[str]]:
    story = (
        f"<div class='body'>{_OPENING}</div>{middle}<div class='more'>{_CLOSING}</div>"
        if split
        else f"<div class='body'>{_OPENING}{middle}{_CLOSING}</div>"
    )
    html = (
        "<html><head><title>Cape light shines again</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/coast'>Coast</a></div>"
        f"<div class='main'><h1>Cape light shines again</h1>{story}</div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [s.heading for s in article.sections], [p for s in article.sections for p in s.paragraphs]


@pytest.mark.parametrize(
    "label",
    ["Anzeige", "Publicité", "Publicidad", "Advertentie", "Pubblicità", "Reklama", "Annons", "Mainos", "PUBLICIDADE"],
)
def test_a_slot_label_in_another_language_is_no_paragraph(label: str) -> None:
    headings, paragraphs = _paragraphs(f"<p>{label}</p>")
    assert label not in paragraphs
    assert any("smoked mackerel" in p for p in paragraphs) and any("logbooks" in p for p in paragraphs)


@pytest.mark.parametrize("label", ["- Anzeige -", "[Publicité]", "— Publicidad —", "· Advertentie ·"])
def test_a_slot_label_set_apart_by_marks_is_no_paragraph(label: str) -> None:
    headings, paragraphs = _paragraphs(f"<p>{label}</p>")
    assert not any(label.strip("-—[]· ") in p for p in paragraphs)
    assert len(paragraphs) == 4


@pytest.mark.parametrize("label", ["Mainos", "Publicidade", "Annonse"])
def test_the_story_goes_on_past_a_slot_between_its_containers(label: str) -> None:
    headings, paragraphs = _paragraphs(f"<div class='slot'><span>{label}</span></div>", split=True)
    assert label not in paragraphs
    assert any("logbooks" in p for p in paragraphs)


def test_a_box_of_paid_links_under_a_foreign_label_goes_whole() -> None:
    headings, paragraphs = _paragraphs(
        "<p>Publicité</p>"
        '<p><a href="http://ads.example/a">Croisières en promotion</a> Réservez avant dimanche</p>'
        '<p><a href="http://ads.example/b">Assurance auto pas chère</a> Devis en deux minutes</p>'
    )
    text = " ".join(paragraphs)
    assert "Croisières" not in text and "Assurance" not in text
    assert "smoked mackerel" in text and "logbooks" in text


def test_the_word_inside_a_sentence_stays() -> None:
    headings, paragraphs = _paragraphs(
        "<p>Reklama for the fund was painted on the side of the harbour wall, and the word stayed there.</p>"
        "<p>Anzeige, the German for notice, was pinned up at the tourist office too.</p>"
    )
    assert any(p.startswith("Reklama for the fund") for p in paragraphs)
    assert any(p.startswith("Anzeige, the German") for p in paragraphs)


def test_a_plural_heading_over_a_section_stays() -> None:
    section = "".join(
        f"<p>{n}. The fund printed posters for the fishermen's market, and the harbour shops hung them in "
        "their windows for free, which brought in more buyers than any paper ever did.</p>"
        for n in range(1, 5)
    )
    headings, paragraphs = _paragraphs(f"<h2>Anzeigen</h2>{section}")
    assert "Anzeigen" in headings
    assert sum("posters" in p for p in paragraphs) == 4
