"""Version 11 body rules, each on a page written for its test (no development-set text)."""

from __future__ import annotations

from extract_helpers import body_text
from newstui.errors import ExtractError
from newstui.extract import extract_article

_BODY = "".join(
    f"<p>Paragraph {n}: the valley's bee keepers, after a wet spring, moved {n + 3} hives uphill, "
    "where the heather, the clover and the lime trees flower later in the year.</p>"
    for n in range(8)
)


def test_a_standfirst_in_the_headline_header_opens_the_body() -> None:
    # General pattern: the standfirst sits in the header with the h1, kicker, byline
    # and date, apart from the body container; the edge scan stops at that header.
    standfirst = (
        "Wet weather drove the valley's bee keepers uphill this year, and the honey they brought back "
        "tastes of heather rather than clover."
    )
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        '<header class="story-head"><p class="kicker">Farming</p><h1>Bee keepers move uphill</h1>'
        f'<div class="head-copy"><p class="head-text">{standfirst}</p></div>'
        '<p class="meta">By Ana Ruiz · 3 May 2026</p>'
        '<figure><img src="/hive.jpg" alt="">'
        "<figcaption>A hive on the ridge, moved in April this year.</figcaption></figure>"
        "</header>"
        f'<div class="story-wrap"><div class="story-body">{_BODY}</div></div>'
        "</article></body></html>"
    )
    article = extract_article(html.encode())
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs[0] == standfirst
    assert paragraphs[1].startswith("Paragraph 0:")
    text = " ".join(paragraphs)
    assert "By Ana Ruiz" not in text
    assert "A hive on the ridge" not in text


def test_a_caption_byline_or_call_to_action_by_the_headline_is_no_standfirst() -> None:
    # The rule takes prose only: a credit line, a byline sentence and a call to action
    # between the headline and the body stay out.
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        '<header class="story-head"><h1>Bee keepers move uphill</h1>'
        '<p class="photo-credit">The ridge above the valley at dawn, seen from the old hives. Photo: Ana Ruiz.</p>'
        "<p>By Ana Ruiz, who has covered farming in the valley for the paper since the year it was founded.</p>"
        '<div class="cta-box"><p>Get every farming story first: join the thousands of readers '
        "of our weekly letter.</p></div>"
        "<p>Bee keepers move uphill as the lowland clover fails</p>"
        "</header>"
        f'<div class="story-wrap"><div class="story-body">{_BODY}</div></div>'
        "</article></body></html>"
    )
    text = body_text(html)
    assert text.startswith("Paragraph 0:")
    for furniture in ("Photo: Ana Ruiz", "covered farming", "weekly letter", "lowland clover fails"):
        assert furniture not in text


def test_no_standfirst_is_taken_from_outside_the_headline_frame() -> None:
    # A paragraph between a page-wide h1 (a site banner) and the story, sharing no frame
    # with the story below <body>, is page furniture, not the story's standfirst.
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body>"
        "<div class='top'><div class='banner'><h1>The Valley Gazette</h1></div>"
        "<p>The valley's own newspaper, written by the people who live and farm here.</p></div>"
        f'<div class="main"><div class="story-body">{_BODY}</div></div>'
        "</body></html>"
    )
    text = body_text(html)
    assert "The valley's own newspaper" not in text
    assert text.startswith("Paragraph 0:")


def test_a_table_in_a_scrolling_box_and_headings_with_scroll_utilities_are_kept() -> None:
    # General pattern: 'scroll' in a class names how a box scrolls, not an
    # infinite-scroll strip: a wide table sits in a box that scrolls sideways on
    # small screens ('table-scroll'), and utility CSS gives headings the margin
    # kept when the page scrolls to their anchor ('scroll-mt-8').
    rows = "".join(
        f"<tr><td>Hive {n} on the ridge</td><td>{10 + n} kg of heather honey</td><td>moved in April</td></tr>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        "<h1>Bee keepers move uphill</h1>"
        '<div class="story-body">'
        f"{_BODY}"
        '<h2 class="font-bold scroll-mt-8 mb-4" id="yields">What the hives gave</h2>'
        f'<div class="table-scroll"><table>{rows}</table></div>'
        "<p>The keepers, who weighed every frame by hand, expect the same again next year, weather allowing.</p>"
        "</div></article></body></html>"
    )
    article = extract_article(html.encode())
    assert "What the hives gave" in [s.heading for s in article.sections]
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "Hive 3 on the ridge" in text
    assert "15 kg of heather honey" in text


