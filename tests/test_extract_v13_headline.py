"""Headline choice, version 13 rules (issue 11), on pages written for these tests (not from any development set)."""

from __future__ import annotations

from extract_helpers import headline_of

BODY = "<p>The ferry crews met on Tuesday to settle the winter crossing times for the estuary.</p>" * 5
HEADLINE = "Ferry crews settle the winter crossing times"


def _headline(head: str, body: str, url: str | None = "https://quaysidepost.example/news/1") -> str:
    return headline_of(head, body, url)


def test_a_kicker_in_an_seo_h1_goes_when_og_title_gives_the_headline_alone() -> None:
    # General pattern: JSON-LD and the <title> carry the SEO line 'Kicker: Headline', set in a
    # breadcrumb h1 too, while og:title (written for people) gives the headline alone.
    seo = f"Winter timetable: {HEADLINE}"
    ld = f'{{"@type": "NewsArticle", "headline": "{seo}"}}'
    head = (
        f'<meta property="og:title" content="{HEADLINE}"><title>{seo} | Quayside Post</title>'
        f'<script type="application/ld+json">{ld}</script>'
    )
    body = f'<article><h1 class="seo-title">{seo}</h1>{BODY}</article>'
    assert _headline(head, body) == HEADLINE


def test_a_prefix_og_title_carries_still_stays() -> None:
    # The other side: og:title has the whole 'Name #7 – Topic', so the prefix is the headline's.
    title = "Quay Notes #7 – Who sets the crossing times?"
    head = f'<meta property="og:title" content="{title}"><title>Who sets the crossing times? | Quayside Post</title>'
    assert _headline(head, f"<article><h1>{title}</h1>{BODY}</article>") == title


def test_an_h1_in_a_breadcrumb_nav_or_sidebar_is_no_candidate() -> None:
    # General pattern: an h1 inside <nav>, <aside> or <footer> titles that module, not the story.
    head = f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | Quayside Post</title>'
    body = f"<main><aside><h1>More from the estuary desk</h1></aside>{BODY}</main>"
    assert _headline(head, body) == HEADLINE


def test_an_h1_in_an_article_inside_a_module_still_counts() -> None:
    # The other side: the story itself set inside an <aside>'s <article> keeps its h1.
    head = "<title>Quayside Post</title>"
    body = f"<aside><article><h1>{HEADLINE}</h1>{BODY}</article></aside>"
    assert _headline(head, body) == HEADLINE


def test_a_newsletter_box_h1_in_main_does_not_beat_the_titles() -> None:
    # General pattern: the lone h1 inside <main> is a module's ('Sign up for our newsletter')
    # sharing no words with og:title and the <title>; the titles name the story.
    head = f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | Quayside Post</title>'
    body = f"<main><h1>Sign up for our morning newsletter</h1>{BODY}</main>"
    assert _headline(head, body) == HEADLINE


def test_a_headline_about_a_newsletter_is_still_the_headline() -> None:
    # The other side: a story about newsletters shares its words with the titles.
    story = "Harbour council closes its printed newsletter after forty years"
    og = "Printed harbour newsletter closes after forty years"
    head = f'<meta property="og:title" content="{og}"><title>{story}</title>'
    assert _headline(head, f"<main><h1>{story}</h1>{BODY}</main>") == story


def test_a_section_next_to_the_site_name_goes_with_it() -> None:
    # General pattern: 'Site :: Section :: Headline' and 'Headline - Section - Site': once the
    # site's name is cut from one end, the one- or two-word section there goes too.
    head = f"<title>Quayside Post :: Estuary :: {HEADLINE}</title>"
    assert _headline(head, f'<div class="story">{BODY}</div>') == HEADLINE
    head = f"<title>{HEADLINE} - Local News - Quayside Post</title>"
    assert _headline(head, f'<div class="story">{BODY}</div>') == HEADLINE


