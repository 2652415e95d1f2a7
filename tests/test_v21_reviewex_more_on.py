"""Review of version 21: 'More on …' still opens a list when nothing, or a colon, says it is a clause.

Version 21 made the English 'More on/in/from …' opener (`furniture._CUT`) want a capitalised
topic after it, so that a subheading going on in lower case ('More on the way') no longer ends
the story. But English writes topics in lower case ('More on climate change:', 'More on
housing:'), and an opener may stand alone ('More from', 'Also in:'); those lists of other
stories stayed under the story. Blocks written for the tests.
"""

from __future__ import annotations

import pytest

from newstui.extract.furniture import cut_tail
from newstui.extract.walk import Block

_PARAGRAPH = (
    "The regional bank raised its outlook for the coming year on Thursday, pointing to strong orders "
    "at the shipyards and a quicker recovery in the tourist trade than it had expected in spring."
)


def _story_with(subheading: str) -> list[str]:
    blocks = [Block("p", _PARAGRAPH) for _ in range(4)]
    blocks += [Block("heading", subheading), Block("p", _PARAGRAPH.replace("Thursday", "Friday"))]
    return [block.text for block in cut_tail(blocks)]


@pytest.mark.parametrize("opener", ["More on climate change:", "More on housing:", "More from", "Also in:"])
def test_an_opener_with_a_lower_case_topic_and_a_colon_or_none_ends_the_story(opener: str) -> None:
    assert opener not in _story_with(opener)


@pytest.mark.parametrize("subheading", ["More on the way", "More in store for the harbour"])
def test_a_subheading_going_on_in_lower_case_is_still_kept(subheading: str) -> None:
    assert subheading in _story_with(subheading)
