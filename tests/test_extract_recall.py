"""Recall: text the extractor used to lose, on pages written for these tests."""

from __future__ import annotations

from extract_helpers import body_text
from newstui.extract import extract_article

SENTENCES = [
    f"Paragraph {n} of the story says the council met on Tuesday, and the ferry plan passed after a long debate."
    for n in range(8)
]


def test_mojibake_control_character_does_not_swallow_the_rest_of_the_page() -> None:
    # General pattern: a UTF-8 page double-decoded by its CMS carries 'ï\x80\x98' (an
    # icon font's private-use character); U+0098 once started a terminal "string" that
    # ran to the end of the page, so everything after the first icon was lost.
    icon = '<svg><g id="icon-\u00ef\u0080\u0098-2"><path d="M0 0"/></g></svg>'
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><title>Ferry plan</title></head><body>{icon}<article>{body}</article></body></html>"
    text = body_text(html)
    assert all(s in text for s in SENTENCES)


def test_terminal_sequences_in_page_text_still_go_whole() -> None:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    lead = "<p>Start \x9d52;c;aGVsbG8=\x07 end of it all, said the council today.</p>"
    html = f"<html><body><article>{lead}{body}</article></body></html>"
    text = body_text(html)
    assert "52;c" not in text and "aGVsbG8" not in text


def test_minified_script_is_not_a_tag_with_hundreds_of_attributes() -> None:
    # General pattern: minified JavaScript holds 'a<b' comparisons followed by long
    # runs of code; counted as a start tag they looked like a tag with hundreds of
    # attributes, and the whole page was refused as hostile.
    code = "if(a<d))return " + " ".join(f"v{i}=w{i}" for i in range(400)) + ";"
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><script>{code}</script></head><body><!-- x<y {code} --><article>{body}</article></body></html>"
    text = body_text(html)
    assert all(s in text for s in SENTENCES)


def test_a_real_tag_with_too_many_attributes_after_a_script_is_still_refused() -> None:
    import pytest

    from newstui.errors import ExtractError

    hostile = "<p " + " ".join(f"a{i}='v'" for i in range(400)) + ">x</p>"
    html = f"<html><head><script>if(a<b)go()</script></head><body>{hostile}<p>{SENTENCES[0]}</p></body></html>"
    with pytest.raises(ExtractError, match="400 attributes"):
        extract_article(html.encode())


def _article_page(inner: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES[:4])
    return f"<html><head><title>Ferry plan</title></head><body><article>{body}{inner}</article></body></html>"


def test_a_table_wrapped_in_figure_is_text_of_the_story() -> None:
    # General pattern: block editors wrap data tables in <figure> (WordPress's
    # wp-block-table); a <figure> holding a table is not an image.
    table = (
        '<figure class="table-block"><table><tr><th>Route</th><th>Sailings</th></tr>'
        "<tr><td>Harbour to Island</td><td>12 a day</td></tr><tr><td>Island to Point</td><td>4 a day</td></tr></table>"
        "<figcaption>Timetable from May</figcaption></figure>"
    )
    text = body_text(_article_page(table))
    assert "Harbour to Island" in text and "Island to Point" in text
    assert SENTENCES[3] in text


def test_code_comments_marked_by_a_highlighter_are_kept() -> None:
    # General pattern: syntax highlighters put code comments in spans classed
    # 'comment' ('hljs-comment', 'token comment'); inside <pre>/<code> that is code.
    code = (
        '<pre><code class="language-bash"><span class="hljs-comment"># start a repository</span>\n'
        'git init\n<span class="token comment"># see what changed</span>\ngit status</code></pre>'
    )
    article = extract_article(_article_page(code).encode())
    pre = [p for s in article.sections for p, kind in zip(s.paragraphs, s.kinds, strict=True) if kind == "pre"]
    assert pre and "# start a repository" in pre[0] and "# see what changed" in pre[0]


def test_a_body_named_like_a_newsletter_box_is_kept_when_it_holds_the_story() -> None:
    # General pattern: a newsletter's archive page names its own body
    # 'newsletter-content'; a block with that name holding most of the page's
    # text, with few links, is the story, not a sign-up box.
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = (
        "<html><head><title>Issue 12</title></head><body>"
        '<div class="newsletter-signup"><p>Sign up for our newsletter.</p></div>'
        f'<div class="wrap"><div class="newsletter-body">{body}</div></div></body></html>'
    )
    text = body_text(html)
    assert all(s in text for s in SENTENCES)
    assert "Sign up" not in text


def test_a_summary_box_before_a_repeated_headline_is_kept() -> None:
    # General pattern: a 'Key points' box of unlinked sentences sits above the body,
    # which repeats the headline as its first heading; only linked teasers in that
    # place are skipped.
    points = [
        "The council approved the ferry plan after a debate that lasted most of Tuesday evening.",
        "Sailings to the island resume in May, with twelve crossings a day in the summer season.",
        "Fares rise by a tenth, the first increase since the harbour was rebuilt eight years ago.",
    ]
    box = "<h3>Key points</h3><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    body = "".join(f"<p>{s}</p>" for s in SENTENCES * 2)
    html = (
        "<html><head><title>Ferry plan approved by the council</title></head><body><article>"
        f"{box}<h2>Ferry plan approved by the council</h2>{body}</article></body></html>"
    )
    text = body_text(html)
    assert all(p in text for p in points)
    assert SENTENCES[7] in text


