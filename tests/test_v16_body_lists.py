"""Version 16 (body): lists of links the story announces in its own words (pages written for the tests).

A guide or report introduces a list of links with a sentence or a label ending in a colon
('Buying options:', 'Here are the tools we sent for review:'); each item is a name linked to
where it is sold or kept. Such a list is the story's. A related-stories box looks alike but is
announced as other stories ('You may also like:') or is a label over the site's own links.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the harbour workshop tried {k} hand tools over the winter, "
    "and the carpenters kept notes on which ones still held an edge after a month of daily use."
)
_SITE = "https://harbour-tools.example/guide/winter-test"


def _page(inside: str) -> str:
    return (
        "<html><head><title>Tools that lasted the winter</title>"
        f"<link rel='canonical' href='{_SITE}'></head><body><main><article>"
        "<h1>Tools that lasted the winter</h1>"
        f"<div class='story-body'>{numbered_paragraphs(_SENTENCE, 4)}{inside}"
        f"{numbered_paragraphs(_SENTENCE, 3, first=4)}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def _shops(*names: str) -> str:
    return (
        "<ul>"
        + "".join(f"<li><a href='https://shop{n}.example/item'>{name}</a></li>" for n, name in enumerate(names))
        + "</ul>"
    )


def test_a_label_over_links_to_other_sites_stays() -> None:
    # General pattern: 'Buying options:' over links to the shops that sell the tool.
    inside = "<p>Buying options:</p>" + _shops(
        "Quayside Hardware (Bevel)", "Anchor Supply (Bevel)", "Tidewater Tools (Plane)"
    )
    text = body_text(_page(inside))
    assert "Quayside Hardware (Bevel)" in text
    assert "Tidewater Tools (Plane)" in text
    assert "Paragraph 6:" in text


def test_a_sentence_announcing_the_list_keeps_it_and_its_section() -> None:
    # General pattern: a report's section whose paragraph ends in a colon over a list of linked
    # entries; each sits in a wrapper of its own (<div class="paragraph"><p>…:</p></div>
    # <div class="ulist"><ul>…</ul></div>), and the whole section read as a link box.
    items = "".join(
        f"<li><p><a href='https://tracker.example/change/{n}'>Sharpen guide change number {n}</a></p></li>"
        for n in range(8)
    )
    section = (
        "<div class='sect'><h2>What was sent for review</h2><div class='sectionbody'>"
        "<div class='paragraph'><p>Many small changes were sent to the makers for review this month:</p></div>"
        f"<div class='ulist'><ul>{items}</ul></div></div></div>"
    )
    text = body_text(_page(section))
    assert "Many small changes were sent to the makers for review this month:" in text
    assert "Sharpen guide change number 7" in text


def test_a_related_stories_lead_in_still_goes() -> None:
    # Related stories announced as such stay furniture, even when the lead-in is a sentence.
    inside = "<p>You may also like these other stories from our workshop:</p>" + _shops(
        "Why chisels rust in salt air", "A plane that outlived its maker", "Ten knots every carpenter should tie"
    )
    text = body_text(_page(inside))
    assert "Why chisels rust in salt air" not in text
    assert "Paragraph 6:" in text


def test_a_label_over_the_sites_own_links_still_goes() -> None:
    # A short label over links to the site's own pages is a module of the site ('Our reports:').
    own = "".join(
        f"<li><a href='https://harbour-tools.example/reports/{n}'>Workshop report number {n}</a></li>" for n in range(4)
    )
    text = body_text(_page(f"<p>Workshop reports:</p><ul>{own}</ul>"))
    assert "Workshop report number 2" not in text


def test_without_the_pages_address_a_label_over_links_is_not_enough() -> None:
    # With no canonical URL and no address the site is unknown: a label alone keeps nothing.
    html = _page("<p>Buying options:</p>" + _shops("Quayside Hardware (Bevel)", "Anchor Supply (Bevel)"))
    html = html.replace(f"<link rel='canonical' href='{_SITE}'>", "")
    article = extract_article(html.encode())
    assert "Quayside Hardware (Bevel)" not in " ".join(p for s in article.sections for p in s.paragraphs)
    article = extract_article(html.encode(), url=_SITE)
    assert "Quayside Hardware (Bevel)" in " ".join(p for s in article.sections for p in s.paragraphs)
