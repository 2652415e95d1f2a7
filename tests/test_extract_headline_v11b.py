"""Headline choice, version 11 rules (second round), on pages written for these tests (not from any development set)."""

from __future__ import annotations

BODY = "<p>The lock keepers met on Thursday to agree the summer timetable for the canal.</p>" * 5


def _headline(head: str, body: str, url: str | None = None) -> str:
    from newstui.extract import extract_article

    page = f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return extract_article(page.encode(), url=url).headline


def test_an_unspaced_colon_parts_a_japanese_headline_from_the_site_name() -> None:
    # General pattern: '<title>見出し:サイト名</title>' (or '：'), no h1; the page shows the
    # headline alone in a smaller heading, and that part of the <title> is the headline.
    headline = "閘門番が夏の運河時刻表に合意した"
    head = f"<title>{headline}:運河ニュース日誌</title>"
    body = f"<h2>運河ニュース日誌の記事</h2><h3>{headline}</h3>{BODY}"
    assert _headline(head, body) == headline


def test_an_underscore_chain_parts_a_chinese_headline_from_section_and_site() -> None:
    # General pattern: '<title>标题_栏目_网站</title>', the site's name in the h1 logo and the
    # headline shown alone in a heading.
    headline = "船闸管理员商定夏季运河时刻表"
    head = f"<title>{headline}_本地_运河日报</title>"
    body = f'<h1><a href="/">运河日报</a></h1><h2>{headline}</h2>{BODY}'
    assert _headline(head, body) == headline


def test_a_japanese_h1_is_the_headline_when_the_title_adds_the_site_after_a_full_width_colon() -> None:
    headline = "閘門番が夏の運河時刻表に合意した"
    head = f"<title>{headline}：運河協会 公式サイト</title>"
    body = f"<div><h1>{headline}</h1></div>{BODY}"
    assert _headline(head, body) == headline


def test_a_subtitle_part_the_title_carries_whole_is_the_headlines() -> None:
    # General pattern: the headline's second half set in a part named like a subtitle; the
    # <title> gives both halves as one headline, so the subtitle part is not cut from the h1.
    want = "Lock keepers agree (part 1): a timetable for the whole summer (page 1 of 2)"
    head = f"<title>{want} - Towpath Gazette</title>"
    h1 = (
        '<h1 class="title"><span class="title-main">Lock keepers agree (part 1)</span><i>: </i>'
        '<i class="title-subtitle">a timetable for the whole summer</i><span> (page 1 of 2)</span></h1>'
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == want


def test_a_subtitle_part_the_title_leaves_out_is_still_cut() -> None:
    head = "<title>Lock keepers agree the timetable - Towpath Gazette</title>"
    h1 = (
        '<h1 class="title"><span class="title-main">Lock keepers agree the timetable</span>'
        '<span class="title-subtitle">and a long summer lies ahead</span></h1>'
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_a_japanese_article_h1_beats_a_title_worded_otherwise() -> None:
    # General pattern: the article's visible h1 beats an SEO <title> worded differently; a
    # Japanese h1 has no spaces, so its length is read from its letters, not its spaces.
    h1 = "閘門番が夏の時刻表に合意！ 運河は来週から"
    head = "<title>閘門番が夏の運河時刻表を決定、運河は来週から再開 | 運河ニュース［日本版］</title>"
    body = f"<h1>運河ニュース</h1><article><h1>{h1}</h1>{BODY}</article>"
    assert _headline(head, body) == h1


def test_a_long_article_h1_that_asks_and_answers_a_question_is_a_headline() -> None:
    # General pattern: a long headline may ask a question and then answer it; one '?' between
    # two sentences is no description, so the article's h1 beats a <title> worded otherwise.
    h1 = (
        "Have the Lock Keepers Skipped Nearly Every Canal Meeting This Year? "
        "The Chair’s Answer Is ‘We Meet When the Water Says So’"
    )
    head = "<title>Lock keepers explain why they missed canal meetings</title>"
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == h1


def test_a_long_h1_of_several_sentences_is_still_a_description() -> None:
    h1 = (
        "The lock keepers met on Thursday. They agreed the summer timetable for the canal. "
        "Boats may pass from seven in the morning until dusk every day."
    )
    head = "<title>Lock keepers agree the canal timetable</title>"
    assert _headline(head, f"<article><h1>{h1}</h1>{BODY}</article>") == "Lock keepers agree the canal timetable"


def test_an_h1_reading_like_the_titles_story_part_beats_the_whole_title() -> None:
    # General pattern: '<title>Kicker: Story | Section - Site</title>' with no other title
    # source; the h1 gives the story's part in other words ('G.J.' for 'Grand Junction').
    story = "Lock keepers agree summer timetable for the Grand Junction canal and its locks"
    head = f"<title>Canal news: {story} | Local News - The Towpath Gazette</title>"
    h1 = "Lock keepers agree summer timetable for G.J. canal"
    body = f"<div class='top'><h1>{h1}</h1></div><div>{BODY}</div>"
    assert _headline(head, body) == h1


def test_the_titles_last_part_lends_no_agreement_to_an_h1() -> None:
    # The last part of a <title> is where the site's name or motto goes: an article h1 equal
    # to it ('tools for canal folk') does not beat the h1 the rest of the title gives.
    head = "<title>Lock keepers: the summer timetable agreed — the towpath tools for canal folk</title>"
    body = (
        "<div><h1>Lock keepers: the summer timetable agreed</h1></div>"
        f"<article><h1>the towpath tools for canal folk</h1>{BODY}</article>"
    )
    assert _headline(head, body) == "Lock keepers: the summer timetable agreed"


def test_a_kicker_part_before_the_headline_stays_out_though_the_title_carries_it() -> None:
    # Only a part after the headline's start is taken back into the h1: many <title>s and
    # og:titles carry the kicker ('Topic: Headline') that the h1 sets apart in its own element.
    head = '<meta property="og:title" content="Canal news: Lock keepers agree the timetable">'
    h1 = '<h1><span class="kicker">Canal news</span><span>Lock keepers agree the timetable</span></h1>'
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_the_titles_parts_lend_no_agreement_when_og_title_names_the_story() -> None:
    # The <title>'s parts stand in only for a page with no og:title or JSON-LD: og:title
    # names the story itself, and a topic h1 equal to the <title>'s first part does not beat it.
    head = (
        '<meta property="og:title" content="Lock keepers agree the summer timetable">'
        "<title>Canal timetables (CT) - When do the locks open this year? - Towpath Gazette</title>"
    )
    body = f"<article><h1>Canal timetables</h1><h2>Lock keepers agree the summer timetable</h2>{BODY}</article>"
    assert _headline(head, body) == "Lock keepers agree the summer timetable"