STORY = [
    f"Part {n} of the harbour report: the pilots counted {n + 3} late sailings, and the board asked why the winter "
    "timetable still runs on the old tide tables."
    for n in range(9)
]
MENU = "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(12))


def test_an_unclosed_button_in_the_header_does_not_swallow_the_story() -> None:
    # General pattern: a menu toggle left open (<button> with no </button>) makes the
    # parser nest the rest of the page, <main> included, inside the button.
    paragraphs = "".join(f"<p>{s}</p>" for s in STORY[:5])
    html = (
        "<html><head><title>Harbour report</title></head><body><header>"
        f"<button class='menu-toggle'><div class='menu-panel'><ul>{MENU}</ul></div>"
        f"<main><article><h1>Harbour report</h1>{paragraphs}</article></main></body></html>"
    )
    text = body_text(html)
    assert STORY[0] in text and STORY[4] in text


def test_page_builder_widgets_inside_main_are_text_but_sidebar_widgets_are_not() -> None:
    # General pattern: page builders (HubSpot modules, SiteOrigin panels) call every
    # layout unit a 'widget', text blocks included; inside <main> it is the story.
    blocks = "".join(
        f"<div class='so-panel widget widget_editor'><div class='textwidget'><p>{s}</p></div></div>" for s in STORY[:4]
    )
    sidebar = (
        "<div class='sidebar-widget widget'><p>Our shop sells harbour maps, tide clocks and warm coats for the "
        "winter crossing, all with free delivery this month.</p></div>"
    )
    html = (
        "<html><head><title>Harbour report</title></head><body>"
        f"<main><h1>Harbour report</h1><div class='panel-layout'>{blocks}</div></main>{sidebar}</body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in STORY[:4])
    assert "tide clocks" not in text


def test_a_short_block_named_like_content_does_not_win_over_the_text() -> None:
    # General pattern: a title block whose class and id both read as content
    # ('page-content', 'block-page-title') outscores the real body on its names alone.
    body = "".join(f"<p>{s}</p>" for s in STORY[:3])
    html = (
        "<html><head><title>Harbour report</title></head><body>"
        "<div class='block page-content main-content' id='block-page-title'><h1>Harbour report</h1>"
        "<p>Updated for the winter season of sailings.</p></div>"
        f"<div class='crumbs'><ul>{MENU}</ul></div>"
        f"<div class='region'><div class='node'><div class='field-item'>{body}</div></div></div></body></html>"
    )
    text = body_text(html)
    assert STORY[0] in text and STORY[2] in text


def test_a_story_cut_into_many_small_blocks_is_taken_whole() -> None:
    # General pattern: a story cut into many same-weight containers (asciidoc
    # section blocks, accordion panels) where one block, here a code listing,
    # scores best on its own: the frame holding all of them is the story.
    listing = "tide_table.load(port, season)\n" * 6
    code = f"<div class='listingblock'><div class='content'><pre>{listing}</pre></div></div>"
    sections = "".join(
        f"<div class='sect1'><h2>Step {n}</h2><div class='sectionbody'><div class='paragraph'><p>{STORY[n]}</p></div>"
        f"{code if n == 1 else ''}</div></div>"
        for n in range(5)
    )
    html = (
        "<html><head><title>Harbour report</title></head><body>"
        f"<div class='post-wrap'><h1>Harbour report</h1>{sections}</div>"
        f"<div class='site-links'><ul>{MENU}</ul></div></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in STORY[:5])
    assert "Section 3" not in text


def test_a_bem_modifier_naming_ads_does_not_make_a_section_furniture() -> None:
    # General pattern: a BEM modifier ('report__section--ads', 'o-section--has-ads')
    # says the section carries ad slots; the block name before '--' says what it is.
    sections = "".join(
        f"<section class='report__section report__section--ads'><p>{s}</p><div class='ad-slot'></div></section>"
        for s in STORY[:4]
    )
    html = (
        "<html><head><title>Harbour report</title></head><body>"
        f"<article><h1>Harbour report</h1>{sections}</article></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in STORY[:4])


def test_a_wrapper_named_like_a_sidebar_that_holds_the_story_is_kept() -> None:
    # General pattern: layout wrappers carry furniture words ('sidebar-wrapper' around
    # the main column, 'mmenuwrapper' around the page); one holding most of the
    # page's paragraph text is the story, in the first pass already.
    body = "".join(f"<p>{s}</p>" for s in STORY[:6])
    html = (
        "<html><head><title>Harbour report</title></head><body><div class='page'>"
        f"<div class='sidebar-wrapper'><h1>Harbour report</h1><div class='entry-text'>{body}</div></div>"
        "<div class='notice'><p>Ferry tickets, tide clocks and maps are sold at the harbour office, open from nine "
        "to five on weekdays, and on Saturday mornings in the summer season.</p><p>Season passes, group fares and "
        "school trips are booked at the same desk, or by letter to the harbour office, at least a week ahead.</p></div>"
        "</div></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in STORY[:6])


def test_a_script_hook_with_a_furniture_word_on_the_story_body_is_kept() -> None:
    # General pattern: scripts hang behaviour classes on the body itself
    # ('js-truncate-related-to-size'); inside the <article> a block with most of the
    # page's paragraph text is the story. A related-stories block is still dropped.
    body = "".join(f"<p>{s}</p>" for s in STORY[:6])
    related = (
        "<div class='related-stories'><p>Lighthouse keepers return to the north cape after forty years away, "
        "a story from our archive.</p></div>"
    )
    html = (
        "<html><head><title>Harbour report</title></head><body><main><article><h1>Harbour report</h1>"
        f"<section class='article__content js-truncate-related-to-size'>{body}</section>{related}"
        "</article></main></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in STORY[:6])
    assert "Lighthouse keepers" not in text


def test_mathml_formulas_are_text_of_the_story() -> None:
    # General pattern: MathJax 3 and KaTeX keep a formula's readable text in
    # MathML (<math>, inside custom elements such as <mjx-container>); the
    # visual copy is aria-hidden and the TeX source sits in an <annotation>.
    # Dropping <math> left sentences with holes ("the root is  when").
    formula = (
        '<mjx-container class="MathJax ContextMenu_hook"><mjx-math aria-hidden="true"><mjx-c></mjx-c></mjx-math>'
        "<mjx-assistive-mml><math><mi>q</mi><mo>=</mo><mfrac><mn>7</mn><mi>k</mi></mfrac></math>"
        "</mjx-assistive-mml></mjx-container>"
    )
    katex = (
        '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>z</mi><mo>+</mo><mn>9</mn></mrow>'
        '<annotation encoding="application/x-tex">z+9</annotation></semantics></math></span>'
        '<span class="katex-html" aria-hidden="true"><span>z+9</span></span></span>'
    )
    inner = f"<p>The ferry schedule follows the rule {formula} for every harbour, and {katex} for islands.</p>"
    text = body_text(_article_page(inner))
    assert "follows the rule q=7k for every harbour" in text  # a formula reads as its source spaced it
    assert "z+9 for islands" in text and text.count("z+9") == 1
    assert SENTENCES[3] in text


def test_a_first_paragraph_that_opens_with_the_headline_keeps_its_words() -> None:
    # General pattern: a lede may open with the very words of the headline shown
    # above it ("The ferry plan passed" / "The ferry plan passed on Tuesday after …").
    # Only a headline run into the paragraph (joined by a <br>, never shown on its
    # own) is cut off it.
    headline = "The harbour council approved the new island ferry"
    lede = f"{headline} on Tuesday evening, after a debate that ran past midnight and a vote of nine to four."
    body = "".join(f"<p>{s}</p>" for s in SENTENCES[:4])
    html = f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1><p>{lede}</p>{body}</body></html>"
    assert body_text(html).startswith(lede)
    joined_lede = f"<p>{headline}<br>{lede[len(headline) + 1 :]}</p>"
    joined = f"<html><head><title>{headline}</title></head><body>{joined_lede}{body}</body></html>"
    assert body_text(joined).startswith("on Tuesday evening")


def test_text_set_loose_in_a_list_tag_is_kept() -> None:
    # General pattern: hand-written pages indent a passage with a bare <ul> or
    # <ol> and no <li>; the walk read only list items and dropped the passage.
    aside = "(The old ferry, for the record, still runs on Sundays <i>when the tide allows</i>, and nobody minds.)"
    body = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    html = _article_page(f"<ul> {aside} </ul>{body}")
    text = body_text(html)
    assert "still runs on Sundays when the tide allows, and nobody minds." in text
    assert SENTENCES[2] in text


def test_br_separated_text_held_directly_in_a_section_is_an_article() -> None:
    # General pattern: hand-written and old pages put <br>-separated text straight
    # into <center>, <section> or <article>; only <div>s had their loose text made
    # into paragraphs, so nothing voted and the page had "no article". A link
    # after a <br> stays in its sentence.
    joined = "<br><br>".join(SENTENCES[:5])
    nav = "<div class='nav'><a href='/'>Home</a> <a href='/news'>News</a></div>"
    for frame in ("<center>{}</center>", "<section><h2>Ferry plan</h2>{}</section>", "<article>{}</article>"):
        html = f"<html><head><title>Ferry plan</title></head><body>{nav}{frame.format(joined)}</body></html>"
        article = extract_article(html.encode())
        paragraphs = [p for s in article.sections for p in s.paragraphs]
        assert paragraphs == SENTENCES[:5], frame
    linked = (
        f"<div class='story'><p>{SENTENCES[5]}</p>"
        + joined
        + "<br><br>See the timetable (<a href='/t.pdf'>PDF</a>) for details.</div>"
    )
    text = body_text(f"<html><head><title>Ferry plan</title></head><body>{linked}</body></html>")
    assert "See the timetable (PDF) for details." in text
