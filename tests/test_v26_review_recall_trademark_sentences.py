"""Review of version 26 (recall): a story's sentence about a trademark is no trademark notice.

`furniture._TAIL` trims a site's trademark notice ('Foo© and Bar© are registered trademarks of
Baz Ltd.') like its copyright line, at the story's end and above it. Any paragraph of under 80
characters before 'is a trademark of' matched, so a court story opening or closing on a ruling
about a trademark lost that paragraph. A notice names its subject (names, 'and', 'the', 'logo');
a story's sentence tells something first. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article
from newstui.extract.furniture import trim_trailing
from newstui.extract.walk import Block

_MIDDLE = (
    "<p>The café opened in the old harbour master's office three years ago and took its name from the quay "
    "it looks over, a name the bakery had printed on its bread bags since 1994.</p>"
    "<p>Lawyers for the café argued that a place name could not belong to anyone, and that no customer had ever "
    "mistaken a cup of coffee for a loaf of bread.</p>"
    "<p>The bakery's owner, Marta Quill, said she was relieved and would not ask the café to pay her costs if "
    "it changed its signs before the summer season.</p>"
)


def _paragraphs(first: str, last: str) -> list[str]:
    html = (
        "<html><head><title>Bakery wins fight over the Quayside name</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/courts'>Courts</a></div>"
        "<div class='main'><h1>Bakery wins fight over the Quayside name</h1>"
        f"<div class='story'><p>{first}</p>{_MIDDLE}<p>{last}</p></div></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [p for s in article.sections for p in s.paragraphs]


def test_a_ruling_about_a_trademark_opens_and_closes_the_story() -> None:
    first = (
        "A judge ruled on Tuesday that Quayside is a registered trademark of Quill Baking Ltd., ending a long fight."
    )
    last = "The court ruled that the name is a trademark of the bakery and not of the café that opened under it."
    paragraphs = _paragraphs(first, last)
    assert paragraphs[0] == first and paragraphs[-1] == last, paragraphs


@pytest.mark.parametrize(
    "notice",
    [
        "Quayside® and the Flourbox logo are registered trademarks of Quill Baking Ltd.",
        "eLoaf and iCrumb are trademarks of Quill Baking Ltd.",
        "“Quayside” is a registered trademark of Quill Baking Ltd.",
        "Quayside, Flourbox and their respective logos are trademarks of Quill Baking Ltd.",
        "Quill and the Quill wheatsheaf logo are registered trademarks of the Quill group of companies.",
    ],
)
def test_a_site_notice_naming_its_marks_still_goes(notice: str) -> None:
    blocks = [
        Block("p", "The bakery's owner, Marta Quill, said she was relieved and would not ask for her costs."),
        Block("p", notice),
    ]
    assert [b.text for b in trim_trailing(blocks)] == [blocks[0].text]
