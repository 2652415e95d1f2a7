"""Version 15 body rules for lists inside the story (pages written for the tests).

A list with few links is the story's own even when it scores below zero: a photo essay
set as one-item lists of captions, pros and cons in paragraphs with a linked word.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the lighthouse keepers on the north cape logged {k} storms this winter, "
    "and the relief boat reached the rock only when the swell dropped below two metres."
)


def _page(inside: str) -> str:
    return (
        "<html><head><title>Keepers of the north cape</title></head><body><main><article>"
        "<h1>Keepers of the north cape</h1>"
        f"<div class='story-body'>{numbered_paragraphs(_SENTENCE, 4, offset=3)}{inside}"
        f"{numbered_paragraphs(_SENTENCE, 3, first=4, offset=3)}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def test_one_item_caption_lists_of_a_photo_essay_stay() -> None:
    # General pattern: a photo essay sets each picture and its caption as a one-item list;
    # the caption has no full stop and the list scored below zero.
    captions = [
        "The keeper's logbook open on the desk of the watch room, the entries written in pencil",
        "Supplies hauled up the landing stage by the crane that the keepers rebuilt in the autumn",
    ]
    essay = "".join(f"<ul><li><img src='/p{n}.jpg' alt=''><p>{c}</p></li></ul>" for n, c in enumerate(captions))
    text = body_text(_page(essay))
    for caption in captions:
        assert caption in text
    assert "Paragraph 6:" in text


def test_pros_and_cons_with_a_linked_word_stay() -> None:
    # General pattern: short points set in paragraphs inside list items, one of them
    # linking a word; neither sentences nor free of links, the list was dropped.
    points = (
        "<ul><li><p>Solar panels on the <a href='/gear'>lamp room</a> roof</p></li>"
        "<li><p>A second radio mast for the winter months</p></li></ul>"
    )
    text = body_text(_page(points))
    assert "A second radio mast for the winter months" in text
    assert "Solar panels on the lamp room roof" in text


def test_a_list_of_links_between_the_paragraphs_still_goes() -> None:
    # Related stories set as a list are mostly link text: still furniture.
    related = (
        "<ul>"
        + "".join(
            f"<li><p><a href='/s{n}'>Another cape story number {n} from the archive</a></p></li>" for n in range(4)
        )
        + "</ul>"
    )
    text = body_text(_page(related))
    assert "Another cape story" not in text
    assert "Paragraph 6:" in text
