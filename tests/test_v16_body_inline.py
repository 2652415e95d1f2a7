"""Version 16 (body): inline tags named like furniture inside a paragraph (pages written for the tests).

The unlikely pass drops blocks whose class names page furniture (menus, comments, tweets); the
same words on a <span> or <a> inside a paragraph name a style or a script hook, and dropping the
tag cut the paragraph's words out of the story.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the ferry between the two islands ran {k} extra crossings this summer, "
    "and the harbour master said the queues at the slipway were the longest anyone remembered."
)


def _page(inside: str) -> str:
    return (
        "<html><head><title>A summer of ferries</title></head><body><article>"
        "<h1>A summer of ferries</h1>"
        f"<div class='article-text'>{numbered_paragraphs(_SENTENCE, 3)}{inside}"
        f"{numbered_paragraphs(_SENTENCE, 3, first=3)}</div></article>"
        "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div></body></html>"
    )


def test_a_span_named_for_a_menu_around_a_whole_paragraph_stays() -> None:
    # General pattern: an editor's style span ('contextmenu Quotation') around a paragraph's text.
    inside = (
        "<p class='contextmenu Body'><span class='contextmenu Quotation'>The old pier was closed for "
        "repairs in June, so every crossing left from the new ramp on the north side.</span></p>"
    )
    text = body_text(_page(inside))
    assert "The old pier was closed for repairs in June" in text


def test_a_link_named_for_a_tweet_inside_a_sentence_stays() -> None:
    inside = (
        "<p>The island council <a class='tweet-link' href='https://social.example/council/1'>announced "
        "a second ferry for next summer</a> after the queues reached the main road.</p>"
    )
    text = body_text(_page(inside))
    assert "The island council announced a second ferry for next summer after the queues" in text


def test_a_menu_block_and_a_short_marker_still_go() -> None:
    # Blocks keep going by their names, and so does a short inline marker ('Tweet this').
    inside = (
        "<p>Passengers waited up to two hours at the slipway on the busiest Saturday of August."
        "<span class='tweet-this'>Tweet this</span></p>"
    )
    text = body_text(_page(inside))
    assert "Tweet this" not in text
    assert "Home" not in text
    assert "busiest Saturday of August." in text
