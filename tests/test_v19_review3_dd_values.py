"""Review of version 19's <dd> votes: a list of values (specs, facts, opening hours) is no list of paragraphs.

A <dd> that is a story's paragraph reads like one: it ends like a sentence, or runs long. A spec
sheet's values ('Width 4 metres, steel, painted green') do neither, and a box of fourteen of them
beside a short story must not vote the story's frame wider. Pages written for these tests.
"""

from __future__ import annotations

from extract_helpers import body_text


def _story(count: int) -> str:
    return "".join(
        f"<p>Part {n}: the lock keepers on the canal say the new gates, fitted last winter, have cut the"
        f" wait for boats by {n + 3} minutes, and the towpath is busier than ever.</p>"
        for n in range(count)
    )


def _page(aside: str) -> str:
    return (
        "<html><head><title>Faster locks on the canal</title></head><body><h1>Faster locks on the canal</h1>"
        f"<div class='copy'>{_story(4)}</div><div class='facts'>{aside}</div></body></html>"
    )


def test_a_spec_list_beside_the_story_stays_out() -> None:
    specs = "".join(f"<dt>Gate {n}</dt><dd>Width {n + 2} metres, oak and steel, painted green</dd>" for n in range(14))
    text = body_text(_page(f"<dl>{specs}</dl>"))
    # (Before: each value voted as a paragraph; the page's body won and the specs were the story's end.)
    assert "Part 3: the lock keepers" in text
    assert "painted green" not in text


def test_a_dl_of_paragraphs_still_votes() -> None:
    # The other side: <dd>s that end like sentences are the story's paragraphs and are read.
    story = "".join(
        f"<dd>Answer {n}: the keepers open the top gate first, then the sluices, and the boat rises"
        f" slowly while the crew holds its ropes.</dd>"
        for n in range(8)
    )
    html = (
        "<html><head><title>How a lock works</title></head><body><h1>How a lock works</h1>"
        f"<div class='body'><dl>{story}</dl></div><div class='box'><p>Opening hours of the canal office,"
        " weekdays only.</p><p>Call the office before you come, or write to the keepers.</p></div></body></html>"
    )
    text = body_text(html)
    assert "Answer 0: the keepers" in text
    assert "Answer 7: the keepers" in text
