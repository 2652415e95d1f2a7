"""Version 14 body rules, each on a page written for its test (no development-set text).

Recall on pages nobody tuned for: subheads whose class names read as furniture, a
standfirst in the story's own header block, a page that closes its document early
and goes on with the story. Precision: a labelled date line before the story.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs
from newstui.extract import extract_article

_SENTENCE = (
    "the orchard growers on the ridge picked {k} more crates this week, "
    "as the late frost spared the upper rows and the cider press ran until dusk."
)


def _paragraphs(count: int, first: int = 0) -> str:
    return numbered_paragraphs(_SENTENCE, count, first, offset=4)


def _page(inside: str, before: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Ridge orchards pick early</title></head><body>"
        f"{before}<main>{inside}</main>{after}"
        '<footer><a href="/about">About us</a></footer></body></html>'
    )


def test_a_subhead_named_like_a_page_header_stays() -> None:
    # General pattern: a subhead named for its anchor ('header-anchor-post') or its look
    # ('leading-extra-tight') among the story's paragraphs is a section title.
    html = _page(
        "<article><h1>Ridge orchards pick early</h1><div class='body markup'>"
        f"{_paragraphs(3)}<h2 class='header-anchor-post'>Frost on the lower rows</h2>"
        f"{_paragraphs(3, 3)}<h3 class='font-bold leading-extra-tight'>What the press makes</h3>"
        f"{_paragraphs(3, 6)}</div></article>"
    )
    article = extract_article(html)
    headings = [s.heading for s in article.sections]
    assert "Frost on the lower rows" in headings
    assert "What the press makes" in headings
    assert "Paragraph 8:" in body_text(html)


def test_a_module_title_over_links_still_goes() -> None:
    # A heading over a list of other stories holds no paragraph of its own: still furniture.
    more = (
        "<div class='more-box'><h3 class='big-header'>Other harvest topics</h3><ul>"
        + "".join(f"<li><a href='/t{n}'>Topic number {n} of the season</a></li>" for n in range(5))
        + "</ul></div>"
    )
    html = _page(f"<article><h1>Ridge orchards pick early</h1><div class='body'>{_paragraphs(6)}</div>{more}</article>")
    assert "Other harvest topics" not in body_text(html)


_STANDFIRST = "The growers on the ridge began the harvest two weeks early after a mild and dry spring."


def test_a_standfirst_in_the_story_header_without_the_h1_stays() -> None:
    # General pattern: the story's own header block ('entry__header') holds the standfirst
    # and the date, the h1 stands above it in a hero block; the block is not a page header.
    html = _page(
        "<div class='hero'><h1>Ridge orchards pick early</h1></div>"
        "<article><header class='entry__header'><span>Farming</span>"
        f"<p class='entry__subtitle'>{_STANDFIRST}</p></header>"
        f"<div class='entry__content'>{_paragraphs(6)}</div></article>"
    )
    text = body_text(html)
    assert text.startswith(_STANDFIRST)
    assert "Paragraph 5:" in text


def test_a_lead_named_as_the_last_word_of_its_class_stays() -> None:
    # 'Post__lead' names the story's lead: its header block with the h1 stays.
    html = _page(
        "<article><header class='Post__header'><h1>Ridge orchards pick early</h1>"
        f"<div class='Post__lead'><p>{_STANDFIRST}</p></div></header>"
        f"<div class='Post__content'>{_paragraphs(6)}</div></article>"
    )
    assert body_text(html).startswith(_STANDFIRST)


def test_a_site_header_with_a_lead_image_still_goes() -> None:
    # 'lead-image' is a picture's name, and a page header outside <main> is no story header.
    header = (
        "<header class='site-header'><div class='lead-image'><p>Visit the ridge valley visitor centre "
        "and shop, open every day of the week from nine in the morning.</p></div></header>"
    )
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{_paragraphs(6)}</article>", before=header)
    assert "visitor centre" not in body_text(html)


def test_a_story_after_an_early_html_end_tag_is_read() -> None:
    # General pattern: a header include ends with '</body></html>' and the page goes on;
    # browsers read on, libxml2 stopped there.
    html = (
        "<html><head><title>Ridge orchards pick early</title></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header>\n</body>\n</html>\n"
        f"<div class='page'><article><h1>Ridge orchards pick early</h1>{_paragraphs(5)}</article></div>"
    )
    text = body_text(html)
    assert "Paragraph 0:" in text
    assert "Paragraph 4:" in text


def test_a_page_ending_with_its_html_end_tag_is_unchanged() -> None:
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{_paragraphs(4)}</article>") + "\n  "
    assert "Paragraph 3:" in body_text(html)


def test_a_date_line_with_a_two_word_label_before_the_story_goes() -> None:
    # 'Pubblicato il 3 marzo 2021 Ultima modifica 3 marzo 2021 10:15' (published on …, last
    # changed …) is a stamp, not text, in any language whose month names the rule reads.
    html = _page(
        "<article><h1>Ridge orchards pick early</h1>"
        "<p>Pubblicato il 3 marzo 2021 Ultima modifica 3 marzo 2021 10:15</p>"
        f"{_paragraphs(5)}</article>"
    )
    text = body_text(html)
    assert "Pubblicato" not in text
    assert text.startswith("Paragraph 0:")


def _faq(question: str, answer: str, n: int, hiding: str = "hidden") -> str:
    return (
        f"<div class='faq-item'><button type='button' aria-expanded='false' aria-controls='answer-{n}'>"
        f"{question}</button><div id='answer-{n}' {hiding}><p>{answer}</p></div></div>"
    )


def test_a_closed_accordion_answer_and_its_question_are_kept() -> None:
    # General pattern: a disclosure button (aria-controls) titles an answer hidden until the
    # reader opens it; both are text of the page.
    faq = _faq(
        "How long does the cider age?",
        "The cider ages for six months in oak barrels in the cellar under the old packing shed.",
        1,
    ) + _faq(
        "Can visitors pick their own apples?",
        "Visitors pick on the lower rows every weekend in October, with baskets lent at the gate.",
        2,
        hiding="aria-hidden='true' style='height:0;overflow:hidden'",
    )
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{_paragraphs(4)}<h2>Questions</h2>{faq}</article>")
    article = extract_article(html)
    text = body_text(html)
    assert "six months in oak barrels" in text
    assert "baskets lent at the gate" in text
    assert "How long does the cider age?" in [s.heading for s in article.sections]


def test_a_menu_toggle_panel_stays_hidden() -> None:
    # A menu button's panel is links, not prose: it stays hidden.
    menu = (
        "<button aria-controls='site-menu' aria-expanded='false'>Open the menu</button>"
        "<div id='site-menu' hidden><ul>"
        + "".join(f"<li><a href='/s{n}'>Section number {n} of the paper</a></li>" for n in range(6))
        + "</ul></div>"
    )
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{menu}{_paragraphs(5)}</article>")
    text = body_text(html)
    assert "Section number" not in text
    assert "Open the menu" not in text


def test_a_recirculation_label_in_german_goes_with_its_teaser() -> None:
    # General pattern: 'Lesen Sie auch:' (read also) over one linked teaser between the
    # story's paragraphs is a recirculation module, whatever the page's language.
    teaser = "<p>Lesen Sie auch:</p><p><a href='/other'>Neue Apfelsorten im Test</a></p>"
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{_paragraphs(3)}{teaser}{_paragraphs(3, 3)}</article>")
    text = body_text(html)
    assert "Lesen Sie auch" not in text
    assert "Apfelsorten" not in text
    assert "Paragraph 5:" in text


def test_a_component_s_json_props_with_markup_are_not_hundreds_of_attributes() -> None:
    # General pattern: a component gets its props as JSON in one quoted attribute, markup
    # ('<strong>') inside; the page was refused as hostile for a tag of 300 "attributes".
    # 300 fields of two words each, then markup: the first '>' is far inside the quotes.
    plain = ", ".join(f'"field{n}": "value {n}"' for n in range(300))
    props = "{" + plain + ', "label": "<strong>Rate this</strong> item"}'
    widget = f"<div class='rating' data-props='{props}'></div>"
    html = _page(f"<article><h1>Ridge orchards pick early</h1>{_paragraphs(5)}{widget}</article>")
    assert "Paragraph 4:" in body_text(html)


_DEK = "Growers on the ridge say the mild spring and a dry May brought the first crates in two weeks early"


def test_a_dek_under_a_short_label_after_the_h1_is_the_opening_text() -> None:
    # General pattern: a kicker or a name line ('Jana Roe') follows the h1 in the markup;
    # it is not the first text under the headline, so the dek without a full stop under
    # it is still the opening text, and the stamp under the dek goes.
    header = (
        "<header class='top'><h1>Ridge orchards pick early</h1>"
        f"<p class='top-label'>Jana Roe</p><p class='top-text'>{_DEK}</p></header>"
    )
    html = _page(
        f"<article><div class='row'>{header}"
        f"<div class='story'><p>03/05/2021 10:22 Updated 03/05/2021 15:43</p>{_paragraphs(5)}</div>"
        "</div></article>"
    )
    text = body_text(html)
    assert text.startswith(_DEK)
    assert "03/05/2021" not in text
    assert "Paragraph 4:" in text
