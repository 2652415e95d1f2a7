"""Version 19: a <title> that names only the site or the path to the page is never the headline.

Pages written for these tests (no data set): old table templates with no og:title or JSON-LD,
whose <title> is the site's name ('Coastline Radio'), its motto, or a trail of labels
('Wavecrest > Sailing > News'), while the story's headline sits in a heading or a named cell.
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Ferry timetable trimmed while harbour dredging runs late"
# The story confirms the headline (ferry, timetable, harbour, dredging) and names the radio once.
STORY = (
    "<p>The island ferry will sail four times a day instead of six from Monday, because the dredging"
    " of the harbour mouth is running three weeks late, the operator said on Friday afternoon.</p>"
    "<p>Skippers told the local radio that the channel is too shallow at low tide for the larger"
    " vessel, so the timetable keeps only the crossings that fall near high water this month.</p>"
    "<p>The port authority expects the dredger to finish before the summer season, when the full"
    " timetable of six daily crossings returns and the larger vessel goes back into service.</p>"
)
URL = "https://coastline.example/news/item.aspx?id=4411"


def test_a_camel_case_named_cell_is_the_headline_over_a_site_name_title() -> None:
    # General pattern: server-side frameworks name the headline's control 'ctl00_Body_lblTitle';
    # the <title> is the site's name, which the story happens to say once ('the local radio').
    # (Before: 'Coastline Radio'; the named span went unseen and one shared word confirmed the title.)
    head = "<title>Coastline Radio</title>"
    body = (
        '<table><tr><td><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div></td>'
        f'<td><span id="ctl00_Body_lblTitle" style="font-weight:bold">{HEADLINE}</span>'
        f"<br>{STORY}</td></tr></table>"
    )
    assert headline_of(head, body, URL) == HEADLINE


def test_a_named_cell_holding_the_date_table_gives_only_its_own_line() -> None:
    # General pattern: the headline's cell also holds a nested table (a date, print links); the
    # headline is the cell's line before that table, and its <title> is the site's motto.
    head = "<title>Coastline Radio – the voice of the islands - Local</title>"
    body = (
        '<table><tr><td class="articleTitle">'
        f"{HEADLINE}<table><tr><td>Published: Friday, 3 April 2026</td></tr></table></td></tr>"
        f"<tr><td>{STORY}<p>Coastline Radio, 2026</p></td></tr></table>"
    )
    assert headline_of(head, body, URL) == HEADLINE


def test_a_box_titled_in_camel_case_is_not_the_headline() -> None:
    # The other side: 'boxTitle' names a module's title, never the story's, however close above.
    head = "<title>Coastline Radio</title>"
    body = (
        f'<table><tr><td><div class="boxTitle">Ferry and harbour timetable updates</div></td></tr>'
        f"<tr><td>{STORY}</td></tr></table>"
    )
    assert headline_of(head, body, URL) != "Ferry and harbour timetable updates"


def test_a_named_heading_the_story_confirms_replaces_a_title_it_mentions_once() -> None:
    # General pattern: a two-word site name as the whole <title>; the story says 'radio' once in
    # passing. A title naming the story shares two words or more with its paragraphs, as a
    # heading must; this one does not, and the cell named as the story's heading, apart from
    # the text, shares none of its words.
    # (Before: 'Coastline Radio'; the one shared word confirmed the title.)
    head = "<title>Coastline Radio</title>"
    body = f'<table><tr><td class="newsTitle">{HEADLINE}</td></tr><tr><td class="tx">{STORY}</td></tr></table>'
    assert headline_of(head, body, URL) == HEADLINE


def test_an_unnamed_line_over_the_text_does_not_replace_a_title_the_story_mentions() -> None:
    # The other side: on a page about the site itself, a bold line or a plain heading in its own
    # cell ('For more details, write to:') is no surer a title than the <title> is.
    head = "<title>Coastline Radio</title>"
    line = "Ferry timetable and harbour dredging notes for listeners"
    body = f'<table><tr><td><h3>{line}</h3></td></tr><tr><td class="tx">{STORY}</td></tr></table>'
    assert headline_of(head, body, URL) == "Coastline Radio"


def test_a_title_the_page_shows_as_its_h1_stays_though_the_story_barely_says_it() -> None:
    # The other side: the page's h1 reads the <title>'s headline (a short one the text hardly
    # repeats); a heading further down is a section of the story, not its headline.
    head = "<title>Quiet crossings - Coastline Radio</title>"
    body = f'<div class="col"><h1>Quiet crossings</h1><h3>{HEADLINE}</h3>{STORY}</div>'
    assert headline_of(head, body, URL) == "Quiet crossings"


def test_an_h1_beats_a_title_that_is_a_trail_of_labels() -> None:
    # General pattern: '<title>Site > Section > News</title>' on every story page; the story's h1
    # sits outside <article>/<main> and shares no word with the trail; the story says 'sailing' and 'news'.
    # (Before: 'Wavecrest > Sailing > News'.)
    head = "<title>Wavecrest &gt; Sailing &gt; News</title>"
    story = STORY.replace("Skippers told the local radio", "Sailing skippers told the local news", 1)
    body = f'<div class="col"><h1>{HEADLINE}</h1>{story}</div>'
    assert headline_of(head, body, URL) == HEADLINE


def test_an_h1_reading_one_of_the_labels_leaves_a_short_headline_title() -> None:
    # The other side: 'Storm hits - Sailing - Wavecrest' may be a two-word headline; an h1 reading
    # one of its parts ('Sailing') is the section's banner, not the story's headline.
    head = "<title>Storm hits - Sailing - Wavecrest</title>"
    body = f'<div class="banner"><h1>Sailing</h1></div><div class="col">{STORY}</div>'
    assert headline_of(head, body, URL).startswith("Storm hits")


def test_the_heading_the_story_opens_with_beats_a_trail_its_dateline_repeats() -> None:
    # General pattern: '<title>News | Coast - Wavecrest.example</title>', no h1, the headline in
    # an h4 over the text; the dateline '(Wavecrest Coast News)' says every label of the trail, so
    # the story seems to confirm the title. A trail of names says nothing happened.
    # (Before: 'News | Coast - Wavecrest.example'.)
    head = "<title>News | Coast - Wavecrest.example</title>"
    dated = STORY.replace("<p>The island ferry", "<p>HARBOURTOWN (Wavecrest Coast News) - The island ferry", 1)
    body = (
        '<div class="trail">You are here: <a href="/">Home</a> &gt; <a href="/news">News</a></div>'
        f'<div class="story"><h4>{HEADLINE}</h4><div class="stamp">Fri 3 Apr 2026</div>{dated}</div>'
    )
    assert headline_of(head, body, "https://wavecrest.example/news/88") == HEADLINE


def test_a_title_of_two_lower_case_words_is_not_a_trail() -> None:
    # Labels are names and start with a capital: 'Energy scheme - free power check | Green Homes'
    # is a headline cut by a dash; an h1 that reads it in full stays the headline.
    head = "<title>Energy scheme - free power check | Green Homes</title>"
    h1 = "Energy scheme offers a free power check to households"
    body = f'<div class="col"><h1>{h1}</h1>{STORY}</div>'
    assert headline_of(head, body, URL) == h1


def test_a_trail_title_stays_over_a_page_of_several_h1s() -> None:
    # The other side: a handbook page titled 'Guides / Harbours / Dredging' whose h1s head its
    # chapters; the first chapter's h1 is no more the page's title than the others.
    head = "<title>Guides / Harbours / Dredging</title>"
    body = f'<div class="col"><h1>Channel depths</h1>{STORY}<h1>Dredger types</h1>{STORY}</div>'
    assert headline_of(head, body, URL) != "Channel depths"


def test_two_short_parts_are_a_home_page_title_not_a_trail() -> None:
    # The other side: 'Mara Quill - Tide Tables' is a person's page and its subject; the heading
    # the text opens with is a section of it, and the title stays.
    head = "<title>Mara Quill - Tide Tables</title>"
    story = STORY.replace("</p>", " Mara Quill keeps the tide log at the pier.</p>", 1)
    body = f'<div class="col"><h4>{HEADLINE}</h4>{story}</div>'
    assert headline_of(head, body, URL) != HEADLINE
