"""The generic furniture rules, one behaviour each, on small pages and block lists."""

from __future__ import annotations

import pytest

from newstui.extract import extract_article
from newstui.extract.furniture import trim
from newstui.extract.walk import Block

BODY = [
    Block("p", f"Real paragraph {i} of the story, long enough to be text and ending like a sentence.") for i in range(3)
]


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


@pytest.mark.parametrize(
    "junk",
    [
        Block("p", "HomeIndeks"),
        Block("p", "News › World › Europe"),
        Block("p", "By Jane Doe and John Roe"),
        Block("p", "Updated 10:42 AM EST, Tue March 4, 2025"),
        Block("p", "3 March 2025"),
        Block("p", "5 min read"),
        Block("p", "Listen to this article"),
        Block("p", "Menu", link_chars=4),
        Block("heading", "The headline of the page"),
    ],
)
def test_leading_furniture(junk: Block) -> None:
    assert _texts(trim([junk, *BODY], "The headline of the page", None)) == _texts(BODY)


@pytest.mark.parametrize(
    "junk",
    [
        [Block("p", "Exit mobile version")],
        [Block("p", "Share this:"), Block("li", "Twitter", link_chars=7), Block("li", "Facebook", link_chars=8)],
        [Block("heading", "Related"), Block("li", "Another story about something", link_chars=29)],
        [Block("p", "Read more: Another story about something", link_chars=30)],
        [Block("p", "Tags: council, ferry, winter")],
        [Block("p", "© 2025 Example Media Group. All rights reserved.")],
        [Block("p", "Copyright 2025 Example Media Group")],
        [Block("p", "Click here to get our morning briefing in your inbox.")],
        [Block("heading", "Comments"), Block("p", "12 comments")],
        [Block("p", "Facebook Twitter WhatsApp Email")],
        [Block("p", "Mark di Stefano is a breaking news reporter based in Sydney.")],
        [Block("p", "This article was originally published by The Conversation.")],
    ],
)
def test_trailing_furniture(junk: list[Block]) -> None:
    assert _texts(trim([*BODY, *junk], "Headline", None)) == _texts(BODY)


@pytest.mark.parametrize(
    "junk",
    [
        Block("p", "Advertisement"),
        Block("p", "Story continues below advertisement"),
        Block("p", "Read more: Why the ferry matters", link_chars=22),
        Block("p", "Sign up for our daily newsletter to get the news first."),
        Block("p", "Photo: Archive"),
        Block("p", "The ferry timetable for next winter", link_chars=35),
        Block("p", "Photograph by Jane Doe, Harbour Trust"),
        Block("p", "(Credit: Jane Doe / Harbour Trust)"),
        Block("p", "Get the latest news straight to your phone with the Harbour Daily app."),
        Block(
            "p",
            "This post contains references to products from one or more of our advertisers. "
            "We may receive compensation when you click on links to those products.",
        ),
        Block("p", "This article contains affiliate links; we may earn a commission on purchases."),
        Block("p", "We rely on your support to make local news available to all"),
        Block("p", "Make your contribution now and help the Harbour Daily thrive. Donate today"),
        Block("p", "We want to hear what you think about this article. Submit a letter to the editor."),
        Block("p", "Never miss the latest news by signing up to our newsletter today."),
        Block("p", "You can unsubscribe from this service at any time."),
    ],
)
def test_middle_furniture(junk: Block) -> None:
    assert _texts(trim([BODY[0], junk, *BODY[1:]], "Headline", None)) == _texts(BODY)


@pytest.mark.parametrize(
    "keep",
    [
        Block("p", "“We will not give up,” she said."),
        Block("li", "glass bottles and jars;"),
        Block("p", "He declined to comment."),
        Block("blockquote", "A quoted passage from the report."),
        Block("p", "Smith is a careful writer, the judge said."),
        Block("p", "The mayor is a former reporter for the paper."),
        Block("p", "Photographs by the museum's founder, taken in 1920, show the harbour before the ferry was built."),
        Block("p", "Get the app, the council said, and you can book the ferry from your phone."),
        Block("p", "The ferry is funded by donations, and we rely on them, the trust said."),
    ],
)
def test_real_text_at_the_edges_is_kept(keep: Block) -> None:
    assert _texts(trim([*BODY, keep], "Headline", None)) == _texts([*BODY, keep])