def test_a_short_part_with_a_figure_next_to_the_site_name_stays() -> None:
    # The other side: 'Part 2' is a piece of the headline, not a section. (A page whose only
    # title this is cuts any short tail by another rule; here an h1 elsewhere shows the title.)
    from newstui.extract.headline import strip_site

    title = f"{HEADLINE} - Part 2 - Quayside Post"
    assert strip_site(title, ["Quayside Post"], "quaysidepost", ["Crossing times"]) == f"{HEADLINE} - Part 2"
    assert strip_site(f"{HEADLINE} - Local News - Quayside Post", ["Quayside Post"], "quaysidepost") == HEADLINE


def test_a_series_name_as_og_title_is_not_the_headline() -> None:
    # General pattern: a newsletter or column sets its own name as og:title on every issue and
    # the <title> as 'Story | Series'; the og:title names the series.
    series = "Estuary Morning Brief"
    head = f'<meta property="og:title" content="{series}"><title>{HEADLINE} | {series}</title>'
    assert _headline(head, f'<div class="story">{BODY}</div>') == HEADLINE


def test_a_short_og_title_leading_the_title_is_still_the_headline() -> None:
    # The other side: 'Short headline | The site's long motto' keeps the short headline.
    head = (
        '<meta property="og:title" content="Crossings resume">'
        "<title>Crossings resume | News from the estuary towns since 1901</title>"
    )
    assert _headline(head, f'<div class="story">{BODY}</div>') == "Crossings resume"


def test_an_h1_set_in_capitals_takes_the_mixed_case_of_og_title() -> None:
    # General pattern: the h1 typed in capitals, og:title the same words in ordinary case.
    head = f'<meta property="og:title" content="{HEADLINE}">'
    assert _headline(head, f"<article><h1>{HEADLINE.upper()}</h1>{BODY}</article>") == HEADLINE


def test_an_h1_in_capitals_that_no_title_matches_stays() -> None:
    head = '<meta property="og:title" content="Crossing times agreed">'
    assert _headline(head, f"<article><h1>{HEADLINE.upper()}</h1>{BODY}</article>") == HEADLINE.upper()


def test_a_headline_block_stands_in_when_every_title_is_the_site_name() -> None:
    # General pattern: og:title and <title> are the home page's (the site's name) on every page,
    # there is no h1, and the story's headline is a headline-named block.
    head = (
        '<meta property="og:site_name" content="Quayside Post"><meta property="og:title" content="Quayside Post">'
        "<title>Quayside Post</title>"
    )
    body = f'<article><h2 class="article-title">{HEADLINE}</h2>{BODY}</article>'
    assert _headline(head, body) == HEADLINE


def test_a_title_written_as_a_sentence_loses_to_the_json_ld_headline() -> None:
    # General pattern: og:title and <title> filled with an opening sentence ending in a full
    # stop; JSON-LD keeps the headline. Headlines end without a full stop.
    sentence = "Here is what the ferry crews agreed for the winter."
    ld = f'{{"@type": "BlogPosting", "headline": "{HEADLINE}"}}'
    head = (
        f'<meta property="og:title" content="{sentence}"><title>{sentence}</title>'
        f'<script type="application/ld+json">{ld}</script>'
    )
    assert _headline(head, f'<div class="story">{BODY}</div>') == HEADLINE


def test_a_title_ending_in_an_abbreviation_is_no_sentence() -> None:
    from newstui.extract.headline import _is_sentence

    assert not _is_sentence("Ferry fares rise across the U.S.")
    assert not _is_sentence("Ferry crews settle the winter crossing times...")
    assert _is_sentence("Here is what the ferry crews agreed.")


def test_less_common_separators_part_the_site_name_off() -> None:
    # General pattern: templates set the site's name off with '›', a full-width '｜', '∙',
    # '⋅', '◆', a doubled dash or a horizontal bar as well as '|' and '-'.
    for sep in ("›", "｜", "∙", "⋅", "◆", "——", "―", ">"):
        title = f"{HEADLINE} {sep} Quayside Post"
        head = f'<meta property="og:site_name" content="Quayside Post"><meta property="og:title" content="{title}">'
        assert _headline(head, f'<div class="story">{BODY}</div>') == HEADLINE, sep


