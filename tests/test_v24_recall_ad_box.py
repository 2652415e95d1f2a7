"""Version 24 (recall): an ad box inside the story goes whole: its label and its short lines of ads.

Templates set a box of paid links between two of the story's paragraphs, under a label
('Advertisement', 'Sponsored Links', 'Ads by …'): the label went but the ad lines under it
stayed as the story's text, or the list went and its label stayed as a section heading over
the rest of the story. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_OPENING = (
    "<p>The old ferry across the estuary made its last crossing on Sunday after ninety years of "
    "service, watched by a crowd of several hundred people on both banks of the river.</p>"
    "<p>Its captain, who has steered the boat for twenty-two summers, said she would miss the "
    "regulars most, the farmers and schoolchildren who rode it every morning in all weathers.</p>"
)
_CLOSING = (
    "<p>The county council voted last spring to replace the crossing with a new bridge two miles "
    "upstream, a plan that cost far less to run but left the village without a link.</p>"
    "<p>Residents have started a fund to buy the ferry and run it themselves as a charity, and say "
    "they have raised nearly half of the money they need from local businesses.</p>"
)


def _article(box: str) -> tuple[list[str | None], list[str]]:
    html = (
        "<html><head><title>Last ferry</title></head><body><div class='post'>"
        f"<h1>Last ferry crosses the estuary</h1>{_OPENING}{box}{_CLOSING}</div></body></html>"
    )
    article = extract_article(html.encode())
    headings = [s.heading for s in article.sections]
    return headings, [p for s in article.sections for p in s.paragraphs]


def test_ad_lines_under_an_advertisement_label_go() -> None:
    headings, paragraphs = _article(
        "<p><b>Advertisement</b></p>"
        '<p><a href="http://ads.example/a">Cheap flights to the coast</a><br>Book today and save on trips</p>'
        '<p><a href="http://ads.example/b">Refinance your home</a><br>Rates at record lows this week</p>'
    )
    text = " ".join(paragraphs)
    assert "Cheap flights" not in text and "Refinance" not in text
    assert "ninety years" in text and "half of the money" in text


def test_a_sponsored_links_heading_over_an_ad_list_goes() -> None:
    headings, paragraphs = _article(
        '<div class="box"><h3>Sponsored Links</h3><ul>'
        '<li><a href="http://ads.example/a">Cheap flights to the coast</a> Book today and save</li>'
        '<li><a href="http://ads.example/b">Lose weight fast</a> One odd trick</li>'
        '<li><a href="http://ads.example/c">Refinance your home</a> Rates at record lows</li></ul></div>'
    )
    assert "Sponsored Links" not in headings
    assert "half of the money" in " ".join(paragraphs)


def test_the_story_going_on_after_an_ad_slot_stays() -> None:
    headings, paragraphs = _article("<p>Advertisement</p><p>“We will miss it,” she said.</p>")
    assert any("We will miss it" in p for p in paragraphs)


def test_a_box_headed_sponsored_links_goes_with_its_blurbs() -> None:
    ads = "".join(
        f'<li><h4><a rel="nofollow" href="http://ads.example/{n}">{title}</a></h4>{blurb}</li>'
        for n, title, blurb in [
            (
                1,
                "Garden sheds on sale",
                "Timber sheds in every size, delivered free to most of the country this month.",
            ),
            (2, "Cheap laptops", "All the big brands. Latest models, lower prices."),
            (
                3,
                "Energy advice",
                "Consultants with long experience offering advice on energy bills for homes and firms.",
            ),
        ]
    )
    headings, paragraphs = _article(f"<div><h3>Sponsored Links</h3><div><ul>{ads}</ul></div></div>")
    text = " ".join(paragraphs)
    assert "Timber sheds" not in text and "Latest models" not in text and "energy bills" not in text
    assert "Sponsored Links" not in headings
    assert "ninety years" in text and "half of the money" in text


def test_a_long_section_under_an_advertisement_heading_stays() -> None:
    section = "".join(
        f"<p>{n}. The ferry carried a painted sign for a local bakery for thirty years, and the regulars "
        "came to think of the faded loaf on its side as part of the crossing itself, much like the bell.</p>"
        for n in range(1, 9)
    )
    headings, paragraphs = _article(f"<div><h2>Advertisement</h2>{section}</div>")
    assert sum("faded loaf" in p for p in paragraphs) == 8


def test_a_short_story_with_an_advertisement_heading_in_its_body_stays() -> None:
    html = (
        "<html><head><title>Ferry fund</title></head><body><div class='main'><h1>Ferry fund grows</h1>"
        "<div><p>The fund to save the estuary ferry passed its target on Friday, two months early.</p>"
        "<h4>Advertisement</h4>"
        '<p>Its treasurer thanked the <a href="/bakery">bakery</a> and the <a href="/school">school</a>, '
        "whose summer fair raised the last thousand pounds in a single afternoon.</p></div></div></body></html>"
    )
    paragraphs = [p for s in extract_article(html.encode()).sections for p in s.paragraphs]
    assert any("passed its target" in p for p in paragraphs)
    assert any("summer fair" in p for p in paragraphs)