def test_short_last_list_items_are_kept_when_not_links() -> None:
    items = [Block("li", "eggs"), Block("li", "flour"), Block("li", "milk")]
    assert _texts(trim([*BODY, *items], "Headline", None)) == _texts([*BODY, *items])


ARTICLE = "".join(
    f"<p>Paragraph {i} of the article text, with commas, clauses and enough words to be scored.</p>" for i in range(6)
)


@pytest.mark.parametrize(
    "wrapper",
    ["article-footer-less", "has-sidebar layout", "content with-comments-enabled", "main-menu-offset"],
)
def test_wrapper_with_a_furniture_word_is_not_dropped(wrapper: str) -> None:
    html = f"<html><head><title>T</title></head><body><div class='{wrapper}'>{ARTICLE}</div></body></html>"
    article = extract_article(html)
    assert len(article.sections[0].paragraphs) == 6


def test_hidden_text_is_dropped() -> None:
    html = (
        "<html><body><div class='story'>"
        + ARTICLE
        + "<p style='display: none'>Hidden paragraph that must not show up in the article at all.</p>"
        + "<p hidden>Another hidden paragraph that must not show up in the article at all.</p>"
        + "</div></body></html>"
    )
    assert not any("hidden" in p for p in extract_article(html).sections[0].paragraphs)


def test_bold_short_paragraph_is_a_subhead_but_a_bold_sentence_is_not() -> None:
    html = (
        "<html><body><div class='story'>"
        + ARTICLE
        + "<p><strong>What happens next</strong></p>"
        + "<p><b>The council will vote again on Monday.</b></p>"
        + ARTICLE.replace("Paragraph", "Later paragraph")
        + "</div></body></html>"
    )
    article = extract_article(html)
    assert [s.heading for s in article.sections] == [None, "What happens next"]
    assert article.sections[1].paragraphs[0] == "The council will vote again on Monday."


def test_lead_in_its_own_container_before_the_body_is_kept() -> None:
    html = (
        "<html><body><div class='story'><div class='top'><h1>Headline words here</h1></div>"
        "<div class='intro'><p><strong>"
        "The lead paragraph sits in its own container, all in bold, before the body."
        "</strong></p></div>"
        f"<div class='body'><div class='inner'>{ARTICLE}</div></div></div></body></html>"
    )
    article = extract_article(html)
    assert article.headline == "Headline words here"
    assert article.sections[0].paragraphs[0].startswith("The lead paragraph sits in its own container")


def test_teaser_cards_after_the_body_are_not_taken() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Teaser headline {i}</a></h3>"
        "<p>A teaser summary sentence that is rather long and has no link at all in it, like a real dek.</p></div>"
        for i in range(4)
    )
    html = (
        f"<html><body><div class='wrap'><div class='body'>{ARTICLE}</div>"
        f"<div class='more'>{cards}</div></div></body></html>"
    )
    article = extract_article(html)
    assert [s.heading for s in article.sections] == [None]
    assert not any("teaser" in p for p in article.sections[0].paragraphs)


LONG = [
    Block("p", f"Paragraph {i} of a longer story, with enough words in it to count as real text for the rules.")
    for i in range(6)
]


@pytest.mark.parametrize(
    "opener", ["Comments (12)", "Reader comments", "Most read", "Also in World News", "Related stories"]
)
def test_furniture_opener_after_the_story_cuts_the_rest(opener: str) -> None:
    tail = [
        Block("heading", opener),
        Block("p", "Some long reader comment or teaser that goes on for a good while, with opinions."),
    ]
    assert _texts(trim(LONG + tail, "Headline of the page", None)) == _texts(LONG)


@pytest.mark.parametrize("subhead", ["Comments from the minister", "Latest figures", "More details"])
def test_ordinary_subheads_late_in_the_story_do_not_cut(subhead: str) -> None:
    blocks = LONG + [Block("heading", subhead)] + LONG[:2]
    assert _texts(trim(blocks, "Headline of the page", None)) == _texts(blocks)


def test_headline_repeated_after_teasers_starts_the_content() -> None:
    teasers = [Block("heading", "Reviews"), Block("p", "A lively revival"), Block("p", "Good bread, slow service")]
    blocks = teasers + [Block("heading", "Headline of the page, long enough")] + LONG
    assert _texts(trim(blocks, "Headline of the page, long enough", None)) == _texts(LONG)


