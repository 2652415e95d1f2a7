"""Headline choice on pages written for these tests (not taken from any development set)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PAGE = (
    "<html><head><title>Ferry returns in spring — Notes from the harbours</title></head><body>"
    "<div><h2>Ferry returns in spring</h2></div>"
    "<main><h2>Notes from the harbours</h2>"
    + "<p>The council voted on the harbour plan on Tuesday, after a long debate.</p>"
    * 5
    + "</main>"
    "</body></html>"
)


def test_equal_length_title_parts_resolve_the_same_way_on_every_run() -> None:
    # General pattern: '<title>A — B</title>' with both parts shown as headings and
    # equally long; the choice must not depend on Python's string hashing (set order).
    code = f"from newstui.extract import extract_article; print(extract_article({PAGE!r}.encode()).headline)"
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        seen.add(out.stdout.strip())
    assert len(seen) == 1


def test_a_twice_escaped_entity_in_the_headline_is_decoded() -> None:
    from newstui.extract import extract_article

    # General pattern: a template escapes an already escaped title, so the page shows
    # '&#x26;' (or '&amp;amp;') in its h1 where it means '&'.
    body = "<p>The council voted on the harbour plan on Tuesday, after a long debate.</p>" * 5
    html = (
        '<html><head><meta property="og:title" content="Ferries &amp; fares: what changes in May">'
        "<title>Ferries &amp; fares: what changes in May</title></head><body><article>"
        f"<h1>Ferries &amp;#x26; fares: what changes in May</h1>{body}</article></body></html>"
    )
    assert extract_article(html.encode()).headline == "Ferries & fares: what changes in May"


def test_an_h1_holding_a_description_is_not_the_headline() -> None:
    from newstui.extract import extract_article

    # General pattern: a template sets the page's description (several sentences) in its only <h1>;
    # og:title and JSON-LD agree with each other on the real headline.
    body = "<p>The council voted on the harbour plan on Tuesday, after a long debate.</p>" * 5
    html = (
        '<html><head><meta property="og:title" content="Ten ferry routes to take this summer | Harbour Post">'
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Ten ferry routes to take this summer"}</script>'
        "<title>Ten ferry routes to take this summer | Harbour Post</title></head><body><article>"
        "<h1>Find out which crossings run every day. We list what tickets cost and how to book a cabin"
        " for the night on each of the routes.</h1>"
        f"{body}</article></body></html>"
    )
    assert extract_article(html.encode()).headline == "Ten ferry routes to take this summer"


BODY = "<p>The council voted on the harbour plan on Tuesday, after a debate that ran past midnight.</p>" * 5


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _og_and_title(title: str) -> str:
    return f'<meta property="og:title" content="{title}"><title>{title}</title>'


def _headline(head: str, body: str, url: str | None = None) -> str:
    from newstui.extract import extract_article

    return extract_article(_page(head, body).encode(), url=url).headline


def test_a_headline_that_names_the_publisher_keeps_its_first_words() -> None:
    # General pattern: a story about the publisher itself ('Docker Hardened Images: …' on
    # docker.com) holds the site's name in its first part; that part is no site-name prefix.
    head = (
        '<meta property="og:site_name" content="Harbour Post">'
        '<meta property="og:title"'
        ' content="Harbour Post launches a ferry app: timetables on your phone | Harbour Post">'
        "<title>Harbour Post launches a ferry app: timetables on your phone | Harbour Post</title>"
    )
    body = f"<article><h1>Harbour Post launches a ferry app: timetables on your phone</h1>{BODY}</article>"
    assert _headline(head, body) == "Harbour Post launches a ferry app: timetables on your phone"


def test_a_site_name_equal_to_the_page_title_is_not_a_site_name() -> None:
    # General pattern: templates that fill og:site_name with the page's own title; taken as a
    # site name it would strip the headline down to its last part.
    title = "How to plan a ferry trip: a guide for 2026 | Quayside"
    head = f'<meta property="og:site_name" content="{title}">' + _og_and_title(title)
    body = f"<article><h1>How to plan a ferry trip: a guide for 2026</h1>{BODY}</article>"
    assert _headline(head, body) == "How to plan a ferry trip: a guide for 2026"


def test_a_blog_name_learned_from_title_and_og_title_is_not_the_headline() -> None:
    # General pattern: '<title>Blog: Post</title>' with og:title 'Post' shows 'Blog' is the
    # site's name; the h1 showing it (even inside <article>) is the blog's banner.
    head = '<meta property="og:title" content="Small boats, big plans">'
    head += "<title>Quay Notes: Small boats, big plans</title>"
    body = f"<article><h1>Quay Notes</h1><h2>Small boats, big plans</h2>{BODY}</article><h1>About me</h1>"
    assert _headline(head, body) == "Small boats, big plans"


def test_learned_sites_finds_the_outer_part() -> None:
    from newstui.extract.headline import learned_sites

    assert learned_sites(["Quay Notes: Small boats, big plans", "Small boats, big plans"]) == ["Quay Notes"]
    assert learned_sites(["Small boats, big plans | Quay Notes | Blog", "Small boats, big plans"]) == [
        "Quay Notes | Blog"
    ]
    # Only whole parts between separators count: a title merely ending like another teaches nothing.
    assert learned_sites(["Small boats and big plans", "Big plans"]) == []


@pytest.mark.parametrize(
    "h1",
    [
        "Dec 18 2025 Harbour plan approved after a long debate",
        "Harbour plan approved after a long debate Posted on July 1, 2024 by admin",
        "Harbour plan approved after a long debate (quayside.example)",
        "2026-05-04, 10:30 Harbour plan approved after a long debate",
    ],
)
def test_a_dateline_byline_or_source_run_into_the_h1_is_dropped(h1: str) -> None:
    # General pattern: templates print the date, 'Posted on … by …' or a '(site.com)' source
    # inside the h1; og:title has the headline alone.
    head = '<meta property="og:title" content="Harbour plan approved after a long debate"><title>Quayside</title>'
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == "Harbour plan approved after a long debate"


@pytest.mark.parametrize(
    "h1",
    [
        "Harbour plan approved after a long debate",
        "Harbour plan approved for June 12",
        "On May 4 harbour plan approved",
        "2026 Harbour plan approved",
    ],
)
def test_other_words_around_the_og_title_in_the_h1_are_kept(h1: str) -> None:
    # The furniture rule drops bylines and dates standing alone: a subtitle or a date that is
    # part of the headline's sentence stays.
    head = '<meta property="og:title" content="Harbour plan approved"><title>Quayside</title>'
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == h1


def test_a_field_label_inside_the_h1_is_not_part_of_the_headline() -> None:
    # General pattern: repositories and archives set '<span class="descriptor">Title:</span>' in the h1.
    head = '<meta property="og:title" content="Tidal models of the inner harbour"><title>[2512.1] Tidal models</title>'
    h1 = '<h1 class="title"><span class="descriptor">Title:</span>Tidal models of the inner harbour</h1>'
    body = f"<main>{h1}{BODY}</main>"
    assert _headline(head, body) == "Tidal models of the inner harbour"


def test_an_h1_showing_the_whole_og_title_keeps_the_site_name_in_it() -> None:
    # General pattern: a newsletter issue titled 'Name #18 – Topic' shows that whole title as
    # its h1; the name in it is part of the headline, not a suffix to cut.
    title = "Quay Letter #18 – Who owns the harbour?"
    head = '<meta property="og:site_name" content="Quay Letter">' + _og_and_title(title)
    body = f"<article><h1>{title}</h1>{BODY}</article><h1>Who owns the harbour</h1>"
    assert _headline(head, body) == title


def test_a_json_ld_webpage_name_confirms_the_title_over_a_title_named_block() -> None:
    # General pattern: a page with no og:title and no h1 whose JSON-LD WebPage is named like the
    # <title>: the title is the page's own, not the site's, and beats a 'title'-classed teaser.
    ld = '{"@graph": [{"@type": "WebPage", "name": "Cheap ferry tickets are back"}]}'
    head = f'<script type="application/ld+json">{ld}</script><title>Cheap ferry tickets are back</title>'
    body = f'<div class="section-title">Latest from the quay</div><div class="story">{BODY}</div>'
    assert _headline(head, body) == "Cheap ferry tickets are back"


def test_the_articles_json_ld_headline_beats_the_webpages() -> None:
    # General pattern: a JSON-LD graph with a WebPage (SEO title) and a NewsArticle (the story's
    # headline), in either order: the article's is the headline.
    ld = (
        '{"@graph": [{"@type": "WebPage", "headline": "Ferry guide: everything to know in 2026"},'
        ' {"@type": "NewsArticle", "headline": "Ferry fares rise for the third time"}]}'
    )
    head = f'<script type="application/ld+json">{ld}</script><title>Quayside news</title>'
    assert _headline(head, f'<div class="story">{BODY}</div>') == "Ferry fares rise for the third time"


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    from newstui.extract.article import parse_html
    from newstui.extract.meta import read_meta

    # General pattern: XHTML-era templates wrap the JSON in '<![CDATA[ … ]]>' (or a comment).
    ld = '<![CDATA[ [{"@type": "NewsArticle", "headline": "Ferry fares rise again"}] ]]>'
    meta = read_meta(parse_html(_page(f'<script type="application/ld+json">{ld}</script>', BODY)))
    assert meta.titles["ld"] == "Ferry fares rise again"


def test_a_domain_shown_as_the_logo_is_cut_from_the_title() -> None:
    # General pattern: a personal site's logo h1 is its domain, and the <title> is that domain
    # followed by the post's title with no separator.
    head = "<title>quaynotes.example Small boats and big plans</title>"
    body = f'<h1>quaynotes.example</h1><div class="story">{BODY}</div>'
    assert _headline(head, body) == "Small boats and big plans"


def test_an_h1_ending_in_a_colon_is_a_lead_in_not_the_headline() -> None:
    # General pattern: notices and promotions open with an h1 such as 'A message from our editor:'.
    head = (
        '<meta property="og:site_name" content="Harbour Post">'
        '<meta property="og:title" content="Harbour fees to rise in May | Harbour Post">'
    )
    body = f"<article><h1>A message from our editor:</h1>{BODY}</article>"
    assert _headline(head, body) == "Harbour fees to rise in May"


def test_an_h1_with_characters_lost_to_the_wrong_charset_gives_way_to_the_og_title() -> None:
    # General pattern: a page decoded with the wrong charset shows '?' where a curly quote was;
    # og:title, written with entities, kept it.
    head = '<meta property="og:title" content="Ferry basics: a beginner&#8217;s guide"><title>Quayside</title>'
    body = f"<article><h1>Ferry basics: a beginner? guide</h1>{BODY}</article>"
    assert _headline(head, body) == "Ferry basics: a beginner’s guide"


def test_a_real_question_mark_in_the_h1_stays() -> None:
    head = '<meta property="og:title" content="Who owns the harbour? A guide"><title>Quayside</title>'
    body = f"<article><h1>Who owns the harbour? A guide</h1>{BODY}</article>"
    assert _headline(head, body) == "Who owns the harbour? A guide"


def test_the_registered_name_of_the_host_is_the_site_not_a_subdomain() -> None:
    # General pattern: 'developers.slashnews.example': the name is the label before the
    # public suffix, however long a subdomain is.
    from newstui.extract.headline import registered_name

    assert registered_name("https://developers.slashnews.example/story/1") == "slashnews"
    assert registered_name("https://www.bbc.co.uk/news/1") == "bbc"
    assert registered_name("https://edition.cnn.com/2026/story") == "cnn"
    head = "<title>Grads find that jobs are scarce this year - SlashNews</title>"
    body = f"<div class='story'>{BODY}</div>"
    url = "https://developers.slashnews.example/story/1"
    assert _headline(head, body, url) == "Grads find that jobs are scarce this year"


def test_a_parsely_title_picks_the_story_h1_over_the_logo_h1() -> None:
    # General pattern: Dublin Core / Parse.ly / Sailthru titles are metadata like og:title;
    # the h1 they agree with is the headline, not the logo h1 the <title> matches.
    head = '<meta name="parsely-title" content="Ferry fares rise again in May"><title>Harbour Post</title>'
    body = f"<h1>Harbour Post</h1><div class='story'><h1>Ferry fares rise again in May</h1>{BODY}</div>"
    assert _headline(head, body) == "Ferry fares rise again in May"


def test_a_title_cut_short_with_an_ellipsis_is_completed_from_another_source() -> None:
    # General pattern: twitter:title (or og:title) cut to a length ends in '…'; the <title>
    # or the h1 has the whole headline, and the cut one must not win for coming first.
    head = (
        '<meta name="twitter:title" content="Harbour plan approved after a debate that ran past mid…">'
        "<title>Harbour plan approved after a debate that ran past midnight | Quayside</title>"
    )
    assert _headline(head, f'<div class="story">{BODY}</div>') == (
        "Harbour plan approved after a debate that ran past midnight"
    )


def test_completed_needs_the_same_first_words() -> None:
    from newstui.extract.headline import completed

    whole = "Harbour plan approved after a debate that ran past midnight"
    assert completed("Harbour plan approved after a de...", [whole]) == whole
    assert completed("Harbour plan rejected after a de...", [whole]) == "Harbour plan rejected after a de..."
    assert completed("Harbour plan approved", [whole]) == "Harbour plan approved"  # not cut: kept


def test_a_section_name_from_the_breadcrumb_is_not_the_headline() -> None:
    # General pattern: the section's name set in an h1 above the story ('Opinion'); the JSON-LD
    # breadcrumb trail names it (its last crumb is the page itself and is no section).
    ld = (
        '{"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "name": "Home"},'
        ' {"@type": "ListItem", "name": "Opinion"}, {"@type": "ListItem", "name": "Why the harbour needs a ferry"}]}'
    )
    head = f'<script type="application/ld+json">{ld}</script><title>Opinion - Quayside</title>'
    body = (
        '<header><h1 class="section-title">Opinion</h1></header>'
        f"<article><h1>Why the harbour needs a second ferry</h1>{BODY}</article>"
    )
    assert _headline(head, body) == "Why the harbour needs a second ferry"


def test_a_section_name_between_headline_and_site_is_cut() -> None:
    # General pattern: 'Headline - Section - Site' titles; article:section names the section.
    head = (
        '<meta property="og:site_name" content="Quayside"><meta property="article:section" content="Opinion">'
        '<meta property="og:title" content="Why the harbour needs a second ferry - Opinion - Quayside">'
    )
    assert _headline(head, f'<div class="story">{BODY}</div>') == "Why the harbour needs a second ferry"


def test_an_underscore_separates_words_when_titles_are_compared() -> None:
    from newstui.extract.headline import word_overlap

    # General pattern: Chinese portals join '标题_栏目_网站' with underscores.
    assert word_overlap("Ferry fares rise_Local_Quayside", "Ferry fares rise") == 0.6


def test_an_og_title_that_is_the_site_name_gives_way_to_the_h1() -> None:
    # General pattern: a template prints the home page's og:title (the site's name and motto,
    # equal to og:site_name) on every article; the story's h1 is the headline.
    name = "Quayside - News from the harbour"
    head = f'<meta property="og:site_name" content="{name}">' + _og_and_title(name)
    body = f"<div class='story'><h1>Ferry fares rise again in May</h1>{BODY}</div>"
    assert _headline(head, body) == "Ferry fares rise again in May"


def test_a_page_titled_only_with_the_site_name_still_gets_a_headline() -> None:
    name = "Quayside - News from the harbour"
    head = f'<meta property="og:site_name" content="{name}">' + _og_and_title(name)
    assert _headline(head, f"<div class='story'>{BODY}</div>") == name


def test_a_site_name_equal_to_the_articles_h1_is_the_headline() -> None:
    # General pattern: a template fills og:site_name with the page's title; the article's h1
    # shows the same words, so they are the headline and not the site's name.
    title = "Ferry fares rise again in May"
    head = f'<meta property="og:site_name" content="{title}">' + _og_and_title(title)
    body = f"<h1>Quayside home</h1><article><h1>{title}</h1>{BODY}</article>"
    assert _headline(head, body) == title


def test_a_json_ld_webpage_named_like_the_site_does_not_confirm_the_title() -> None:
    # The WebPage name confirms the <title> only when it is not the site's own name.
    ld = '{"@graph": [{"@type": "WebPage", "name": "Quayside News"}, {"@type": "WebSite", "name": "Quayside News"}]}'
    head = f'<script type="application/ld+json">{ld}</script><title>Quayside News</title>'
    body = f'<div class="story"><div class="headline">Ferry fares rise again in May</div>{BODY}</div>'
    assert _headline(head, body) == "Ferry fares rise again in May"


def test_a_short_name_after_a_dash_ends_a_pages_only_title() -> None:
    # General pattern: a page with no h1 and no metadata titles whose <title> reads 'Headline –
    # Site' with the site named nowhere else: the short part after the last dash is the site's.
    head = "<title>Ferry fares rise again this spring – Quay Notes</title>"
    assert _headline(head, f'<div class="story">{BODY}</div>') == "Ferry fares rise again this spring"


@pytest.mark.parametrize(
    "title",
    [
        "Ferry fares – why now?",  # too short a head to be a headline with a site after it
        "Ferry fares rise again this spring – and again, and again",  # a tail with punctuation reads on
    ],
)
def test_a_dash_inside_a_pages_only_title_is_kept(title: str) -> None:
    assert _headline(f"<title>{title}</title>", f'<div class="story">{BODY}</div>') == title


def test_a_dash_tail_stays_when_an_h1_shows_the_whole_title() -> None:
    # The cut is for titles nothing else on the page confirms: an h1 showing the whole keeps it.
    title = "Ferry fares rise again this spring – Quay Notes"
    body = f"<div class='story'><h1>{title}</h1>{BODY}</div>"
    assert _headline(f"<title>{title}</title>", body) == title


@pytest.mark.parametrize(
    "logo",
    [
        '<h1 class="heading"><a href="/"><span>Quay Stories</span> <sup>beta</sup></a></h1>',
        '<a href="https://quaystories.example/"><h1 class="heading">Quay Stories archive</h1></a>',
    ],
)
def test_an_h1_linking_to_the_home_page_is_the_sites_logo(logo: str) -> None:
    # General pattern: the site's name set as '<h1><a href="/">Site</a></h1>' on every page,
    # named nowhere in the metadata; the story's title is elsewhere (here an h2 and the <title>).
    head = "<title>Small boats, big plans | Quay Stories</title>"
    body = f'{logo}<div class="story"><h2 class="title">Small boats, big plans</h2>{BODY}</div>'
    assert _headline(head, body) == "Small boats, big plans"


def test_an_h1_linking_to_the_page_itself_is_still_the_headline() -> None:
    head = "<title>Small boats, big plans | Quay Stories</title>"
    body = f'<h1 class="title"><a href="#">Small boats, big plans</a></h1><div class="story">{BODY}</div>'
    assert _headline(head, body) == "Small boats, big plans"


@pytest.mark.parametrize(
    ("title", "logo", "want"),
    [
        ("Tidal charts | Quay Works", '<meta name="application-name" content="Quay Works">', "Tidal charts"),
        ("Tide tables | Quay Works", "", "Tide tables"),  # the logo links home: the site's name
    ],
)
def test_the_title_part_the_page_shows_in_its_logo_is_not_the_headline(title: str, logo: str, want: str) -> None:
    # General pattern: an old page (no og:title, no article h1) shows its site's name in the logo;
    # that is the one part of '<title>Headline | Site</title>' found on the page, yet never the headline.
    site = title.split(" | ")[-1]
    head = f"{logo}<title>{title}</title>"
    logo_html = f'<h1><a href="/">{site}</a></h1>' if not logo else f'<div class="logo"><b>{site}</b></div>'
    body = f'{logo_html}<div class="story">{BODY}</div>'
    assert _headline(head, body) == want


def test_a_site_name_between_the_headline_and_a_motto_ends_the_headline() -> None:
    # General pattern: 'Headline | site.example | Motto' in every title source; the motto after
    # the site's name is no part of the headline. The one-word headline is the h1.
    title = "Winterpike | quaynotes.example | Your harbour fishing magazine"
    head = _og_and_title(title)
    body = f"<article><h1>Winterpike</h1>{BODY}</article>"
    assert _headline(head, body) == "Winterpike"


def test_strip_site_cuts_at_a_middle_site_part_only_before_a_short_tail() -> None:
    from newstui.extract.headline import strip_site

    assert strip_site("Tidal charts - quayworks.example - Harbour maps", None, "") == "Tidal charts"
    assert strip_site("Tidal charts | Quay Works | Maps", ["Quay Works"], "") == "Tidal charts"
    # a long run after the name is more headline, not a motto: only the last part is looked at
    long_tail = "Quay Works | Tidal charts | and why the inner harbour needs new ones this winter"
    assert strip_site(long_tail, None, "") == long_tail


def test_a_style_block_inside_the_h1_is_not_part_of_the_headline() -> None:
    # General pattern: CSS-in-JS templates emit '<style>' blocks inside the heading they style;
    # their rules are code, not words of the headline.
    head = _og_and_title("Ferry fares rise again in May")
    h1 = '<h1 class="css-x1"><style>.css-x1{font-size:16px;color:#707070}</style>Ferry fares rise again in May</h1>'
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Ferry fares rise again in May"


def test_separators_do_not_count_as_words_of_a_visible_h1() -> None:
    # General pattern: a two-label h1 ('News | Entry') above the story; the '|' is no word, so it
    # is too short to be a visible headline that overrules the metadata titles.
    head = _og_and_title("Winter maps now cover the whole coast")
    body = f"<article><h1>News | Entry</h1>{BODY}</article>"
    assert _headline(head, body) == "Winter maps now cover the whole coast"


def test_a_title_shown_as_a_heading_beats_a_title_named_block() -> None:
    # General pattern: a page with no h1 and no metadata shows its <title> as an h4 above the
    # story; the first headline-named block (here the site's hidden h2) does not stand in for it.
    head = "<title>Ferry fares rise again</title>"
    body = (
        '<h2 class="hide">Quay Press – Harbour news service</h2>'
        f'<div class="story"><h4>Ferry fares rise again</h4>{BODY}</div>'
    )
    assert _headline(head, body) == "Ferry fares rise again"


def test_a_logo_heading_linking_home_does_not_show_the_title() -> None:
    # The site's name as the <title> and as a logo heading linking home: a headline-named block is still looked for.
    head = "<title>Quay Press</title>"
    body = (
        '<h2><a href="/">Quay Press</a></h2>'
        f'<div class="story"><div class="headline">Ferry fares rise again</div>{BODY}</div>'
    )
    assert _headline(head, body) == "Ferry fares rise again"


def test_a_kicker_class_run_into_the_word_for_the_story_is_still_a_kicker() -> None:
    # General pattern: '<span class="storyoverline">' / '<span class="storyheadline">' inside the
    # h1: the part names are run into 'story' / 'article' without a hyphen.
    head = _og_and_title("Ferry fares rise again in May")
    h1 = (
        '<h1><span class="storyoverline">Harbour week</span> '
        '<span class="storyheadline">Ferry fares rise again in May</span></h1>'
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Ferry fares rise again in May"


@pytest.mark.parametrize(
    "title",
    ["18.05.2026 - Ferry fares rise again in May", "Ferry fares rise again in May | May 18, 2026"],
)
def test_a_date_set_off_by_a_separator_in_every_title_is_dropped(title: str) -> None:
    # General pattern: press-release templates print the date before or after the title in the
    # <title>, og:title and the h1 alike; none shows the headline alone.
    head = _og_and_title(title)
    assert _headline(head, f"<article><h1>{title}</h1>{BODY}</article>") == "Ferry fares rise again in May"


def test_a_year_before_a_separator_stays_in_the_headline() -> None:
    title = "2026 – the year the ferry came back"
    assert _headline(_og_and_title(title), f"<article><h1>{title}</h1>{BODY}</article>") == title


def test_a_one_word_label_before_a_pipe_is_not_part_of_the_headline() -> None:
    # General pattern: 'Watch | Headline' kickers in the h1, og:title and <title> alike.
    head = _og_and_title("Watch | Ferry crew rescues two swimmers off the pier")
    body = f"<article><h1>Watch | Ferry crew rescues two swimmers off the pier</h1>{BODY}</article>"
    assert _headline(head, body) == "Ferry crew rescues two swimmers off the pier"


def test_a_one_word_headline_before_a_site_name_in_title_case_stays() -> None:
    # The rest is a name (every word capitalised), so the first word is the headline, not a label.
    head = "<title>Winterpike | Quay Notes Fishing Magazine Online</title>"
    assert _headline(head, f"<article><h1>Winterpike</h1>{BODY}</article>") == "Winterpike"


def test_a_meta_tag_carrying_several_properties_is_read_for_each() -> None:
    # General pattern: RDFa lets one <meta> carry a space-separated list of properties
    # (property="og:title twitter:title"); each of them names the same content.
    from newstui.extract import extract_article

    body = "".join(
        f"<p>The island's ferry keeps four crossings a day this winter, part {n}, after the council vote.</p>"
        for n in range(5)
    )
    html = (
        "<html><head><title>Home | Isle News</title>"
        '<meta property="og:title twitter:title" content="Winter ferry crossings kept after council vote">'
        '<meta property="dc:description og:description" content="Four crossings a day, all winter.">'
        f"</head><body><div class='story'>{body}</div></body></html>"
    )
    article = extract_article(html.encode())
    assert article.headline == "Winter ferry crossings kept after council vote"
    assert article.lead == "Four crossings a day, all winter."
