"""Review of version 21's quote spans: a title closing its sentence with the full stop
inside the marks stays a title after a verb that takes a work as its object ("sang",
"wrote"); only a reporting verb set off by a comma or colon makes such words speech."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_song_title_sung_with_the_stop_inside_the_marks_is_a_title() -> None:
    paragraph = "At the memorial, the harbour choir sang “Lanterns Over Norvik.” Then the boats went out."
    assert _texts([paragraph]) == []


def test_a_book_title_somebody_wrote_with_the_stop_inside_the_marks_is_a_title() -> None:
    paragraph = "Years before she ran for mayor, Tessa Lund wrote “The Salt Road Home.” It sold poorly."
    assert _texts([paragraph]) == []


def test_title_case_words_after_a_reporting_verb_and_a_comma_stay_speech() -> None:
    chant = "Outside the depot the drivers chanted, “Keep Norvik Moving.” The buses stayed put."
    assert _texts([chant]) == ["Keep Norvik Moving."]
    cry = "Tessa Lund walked on stage and declared “What a Night for Norvik!” to loud cheers."
    assert _texts([cry]) == ["What a Night for Norvik!"]
