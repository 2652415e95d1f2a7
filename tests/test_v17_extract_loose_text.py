"""Version 17: story text set loose beside blocks in a <font>, <span> or table cell (pages written for these tests)."""

from __future__ import annotations

from tests.extract_helpers import body_text

SENTENCES = [
    "The county's ferry service will run a reduced timetable through the winter, its operator said on Monday",
    "Crossings will leave every ninety minutes instead of every hour, with the last boat at seven in the evening",
    "The operator blamed a shortage of trained deckhands and the rising price of marine fuel for the change",
    "Commuters who use the ferry to reach the hospital said the later first sailing would make them late for shifts",
    "A council spokesperson said talks with the operator about a subsidy for early sailings would begin next week",
]
TEASERS = "".join(
    f'<p><a href="/news/{n}">Teaser {n}: harbour festival draws crowds</a> The quay lights, the lifeboat'
    f' station and the fair, in short. <a href="/news/{n}">Full Story</a></p>'
    for n in range(6)
)


def _page(host_open: str, host_close: str) -> str:
    story = "<br><br>".join(f"{s}." for s in SENTENCES)
    return (
        "<html><head><title>Ferry timetable cut for winter</title></head><body>"
        f'<div id="centre">{host_open}<h1>Ferry timetable cut for winter</h1>'
        f'<div class="stamp">Updated 14 January</div>{story}{host_close}</div>'
        f'<div id="also"><h3>Also In The News</h3>{TEASERS}</div></body></html>'
    )


def test_br_separated_story_in_a_font_holding_the_h1_is_the_body() -> None:
    # General pattern: old templates wrap headline, stamp and the <br>-separated story in one
    # <font>; the story's text is no paragraph of the <div> around it (a block stands between),
    # so unless its runs are made paragraphs nothing of it votes and a teaser list wins.
    text = body_text(_page("<font face='Arial' size='2'>", "</font>"))
    assert all(s in text for s in SENTENCES)
    assert text.startswith(SENTENCES[0])


def test_br_separated_story_in_a_span_holding_the_h1_is_the_body() -> None:
    # The same with a <span> as the wrapper (the story's text and its header in one span).
    text = body_text(_page('<span class="fullitem">', "</span>"))
    assert all(s in text for s in SENTENCES)
    assert text.startswith(SENTENCES[0])
