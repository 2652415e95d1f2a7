"""Stories made mostly of links: kept when the page marks them as its one story; fronts stay "no article".

Each page here is invented for the rule it tests (`content.story_block`, `article._story_fallback`).
"""

from __future__ import annotations

import pytest

from newstui.errors import ExtractError
from newstui.extract import extract_article

_INTRO = (
    "<p>Every Friday the workshop team looks through the hardware shops of the valley and lists "
    "the tools that are cheaper this week than they were last month.</p>"
)
_TOOLS = [
    "Ashwood claw hammer, 450 g, hickory handle",
    "Bevel-edge chisel set of four in a canvas roll",
    "Folding workbench with two clamping jaws",
    "Cordless drill, 18 V, two batteries and charger",
    "Japanese pull saw, 240 mm, replaceable blade",
    "Spirit level, 600 mm, aluminium, three vials",
    "Block plane with adjustable mouth",
    "Set of twelve brad-point drill bits",
]


def _deal(n: int, name: str) -> str:
    # The whole line is the link: the product's name and its price, as deal roundups print them.
    return f'<p><a href="https://shop{n}.example/item/{n}">{name} for €{12 + 7 * n}.90 (was €{30 + 9 * n}.00)</a></p>'


def _roundup(wrapper_open: str, wrapper_close: str) -> str:
    deals = "".join(_deal(n, name) for n, name in enumerate(_TOOLS))
    return (
        "<html><head><title>Eight workshop tools on sale this week | The Bench</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/tools">Tools</a></nav>'
        f"{wrapper_open}{_INTRO}<h2>Hand tools</h2>{deals}{wrapper_close}"
        "<footer><p>© The Bench</p></footer></body></html>"
    )


def test_a_deals_roundup_in_its_article_keeps_its_linked_lines() -> None:
    # General pattern: a roundup's paragraphs are all link text; read as a link list, the page had
    # "no article". It sits in the page's one <article> with its h1 and an intro of its own.
    html = _roundup("<article><header><h1>Eight workshop tools on sale this week</h1></header>", "</article>")
    article = extract_article(html.encode())
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs[0].startswith("Every Friday the workshop team")
    for name in (_TOOLS[0], _TOOLS[3], _TOOLS[-1]):
        assert any(p.startswith(name) for p in paragraphs), name
    assert "Hand tools" in [s.heading for s in article.sections]
    assert any(link.url.startswith("https://shop3.example/") for link in article.links)


def test_a_roundup_marked_as_article_body_is_kept() -> None:
    # The page marks the story's text itself (itemprop=articleBody) without an <article> element.
    html = _roundup(
        '<div class="post"><h1>Eight workshop tools on sale this week</h1><div itemprop="articleBody">',
        "</div></div>",
    )
    article = extract_article(html.encode())
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert sum(p.startswith(tuple(_TOOLS)) for p in paragraphs) >= 6


def test_a_front_of_article_cards_is_still_no_article() -> None:
    # A section front marks each teaser card as an <article>: several of them are a front, not a story.
    cards = "".join(
        f'<article class="card"><h2><a href="/story/{n}">{name} on sale at the valley shops</a></h2>'
        f'<p><a href="/story/{n}">Prices for the {name.lower()} fell this week.</a></p></article>'
        for n, name in enumerate(_TOOLS)
    )
    html = (
        "<html><head><title>Tool deals of the week, all stories</title></head><body>"
        f"<main><h1>Tool deals of the week, all stories</h1>{cards}</main></body></html>"
    )
    with pytest.raises(ExtractError, match="no article"):
        extract_article(html.encode())


def test_an_archive_of_links_in_one_article_is_still_no_article() -> None:
    # A blog's archive page: one <article>, its h1 a name, then nothing but linked titles.
    items = "".join(f'<li><a href="/{n}">{name}: a review from the workshop</a></li>' for n, name in enumerate(_TOOLS))
    html = (
        "<html><head><title>Archive</title></head><body>"
        f"<article><h1>Archive</h1><ul>{items}</ul></article></body></html>"
    )
    with pytest.raises(ExtractError, match="no article"):
        extract_article(html.encode())


def test_a_link_list_without_the_authors_own_words_is_still_no_article() -> None:
    # One <article> with a story-like h1 but no prose of its own: a list of links, not a story.
    deals = "".join(_deal(n, name) for n, name in enumerate(_TOOLS))
    html = (
        "<html><head><title>Eight workshop tools on sale this week</title></head><body>"
        f"<article><h1>Eight workshop tools on sale this week</h1>{deals}</article></body></html>"
    )
    with pytest.raises(ExtractError, match="no article"):
        extract_article(html.encode())


def test_a_topic_hub_of_linked_teasers_in_one_article_keeps_no_teaser() -> None:
    # A topic page: one <article> with a long h1 and an intro, then teasers headed by links to
    # other stories. Its headings are teasers, so it is a front however it is marked: at most its
    # intro is read, as before.
    teasers = "".join(
        f'<div class="teaser"><h2><a href="/story/{n}">{name} tested in the workshop</a></h2>'
        f'<p><a href="/story/{n}">What we found after a month with it.</a></p></div>'
        for n, name in enumerate(_TOOLS)
    )
    html = (
        "<html><head><title>Everything we wrote about workshop tools</title></head><body>"
        f"<article><h1>Everything we wrote about workshop tools</h1>{_INTRO}{teasers}</article></body></html>"
    )
    try:
        article = extract_article(html.encode())
    except ExtractError:
        return
    text = " ".join(p for s in article.sections for p in [s.heading or "", *s.paragraphs])
    assert "tested in the workshop" not in text, text
