"""Version 15 body rules for the choice of the story's container (pages written for the tests)."""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the river ferry carried {k} more passengers across the estuary in the first week of the timetable "
    "that the county introduced after the old bridge was closed for repairs to its piers and its deck, "
    "and the operators say the early crossings are the busiest they have run since the service began."
)
_CAPTION = "Slide {n}: morning, mist, gulls, the quay, the ramp, the crew, the ropes, the bell, the tide, the far bank"


def _page(slides: int = 6, inside_main: bool = False) -> str:
    show = (
        "<div class='carousel-wrap'><div class='slides'>"
        + "".join(f"<p>{_CAPTION.format(n=n)}</p>" for n in range(slides))
        + "</div></div>"
    )
    story = f"<div class='copy'>{numbered_paragraphs(_SENTENCE, 8, offset=2)}</div>"
    main = f"<main>{show}{story}</main>" if inside_main else f"{show}<main>{story}</main>"
    return (
        "<html><head><title>Ferry takes the bridge traffic</title></head><body>"
        f"<h1>Ferry takes the bridge traffic</h1>{main}</body></html>"
    )


def test_a_block_outside_main_does_not_take_the_story_from_it() -> None:
    # General pattern: a slideshow's comma-laden captions outside the page's <main>
    # outscored the story inside it; <main> holds more prose, so the story is there.
    text = body_text(_page())
    assert "Paragraph 0:" in text
    assert "Paragraph 7:" in text
    assert "Slide 3" not in text


def test_main_with_less_prose_than_the_winner_outside_it_does_not_win() -> None:
    # A <main> holding a stub (a short notice) leaves a longer story outside it alone.
    stub = "<main><p>Timetables are printed at the quay office and posted at every landing stage.</p></main>"
    page = (
        _page()
        .replace("<main><div class='copy'>", "<div class='story'><div class='copy'>")
        .replace("</div></main>", "</div></div>" + stub)
    )
    text = body_text(page)
    assert "Paragraph 7:" in text
