"""Version 18 (recall): a lead in its own box is taken past a short promo between it and the body.

Templates set the story's opening paragraph in a box of its own ('intro'), then a short
block that is no text of the story (a newsletter prompt, a 'listen' button's label, a
follow line), then the body container. The scorer picks the body; the scan for text
before it stopped at the short block, and the story lost its opening (pages written
for the tests).
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the allotment society counted {k} new members this year, and the waiting list for a plot "
    "by the canal is now longer than it has been since the society began."
)
_LEAD = (
    "Gardeners on the east side of town will get forty new plots next spring after the council "
    "agreed to hand over the old bowling green, ending a wait that some residents say they have endured "
    "for six years or more."
)


def _page(between: str) -> str:
    return (
        "<html><head><title>Forty new plots for the east side</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/local'>Local</a></div>"
        "<h1>Forty new plots for the east side</h1>"
        f"<div class='intro'><p>{_LEAD}</p></div>{between}"
        f"<div class='body-text'>{numbered_paragraphs(_SENTENCE, 12)}</div>"
        "</body></html>"
    )


def test_the_lead_past_a_newsletter_prompt_stays() -> None:
    prompt = "<div class='nl'><p>Our morning briefing, in your inbox daily.</p><a href='/nl'>Sign up</a></div>"
    text = body_text(_page(prompt))
    assert text.startswith("Gardeners on the east side of town")
    assert "Paragraph 11:" in text
    assert "morning briefing" not in text


def test_a_short_line_before_the_body_is_not_taken_past_a_prompt() -> None:
    # Beyond the prompt only a whole lead is taken, not a short dateline or label.
    page = _page("<div class='nl'><p>Our morning briefing, in your inbox daily.</p><a href='/nl'>Sign up</a></div>")
    dateline = "<div class='intro'><p>Filed from the town hall on a wet Monday.</p></div>"
    page = page.replace(f"<div class='intro'><p>{_LEAD}</p></div>", dateline)
    text = body_text(page)
    assert "Filed from the town hall" not in text
    assert text.startswith("Paragraph 0:")