def test_without_an_h1_the_part_of_og_title_the_page_shows_is_the_headline() -> None:
    # General pattern: no h1, no og:site_name, and a site's name too long to pass for a short
    # tail ('Headline - Estuary Towns News and Tide Tables'); the page shows the headline part as
    # a heading or bold line, which marks where the headline ends, whichever side the name is on.
    site = "Estuary Towns News and Tide Tables"
    for title in (f"{HEADLINE} - {site}", f"{site} - {HEADLINE}"):
        head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
        for shown in (f'<h2 class="entry-title">{HEADLINE}</h2>', f"<p><b>{HEADLINE}</b></p>"):
            assert _headline(head, f'<div class="story">{shown}{BODY}</div>') == HEADLINE, (title, shown)


def test_without_an_h1_a_title_the_page_never_shows_in_part_stays_whole() -> None:
    title = f"{HEADLINE} - Estuary Towns News and Tide Tables"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    assert _headline(head, f'<div class="story">{BODY}</div>') == title


WHOLE = "Ferry crews settle the winter crossing times after a long night of talks"
LD_WHOLE = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{WHOLE}"}}</script>'


def test_a_title_cut_short_before_the_site_name_is_completed() -> None:
    # General pattern: 'Headline cut sho… | Site': the '…' is not at the end until the site's
    # name is cut; then JSON-LD gives the whole.
    cut = "Ferry crews settle the winter crossing times after a long... | Quayside Post"
    head = f'<meta property="og:title" content="{cut}">{LD_WHOLE}'
    assert _headline(head, f'<div class="story">{BODY}</div>') == WHOLE


def test_an_h1_cut_short_is_completed_from_og_title() -> None:
    # General pattern: a teaser template cuts the h1 too; og:title has the whole.
    head = f'<meta property="og:title" content="{WHOLE}">'
    body = f"<article><h1>Ferry crews settle the winter crossing times after a long…</h1>{BODY}</article>"
    assert _headline(head, body) == WHOLE


def test_a_headline_ending_in_an_ellipsis_is_not_completed_from_a_title_cut_there_too() -> None:
    # The other side: the headline itself ends in '…' and the <title> adds a section after it.
    story = "Ferries, tides, timetables…"
    head = f'<meta property="og:title" content="{story}"><title>{story} - Estuary / Towns</title>'
    assert _headline(head, f"<article><h1>{story}</h1>{BODY}</article>") == story


def test_a_chinese_title_loses_the_site_and_section_set_off_with_unspaced_separators() -> None:
    # General pattern: '标题_栏目_网站' and '标题｜网站': an unspaced '_' or a full-width '|'
    # parts the site's name (and a short section's) from the headline.
    site = '<meta property="og:site_name" content="港口日报">'
    for title in ("渡轮船员商定冬季航班时间_新闻中心_港口日报", "渡轮船员商定冬季航班时间｜港口日报"):
        head = f"{site}<title>{title}</title>"
        assert _headline(head, f'<div class="story">{BODY}</div>') == "渡轮船员商定冬季航班时间", title


def test_an_underscore_inside_a_chinese_headline_stays() -> None:
    # The other side: no part names the site, so the '_' is the headline's own.
    head = '<meta property="og:site_name" content="港口日报"><meta property="og:title" content="渡轮_冬季航班时间商定">'
    assert _headline(head, f'<div class="story">{BODY}</div>') == "渡轮_冬季航班时间商定"


def test_a_chinese_h1_agrees_with_a_title_that_frames_it() -> None:
    # General pattern: a headline without spaces is one 'word'; with a kicker ('【独家】') and the
    # site run into the <title> it is another. Compared by pairs of letters, the h1 agrees with it.
    head = "<title>【独家】渡轮船员商定冬季航班时间_新闻中心_港口日报</title>"
    body = f'<div><h1>渡轮船员商定冬季航班时间</h1><div class="story">{BODY}</div></div>'
    assert _headline(head, body) == "渡轮船员商定冬季航班时间"
