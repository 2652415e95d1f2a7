"""Version 19 (recall): paragraphs set as the bodies of a definition list (<dd>) are the story's.

Converters and old templates indent a story with <dl><dd> or set an interview as a list of
<dt> speakers and <dd> answers; the scorer counted only <p>, <td>, <pre> and <blockquote>
votes, so nothing of the story voted and a box of short paragraphs won (pages written for
the tests).
"""

from __future__ import annotations

from extract_helpers import body_text, story_beside_a_box

_ANSWERS = (
    "We started the bakery in a garage, with one oven that we had bought from a school kitchen",
    "The first winter was hard, and we sold bread from the window to anyone who walked past",
    "Now there are six of us, and we bake through the night so the shops have loaves by seven",
    "The hardest part is the flour price, which has doubled since we opened, and keeps rising",
    "We would like a second shop by the station, if the landlord agrees to a fair rent for it",
)
_BOX = (
    "Our office is open from nine, Monday to Friday.",
    "Letters to the editor, please, by post or by e-mail.",
    "Back issues cost a little more, and ship in a week.",
    "Prices include tax, and postage to any address.",
)

_LINKS = " ".join(f"<a href='/town/{n}'>Town page {n}</a>" for n in range(8))


def _page(story: str) -> str:
    return story_beside_a_box("Bread through the night", story, _BOX, before_box=f"<div id='links'>{_LINKS}</div>")


def test_an_interview_set_as_a_definition_list_is_the_story() -> None:
    story = "<dl>" + "".join(f"<dt>Baker:</dt><dd>{answer}.</dd>" for answer in _ANSWERS) + "</dl>"
    text = body_text(_page(story))
    assert "We started the bakery in a garage" in text
    assert "a second shop by the station" in text
    assert "Our office is open from nine" not in text


def test_an_opening_paragraph_and_indented_paragraphs_are_one_story() -> None:
    story = f"<p>{_ANSWERS[0]}.</p><dl>" + "".join(f"<dd>{answer}.</dd>" for answer in _ANSWERS[1:]) + "</dl>"
    text = body_text(_page(story))
    assert text.startswith("We started the bakery in a garage")
    assert "a second shop by the station" in text
    assert "Our office is open from nine" not in text
