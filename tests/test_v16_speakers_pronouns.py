"""He/she referents the finder used to get wrong (version 16). Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _speakers(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(paragraphs)]


def test_a_plural_talk_noun_opening_the_sentence_is_no_speech_verb() -> None:
    # "In posts to the … community": "posts" is a noun after "In" as after "in"; read as a
    # verb it made the forum's name a speaker, which then took the he.
    paragraphs = [
        "In posts to the Harbour forum community, Ken Obi pitched the plan as good for everyone.",
        "“We will all gain from this if we stick together,” he continued.",
    ]
    assert _speakers(paragraphs) == [("Ken Obi", "We will all gain from this if we stick together")]