def test_a_heading_whose_anchor_id_holds_a_furniture_word_is_kept() -> None:
    # General pattern: editors give each heading an id made of its own words, for
    # in-page links; 'social-media-shopping' names the section's subject, not furniture.
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        "<h1>Bee keepers move uphill</h1>"
        '<div class="story-body">'
        f"{_BODY}"
        '<h2 id="h-selling-honey-on-social-media-and-shopping-sites">'
        "Selling honey on social media and shopping sites</h2>"
        "<p>Most keepers, the cooperative says, now sell a third of their jars online, "
        "and the rest at the Saturday market by the old mill.</p>"
        "</div></article></body></html>"
    )
    article = extract_article(html.encode())
    assert "Selling honey on social media and shopping sites" in [s.heading for s in article.sections]


def _entry(n: int, name: str) -> str:
    return (
        f'<h2><a href="https://maker{n}.example/">{n}. {name}</a></h2>'
        f"<p>{name} sells smokers, frames and veils to small keepers; its starter kit, "
        f"about {40 + n} euros, is the one most of the valley's new keepers bought this spring.</p>"
        "<p>Orders placed before noon, the owners say, leave the same day; hives and bees are collected.</p>"
    )


def test_a_list_article_keeps_its_linked_entry_titles() -> None:
    # General pattern: list articles head each entry with its name linked to the
    # maker's site; the heading is all link and was dropped as a teaser.
    names = ["Heather Hive Supply", "Clover and Comb", "Ridge Apiary Tools", "Lime Tree Bees"]
    entries = "".join(_entry(n, name) for n, name in enumerate(names, 1))
    html = (
        "<html><head><title>Four bee supply shops for new keepers</title></head><body><article>"
        "<h1>Four bee supply shops for new keepers</h1>"
        '<div class="story-body"><p>New keepers asked us where to buy their first kit; '
        "these are the shops the cooperative's members trust, in no particular order.</p>"
        f"{entries}</div></article></body></html>"
    )
    article = extract_article(html.encode())
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [f"{n}. {name}" for n, name in enumerate(names, 1)]


def test_a_front_of_linked_teasers_is_still_no_article() -> None:
    # A section front heads each short teaser with a linked headline: still no article.
    teasers = "".join(
        f'<div class="card"><h2><a href="/story/{n}">Keepers move hive number {n} uphill</a></h2>'
        f"<p>The valley's keepers moved hive {n} to the ridge this week.</p></div>"
        for n in range(8)
    )
    html = f"<html><head><title>Farming</title></head><body><main>{teasers}</main></body></html>"
    try:
        article = extract_article(html.encode())
    except ExtractError:
        return
    headings = [s.heading for s in article.sections if s.heading]
    assert not headings, headings


def _tail_page(opener: str) -> str:
    teasers = "".join(
        f'<li><a href="/story/{n}">Keepers in the next valley move hive {n} uphill</a></li>' for n in range(4)
    )
    return (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        "<h1>Bee keepers move uphill</h1>"
        f'<div class="story-body">{_BODY}<h3>{opener}</h3>'
        f"<p>The keepers' association, founded in the valley in 1921, counts new members every spring.</p>"
        f"<ul>{teasers}</ul></div></article></body></html>"
    )


def test_furniture_openers_in_other_languages_end_the_story() -> None:
    # General pattern: news sites in German, French, Spanish, Italian, Portuguese,
    # Dutch and Polish open their comment and related-story blocks with the same
    # short labels as English ones ('Related articles', 'Comments').
    for opener in ("Das könnte Sie auch interessieren", "Articles similaires", "Noticias relacionadas", "3 Kommentare"):
        text = body_text(_tail_page(opener))
        assert "Paragraph 7:" in text, opener
        assert "founded in the valley in 1921" not in text, opener


def test_an_inline_read_also_label_in_another_language_does_not_end_the_story() -> None:
    # 'Lesen Sie auch' stands between paragraphs like 'Read more': it does not cut.
    text = body_text(_tail_page("Lesen Sie auch"))
    assert "founded in the valley in 1921" in text


def test_an_about_the_author_box_after_the_story_is_cut() -> None:
    # General pattern: an author box ('About the author', 'Über den Autor', 'Sobre el
    # autor') closes many stories; its bio does not read like the '… is a reporter' line.
    openers = ("About the author", "About the contributors", "Über den Autor", "Sobre el autor")
    for opener in (*openers, "Das könnte Sie auch interessieren!"):
        text = body_text(_tail_page(opener))
        assert "Paragraph 7:" in text, opener
        assert "founded in the valley in 1921" not in text, opener


