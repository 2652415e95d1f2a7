"""Version 22 (recall): a self-closed <html .../> start tag does not end the document.

A page cut or spliced at its start ('<html xmlns="…" … />', an <img> tag's tail run into the
root's start tag) closes its root element with '/>'. Browsers ignore a slash in a start tag
that is not a void element and read the page; libxml2 ended the document there, the tree was
empty and the page had 'no article'. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.errors import ExtractError
from newstui.extract import extract_article
from newstui.extract.article import parse_html

_STORY = (
    "<p>The ferry between the two islands will run twice a day from the first of May, the harbour "
    "board said on Monday, after a winter in which the crossing was cut to three days a week.</p>"
    "<p>Islanders had asked for the second sailing for years, and the board said the new timetable "
    "was paid for by a grant from the regional council and by a small rise in the fare for cars.</p>"
    "<p>The first boat will leave the north pier at seven in the morning and the last will come back "
    "at half past six in the evening, in time for the bus to the town.</p>"
)


def _page(root_tag: str) -> str:
    return (
        f"{root_tag}<head><title>Second daily ferry for the islands</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Second daily ferry for the islands</h1>{_STORY}</div>"
        "</body></html>"
    )


def _text(html: str) -> str:
    article = extract_article(html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    "root_tag",
    [
        '<html lang="en" />',
        '<html xmlogo.gif" alt="Island News" width="140" height="60" border="0" />',
    ],
)
def test_a_self_closed_root_keeps_the_page(root_tag: str) -> None:
    text = _text(_page(root_tag))
    assert "twice a day from the first of May" in text
    assert "in time for the bus to the town" in text


def test_the_well_formed_page_reads_the_same() -> None:
    assert _text(_page('<html lang="en" />')) == _text(_page('<html lang="en">'))


def test_a_slash_inside_an_attribute_is_not_touched() -> None:
    root = parse_html('<html data-x="a/"><body><p class="a/">One short line of text.</p></body></html>')
    assert root.find("body/p").get("class") == "a/"


def test_a_page_with_no_text_still_has_no_article() -> None:
    with pytest.raises(ExtractError):
        extract_article(b'<html lang="en" /><body><div class="x"></div></body></html>')


def test_many_self_closed_roots_are_opened_in_one_pass() -> None:
    # A spliced page may repeat the broken root; each is opened at once, not one parse per tag.
    root = parse_html("<html/>" * 3000 + "<body><p>The harbour board met on Monday.</p></body>")
    assert root.find("body/p") is not None
