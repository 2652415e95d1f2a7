"""Headline choice, version 11 rules (both rounds), on pages written for these tests (not from any development set)."""

from __future__ import annotations

from extract_helpers import headline_of

BODY = "<p>The lock keepers met on Thursday to agree the summer timetable for the canal.</p>" * 5


def _headline(head: str, body: str, url: str | None = None) -> str:
    return headline_of(head, body, url)


def test_a_title_about_the_same_story_beats_a_headline_named_block() -> None:
    # General pattern: a page with nothing but a <title> that it never shows whole; the
    # <title> shares the story's words with the headline-named block, so it is the page's
    # own title, not the site's name that block stands in for.
    head = "<title>Lock keepers agree the canal timetable</title>"
    body = (
        '<div class="story-title">Lock keepers meet: the canal timetable for summer, and what it means</div>'
        f'<div class="story">{BODY}</div>'
    )
    assert _headline(head, body) == "Lock keepers agree the canal timetable"


def test_a_title_that_is_only_the_site_name_still_yields_to_a_headline_named_block() -> None:
    # The other side of the rule above: a <title> sharing no words with the block is the site's name.
    head = "<title>Towpath Gazette</title>"
    body = f'<div class="story-title">Lock keepers agree the canal timetable</div><div class="story">{BODY}</div>'
    assert _headline(head, body) == "Lock keepers agree the canal timetable"


def test_the_metadata_titles_year_is_kept_when_the_h1_drops_it() -> None:
    # General pattern: list and guide pages give their title with the year ('… in 2026') in
    # og:title, JSON-LD and the <title>, and set it without the year in the h1; the year says
    # which edition the page is, so the fuller title is the page's.
    title = "Best canal boat hire firms in 2026"
    head = f'<meta property="og:title" content="{title}"><title>{title} | Towpath Gazette</title>'
    body = f"<article><h1>Best canal boat hire firms</h1>{BODY}</article>"
    assert _headline(head, body) == title


def test_an_h1_with_a_different_year_is_left_alone() -> None:
    # Only a year the h1 lacks is added; an h1 naming another year is a newer edition, kept as it is.
    old = "Best canal boat hire firms 2025"
    head = f'<meta property="og:title" content="{old}"><title>{old}</title>'
    body = f"<article><h1>Best canal boat hire firms 2026</h1>{BODY}</article>"
    assert _headline(head, body) == "Best canal boat hire firms 2026"


