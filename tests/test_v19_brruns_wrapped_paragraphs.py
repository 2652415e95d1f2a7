"""Version 19 (recall): a story whose every paragraph sits in wrappers of its own is found.

Page builders and block editors wrap each paragraph in blocks of its own
('<div class="block"><div class="inner"><p>…'). A paragraph's votes went to its parent and
grandparent, both wrappers of that one paragraph, so the container of the story got none and
a box of four short paragraphs elsewhere won (pages written for the tests).
"""

from __future__ import annotations

import pytest

from extract_helpers import body_text, story_beside_a_box

_LINES = [
    f"Step {n}: the orchard group pruned row {n} of the old apple trees this weekend, "
    "and the volunteers stacked the cut wood by the gate for the village bonfire"
    for n in range(20)
]
_BOX = (
    "Our shop is open from ten, Tuesday to Sunday, all year.",
    "Gift cards, in any amount, can be bought at the till.",
    "Groups of ten or more, please ring us a day ahead.",
    "Dogs on a lead are welcome in the garden, not inside.",
)
_LINKS = " ".join(f"<a href='/village/{n}'>Village page {n}</a>" for n in range(8))


def _page(story: str) -> str:
    return story_beside_a_box(
        "Pruning the orchard",
        f"<div class='blocks'>{story}</div>",
        _BOX,
        before_box=f"<div id='links'>{_LINKS}</div>",
    )


@pytest.mark.parametrize("depth", [2, 3])
def test_paragraphs_each_in_wrappers_of_their_own_are_the_story(depth: int) -> None:
    opened = "<div class='block'>" + "<div class='inner'>" * (depth - 1)
    closed = "</div>" * depth
    text = body_text(_page("".join(f"{opened}<p>{line}.</p>{closed}" for line in _LINES)))
    assert text.startswith("Step 0: the orchard group pruned row 0")
    assert "Step 19: the orchard group pruned row 19" in text
    assert "Our shop is open from ten" not in text
