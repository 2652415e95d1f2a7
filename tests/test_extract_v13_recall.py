"""Version 13 recall rules (second round), each on a page written for its test (no development-set text).

A part of the story streamed later in the document by a server renderer, hidden until a
script moves it into its placeholder; a standfirst named 'summary'; a standfirst beside the
h1 in an <hgroup>; a page builder's hidden fallback copy; a 'posted on' stamp under the
standfirst; the story's footnotes; a data table between the paragraphs before the winning
block; a list of short points set as paragraphs.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs
from newstui.extract.furniture import drop_early_stamps
from newstui.extract.walk import Block

_SENTENCE = (
    "the ferry crews on the lake logged {k} crossings in the fog, "
    "as the harbour master kept the beacons lit, and the night boats ran on time."
)


def _paragraphs(count: int, first: int = 0) -> str:
    return numbered_paragraphs(_SENTENCE, count, first, offset=4)


def _page(inside: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferries keep running in the fog</title></head><body>"
        f"<main><h1>Ferries keep running in the fog</h1>{inside}</main>"
        f'<footer><a href="/about">About us</a></footer>{after}</body></html>'
    )


def test_a_streamed_segment_is_read_in_its_placeholder() -> None:
    # General pattern: React's streaming renderer leaves <template id="B:n"> where a slow
    # part goes and sends the part at the end as <div hidden id="S:n">, moved in by a script.
    streamed = f'<div hidden id="S:0">{_paragraphs(4, first=2)}</div><script>$RC("B:0","S:0")</script>'
    html = _page(f'<div class="body">{_paragraphs(2)}<template id="B:0"></template></div>', after=streamed)
    text = body_text(html)
    assert "Paragraph 5:" in text
    # In the placeholder's place: the streamed part follows the paragraphs before it.
    assert text.index("Paragraph 1:") < text.index("Paragraph 2:") < text.index("Paragraph 5:")


def test_a_hidden_segment_without_its_placeholder_stays_hidden() -> None:
    # Only the renderer's pair counts: a hidden block named S:n that fills no placeholder is hidden.
    hidden = '<div hidden id="S:3"><p>Secret draft text that the page never shows to any of its readers.</p></div>'
    html = _page(f'<div class="body">{_paragraphs(4)}</div>', after=hidden)
    text = body_text(html)
    assert "Paragraph 3:" in text
    assert "Secret draft" not in text


_STANDFIRST = "Night crossings resume on Monday after the harbour fitted new radar to all six boats."


def _headed(header: str) -> str:
    return (
        "<html><head><title>Ferries keep running in the fog</title></head><body><main><article>"
        f'{header}<div class="story-body">{_paragraphs(6)}</div>'
        '</article></main><footer><a href="/about">About us</a></footer></body></html>'
    )


def test_a_standfirst_named_summary_opens_the_story() -> None:
    # General pattern: 'story__summary' / 'article-summary' names the standfirst in the story's
    # header block, which the unlikely pass drops for 'header' when nothing names it a lead.
    html = _headed(
        f'<div class="story__header"><h1>Ferries keep running in the fog</h1>'
        f'<div class="story__summary"><p>{_STANDFIRST}</p></div></div>'
    )
    text = body_text(html)
    assert text.startswith(_STANDFIRST)
    assert "Paragraph 5:" in text


def test_a_paragraph_in_the_headlines_hgroup_is_the_standfirst() -> None:
    # General pattern: <hgroup> is HTML's markup for a heading with its subtitle; a
    # paragraph of prose beside the h1 there is the standfirst, whatever names the header.
    html = _headed(
        f'<header class="cluster-header"><hgroup><h1>Ferries keep running in the fog</h1>'
        f"<p>{_STANDFIRST}</p></hgroup></header>"
    )
    text = body_text(html)
    assert text.startswith(_STANDFIRST)
    assert "Paragraph 5:" in text


def test_a_short_hgroup_line_is_no_standfirst() -> None:
    # A kicker or a label beside the h1 is not prose: the header still goes.
    html = _headed(
        '<header class="cluster-header"><hgroup><h1>Ferries keep running in the fog</h1>'
        "<p>Transport desk</p></hgroup></header>"
    )
    assert body_text(html).startswith("Paragraph 0:")


def test_a_page_builders_invisible_fallback_is_not_read() -> None:
    # General pattern: Webflow hides a template's unused fallback copy with the
    # 'w-condition-invisible' class (display: none), often the same text again.
    html = _headed(
        f'<div class="story__header"><h1>Ferries keep running in the fog</h1>'
        f'<p class="blog-summary">{_STANDFIRST}</p>'
        f'<p class="summary-fallback w-condition-invisible">{_STANDFIRST}</p></div>'
    )
    text = body_text(html)
    assert text.startswith(_STANDFIRST)
    assert text.count("Night crossings resume") == 1


def test_a_posted_on_stamp_under_the_standfirst_goes() -> None:
    # General pattern: the header prints the standfirst, then 'posted on <date>, at 11:29 a.m.';
    # the leading trim stops at the standfirst, and 'a.m.' ends like a sentence.
    stamp = "posted on April 21, 2015, at 11:29 a.m."
    blocks = [
        Block("p", _STANDFIRST),
        Block("p", stamp),
        *(Block("p", f"Paragraph {n}: the boats ran.") for n in range(3)),
    ]
    kept = [b.text for b in drop_early_stamps(blocks)]
    assert stamp not in kept
    assert kept[0] == _STANDFIRST and len(kept) == 4
    # A sentence that starts with a date is no stamp.
    sentence = Block("p", "On April 21, 2015 the harbour bought two boats.")
    assert sentence in drop_early_stamps([blocks[0], sentence, *blocks[2:]])


def test_the_storys_footnotes_are_not_a_page_footer() -> None:
    # General pattern: 'foot' names a page footer to the unlikely pass, and 'footnotes'
    # holds it too; the notes are the writer's text. An inline marker still goes.
    note = "The harbour log for the winter of the great fog is kept at the town library, in the reading room."
    html = _page(
        f'<div class="body">{_paragraphs(3)}'
        '<p>The beacons were first lit in the fog of that winter<sup class="footnote-ref">1</sup> by hand.</p>'
        f'{_paragraphs(2, 3)}<div class="footnotes"><ol><li id="fn1"><p>{note}</p></li></ol></div></div>'
    )
    text = body_text(html)
    assert "kept at the town library" in text
    assert "of that winter by hand" in text


def _intro(n: int) -> str:
    return (
        f"<p>Opening {n}: the timetable changed twice this year, and the harbour board explains "
        "why the winter boats leave earlier than the summer ones.</p>"
    )


def test_a_data_table_between_paragraphs_does_not_stop_the_edge_scan() -> None:
    # General pattern: a chart table in its own block between the story's paragraphs stopped
    # the scan for the text before the winning block; the opening was lost.
    rows = "".join(f"<tr><td>Boat {n}</td><td>{n + 6}:15</td><td>{n + 7}:40</td></tr>" for n in range(5))
    chart = f'<div class="embed"><table><tr><th>Boat</th><th>Leaves</th><th>Back</th></tr>{rows}</table></div>'
    html = _page(
        f'<div class="rich">{_intro(0)}{_intro(1)}<h2>The new timetable</h2>{_intro(2)}{chart}{_intro(3)}'
        f'<div class="embed"><div class="wrap">{_paragraphs(8)}</div></div></div>'
    )
    text = body_text(html)
    assert "Paragraph 7:" in text
    assert "Opening 0:" in text and "Opening 3:" in text
    assert "Boat 2" in text


def test_a_form_table_still_stops_the_edge_scan() -> None:
    # A table of a form's fields (labels and inputs) before the story is no chart.
    rows = "".join(f"<tr><td><label>Field {n} of the contact form</label></td><td><input></td></tr>" for n in range(4))
    html = _page(
        f'<div class="rich"><div class="box"><table>{rows}</table></div>'
        f'<div class="embed"><div class="wrap">{_paragraphs(8)}</div></div></div>'
    )
    text = body_text(html)
    assert "Paragraph 7:" in text
    assert "contact form" not in text


def test_a_list_of_short_points_set_as_paragraphs_stays() -> None:
    # General pattern: pros and cons set as <li><p>: the list scores from its two short
    # paragraphs and its tag weighs against it; the same list without <p>s was kept.
    points = "".join(f"<li><p>Quiet engine at every speed number {n}</p></li>" for n in range(2))
    html = _page(f'<div class="body">{_paragraphs(3)}<ul class="pros">{points}</ul>{_paragraphs(3, 3)}</div>')
    text = body_text(html)
    assert "Quiet engine at every speed number 1" in text
    assert "Paragraph 5:" in text


def test_a_list_of_links_set_as_paragraphs_still_goes() -> None:
    links = "".join(f'<li><p><a href="/t/{n}">Topic {n}</a></p></li>' for n in range(3))
    html = _page(f'<div class="body">{_paragraphs(4)}<ul class="topics">{links}</ul></div>')
    assert "Topic 1" not in body_text(html)
