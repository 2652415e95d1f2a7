"""Version 15: a page rendered by script whose HTML shows only a card or a teaser (pages written for the tests)."""

from __future__ import annotations

import json

from extract_helpers import body_text

_STORY = [
    f"Part {n}: the tram depot on the east side repaired {n + 4} carriages this spring, and the night crews "
    "painted the old livery back on the two oldest cars before the summer timetable began."
    for n in range(12)
]
_CARD = (
    "<div class='author-card'><p>Mara Lind covers transport and city planning for the paper, "
    "and before that she reported on courts and the harbour for ten years.</p></div>"
)


def _page(body_html: str, article_body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Depot restores old trams"}
    ld["articleBody"] = article_body
    return (
        "<html><head><title>Depot restores old trams</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        f"<body><h1>Depot restores old trams</h1>{body_html}<div id='app'></div></body></html>"
    )


def test_the_json_ld_article_body_replaces_a_card_the_server_rendered() -> None:
    # General pattern: the served HTML holds only an author card (the story is drawn by
    # script); the JSON-LD articleBody, many times longer, is the story.
    text = body_text(_page(_CARD, "\n".join(_STORY)))
    assert "Part 0:" in text
    assert "Part 11:" in text


def test_a_page_that_shows_its_story_keeps_its_own_text() -> None:
    # The page's own paragraphs (as long as the articleBody) keep their structure and win.
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    html = _page(f"<article><div class='story'>{paragraphs}</div></article>", "A summary of the depot's spring work.")
    text = body_text(html)
    assert "Part 11:" in text
    assert "A summary of the depot" not in text
