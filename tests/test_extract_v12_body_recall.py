"""Version 12 body-recall rules, each on a page written for its test (no development-set text).

Each page keeps the whole story only when the rule holds: the story's runs set in
parallel template modules, section headings wrapped in named anchors, a teaser
card marked as an <article> among the story's paragraphs.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the ferry from the island ran {k} extra crossings this week, "
    "as the bridge works closed the causeway, and the harbour master kept the quay open late."
)


def _paragraphs(first: int, count: int) -> str:
    return numbered_paragraphs(_SENTENCE, count, first, offset=2)


def _module(kind: str, inner: str) -> str:
    """One slot of a page builder's row: slot, slot body, module, copy (the same levels for every module)."""
    return f'<div class="slot"><div class="slot-body"><div class="module {kind}">{inner}</div></div></div>'


def test_a_story_cut_into_parallel_template_modules_is_read_whole() -> None:
    # General pattern: the CMS sets each run of paragraphs in its own text module; video
    # and teaser modules sit between them. The longest run wins the score; the others are
    # cousins of it, not siblings, and were lost (the opening among them).
    teaser = (
        '<div class="card"><a href="/video/77">Watch: the causeway at high tide</a>'
        '<p><a href="/video/77">Two minutes of film from the harbour wall</a></p></div>'
    )
    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body>"
        '<div class="page"><div class="story-frame"><h1>Ferry runs extra crossings</h1>'
        '<div class="rows">'
        + _module("text", f'<div class="copy">{_paragraphs(0, 2)}</div>')
        + _module("video", teaser)
        + _module("text", f'<div class="copy">{_paragraphs(2, 12)}</div>')
        + _module("teaser", '<div class="card"><a href="/story/12">More from the islands</a></div>')
        + _module("text", f'<div class="copy">{_paragraphs(14, 3)}</div>')
        + "</div></div></div></body></html>"
    )
    text = body_text(html)
    assert text.startswith("Paragraph 0:")
    for n in range(17):
        assert f"Paragraph {n}:" in text
    assert text.index("Paragraph 1:") < text.index("Paragraph 2:") < text.index("Paragraph 14:")
    assert "Watch: the causeway" not in text
    assert "More from the islands" not in text


def test_a_short_module_after_the_last_run_stays_out() -> None:
    # A source line or programme note set in the same text module after the story's last
    # run is not taken: a short run counts only between two long ones.
    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body>"
        '<div class="page"><div class="story-frame"><h1>Ferry runs extra crossings</h1>'
        '<div class="rows">'
        + _module("text", f'<div class="copy">{_paragraphs(0, 3)}</div>')
        + _module("video", '<div class="card"><a href="/video/77">Watch: the causeway at high tide</a></div>')
        + _module("text", f'<div class="copy">{_paragraphs(3, 12)}</div>')
        + _module("teaser", '<div class="card"><a href="/story/12">More from the islands</a></div>')
        + _module("text", '<div class="copy"><p>Heard on Island Radio, Tuesday 6 pm: the harbour hour.</p></div>')
        + "</div></div></div></body></html>"
    )
    text = body_text(html)
    assert text.startswith("Paragraph 0:")
    assert "Paragraph 14:" in text
    assert "Island Radio" not in text


def test_other_stories_in_the_same_modules_after_the_story_frame_stay_out() -> None:
    # The climb stops at the block holding the h1: the next story of an endless page,
    # set in the same modules in its own frame, is not a part of this one.
    def story(headline: str, tag: str, first: int, count: int) -> str:
        return (
            f'<div class="story-frame"><{tag}>{headline}</{tag}>'
            + _module("text", f'<div class="copy">{_paragraphs(first, count)}</div>')
            + "</div>"
        )

    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body><div class='page'>"
        + story("Ferry runs extra crossings", "h1", 0, 14)
        + story("Harbour dues rise in spring", "h2", 40, 10)
        + "</div></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 0:" in text
    assert "Paragraph 40:" not in text


