"""Version 20 (recall): a heading closed with another level's end tag no longer swallows the story.

Templates open a standfirst or subhead with one heading level and close it with another
('<h2 class="dek">…</h3>'). Browsers end the open heading at any heading end tag; libxml2
ignored the stray tag, the heading held the rest of the page, and the standfirst was lost
(pages written for the tests).
"""

from __future__ import annotations

from newstui.extract import extract_article
from newstui.extract.article import parse_html


def _all_text(html: str) -> str:
    """Section headings and paragraphs of the extracted article, in order."""
    article = extract_article(html.encode())
    return " ".join(part for s in article.sections for part in [s.heading or "", *s.paragraphs])


_DEK = "Whether you cycle or drive, the new ring road has changed how the whole town gets to work each morning."
_BODY = "".join(
    f"<p>Part {n}: traffic counts on the old high street have fallen by a {n + 2}0th since the road opened, "
    "the council says, and the market traders have mixed feelings about it.</p>"
    for n in range(8)
)


def _page(close: str) -> str:
    return (
        "<html><head><title>A year of the ring road</title>"
        "<meta name='description' content='The town council looks back on the ring road.'></head><body><main>"
        f"<h1>A year of the ring road</h1><h2 class='excerpt'>{_DEK}{close}"
        f"<div class='ad'><h3>Advertisement</h3></div><div id='body' class='story-content'>{_BODY}</div>"
        "</main></body></html>"
    )


def test_a_dek_closed_with_another_level_is_kept() -> None:
    text = _all_text(_page("</h3>"))
    assert "Whether you cycle or drive" in text
    assert "Part 7: traffic counts" in text


def test_the_story_is_not_inside_the_heading() -> None:
    root = parse_html(_page("</h4>"))
    heading = root.find(".//h2")
    assert heading is not None
    assert heading.find(".//p") is None


def test_matched_headings_are_left_as_they_are() -> None:
    html = "<html><body><h2>One</h2><p>Text</p><h3>Two <em>x</em></h3><p>More</p></body></html>"
    root = parse_html(html)
    assert [h.tag for h in root.iter("h2", "h3")] == ["h2", "h3"]
    assert root.find(".//h3").text_content() == "Two x"
