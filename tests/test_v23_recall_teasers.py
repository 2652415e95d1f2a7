"""Version 23 (recall): teasers that open with their linked title are cut after 'Related stories'.

Under an opener of other stories ('Related stories:', 'More news') a template lists each
story as one paragraph: its linked title, then a summary of a few sentences and the paper it
came from. Such summaries can run past 300 characters and the list past the story, so the
cut's "as much text before as after" test and the teaser test (short lines, titles alone) let
the list through as part of the article. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_STORY = (
    "<p>The county will open a second bridge over the estuary in the spring, its engineers said on "
    "Tuesday, two years later than planned and at almost twice the first estimate of its cost.</p>"
    "<p>Work stopped for most of a year after a barge struck one of the piers in a storm, and the "
    "steel for the deck had to be ordered again from a mill in the north after a fire at the first one.</p>"
    "<p>Drivers now wait up to forty minutes at the old crossing in the morning, and the ferry that "
    "used to carry cyclists stopped running last autumn when its owner retired.</p>"
)
_TEASERS = [
    ("Toll plan for the estuary bridges dropped", "The council has dropped a plan to charge drivers"),
    ("Ferry owner sells his last boat", "A family that ran boats across the estuary for ninety years"),
    ("Storm damage worse than first thought", "Inspectors found cracks in two more piers of the old bridge"),
    ("Cyclists ask for a lane on the new crossing", "A group of riders has written to the county"),
    ("Steel mill fire: what went wrong", "A report into the fire that halted work on the deck"),
    ("Traffic at the old crossing hits a record", "Counters on the approach road logged more cars"),
]


def _page(opener: str = "<h3>Related stories:</h3>", linked: bool = True) -> bytes:
    teasers = []
    for n, (title, start) in enumerate(_TEASERS):
        head = f"<a href='https://paper.example/news/{n}'>{title}</a>" if linked else title
        summary = (
            f"{start} over the next few years, saying the money raised would not cover the cost of the staff "
            "needed to collect it, and that traders in the two towns had asked for a delay until the new "
            "bridge is open. A final decision is due at the meeting in June, and the opposition says it will "
            "ask for a public vote before then. The Coast Gazette, January 12"
        )
        teasers.append(f"<p>{head} {summary}</p>")
    return (
        "<html><head><title>Second estuary bridge to open in spring</title></head><body><div class='main'>"
        f"<h1>Second estuary bridge to open in spring</h1>{_STORY}{opener}{''.join(teasers)}"
        "</div></body></html>"
    ).encode()


def _text(html: bytes) -> str:
    article = extract_article(html, url="https://paper.example/news/bridge")
    return " ".join(p for s in article.sections for p in s.paragraphs)


def test_teasers_opening_with_their_linked_title_are_cut() -> None:
    text = _text(_page())
    assert "when its owner retired" in text
    assert "Toll plan for the estuary bridges dropped" not in text
    assert "The Coast Gazette" not in text


def test_unlinked_paragraphs_after_the_opener_stay() -> None:
    # The same lines with no linked titles could be the story going on: the old balance test decides.
    text = _text(_page(linked=False))
    assert "Toll plan for the estuary bridges dropped" in text
