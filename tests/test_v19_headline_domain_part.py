"""Version 19: a title's outer part that is a bare domain is a site's name, even when nothing else names it.

Pages written for these tests (no data set), read with no address (as saved or syndicated pages are).
"""

from __future__ import annotations

from extract_helpers import head_body_page
from newstui.extract import extract_article

HEADLINE = "Lighthouse keepers return to the northern cape for one summer"
STORY = (
    "<p>Two volunteers will keep the old lighthouse on the northern cape from June to August, the"
    " heritage trust said, the first keepers to live there since the light was automated.</p>"
    "<p>The keepers will guide visitors up the tower, log the weather three times a day and repaint"
    " the lantern room, which has not been touched for thirty years.</p>"
)


def _headline(title: str) -> str:
    page = head_body_page(f"<title>{title}</title>", f'<div class="col">{STORY}</div>')
    return extract_article(page.encode()).headline


def test_a_domain_after_a_spaced_colon_is_cut() -> None:
    # General pattern: 'Headline : site.com.au', no og:site_name and no address to learn the name from.
    # (Before: the domain stayed in the headline.)
    assert _headline(f"{HEADLINE} : capenews.example.au") == HEADLINE


def test_a_domain_before_a_dash_is_cut() -> None:
    # 'site.com - Headline': the domain leads the title. (Before: kept whole.)
    assert _headline(f"capenews.example - {HEADLINE}") == HEADLINE


def test_a_domain_inside_the_headline_stays() -> None:
    # The other side: a headline that mentions a domain among its words keeps it.
    title = "Heritage trust opens bookings on capenews.example for lighthouse tours"
    assert _headline(title) == title
