"""Review of v26's presented-person rule (`_presented`): a short sentence presents a person
("Consider Sam Poe, for instance.", "Take the case of Sam Poe.", "Meet Owen Marsh, 52, the
speaker of the House."), and a he/she after it is them, an age and a role apposed both. A
name after a preposition in an existential sentence ("There was anger at Sam Poe.", "There
is a statue of Sam Poe.") is the object of a phrase about something else: the speaker
quoted before keeps the he/she. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


def _last_speaker(sentence: str) -> str | None:
    paras = [
        "“We lost everything in the flood,” Tom Hale said on Monday.",
        sentence,
        "“The ovens will never work again,” he said.",
    ]
    return [q.speaker for q in find_quotes(paras)][-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "There was anger at Sam Poe.",
        "There is little love for Sam Poe.",
        "There is a statue of Sam Poe.",
        "Then there's the matter of Sam Poe.",
    ],
)
def test_a_name_after_a_preposition_is_not_presented(sentence: str) -> None:
    assert _last_speaker(sentence) == "Tom Hale"


@pytest.mark.parametrize(
    "sentence",
    ["Consider Sam Poe, for instance.", "Take the case of Sam Poe.", "Then there's former baker Sam Poe."],
)
def test_a_presented_person_takes_the_he(sentence: str) -> None:
    assert _last_speaker(sentence) == "Sam Poe"


@pytest.mark.parametrize(
    "presenting",
    [
        "Consider Owen Marsh, 52, the speaker of the House.",
        "Take Owen Marsh, 52, the speaker of the House, for example.",
    ],
)
def test_a_person_presented_with_age_and_role_takes_the_he_from_the_profiles_subject(presenting: str) -> None:
    paras = [
        "Governor Dale Pruitt has at least grasped that cheap loans keep the state's farms afloat.",
        "“Nobody in this office wants dearer money,” Pruitt said on Tuesday.",
        f"That is more than can be said for other members of his party. {presenting} He has said he "
        "takes his ideas about money from an old novel, because he thought it “risks a bubble in every barn.”",
    ]
    found = find_quotes(paras, headline="The one policy Governor Dale Pruitt seems to understand")
    assert [q.speaker for q in found] == ["Dale Pruitt", "Owen Marsh"]