def test_a_kicker_inside_the_headline_named_part_is_left_out() -> None:
    # General pattern: '<span class="post-title"><small>Kicker</small><br>Headline</span>' inside
    # the h1; the kicker is no more the headline's inside the named part than beside it.
    head = "<title>Towpath Gazette</title>"
    h1 = '<h1><span class="post-title"><small>Week on the water</small><br>Lock keepers agree the timetable</span></h1>'
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_a_screen_reader_label_inside_the_headline_named_part_is_left_out() -> None:
    # General pattern: an accessible template labels the headline for screen readers
    # ('<span class="visuallyhidden">Headline:</span>') inside the headline block of the h1.
    head = "<title>Towpath Gazette</title>"
    h1 = (
        '<h1><div class="doc-title__headline"><span class="visuallyhidden">Headline:</span>'
        " Lock keepers agree the summer timetable</div></h1>"
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the summer timetable"


def test_a_top_title_and_a_sub_line_in_the_h1_are_not_the_headline() -> None:
    # General pattern: the kicker above ('…__toptitle') and the subtitle line below ('…__subline')
    # set inside the h1 with the headline between them.
    head = "<title>Towpath Gazette</title>"
    h1 = (
        '<h1 class="entry-title"><span class="entry-title__toptitle">Summer on the canal</span>'
        ' Lock keepers agree the timetable <span class="stage__subline">What changes for boat crews'
        " in June</span></h1>"
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_a_separator_hidden_from_screen_readers_still_parts_kicker_and_headline() -> None:
    # General pattern: '<span>Kicker</span><span class="head__dash" aria-hidden="true"> – </span><span>Headline</span>':
    # the dash is hidden only from screen readers; dropped, it ran the two into one word.
    title = "Canal news – Lock keepers agree the timetable"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    h1 = (
        '<h1 class="head__title"><span class="head__top">Canal news</span>'
        '<span class="head__dash" aria-hidden="true"> – </span>'
        '<span class="head__text">Lock keepers agree the timetable</span></h1>'
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == title


def test_words_either_side_of_a_dropped_part_stay_apart() -> None:
    # A part left out of the h1 (here a label for screen readers) may sit between two words
    # with no space around it; they stay two words.
    head = "<title>Towpath Gazette</title>"
    h1 = '<h1>Lock keepers agree<span class="sr-only">:</span>the summer timetable</h1>'
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the summer timetable"


def test_a_sub_heading_kicker_above_the_headline_in_the_h1_is_dropped() -> None:
    # General pattern: '<h1><span class="sub-heading">Topic:</span><br> Headline</h1>': the
    # smaller line over the headline is its kicker.
    head = '<meta property="og:title" content="Lock keepers agree the timetable"><title>Towpath Gazette</title>'
    h1 = (
        '<h1 class="entry-title"><span class="sub-heading">Summer on the canal:</span><br>'
        " Lock keepers agree the timetable</h1>"
    )
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_a_kicker_before_a_colon_in_the_h1_that_no_title_source_has_is_dropped() -> None:
    # General pattern: '<h1>"Nothing left": Lock keepers …</h1>' with og:title and the <title>
    # giving the headline alone; the quoted kicker is no part of the headline.
    head = (
        '<meta property="og:title" content="Lock keepers agree the summer timetable">'
        "<title>Lock keepers agree the summer timetable | Towpath Gazette</title>"
    )
    body = f'<article><h1>"Long overdue": Lock keepers agree the summer timetable</h1>{BODY}</article>'
    assert _headline(head, body) == "Lock keepers agree the summer timetable"


def test_a_prefix_the_title_sources_share_stays_in_the_headline() -> None:
    # The other side: og:title carries the same 'Towpath Notes #4 – ' prefix, so it is the headline's.
    title = "Towpath Notes #4 – Who keeps the locks?"
    head = f'<meta property="og:title" content="{title}"><title>Who keeps the locks? | Towpath Gazette</title>'
    body = f"<article><h1>{title}</h1>{BODY}</article>"
    assert _headline(head, body) == title


def test_a_document_identifier_in_the_title_is_not_the_headline() -> None:
    # General pattern: specification and archive pages title themselves 'identifier - Title';
    # the identifier (lower-case pieces and a number joined by hyphens) is a catalogue key.
    head = "<title>draft-lee-canal-locks-03 - Canal Lock Signalling</title>"
    body = f"<div>{BODY}</div>"
    assert _headline(head, body) == "Canal Lock Signalling"


def test_ruby_readings_are_not_read_into_the_h1() -> None:
    # General pattern: Japanese pages print each word's reading over it in <ruby><rt>; the
    # reading is pronunciation help, not a second copy of the word in the headline.
    head = '<meta property="og:site_name" content="Minato Times"><title>Minato Times</title>'
    h1 = "<h1><ruby>港<rt>みなと</rt></ruby>に<ruby>新<rp>(</rp><rt>あたら</rt><rp>)</rp></ruby>しい船が来た</h1>"
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "港に新しい船が来た"


def test_a_site_name_parted_off_by_a_bare_pipe_is_cut() -> None:
    # General pattern: titles written without spaces set the site's name against the headline
    # with a bare '|' ('Site|Headline'); the site's name is cut as after ' | '.
    head = (
        '<meta property="og:site_name" content="Minato Times">'
        '<meta property="og:title" content="Minato Times|港に新しい船が来た">'
        "<title>Minato Times|港に新しい船が来た</title>"
    )
    assert _headline(head, f"<div>{BODY}</div>") == "港に新しい船が来た"


def test_an_h1_part_that_the_title_sources_leave_out_is_not_the_headline() -> None:
    # General pattern: a kicker in its own element with no telling class ('<em>Topic </em>
    # Headline'); og:title gives the headline alone, which shows the <em> is no part of it.
    head = '<meta property="og:title" content="Lock keepers agree the timetable"><title>Towpath Gazette</title>'
    h1 = "<h1><em>Canal week </em>Lock keepers agree the timetable</h1>"
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


def test_an_h1_part_the_title_sources_also_carry_stays() -> None:
    # The other side: og:title carries the emphasised words too, so the whole h1 is the headline.
    title = "Canal week: Lock keepers agree the timetable"
    head = f'<meta property="og:title" content="{title}"><title>Towpath Gazette</title>'
    h1 = "<h1><em>Canal week:</em> Lock keepers agree the timetable</h1>"
    assert _headline(head, f"<article>{h1}{BODY}</article>") == title


def test_the_headline_named_part_is_never_swapped_for_the_h1s_other_part() -> None:
    # An h1 whose headline-named part was read: the kicker left over when that part is taken out
    # equals og:title here (a section's og:title), yet the h1's headline stays its named part.
    head = '<meta property="og:title" content="Canal week"><title>Canal week</title>'
    h1 = '<h1><span>Canal week</span><span class="headline">Lock keepers agree the timetable</span></h1>'
    assert _headline(head, f"<article>{h1}{BODY}</article>") == "Lock keepers agree the timetable"


# Second round: pages in Chinese and Japanese, titles read by their parts.


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
