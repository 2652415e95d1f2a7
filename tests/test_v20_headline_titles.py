"""Version 20: a <title> that holds no headline (keywords, a name with an empty headline field, a
site's name next to the story's part) gives way to the page's own heading.

Pages written for these tests (no data set): small-site and old news templates whose only title
source is the <title>.
"""

from __future__ import annotations

from extract_helpers import headline_of

HEADLINE = "Lighthouse keepers return to the northern cape"
# The story confirms the headline (lighthouse, keepers, northern, cape).
STORY = (
    "<p>Two lighthouse keepers moved back into the station on the northern cape this week, the first"
    " people to live there since the light was automated forty years ago, the trust said.</p>"
    "<p>The keepers will guide visitors through the tower during the summer and look after the"
    " old fog signal, which the trust restored last winter with money from a local appeal.</p>"
    "<p>The station's garden, walled against the wind, will be replanted with the vegetables the"
    " keepers' families once grew there, from old notes found in the station's log books.</p>"
)
URL = "https://capewatch.example/stories/lighthouse.html"


def test_a_keyword_list_title_gives_way_to_the_lone_h1() -> None:
    # General pattern: SEO templates fill the <title> with a lower-case keyword list
    # ('harbour town news, cape news sport, …'), which names no story; the page's one h1 does,
    # even a pun the story's words do not confirm.
    # (Before: the keyword list.)
    pun = "A home at the end of the world"
    head = "<title>capewatch harbour town, harbour town news sport, north coast news, cape news</title>"
    body = f"<h1>{pun}</h1>{STORY}"
    assert headline_of(head, body, URL) == pun


def test_a_title_with_commas_that_reads_as_a_headline_stays() -> None:
    # The other side: a headline listing things with commas, in capitals as headlines are.
    title = "Bread, butter, jam and tea: the cape's breakfast, priced"
    head = f"<title>{title}</title>"
    body = f"<div><b>Other news</b></div>{STORY}"
    assert headline_of(head, body, URL) == title


def test_a_title_that_is_a_name_with_an_empty_headline_field_gives_way_to_the_h1() -> None:
    # General pattern: a template writes '<title>Site: {headline}</title>' and the headline field
    # is empty, leaving 'Site:'; a title ending in a colon introduces a headline it does not hold.
    # (Before: 'Cape Watch:'.)
    head = "<title>Cape Watch:</title>"
    body = f"<h1>{HEADLINE}</h1>{STORY}<h1>More from the coast</h1><h1>Letters</h1>"
    assert headline_of(head, body, URL) == HEADLINE


def test_an_unspaced_dash_before_the_headline_parts_the_title() -> None:
    # General pattern: 'Site - Motto. -Headline': the template joins the site's part and the
    # headline with ' -', the space after it lost; the page shows the headline over the story.
    # (Before: the whole title, site and motto included.)
    head = f"<title>Cape Radio News - Local. Fair. First. -{HEADLINE}</title>"
    body = f"<table><tr><td><font><b>{HEADLINE}</b></font><br>{STORY}</td></tr></table>"
    assert headline_of(head, body, URL) == HEADLINE


def test_a_dash_inside_a_word_list_does_not_part_the_title() -> None:
    # The other side: 'Verkehrs- und Tarifverbund' style hyphens keep their words (lower case after).
    title = "Harbour- and ferry -services share one lighthouse keepers timetable"
    head = f"<title>{title}</title>"
    assert headline_of(head, STORY, URL) == title


def test_the_title_part_the_page_shows_in_its_footer_is_the_site_not_the_headline() -> None:
    # General pattern: '<title>History - Cape Lighthouse Trust</title>' on a small site: the page
    # shows the site's part as text (a footer's '© Cape Lighthouse Trust'), the story's part only
    # inside its longer h1 ('Our history', 'Lighthouse history'). The h1 holding the title's other
    # part is the headline; the part shown elsewhere is the site's name.
    # (Before: 'Cape Lighthouse Trust'.)
    head = "<title>Keepers - Cape Lighthouse Trust</title>"
    body = (
        '<div class="nav"><a href="/">Home</a> <a href="/keepers">Keepers</a></div>'
        f"<h1>Lighthousekeepers</h1>{STORY}"
        "<div class='footer'><p>Cape Lighthouse Trust</p><p>1 Harbour Road</p></div>"
    )
    assert headline_of(head, body, None) == "Lighthousekeepers"


