"""Headline, version 15: datelines in brackets, after 'Updated', in other languages (issue 11), on invented pages."""

from __future__ import annotations

import pytest

from extract_helpers import headline_of

BODY = "<p>The lifeboat crew launched twice in one night to reach a yacht drifting off the point.</p>" * 5
HEADLINE = "Lifeboat crew launches twice in one night"


def _headline(head: str, body: str, url: str | None = "https://pointgazette.example/news/12") -> str:
    return headline_of(head, body, url)


@pytest.mark.parametrize(
    "dated",
    [
        f"{HEADLINE} (Dec. 4, 2026)",
        f"{HEADLINE} [04/12/2026]",
        f"{HEADLINE} — Updated Dec. 4, 2026",
        f"{HEADLINE} | 4. Dezember 2026",
        f"{HEADLINE} – jeudi 4 décembre 2026",
        f"{HEADLINE} | 4 de diciembre de 2026",
        f"Stand: 04.12.2026 – {HEADLINE}",
    ],
)
def test_a_date_set_off_from_the_title_in_every_source_goes(dated: str) -> None:
    # General pattern: templates put the date (or 'Updated …') before or after the title in the
    # h1 and every title tag alike, in brackets or after a separator, in the site's language.
    head = f'<meta property="og:title" content="{dated}"><title>{dated} | Point Gazette</title>'
    assert _headline(head, f"<article><h1>{dated}</h1>{BODY}</article>") == HEADLINE


def test_a_year_alone_in_brackets_stays() -> None:
    # The other side: '(2026)' names the edition of a guide; it is the headline's.
    title = "Lifeboat stations to visit on the coast (2026)"
    head = f'<meta property="og:title" content="{title}"><title>{title} | Point Gazette</title>'
    assert _headline(head, f"<article><h1>{title}</h1>{BODY}</article>") == title
