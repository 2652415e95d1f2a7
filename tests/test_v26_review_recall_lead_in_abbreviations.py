"""Review of version 26 (recall): an abbreviation's stop does not end a list's announcing sentence.

`scoring._announcing_sentence` reads a lead-in's related-story words ('read', 'more', 'see') in
its last sentence only. Any stop before a capital parted sentences, so a related box's lead-in
naming a person or a place with an abbreviation ('Read more stories from our reporter Dr. Ann
Kell:', 'More news from the U.S. Senate race:') was read from the name on ('Ann Kell:'), had no
such word, and the box of other stories' headlines was kept as the story's list. (Pages written
for the tests.)
"""

from __future__ import annotations

import time

import pytest

from newstui.extract import extract_article
from newstui.extract.scoring import _announcing_sentence

_ITEMS = "".join(
    f"<li><a href='https://other.example.net/town/{slug}'>{title}</a></li>"
    for slug, title in (
        ("baths", "Council votes to close the old swimming baths next spring"),
        ("bus", "Bus route through the market square to change in May"),
        ("library", "Library opens on Sundays for the first time in its history"),
        ("loaf", "Bakery wins a prize for the best loaf in the county"),
    )
)


def _text(lead_in: str) -> str:
    html = (
        "<html><head><title>Old tools go on show</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/town'>Town</a></div>"
        "<div class='main'><h1>Old tools go on show</h1><div class='body'>"
        "<p>The town museum opened a room of woodworking tools on Saturday, most of them given by families "
        "who kept them in sheds and attics long after the workshops on Mill Lane had closed.</p>"
        "<p>The curator, Edith Marlowe, spent two winters cleaning rust from blades and rebuilding handles "
        "with timber from a fallen oak in the museum's own garden.</p>"
        f"<p>{lead_in}</p><ul>{_ITEMS}</ul>"
        "<p>The room is open every afternoon except Monday, and a joiner will show visitors how each tool "
        "was used on the first Saturday of every month until the end of the year.</p>"
        "</div></div><div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    return "\n".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Read more stories from our reporter Dr. Ann Kell:",
        "More news from the U.S. Senate race:",
        "See more of the work of St. Anne's School:",
    ],
)
def test_a_related_box_named_with_an_abbreviation_still_goes(lead_in: str) -> None:
    text = _text(lead_in)
    assert "swimming baths" not in text and "joiner will show visitors" in text


def test_the_announcing_sentence_after_a_real_stop() -> None:
    assert _announcing_sentence("Visitors can read more online. Mr. Kell chose these:") == "Mr. Kell chose these:"
    assert _announcing_sentence('He said "Read more." The tools are:') == "The tools are:"
    start = time.process_time()
    assert _announcing_sentence("Read more. " * 20000 + "The list is:") == "The list is:"
    assert time.process_time() - start < 2
