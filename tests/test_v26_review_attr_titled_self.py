"""Review of version 26's _not_the_one_titled: a speaker may call herself or himself by
title and surname ("They keep saying Senator Quill has forgotten the valley, but here I
am again"); only words that go on to speak of the titled one as he or she ("… and I
think he proved it") tell that the speaker is somebody else. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("before", "title", "pronoun", "who"),
    [
        ("Ann Reyes", "Senator Quill", "she", "Mara Quill"),
        ("Tom Reyes", "Governor Quill", "he", "Sam Quill"),
    ],
)
def test_a_speaker_naming_herself_by_title_keeps_the_quote(before: str, title: str, pronoun: str, who: str) -> None:
    paragraphs = [
        f"{before}, who runs the rival campaign, said the trip had been a stunt from the start.",
        f"{title.split()[0]} {who} spoke at the harbour on Monday, and the crowd cheered loudly.",
        f"“They keep saying {title} has forgotten the valley, but here I am again,” {pronoun} said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, who)]


def test_words_that_speak_of_the_titled_one_as_he_are_somebody_elses() -> None:
    paragraphs = [
        "Tom Reyes, who runs the rival campaign, said the trip had been a stunt from the start.",
        "Governor Sam Quill spoke at the harbour on Monday, and the crowd cheered loudly.",
        "“They keep saying Governor Quill has forgotten the valley, but he came back again,” he said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(2, "Tom Reyes")]
