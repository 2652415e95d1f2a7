"""Headline, version 15: the site's name set off by unusual marks (issue 11), on invented pages."""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

BODY = "<p>The harbour board agreed on Monday to dredge the silted east channel before the spring tides.</p>" * 5
HEADLINE = "Harbour board agrees to dredge the east channel"
SITE = "Saltmarsh Courier"


def _headline(head: str, body: str, url: str | None = "https://saltmarshcourier.example/news/7") -> str:
    return headline_of(head, body, url)


def _no_h1_page(title: str) -> tuple[str, str]:
    # No h1 to show where the headline ends: the titles alone must be cut.
    head = (
        f'<title>{title}</title><meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{SITE}">'
    )
    return head, f"<article><div class='story'>{BODY}</div></article>"


@pytest.mark.parametrize("mark", ["¦", "❘", "│", "∣", "★", "⋆", "✦"])
def test_a_site_name_after_a_bar_or_star_mark_is_cut(mark: str) -> None:
    # General pattern: templates part the site's name off with a broken bar, a light vertical
    # bar (WordPress themes), a box-drawing bar or a star instead of '|' or '–'.
    head, body = _no_h1_page(f"{HEADLINE} {mark} {SITE}")
    assert _headline(head, body) == HEADLINE


@pytest.mark.parametrize("framed", [f"{HEADLINE} [{SITE}]", f"{HEADLINE} ({SITE})", f"[{SITE}] {HEADLINE}"])
def test_a_bracketed_site_name_is_cut(framed: str) -> None:
    # General pattern: 'Headline [Site]', 'Headline (Site)', '[Site] Headline'.
    head, body = _no_h1_page(framed)
    assert _headline(head, body) == HEADLINE


@pytest.mark.parametrize("mark", ["@", ":", "."])
def test_a_site_name_after_an_at_sign_or_spaced_colon_is_cut(mark: str) -> None:
    # General pattern: 'Post title @ Blog name', French 'Titre : Site', 'Title . Site'.
    head, body = _no_h1_page(f"{HEADLINE} {mark} {SITE}")
    assert _headline(head, body) == HEADLINE


def test_a_bracket_or_colon_part_that_is_not_the_site_stays() -> None:
    # The other side: '(Update)' and a French 'Dragage : le vote' are the headline's own words.
    for title in (f"{HEADLINE} (Update)", "Dragage du chenal : le conseil vote oui"):
        head, body = _no_h1_page(title)
        assert _headline(head, body) == title
