"""Headline, version 15: the h1's words in the title tags' spelling (issue 11), on invented pages."""

from __future__ import annotations

from extract_helpers import headline_of

BODY = "<p>The allotment society counted its plots on Saturday and found a waiting list of forty names.</p>" * 5


def _headline(head: str, body: str, url: str | None = "https://allotmentnews.example/2026/plots") -> str:
    return headline_of(head, body, url)


def _page(titled: str, shown: str) -> tuple[str, str]:
    head = (
        f'<meta property="og:title" content="{titled}"><meta name="twitter:title" content="{titled}">'
        f"<title>{titled} | Allotment News</title>"
    )
    return head, f"<article><h1>{shown}</h1>{BODY}</article>"


def test_an_h1_saying_and_where_the_title_tags_say_ampersand_takes_their_spelling() -> None:
    # General pattern: the heading writes 'and' out, og:title and the <title> keep the editor's '&'.
    titled = "Plots &amp; Waiting Lists: What the Society Counted"
    head, body = _page(titled, "Plots and Waiting Lists: What the Society Counted")
    assert _headline(head, body) == "Plots & Waiting Lists: What the Society Counted"


def test_the_other_way_round_too() -> None:
    head, body = _page(
        "Plots and Waiting Lists: What the Society Counted", "Plots &amp; Waiting Lists: What the Society Counted"
    )
    assert _headline(head, body) == "Plots and Waiting Lists: What the Society Counted"


def test_one_title_tag_alone_does_not_respell_the_h1() -> None:
    # The other side: og:title with its twitter:title copy is one witness; the <title> gives the h1's spelling.
    head = (
        '<meta property="og:title" content="Plots &amp; Waiting Lists">'
        '<meta name="twitter:title" content="Plots &amp; Waiting Lists">'
        "<title>Plots and Waiting Lists | Allotment News</title>"
    )
    body = f"<article><h1>Plots and Waiting Lists</h1>{BODY}</article>"
    assert _headline(head, body) == "Plots and Waiting Lists"