def test_headline_run_into_the_first_paragraph_is_cut_off() -> None:
    first = Block("p", "Headline of the page " + LONG[0].text)
    assert _texts(trim([first] + LONG[1:], "Headline of the page", None))[0] == LONG[0].text


def test_title_part_shown_on_the_page_is_the_headline() -> None:
    html = (
        "<html><head><title>Valley Post - Sport - Rovers win the county cup at last</title></head><body>"
        "<div><a href='/'>Valley Post</a></div><font size='5'><b>Rovers win the county cup at last</b></font>"
        + "".join(f"<p>{b.text}</p>" for b in LONG)
        + "</body></html>"
    )
    assert extract_article(html).headline == "Rovers win the county cup at last"


def test_drop_cap_set_apart_is_joined_to_its_paragraph() -> None:
    html = (
        "<html><body><div class='story'><div class='par'><span class='cap'>T</span>"
        "<p>urkey and Poland were added to the list on Thursday, the transport secretary said in a statement.</p></div>"
        + ARTICLE
        + "</div></body></html>"
    )
    first = extract_article(html).sections[0].paragraphs[0]
    assert first.startswith("Turkey and Poland were added")


def test_single_capital_line_before_a_capitalised_paragraph_is_not_joined() -> None:
    blocks = [Block("p", "A"), *BODY]
    assert _texts(trim(blocks, "Headline", None))[-3:] == _texts(BODY)
    assert not any(t.startswith("AReal") for t in _texts(trim(blocks, "Headline", None)))


@pytest.mark.parametrize("inner", ["widget-container", "elementor-widget-container", "tools-wrap"])
def test_story_wrapper_named_like_furniture_inside_the_chosen_block_is_kept(inner: str) -> None:
    # readability weighs the class twice (score and sanitize); the wrapper holding the whole story must survive.
    html = (
        "<html><head><title>T</title></head><body><div class='post-content widget'>"
        f"<div class='{inner}'>{ARTICLE}</div></div><div class='other'><p>Short.</p></div></body></html>"
    )
    article = extract_article(html)
    assert len(article.sections[0].paragraphs) == 6


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='entry themeform share'>{}</div>",
        "<div class='column article-text js-dynamic-advertorial'>{}</div>",
        "<section role='complementary'>{}</section>",
        "<header role='banner'><a href='/'>Site</a>{}</header>",
    ],
)
def test_story_wrapper_with_a_share_hook_or_a_wrong_landmark_role_is_kept(wrapper: str) -> None:
    html = (
        "<html><head><title>T</title></head><body><div class='menu-bar'><a href='/'>Home</a></div>"
        + wrapper.format(ARTICLE)
        + "</body></html>"
    )
    assert len(extract_article(html).sections[0].paragraphs) == 6


def test_share_bar_and_complementary_box_beside_the_story_are_dropped() -> None:
    html = (
        "<html><body><div class='story'>" + ARTICLE + "</div>"
        "<div class='share'><p>Share this story with your friends on every network you know.</p></div>"
        "<section role='complementary'><p>A sidebar paragraph that talks about something else entirely.</p></section>"
        "</body></html>"
    )
    paragraphs = extract_article(html).sections[0].paragraphs
    assert len(paragraphs) == 6
    assert not any("sidebar" in p or "Share this" in p for p in paragraphs)


def test_comment_thread_holding_most_of_the_text_is_still_dropped() -> None:
    comments = "".join(
        f"<p>Reader comment {i}: a long opinion about the story, with several clauses, going on and on for a while.</p>"
        for i in range(12)
    )
    html = "<html><body><div class='story'>" + ARTICLE + f"</div><div class='comments'>{comments}</div></body></html>"
    paragraphs = extract_article(html).sections[0].paragraphs
    assert not any("Reader comment" in p for p in paragraphs)


def test_pop_up_dialog_holding_most_of_the_text_is_dropped() -> None:
    popup = "".join(
        f"<p>Pop-up programme paragraph {i}, with long text about another subject entirely, for a while.</p>"
        for i in range(9)
    )
    html = (
        "<html><body><div class='story'>" + ARTICLE + "</div>"
        f"<div class='pum-overlay popmake-overlay' role='dialog'>{popup}</div></body></html>"
    )
    paragraphs = extract_article(html).sections[0].paragraphs
    assert len(paragraphs) == 6 and not any("Pop-up" in p for p in paragraphs)