def test_a_logo_h1_reading_the_other_title_part_leaves_the_shown_part_the_headline() -> None:
    # The other side: '<title>Story | Blog Name</title>' with the blog's name as a logo h1 and
    # the story's part shown over the text: the shown part is the headline.
    head = f"<title>{HEADLINE} | Capewatch</title>"
    body = f"<h1>Capewatch</h1><div><b>{HEADLINE}</b></div><p>Capewatch readers sent in photographs.</p>{STORY}"
    assert headline_of(head, body, None) == HEADLINE


def test_the_heading_the_page_shows_ends_the_title_before_a_tail_it_does_not_show() -> None:
    # General pattern: a page with no h1 shows its headline as an h2 over the text, while its
    # og:title and <title> add a tail after a dash or in brackets the page never shows: an
    # issue number ('(2026/4)') or a description ('- Holiday cottage on the cape'). The shown
    # heading is the headline.
    # (Before: 'Lighthouse keepers return to the northern cape (2026/4)'.)
    head = f'<meta property="og:title" content="{HEADLINE} (2026/4)"><title>{HEADLINE} (2026/4): capewatch</title>'
    body = f"<div class='story'><h2>{HEADLINE}</h2>{STORY}</div>"
    assert headline_of(head, body, None) == HEADLINE


def test_a_kicker_the_page_shows_before_a_colon_is_not_the_headline() -> None:
    # The other side: 'Kicker: Headline' with only the kicker shown as a heading keeps the title.
    title = f"Cape Notes: {HEADLINE}"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = f"<div class='story'><h2>Cape Notes</h2><h3>Cape Notes: the week</h3>{STORY}</div>"
    assert headline_of(head, body, None) == title


def test_a_site_motto_glued_to_the_headline_goes_as_the_title_repeats_it() -> None:
    # General pattern: a template glues the site's motto to the headline with no space or
    # separator and sets it again after a bar ('HeadlineMotto of the site | Motto of the site');
    # the motto, which the page also shows as an h1, is the site's, not the headline's.
    # (Before: the motto.)
    motto = "The other guide to the cape's small firms"
    title = f"Harbour Bakery{motto} | {motto}"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = f"<article><h1>{motto}</h1><h1>Harbour Bakery</h1>{STORY}</article>"
    assert headline_of(head, body, None) == "Harbour Bakery"


def test_a_long_title_part_shown_under_a_site_blog_logo_stays_the_headline() -> None:
    # The other side: '<title>Story | Capewatch Weekly</title>' under a logo h1 'Capewatch Weekly
    # Blog' that holds the site's part: the shown part, a whole headline, is the story's.
    head = f"<title>{HEADLINE} | Capewatch Weekly</title>"
    body = (
        f"<h1>Capewatch Weekly Blog</h1><div><b>{HEADLINE}</b></div>"
        f"<p>Capewatch Weekly readers sent in photographs.</p>{STORY}"
    )
    assert headline_of(head, body, None) == HEADLINE


def test_a_short_title_part_shown_under_a_site_blog_logo_stays_the_headline() -> None:
    # The other side: a short headline ('By the tides: 40') beside a site's name of two words
    # that the logo h1 holds with one word more: the shown part is the story's.
    title = "By the tides: 40"
    head = f"<title>{title} | Capewatch Weekly</title>"
    body = f"<h1>Capewatch Weekly Blog</h1><h3>{title}</h3><p>Capewatch Weekly readers sent these.</p>{STORY}"
    assert headline_of(head, body, None) == title
