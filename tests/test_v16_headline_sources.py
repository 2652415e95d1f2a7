"""Headline, version 16: the site's name before a title, a logo h1, a label run into the h1 (issue 11).

Invented pages only.
"""

from __future__ import annotations

from extract_helpers import headline_of

BODY = "<p>The quarry will close next spring after forty years of blasting, the owners told the council.</p>" * 5
HEADLINE = "Quarry to close next spring after forty years"
URL = "https://www.millbrookmercury.example/news/quarry"


def _headline(head: str, body: str, url: str | None = URL) -> str:
    return headline_of(head, body, url)


def test_the_sites_name_before_a_colon_goes_when_only_the_host_names_the_site() -> None:
    # General pattern: 'Site: Headline' in every title tag; no tag names the site, the host does.
    titled = f"Millbrook Mercury: {HEADLINE}"
    head = f'<meta property="og:title" content="{titled}"><title>{titled}</title>'
    assert _headline(head, f"<div>{BODY}</div>") == HEADLINE


def test_a_colon_part_that_is_not_the_hosts_name_stays() -> None:
    titled = f"Millbrook quarry: {HEADLINE}"
    head = f'<meta property="og:title" content="{titled}"><title>{titled}</title>'
    assert _headline(head, f"<div>{BODY}</div>") == titled


def test_the_articles_h2_is_the_headline_when_the_h1_is_the_sites_logo() -> None:
    # General pattern: a blog theme sets the site's name in the only h1 (a link home) and the
    # story's title in an h2 in the article's header; the <title> is the site's name alone.
    body = (
        '<header><h1 class="site-title"><a href="/">Millbrook Mercury</a></h1></header>'
        f'<article><header><h2 class="entry-title">{HEADLINE}</h2></header>{BODY}</article>'
    )
    assert _headline("<title>Millbrook Mercury</title>", body) == HEADLINE


def test_the_articles_h2_agreeing_with_og_title_is_shown_as_written() -> None:
    body = f'<h1><a href="/">Millbrook Mercury</a></h1><article><h2 class="post-title">{HEADLINE}</h2>{BODY}</article>'
    head = f'<meta property="og:title" content="{HEADLINE.upper()}">'
    assert _headline(head, body) == HEADLINE


def test_an_h2_reading_differently_from_og_title_does_not_replace_it() -> None:
    # The other side: an h2 sharing few words with og:title may be a section's or a teaser's.
    body = (
        '<h1><a href="/">Millbrook Mercury</a></h1>'
        f"<article><header><h2>Parish council meets on Tuesday</h2></header>{BODY}</article>"
    )
    head = f'<meta property="og:title" content="{HEADLINE}">'
    assert _headline(head, body) == HEADLINE


def test_a_kind_label_set_in_its_own_part_of_the_h1_goes() -> None:
    # General pattern: '<h1><span class="badge">Opinion</span> Headline</h1>' reads 'Opinion
    # Headline'; og:title gives 'Opinion: Headline'.
    head = f'<meta property="og:title" content="Opinion: {HEADLINE}"><title>Opinion: {HEADLINE} | Mercury</title>'
    body = f'<article><h1><span class="badge">Opinion</span> <span>{HEADLINE}</span></h1>{BODY}</article>'
    assert _headline(head, body) == HEADLINE


def test_a_title_garbled_by_a_wrong_charset_is_repaired_and_agrees_with_the_h1() -> None:
    # General pattern: the CMS printed the <title>'s UTF-8 read as windows-1252 ('CafÃ©'); the
    # h1 reads right. Repaired, the title's story part is the one the page shows, not the logo.
    garbled = "Harbour Times : CafÃ© owners protest the new parking rules"
    body = f'<div class="logo">Harbour Times</div><div><h1>Café owners protest the new parking rules</h1>{BODY}</div>'
    assert _headline(f"<title>{garbled}</title>", body, url=None) == "Café owners protest the new parking rules"


def test_a_title_with_letters_that_only_look_garbled_stays() -> None:
    # 'Ãlvaro' is a name (no windows-1252 round trip reads it as UTF-8): it stays as written.
    title = "Ãlvaro and the harbour band play on the pier tonight"
    head = f'<meta property="og:title" content="{title}">'
    assert _headline(head, f"<div>{BODY}</div>", url=None) == title


def test_a_colon_part_holding_only_a_piece_of_the_hosts_name_stays() -> None:
    # 'Mercury: …' on millbrookmercury.example may be a kicker; only the host's whole name is the site's.
    titled = f"Mercury: {HEADLINE}"
    head = f'<meta property="og:title" content="{titled}"><title>{titled}</title>'
    assert _headline(head, f"<div>{BODY}</div>") == titled


def test_the_sites_motto_under_the_logo_is_no_headline() -> None:
    # The banner's h2 is the site's motto; the article's h2 is the story's.
    body = (
        '<header><h1><a href="/">Millbrook Mercury</a></h1><h2 class="site-description">News from the valley'
        f'</h2></header><article><h2 class="entry-title">{HEADLINE}</h2>{BODY}</article>'
    )
    assert _headline("<title>Millbrook Mercury</title>", body) == HEADLINE
