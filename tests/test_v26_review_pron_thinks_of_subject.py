"""Review of v26's profile-subject rule (`_thinks_of_subject`): the person opening the
latest sentence takes its he/she from a profile's subject only when the subject is named
inside what that person thinks or says. A verb of thinking in a relative clause set off
after their name (", who wants a new road,") and a bare "that" ("that morning", "the barn
that Vane rented") are not their view: the subject, the main verb's object there, still
takes the he/she, as with "Tom Holt introduced Vane". A view they hold ("is sure that")
is. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_HEADLINE = "Owen Vane makes his case for the county board"
_OPENING = [
    "Owen Vane spent the week knocking on doors across the valley.",
    "“I have three minutes to make my pitch, and I mean to use every one of them,” Vane said at a diner in Elmsford.",
    "The county's rules keep most outside candidates off the stage, and the people at his events know it.",
]
_QUOTE = "“People are scared of throwing their votes away,” he said."


def _last_speaker(sentence: str) -> str | None:
    return [q.speaker for q in find_quotes([*_OPENING, sentence, _QUOTE], headline=_HEADLINE)][-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Local farmer Tom Holt, who wants a new road to his barn, introduced Vane at the Elmsford stop.",
        "Local farmer Tom Holt, who thought the rally a waste of a morning, drove Vane to the next stop anyway.",
        "Local farmer Tom Holt spent that morning introducing Vane to his neighbours.",
        "Local farmer Tom Holt owns the barn that Vane rented for the rally.",
        "Local farmer Tom Holt was sure to introduce Vane at every stop.",
    ],
)
def test_the_subject_as_the_main_verbs_object_still_speaks(sentence: str) -> None:
    assert _last_speaker(sentence) == "Owen Vane"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her father, Rob, who farms near Elmsford, doubted that many neighbours would pick Vane.",
        "Her father, Rob, 41, is sure that many neighbours will pick Vane.",
        "Her father, Rob, 41, was not convinced the neighbours would pick Vane.",
    ],
)
def test_the_person_opening_the_sentence_with_a_view_of_the_subject_speaks(sentence: str) -> None:
    assert _last_speaker(sentence) == "Rob"
