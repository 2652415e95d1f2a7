"""Titles in quote marks are no quotes: a show's name with a long short word ("… with
Jo Dee"), a title closing its sentence with the full stop inside the marks (American
style), and a cited headline in brackets; the
slogans and sentences said aloud stay quotes."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_shows_name_with_a_long_short_word_is_a_title() -> None:
    paragraph = (
        "On Sunday, Mayor Tessa Lund appeared on Radio Norvik’s “Mornings with Pavel Orr,” where she "
        "said “the tram line will open in spring, whatever the council decides.”"
    )
    assert _texts([paragraph]) == ["the tram line will open in spring, whatever the council decides."]


def test_a_title_closing_its_sentence_with_the_full_stop_inside_the_marks_is_a_title() -> None:
    paragraph = (
        "“We never planned to sell the farm,” Tessa Lund said on Norvik TV’s “Evenings with Pavel Orr.” "
        "“But the bank left us no choice.”"
    )
    assert _texts([paragraph]) == ["We never planned to sell the farm", "But the bank left us no choice."]
    memoir = (
        "Lund, who grew up on the farm, described the sale in her memoir, “Harvest of Salt.” "
        "She still visits the fields every autumn."
    )
    assert _texts([memoir]) == []


def test_a_title_with_a_year_in_it_is_a_title() -> None:
    paragraph = "Orr was the founder of “Fishermen for Lund 2014.” He gave the campaign its first office."
    assert _texts([paragraph]) == []


def test_a_headline_cited_in_brackets_is_a_title() -> None:
    paragraph = (
        "For once I agree with the council (\"Lund calls tram plan a 'fantasy' the city can't afford,\" "
        "Norvik Daily, Monday)."
    )
    assert _texts([paragraph]) == []


def test_a_slogan_said_aloud_and_a_title_case_sentence_alone_stay_quotes() -> None:
    chant = "The crowd outside the hall chanted, “Save Our Harbour.” Lund waved from the steps."
    assert _texts([chant]) == ["Save Our Harbour."]
    alone = "“Vote Lund Today.” The posters went up overnight, the campaign said."
    assert _texts([alone]) == ["Vote Lund Today."]
    sung = "At the end of the anthem, Ines Kovac added the words, “Tessa Lund.” The hall rose."
    assert _texts([sung]) == ["Tessa Lund."]
