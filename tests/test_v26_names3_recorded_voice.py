"""Version 26: a story about a recording put down to somebody ("an audio recording
attributed to Jo Dee", "a video purportedly from Jo Dee") calls its voice "the speaker":
the speaker is that person, not the latest name before (the channel that aired it, a
leader it mentions). Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers


@pytest.mark.parametrize(
    "intro",
    [
        "An audio recording attributed to Karim Valdane called on the miners to strike.",
        "A video purportedly from Karim Valdane called on the miners to strike.",
        "A message believed to be from Karim Valdane called on the miners to strike.",
    ],
)
def test_the_speaker_on_a_recording_is_the_one_it_is_attributed_to(intro: str) -> None:
    paras = [
        intro,
        "The tape was first aired by Harbour Radio on Friday and mentions Governor Lena Brandt.",
        "“The pits will stay shut until our wages are paid,” the speaker says.",
    ]
    assert speakers(paras) == ["Karim Valdane"]


def test_the_latest_recording_gives_the_speaker() -> None:
    paras = [
        "An audio recording attributed to Karim Valdane called on the miners to strike.",
        "A day later a video purportedly from Oskar Meint urged them back to work.",
        "Governor Lena Brandt said she had seen neither.",
        "“Go back down the pits tomorrow,” the speaker says.",
    ]
    assert speakers(paras) == ["Oskar Meint"]


def test_he_after_a_sentence_about_the_speaker_is_the_voice() -> None:
    paras = [
        "An audio recording attributed to Karim Valdane called on the miners to strike.",
        "The tape was first aired by Harbour Radio and mentions Governor Tomas Brandt.",
        "The speaker also repeats his old demand for a pay rise. He says the owners lied to the miners.",
        "“The pits will stay shut until our wages are paid.”",
    ]
    assert speakers(paras) == ["Karim Valdane"]


def test_he_after_a_sentence_about_somebody_else_is_left_alone() -> None:
    paras = [
        "An audio recording attributed to Karim Valdane called on the miners to strike.",
        "Governor Tomas Brandt repeats his old warning. He says “the pits will reopen on Monday whatever happens.”",
    ]
    assert speakers(paras) == ["Tomas Brandt"]
