"""Version 21 (recall): lines set as <div>s beside a sentence that links a few words are the story's.

Old blog engines set a list as one <div> per line ('• Garden shears') and the sentence after
it, linking a shop or a guide, in one more <div> inside the same wrapper. That sentence's links
put the wrapper over the link share of a link box, and the whole list went out of the story
(pages written for the tests).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from newstui.extract import extract_article, scoring

_TOOLS = ("Garden shears", "A folding saw", "Two pairs of gloves", "A long-handled rake", "Twine", "A wheelbarrow")


def _all_text(html: str) -> str:
    """Section headings and paragraphs of the extracted article, in order."""
    article = extract_article(html.encode())
    return " ".join(part for s in article.sections for part in [s.heading or "", *s.paragraphs])


def _page(lines: str, closing: str) -> str:
    return (
        "<html><head><title>Getting the allotment ready</title></head><body>"
        "<div id='post'><h2>Getting the allotment ready</h2>"
        "<p>Spring came early to the allotments by the river this year, and most plot holders were out "
        "clearing beds well before Easter. The society's committee has asked everyone to bring, at the "
        "very least, the following tools to the first working day of the season:</p>"
        f"<div>{lines}{closing}</div>"
        "</div><div class='sidebar'><a href='/join'>Join the society</a></div></body></html>"
    )


def _tool_lines() -> str:
    return "".join(f"<div>• {tool}</div>" for tool in _TOOLS)


_LINKED_SENTENCE = (
    "<div><a href='https://allotments.example/guide'>Our guide to looking after your tools is here</a>. You can "
    "<a href='https://allotments.example/shop'>order a set through the shop</a> (we also linked it from the "
    "<a href='https://allotments.example/'>front page</a>).</div>"
)


def test_lines_beside_a_linking_sentence_are_kept() -> None:
    text = _all_text(_page(_tool_lines(), _LINKED_SENTENCE))
    assert "• A folding saw" in text
    assert "• A wheelbarrow" in text
    assert "order a set through the shop" in text


def test_a_box_of_linked_headlines_still_goes() -> None:
    box = "".join(
        f"<div><a href='https://allotments.example/story/{n}'>Another story about the allotments, part {n}</a></div>"
        for n in range(4)
    )
    text = _all_text(_page(box, "<div>Photo: the society</div>"))
    assert "Another story about the allotments" not in text


def test_lines_beside_a_linked_title_without_a_sentence_still_go() -> None:
    # Unlinked date lines under linked headlines are a teaser box, not the author's list.
    box = "".join(
        f"<div><a href='https://allotments.example/story/{n}'>Allotment news number {n} from the valley</a></div>"
        "<div>3 March</div><div>By the editors</div><div>2 min read</div>"
        for n in range(2)
    )
    text = _all_text(_page(box, ""))
    assert "Allotment news number" not in text


def test_a_closing_line_of_links_still_goes() -> None:
    closing = (
        "<p>Further coverage: <a href='https://allotments.example/a'>The river path reopens after the floods</a>, "
        "<a href='https://allotments.example/b'>Seed swap draws a record crowd</a>.</p>"
    )
    page = _page(_tool_lines(), _LINKED_SENTENCE).replace(
        "</div><div class='sidebar'>", closing + "</div><div class='sidebar'>"
    )
    text = _all_text(page)
    assert "• A folding saw" in text
    assert "Seed swap draws a record crowd" not in text


def test_a_box_of_teasers_with_linked_titles_is_no_list_of_lines() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='https://allotments.example/story/{n}'>Parish council backs the plan "
        f"for a new orchard, vote {n}</a></h3><p>Volunteers planted a hedge along the lane, number {n}.</p></div>"
        for n in range(4)
    )
    closing = "<div>See <a href='https://allotments.example/map'>the map</a> of the plots here.</div>"
    box = fragment_fromstring(f"<div>{cards}{closing}</div>")
    assert not scoring._lines_beside_sentence(box, scoring.link_density(box))
    lines = fragment_fromstring(f"<div>{_tool_lines()}{_LINKED_SENTENCE}</div>")
    assert scoring._lines_beside_sentence(lines, scoring.link_density(lines))