@pytest.mark.parametrize(
    "wrapper",
    [
        "<aside class='post'>{}</aside>",
        "<nav class='top'><a href='/'>Home</a><a href='/news'>News</a>{}",  # an unclosed <nav>
        "<div class='entry-content print-only'>{}</div>",
    ],
)
def test_story_inside_an_aside_an_unclosed_nav_or_a_print_named_body_is_kept(wrapper: str) -> None:
    html = "<html><head><title>T</title></head><body>" + wrapper.format(ARTICLE) + "</body></html>"
    assert len(extract_article(html).sections[0].paragraphs) == 6


def test_page_builder_text_widgets_are_text() -> None:
    # Elementor wraps every block in 'elementor-widget-container'; each text block holds a small share of the page.
    widgets = "".join(
        "<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
        "<div class='elementor-widget-container'>"
        f"<p>Text block {i} of a page built with a page builder, long enough to be read as real article text.</p>"
        "</div></div>"
        for i in range(4)
    )
    share = (
        "<div class='elementor-element elementor-widget elementor-widget-share-buttons'>"
        "<div class='elementor-widget-container'>"
        "<p>Share on the networks you like the most</p></div></div>"
    )
    html = (
        "<html><head><title>T</title></head><body>"
        f"<div class='elementor-widget-wrap'>{widgets}{share}</div></body></html>"
    )
    paragraphs = extract_article(html).sections[0].paragraphs
    assert [p[:12] for p in paragraphs] == ["Text block 0", "Text block 1", "Text block 2", "Text block 3"]


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        (
            "<h1 class='entry-title'><div class='entry-section'><a href='/local/'>Local News | </a></div>"
            "<span class='dfm-title'>Ferry fares rise for the third time this year</span></h1>",
            "Ferry fares rise for the third time this year",
        ),
        (
            "<h1><span class='article__subheadline'>Open Progress</span><br>"
            "<span class='article__headline'>Why the ferry timetable changed again</span></h1>",
            "Why the ferry timetable changed again",
        ),
        (
            "<h1><span class='label'>Patch Notes</span>Harbour app 4.4 fixes the ferry timetable</h1>",
            "Harbour app 4.4 fixes the ferry timetable",
        ),
        (
            "<h1 class='article-title'>Ferry fares rise again"
            "<small class='article-subtitle'>Commuters pay more</small></h1>",
            "Ferry fares rise again",
        ),
        (
            "<h1 class='title'>Ferry fares rise again<span class='element-invisible'> | Harbour Daily</span></h1>",
            "Ferry fares rise again",
        ),
        ("<h1>Ferry fares rise <em>again</em></h1>", "Ferry fares rise again"),
    ],
)
def test_kicker_label_and_subtitle_inside_the_h1_are_not_the_headline(h1: str, headline: str) -> None:
    html = f"<html><head><title>Harbour Daily</title></head><body><article>{h1}{ARTICLE}</article></body></html>"
    assert extract_article(html).headline == headline


def test_headline_holding_the_hosts_letters_is_not_the_site_name() -> None:
    html = (
        "<html><head><title>Women in the THW: past, present and future</title>"
        "<meta property='og:title' content='Women in the THW: past, present and future'>"
        "<meta property='og:site_name' content='Federal Agency for Technical Relief (THW)'>"
        "<link rel='canonical' href='https://www.thw.example/news/women'></head>"
        f"<body><h1>Women in the THW: past, present and future</h1><div class='story'>{ARTICLE}</div></body></html>"
    )
    assert (
        extract_article(html, url="https://www.thw.example/news/women").headline
        == "Women in the THW: past, present and future"
    )


def test_h1_that_og_title_agrees_with_beats_a_section_h1_matching_the_title_tag() -> None:
    html = (
        "<html><head><title>News - Harbour Institute</title><link rel='canonical' href='https://www.harbourinstitute.example/n/1'>"
        "<meta property='og:title' content='The first electron makes the difference'></head>"
        "<body><main><h1>News</h1></main>"
        f"<div class='story'><h1>The first electron makes the difference</h1>{ARTICLE}</div></body></html>"
    )
    assert extract_article(html).headline == "The first electron makes the difference"


