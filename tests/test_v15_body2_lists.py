"""Version 15 (body, round two): lists of the author's picks that link a lot (pages written for the tests).

A guide lists its picks as sentences linking every name they give, or as facts under labels of
their own ('Official site: <link>'); a related-stories list is linked headlines, alone or after
one repeated label. The first kind is the story's text, the second stays furniture.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the orchard on the south slope gave {k} crates of pears this autumn, "
    "and the pickers finished a week early because the frost held off until the last days of October."
)


def _page(inside: str) -> str:
    return (
        "<html><head><title>Pears from the south slope</title></head><body><main><article>"
        "<h1>Pears from the south slope</h1>"
        f"<div class='story-body'>{numbered_paragraphs(_SENTENCE, 4)}{inside}"
        f"{numbered_paragraphs(_SENTENCE, 3, first=4)}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def test_sentences_that_link_each_name_they_give_stay() -> None:
    # General pattern: each pick is a sentence of the author's naming several linked places;
    # most of the list's text is link text, and it was dropped as a link list.
    picks = (
        "<ul><li>This farm is on my lists of the <a href='/a'>best cider orchards in the valley</a>, "
        "the <a href='/b'>oldest pear trees of the county</a> and <a href='/c'>farms that welcome pickers</a>.</li>"
        "<li>Read my visit to the packing shed <a href='/d'>here</a>.</li></ul>"
    )
    text = body_text(_page(picks))
    assert "This farm is on my lists of the best cider orchards in the valley" in text
    assert "Read my visit to the packing shed here." in text
    assert "Paragraph 6:" in text


def test_facts_under_labels_of_their_own_stay() -> None:
    # General pattern: a fact box of the story, each item a different label and a linked value.
    facts = (
        "<ul><li><strong>Farm shop</strong>: <a href='https://shop.example/pears'>Slope Pears Direct</a></li>"
        "<li><strong>Best for families</strong>: <a href='https://visit.example/'>The South Slope Orchard Day</a></li>"
        "<li><strong>Nearest station</strong>: <a href='https://rail.example/'>Lower Valley Halt</a></li></ul>"
    )
    text = body_text(_page(facts))
    assert "Slope Pears Direct" in text
    assert "Lower Valley Halt" in text


def test_related_headlines_after_one_repeated_label_still_go() -> None:
    # Related stories: a linked headline after the same label each time, ending inside its link.
    related = (
        "<ul>"
        + "".join(
            f"<li><strong>Read more:</strong> <a href='/s{n}'>Another orchard story {n} from the archive</a></li>"
            for n in range(4)
        )
        + "</ul>"
    )
    text = body_text(_page(related))
    assert "Another orchard story" not in text
    assert "Paragraph 6:" in text


def test_linked_headlines_with_a_summary_still_go() -> None:
    # A teaser list whose items open with the linked headline and add a sentence is still a link list.
    related = (
        "<ul>"
        + "".join(
            f"<li><a href='/t{n}'>Harvest festival number {n} draws the whole valley to the square</a>. Photos.</li>"
            for n in range(3)
        )
        + "</ul>"
    )
    text = body_text(_page(related))
    assert "Harvest festival number" not in text
