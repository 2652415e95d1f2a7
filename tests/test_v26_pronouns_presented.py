"""A short sentence that only presents a person ("Just look at Senator Ann Roe.", "Take Tom
Crane, for example.", "Then there's Axelrod.") brings them in as the topic of what
follows: a he/she in the next sentences is them, not the speaker quoted before nor the
profile's subject, though the name is an object in form. All text is invented for these
tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

_HEADLINE = "The one policy Governor Dale Pruitt seems to understand"
_OPENING = [
    "Governor Dale Pruitt has at least grasped that cheap loans keep the state's farms afloat.",
    "“Nobody in this office wants dearer money,” Pruitt said on Tuesday.",
]
_AFTER = (
    " He has said he takes his ideas about money from an old novel. In 2019, he warned the central bank "
    "against buying bonds, because he thought it “risks a bubble in every barn in the county.”"
)


@pytest.mark.parametrize(
    "presenting",
    [
        "Just look at House Speaker Owen Marsh.",
        "Take House Speaker Owen Marsh, for example.",
        "Then there's House Speaker Owen Marsh.",
        "Consider Owen Marsh, the speaker of the House.",
    ],
)
def test_a_presented_person_takes_the_next_he(presenting: str) -> None:
    paras = [*_OPENING, f"That is more than can be said for other members of his party. {presenting}{_AFTER}"]
    assert [q.speaker for q in find_quotes(paras, headline=_HEADLINE)] == ["Dale Pruitt", "Owen Marsh"]