def test_story_only_in_a_noscript_fallback_is_found() -> None:
    html = (
        "<html><head><title>Ferry fares rise again</title></head><body><div id='app'></div>"
        f"<noscript><div class='story'><h1>Ferry fares rise again</h1>{ARTICLE}</div></noscript>"
        "<noscript><img src='https://pixel.example/t.gif'></noscript></body></html>"
    )
    article = extract_article(html)
    assert len(article.sections[0].paragraphs) == 6


def test_paywall_notice_cuts_the_sales_pitch_after_it() -> None:
    pitch = [
        Block("p", "To view the full story, please subscribe to the Harbour Daily. You can choose an annual plan."),
        Block("p", "When you join, you get unlimited digital access to our reporting, newsletters and events."),
        Block("li", "Instant access to special reports"),
    ]
    assert _texts(trim(LONG + pitch, "Headline of the page", None)) == _texts(LONG)


def test_recirculation_label_and_its_teaser_between_paragraphs_are_dropped() -> None:
    module = [
        Block("p", "Keep Reading"),
        Block("p", "The latest on ferries, from timetables to fares and more", link_chars=16),
    ]
    assert _texts(trim(LONG[:3] + module + LONG[3:], "Headline of the page", None)) == _texts(LONG)


def test_paragraph_after_a_continue_reading_label_is_kept() -> None:
    blocks = LONG[:3] + [Block("p", "Continue reading")] + LONG[3:]
    assert _texts(trim(blocks, "Headline of the page", None)) == _texts(LONG)


def test_a_heading_straight_above_another_is_the_dek_not_an_empty_section() -> None:
    html = (
        "<html><body><div class='story'><h1>Headline words here</h1>"
        "<h2>A dek line that sits above the first section</h2><h2>First section</h2>"
        + ARTICLE
        + "<h2>Part two</h2><h3>Its first chapter</h3>"
        + ARTICLE.replace("Paragraph", "Later paragraph")
        + "<h2>Trailing heading with nothing under it</h2></div></body></html>"
    )
    article = extract_article(html)
    assert article.lead == "A dek line that sits above the first section"
    # An empty heading between sections heads the part below it; one after the text is furniture.
    assert [s.heading for s in article.sections] == ["First section", "Part two", "Its first chapter"]
    with_description = html.replace(
        "<body>", "<head><meta name='description' content='The page description.'></head><body>"
    )
    article = extract_article(with_description)
    # With a description as the lead, the dek the page shows stays as the opening text.
    assert article.lead == "The page description."
    assert [s.heading for s in article.sections] == [None, "First section", "Part two", "Its first chapter"]
    assert article.sections[0].paragraphs == ["A dek line that sits above the first section"]


def test_live_blog_opening_entry_beyond_a_key_events_strip_is_kept() -> None:
    opening = "".join(
        f"<p>Opening entry sentence {i} sets the scene for the day, with commas, clauses and plenty of words.</p>"
        for i in range(3)
    )
    entries = "".join(
        f"<div class='entry'><div class='entry-info'>10:0{i}</div><div class='entry-content'><h3>Update {i}</h3>"
        f"<p>Update {i} of the live blog, with commas, clauses and enough words in it to be scored as text.</p>"
        + ARTICLE * (i == 3)
        + "</div></div>"
        for i in range(8)
    )
    strip = "<div class='key-events'><a href='#e1'>Key events</a> <a href='#e2'>Schools shut</a></div>"
    short = "<div class='dateline'><p>Published Monday 9 March 2020, 08:00 by the live desk</p></div>"
    html = (
        "<html><body><div class='page'><h1>Live: the day's events</h1><div class='live'>"
        f"<div class='lead-entry'>{opening}</div>{strip}<div class='entries'>{entries}</div>"
        "</div></div></body></html>"
    )
    texts = [p for s in extract_article(html).sections for p in s.paragraphs]
    assert texts[0].startswith("Opening entry sentence 0")
    assert any(t.startswith("Update 7 of the live blog") for t in texts)
    # Beyond the strip only a whole lead is taken, not a short dateline block.
    html = html.replace(f"<div class='lead-entry'>{opening}</div>", short)
    texts = [p for s in extract_article(html).sections for p in s.paragraphs]
    assert not any("Published Monday" in t for t in texts)
