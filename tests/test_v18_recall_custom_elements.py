"""Version 18 (recall): story text held in custom elements (web components) becomes paragraphs.

Pages built from web components set each paragraph in an element of the site's own
('<story-paragraph>', '<x-text-block>') inside a custom container, with no <p> or <div>
around the text. Nothing there was a paragraph, so nothing of the story voted and the
page had no article, or a box of offers won (pages written for the tests).
"""

from __future__ import annotations

from extract_helpers import body_text

_RUNS = (
    "The valley railway will run steam trains again on summer weekends, its trust said on Monday.",
    "Volunteers have spent three winters rebuilding the old tank engine in the shed at the top station.",
    "Tickets go on sale next month, and the first train is due to leave the lower station in early June.",
    "The trust hopes the trains will bring visitors back to the villages along the line after a quiet year.",
    "A timetable, with fares for families and for groups, will be posted at both stations in the spring.",
)
_OFFERS = "".join(
    f"<p><a href='/offers/{n}'>Offer {n}: two nights by the lake with dinner and parking</a>, from a modest price.</p>"
    for n in range(4)
)


def _page(story: str) -> str:
    return (
        "<html><head><title>Steam returns to the valley</title></head><body>"
        f"<h1>Steam returns to the valley</h1>{story}<div class='offers'>{_OFFERS}</div></body></html>"
    )


def test_paragraphs_in_custom_elements_are_the_story() -> None:
    story = "<story-body>" + "".join(f"<story-paragraph>{run}</story-paragraph>" for run in _RUNS) + "</story-body>"
    text = body_text(_page(story))
    assert text.startswith("The valley railway will run steam trains again")
    assert "A timetable, with fares for families" in text
    assert "Offer 2:" not in text


def test_a_custom_element_inside_a_sentence_stays_inline() -> None:
    # A custom element inside a paragraph (a formula, a relative date) is a word of its sentence.
    story = (
        "<div class='story'>"
        + "".join(f"<p>{run}</p>" for run in _RUNS[:3])
        + "<p>The fare will be <fare-price>twelve pounds</fare-price> for adults and half that for children.</p>"
        + "</div>"
    )
    text = body_text(_page(story))
    assert "The fare will be twelve pounds for adults and half that for children." in text
