"""Version 18: title sources cut or cut into by the template, on pages written for these tests (no data set)."""

from __future__ import annotations

BODY = "<p>The ferry company said on Tuesday that the night crossing will stop for the winter months.</p>" * 5


def _headline(head: str, body: str = "") -> str:
    from newstui.extract import extract_article

    page = f'<html><head><meta charset="utf-8">{head}</head><body><div>{body}{BODY}</div></body></html>'
    return extract_article(page.encode()).headline


def test_an_og_title_cut_at_an_unescaped_quote_takes_the_whole_title() -> None:
    # General pattern: content="…" written with the headline's own quote marks unescaped ends at
    # the first of them; the <title> holds the headline whole.
    head = (
        '<meta property="og:title" content="Ferry firm calls night crossing "unviable"">'
        '<meta name="twitter:title" content="Ferry firm calls night crossing "unviable"">'
        '<meta property="og:site_name" content="Island Courier">'
        '<title>Ferry firm calls night crossing "unviable" | Island Courier</title>'
    )
    assert _headline(head) == 'Ferry firm calls night crossing "unviable"'


def test_a_title_that_merely_starts_another_stays_itself() -> None:
    # The other side: og:title shorter than the <title> that goes on without a quote mark
    # ('… – and the harbour too') is the og:title's own wording.
    head = (
        '<meta property="og:title" content="Ferry firm ends night crossing">'
        "<title>Ferry firm ends night crossing and cuts the harbour service</title>"
    )
    assert _headline(head) == "Ferry firm ends night crossing"


def test_a_domain_the_headline_names_after_a_preposition_stays() -> None:
    # General pattern: 'Snow maps now on example.site' names the site inside the sentence;
    # cutting the domain would leave the headline ending in 'on'.
    head = (
        '<meta property="og:site_name" content="fjordmaps.example">'
        '<meta property="og:title" content="Live snow maps now on fjordmaps.example">'
        "<title>Live snow maps now on fjordmaps.example</title>"
    )
    assert _headline(head) == "Live snow maps now on fjordmaps.example"


def test_a_domain_set_after_the_headline_goes() -> None:
    # The other side: the site's domain set after the headline with no separator is cut.
    head = (
        '<meta property="og:site_name" content="fjordmaps.example">'
        '<meta property="og:title" content="Ferry firm ends the night crossing fjordmaps.example">'
    )
    assert _headline(head) == "Ferry firm ends the night crossing"


def test_a_domain_after_two_words_is_the_headlines_own() -> None:
    # General pattern: 'Ten years example.net' on example.net: two words are no headline alone;
    # the domain is what the headline is about.
    head = (
        '<meta property="og:site_name" content="fjordmaps.example">'
        '<meta property="og:title" content="Ten years fjordmaps.example — fjordmaps.example">'
        "<title>Ten years fjordmaps.example — fjordmaps.example</title>"
    )
    assert _headline(head, "<article><h1>Ten years fjordmaps.example</h1></article>") == "Ten years fjordmaps.example"