def test_a_linked_read_also_line_in_another_language_is_dropped_mid_story() -> None:
    # General pattern: 'Read more: <link to another story>' between paragraphs, as
    # the German, French, Spanish and Polish press write it.
    for label in ("Lesen Sie auch:", "À lire aussi »", "Lea también:", "Czytaj też:"):
        paragraphs = _BODY.split("</p>")
        paragraphs.insert(4, f'<p>{label} <a href="/story/9">Keepers in the next valley lose half their hives</a>')
        html = (
            "<html><head><title>Bee keepers move uphill</title></head><body><article>"
            f"<h1>Bee keepers move uphill</h1><div class='story-body'>{'</p>'.join(paragraphs)}</div>"
            "</article></body></html>"
        )
        text = body_text(html)
        assert "lose half their hives" not in text, label
        assert "Paragraph 7:" in text, label


def test_a_closing_pitch_after_the_story_is_dropped() -> None:
    # General pattern: stories close with a pitch of their own: 'If you enjoyed this
    # article, …' and 'For the latest news … download our app'.
    pitches = (
        "<p>If you enjoyed this article about the valley's keepers, please tell a friend who keeps bees.</p>"
        "<p>For the latest stories from the valley, download the Gazette app for your phone.</p>"
    )
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        f"<h1>Bee keepers move uphill</h1><div class='story-body'>{_BODY}{pitches}</div>"
        "</article></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 7:" in text
    assert "please tell a friend" not in text
    assert "Gazette app" not in text


def _dek_page(description: str) -> str:
    meta = f'<meta name="description" content="{description}">' if description else ""
    return (
        f"<html><head><title>Bee keepers move uphill</title>{meta}</head><body><article>"
        '<header class="story-head"><h1>Bee keepers move uphill</h1>'
        "<h2>A wet spring drove the valley's keepers and their hives up to the heather on the ridge</h2>"
        '<p class="meta">By Ana Ruiz · 3 May 2026</p></header>'
        f'<div class="story-wrap"><div class="story-body">{_BODY}</div></div>'
        "</article></body></html>"
    )


def test_a_dek_heading_under_the_headline_opens_the_text() -> None:
    # General pattern: the standfirst set as a heading (an h2 of ten words or more
    # right under the h1) in the headline's header, outside the body container.
    dek = "A wet spring drove the valley's keepers and their hives up to the heather on the ridge"
    for description in ("", "Keepers move hives to the ridge after a wet spring."):
        article = extract_article(_dek_page(description).encode())
        assert article.sections[0].heading is None
        assert article.sections[0].paragraphs[0] == dek
        assert article.sections[0].paragraphs[1].startswith("Paragraph 0:")


def test_a_story_cut_by_a_promo_into_blocks_of_one_kind_is_taken_whole() -> None:
    # General pattern: a template cuts the story into blocks of one kind around a
    # promo box; the short first part, with a linked list, scored under the share of
    # the winner's score that admits a sibling.
    intro = (
        "<p>The valley's keepers, after the wettest spring in decades, moved their hives uphill.</p>"
        "<p>The cooperative, which sells the honey of all its members under one label at the Saturday "
        "market, keeps a map of the hives; here is where each member put theirs this year:</p><ul>"
        + "".join(f'<li><a href="/keeper/{n}">Keeper {n} on the north ridge</a>, {n + 2} hives</li>' for n in range(5))
        + "</ul>"
    )
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        "<h1>Bee keepers move uphill</h1><div class='story-wrap'>"
        f'<div class="rich-text w-richtext">{intro}</div>'
        '<div class="cta-holder"><a href="/shop">Twelve months of the valley\'s bees, printed on recycled paper, '
        "for your kitchen wall: order the honey calendar</a></div>"
        f'<div class="rich-text w-richtext">{_BODY}</div>'
        "</div></article></body></html>"
    )
    text = body_text(html)
    assert "keeps a map of the hives" in text
    assert "Paragraph 7:" in text


def test_a_guest_authors_closing_bio_is_dropped() -> None:
    # General pattern: guest and expert pieces close with the author's bio ('Jane Doe
    # is the founder of …'), longer than a reporter's one-line bio and naming another role.
    bio = (
        "<p>Ana Ruiz is the founder of the valley's beekeeping school, where she has taught "
        "more than four hundred new keepers since 2009 how to raise queens, split colonies and "
        "harvest honey without harming the bees; before that she ran the cooperative's honey "
        "house for twelve years and wrote two books on keeping bees in wet mountain valleys.</p>"
    )
    html = (
        "<html><head><title>Bee keepers move uphill</title></head><body><article>"
        f"<h1>Bee keepers move uphill</h1><div class='story-body'>{_BODY}{bio}</div>"
        "</article></body></html>"
    )
    text = body_text(html)
    assert "Paragraph 7:" in text
    assert "founder of the valley's beekeeping school" not in text