def test_headings_in_named_anchors_are_kept_and_are_no_teasers() -> None:
    # General pattern: old CMSs wrap each section heading in a named anchor for their
    # jump menu (<a name="part2">, no href). It is a link target, not a link: the heading
    # was dropped as a linked heading and the page read as a list of teasers.
    sections = "".join(
        f'<h3 class="subtitle"><a name="part{n}" class="jump">Question {n}: what the bridge works change</a></h3>'
        f"<p>Answer {n}: the ferry keeps the winter timetable until the causeway reopens in May.</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>Ferry questions answered</title></head><body><div class='story'>"
        "<h1>Ferry questions answered</h1>"
        f"<div class='copy'>{_paragraphs(0, 3)}{sections}</div></div></body></html>"
    )
    article = extract_article(html.encode())
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [f"Question {n}: what the bridge works change" for n in range(4)]
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "Paragraph 0:" in text
    assert "Answer 3:" in text


def test_a_teaser_card_marked_as_an_article_inside_the_story_does_not_win() -> None:
    # General pattern: templates mark a related-story card set among the story's
    # paragraphs as an <article>; with a long summary it has a quarter of a short story's
    # score, and it was taken as the story nested in a wrapper.
    card = (
        '<div class="related-box"><article class="card">'
        "<p>Island council, in a vote on Monday evening, agreed to buy a second ferry, a smaller one, "
        "for the winter months, when the weather, the tides and the bridge works allow fewer crossings.</p>"
        "<p>The boat, built in the north, will arrive, after sea trials, refits and a new coat of paint, "
        "in time for the autumn timetable, the council said.</p>"
        "</article>"
        '<ul><li><a href="/story/31">Harbour dues rise in spring after a quiet winter</a></li>'
        '<li><a href="/story/32">The old lighthouse opens to visitors on Sundays</a></li>'
        '<li><a href="/story/33">Fishing fleet lands its largest catch in ten years</a></li></ul></div>'
    )
    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body>"
        "<h1>Ferry runs extra crossings</h1>"
        f"<div class='story-body'>{_paragraphs(0, 3)}{card}{_paragraphs(3, 4)}</div>"
        "</body></html>"
    )
    text = body_text(html)
    assert text.startswith("Paragraph 0:")
    assert "Paragraph 6:" in text
    assert "second ferry" not in text


def test_a_wrapped_paragraph_that_links_a_long_name_is_kept() -> None:
    # General pattern: templates wrap every paragraph of a story in its own <div>; a
    # paragraph linking a company or report by its long name has over a fifth of its text
    # in links, and its wrapper was dropped as a link box out of the middle of the story.
    def wrapped(text: str) -> str:
        return f'<div class="paragraph"><p class="text">{text}</p></div>'

    plain = [
        f"Paragraph {n}: the ferry from the island ran {n + 2} extra crossings this week, "
        "as the bridge works closed the causeway, and the harbour master kept the quay open late."
        for n in range(6)
    ]
    linked = (
        "The only yard able to refit the old boat, "
        '<a href="https://yard.example/">the North Harbour Ship Repair and Maintenance Company</a>, '
        "has asked the council for a second slipway, a crane and a new winch "
        "before it takes on any more work this winter."
    )
    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body>"
        "<h1>Ferry runs extra crossings</h1><div class='box'>"
        + "".join(wrapped(text) for text in plain[:3])
        + wrapped(linked)
        + "".join(wrapped(text) for text in plain[3:])
        + "</div></body></html>"
    )
    text = body_text(html)
    assert "The only yard able to refit the old boat" in text
    assert text.index("Paragraph 2:") < text.index("The only yard") < text.index("Paragraph 3:")


def test_a_story_set_as_a_row_of_text_widgets_outside_any_article_keeps_its_opening() -> None:
    # General pattern: a page builder with no <main> or <article> sets the story as a row of
    # "widget" text blocks. The word names a sidebar gadget elsewhere, so the blocks were
    # pruned as furniture; the opening block went when the longest run then won alone.
    def widget(first: int, count: int) -> str:
        return f'<div class="page-widget page-widget-text">{_paragraphs(first, count)}</div>'

    html = (
        "<html><head><title>Ferry runs extra crossings</title></head><body>"
        '<div class="layout"><h1>Ferry runs extra crossings</h1>'
        + widget(0, 2)
        + '<div class="page-widget page-widget-image"><img src="/quay.jpg" alt="The quay"></div>'
        + widget(2, 10)
        + "</div></body></html>"
    )
    text = body_text(html)
    assert text.startswith("Paragraph 0:")
    assert "Paragraph 11:" in text
