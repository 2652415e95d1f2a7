"""The cheaper reads of speed2 give what the dearer ones gave: link density per candidate,
the page's <base href>, the author and date lookups, and all_text as text_content()."""

from __future__ import annotations

import lxml.html

from newstui.extract import scoring
from newstui.extract.article import _base_url, parse_html
from newstui.extract.meta import read_meta


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head><title>Tide tables</title></head><body>{body}</body></html>")


def test_candidate_link_density_matches_link_density_for_nested_candidates() -> None:
    root = _tree(
        "<div id='outer'><h2 id='head'><a href='#top'>Back to the harbour top</a> Tide notes</h2>"
        "<div id='inner'><p>Orla Brandt logged <a href='/tides'>the spring tides</a> at dawn.</p>"
        "<p><a name='part2'>Second part</a> of the harbour log, with <a href='#notes'>notes</a>.</p>"
        "<p><a class='js-more'>More from the quay</a></p></div></div>"
    )
    links: dict[lxml.html.HtmlElement, tuple[int, bool]] = {}
    # Read the inner candidate first: the outer ones reuse its links' reads.
    for name in ("inner", "outer", "head"):
        el = root.get_element_by_id(name)
        assert scoring._candidate_link_density(el, links) == scoring.link_density(el)
    head = root.get_element_by_id("head")
    # A heading's in-page link is no link text; a named anchor never is; a script's link is.
    assert scoring.link_density(head) == 0.0
    assert links[root.get_element_by_id("inner")[1][0]] == (0, False)
    assert links[root.get_element_by_id("inner")[2][0]] == (len("More from the quay"), False)


def test_the_first_base_with_an_href_resolves_links() -> None:
    root = _tree("<base target='_blank'><base href='https://quay.example/log/'><base href='https://other.example/'>")
    assert _base_url(root, None, None) == "https://quay.example/log/"
    assert _base_url(_tree("<base target='_top'>"), "https://quay.example/a", None) == "https://quay.example/a"


def test_author_and_date_come_from_the_first_marked_element_in_page_order() -> None:
    root = _tree(
        "<p>Filed <time>yesterday</time> <time datetime='2026-03-04T08:00:00Z'>4 March</time></p>"
        "<span itemprop='datePublished' datetime='2026-03-05T08:00:00Z'>5 March</span>"
        "<span itemprop='author'>Orla Brandt</span> <a rel='author' href='/b'>Piet Vos</a>"
    )
    meta = read_meta(root)
    assert meta.byline == "Orla Brandt"
    assert meta.published is not None and meta.published.day == 4
    swapped = _tree(
        "<span itemprop='datePublished' datetime='2026-03-05T08:00:00Z'>5 March</span>"
        "<a rel='author' href='/b'>Piet Vos</a> <span itemprop='author'>Orla Brandt</span>"
        "<time datetime='2026-03-04T08:00:00Z'>4 March</time>"
    )
    meta = read_meta(swapped)
    assert meta.byline == "Piet Vos"
    assert meta.published is not None and meta.published.day == 5


def test_all_text_reads_as_text_content_with_scripts_tails_and_entities() -> None:
    root = parse_html(
        "<html><body><h1>Quay &amp; harbour<script>var a = '<b>';</script> news</h1>"
        "<div>Tides <b>rise</b><br>twice<style>p{}</style> a day</div></body></html>"
    )
    for el in root.iter():
        assert scoring.all_text(el) == el.text_content()
