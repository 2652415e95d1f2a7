"""Version 26: "found that" reports a study's or a pollster's words as "reported that"
does ('In 2014, Tidewell found that “…”'): the finder speaks. Before, such
a quote had no speaker. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_found_that_names_the_finder() -> None:
    paragraphs = [
        "Ferry fares are a hot topic with voters in the valley. “We want the old fares back,” Ida Marsh said.",
        "Fares are a very popular topic with older voters. In 2014, Tidewell found that “about "
        "twice as many older riders said it was more important to keep the fares low than to add new boats.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ida Marsh"), (1, "Tidewell")]
