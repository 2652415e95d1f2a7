"""Quotes in the marks other typographies use: German and Danish »…«, corner brackets
「…」 (『…』 inside stays part of the words), and marks a twice-escaped page leaves as
HTML character references (&quot;, &#8221;)."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import find_spans, read_marks


def _words(paragraphs: list[str]) -> list[str]:
    spans, _ = find_spans([read_marks(p) for p in paragraphs])
    return [" ".join(span.parts) for span in spans]


def test_german_chevrons_pointing_in_are_a_quote() -> None:
    paragraphs = [
        "Die Ministerin sagte: »Wir bauen bis Ende des Jahres drei neue Schulen in Norvik.« Dann ging sie.",
        "»Das ist ein ›guter‹ Plan«, sagte der Bürgermeister. Der »Plan« kostet viel.",
    ]
    assert _words(paragraphs) == [
        "Wir bauen bis Ende des Jahres drei neue Schulen in Norvik.",
        "Das ist ein ›guter‹ Plan",
        "Plan",
    ]


def test_french_chevrons_are_still_read_as_before() -> None:
    paragraphs = [
        "Le maire a déclaré : « Nous allons rouvrir la piscine en juin. » Puis il est parti.",
        "Le maire a déclaré\u00a0: «Nous allons rouvrir la piscine en juin.» Puis il est parti.",
    ]
    assert _words(paragraphs) == [
        " Nous allons rouvrir la piscine en juin. ",
        "Nous allons rouvrir la piscine en juin.",
    ]


def test_corner_brackets_are_a_quote_and_white_brackets_inside_stay_words() -> None:
    paragraph = "市長は「港を夏までに『新しい港』として再建する」と述べた。"
    assert _words([paragraph]) == ["港を夏までに『新しい港』として再建する"]


def test_marks_left_as_html_references_are_quote_marks() -> None:
    paragraphs = [
        "Tessa Lund said, &quot;We will rebuild the harbour before the winter,&quot; and left.",
        "&#8220;The boats will come back to Norvik,&#x201D; Pavel Orr said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == [
        "We will rebuild the harbour before the winter",
        "The boats will come back to Norvik",
    ]
    assert quotes[1].speaker == "Pavel Orr"


def test_an_ampersand_that_is_no_mark_reference_is_left_alone() -> None:
    assert read_marks("AT&T and R&D &amp;quot; &copy;") == "AT&T and R&D &amp;quot; &copy;"


def test_swedish_chevrons_pointing_one_way_close_on_the_second() -> None:
    paragraph = "»Vi ska bygga om hamnen innan sommaren», säger Eva Lind. »Ja.»"
    assert _words([paragraph]) == ["Vi ska bygga om hamnen innan sommaren", "Ja."]


def test_a_straight_close_ends_a_german_or_french_quote() -> None:
    paragraphs = [
        'Sie sagte: „Wir bauen drei neue Schulen in Norvik." Dann ging sie. „Bald.“',
        'Le maire a dit : «Nous allons rouvrir la piscine en juin." Puis il est parti.',
        'Er sagte: „Wir sahen das "große Bild" und gingen.“ Dann nichts.',
    ]
    assert _words(paragraphs) == [
        "Wir bauen drei neue Schulen in Norvik.",
        "Bald.",
        "Nous allons rouvrir la piscine en juin.",
        'Wir sahen das "große Bild" und gingen.',
    ]
