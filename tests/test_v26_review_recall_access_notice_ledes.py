"""Review of version 26 (precision): a story may open on the words of an access notice.

`furniture._access_notice` drops notices about the reader's access above the story ('Your
account has been frozen.', 'You have reached your limit of free articles'). A story about a
bank or about paywalls opens on the same words, and its first paragraph went (with a short
subheading over it, read as the notice's label). Pay sites print their notices as a run, one
for each state a reader may be in; a lone line goes only when it speaks of the article and is
a sentence of its own. (Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from newstui.extract import extract_article

_STORY = (
    "<p>The bank said the fault began with a software update on Monday night and was mended by noon, "
    "but many customers could not pay for groceries or fuel for most of the morning.</p>"
    "<p>Its chief executive, Lorna Vale, apologised and said every customer charged a fee because of the "
    "fault would have it refunded within a week, without having to ask.</p>"
    "<p>Consumer groups said the bank should explain why its warning messages looked so much like the "
    "scam texts it tells customers to ignore.</p>"
)


def _lines(opening: str) -> list[str]:
    html = (
        "<html><head><title>Harbour Bank customers locked out</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/money'>Money</a></div>"
        "<div class='main'><h1>Harbour Bank customers locked out</h1>"
        f"<div class='story'>{opening}{_STORY}</div></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [t for s in article.sections for t in ([s.heading] if s.heading else []) + list(s.paragraphs)]


@pytest.mark.parametrize(
    "lede",
    [
        "Your account has been frozen. That was the message thousands of Harbour Bank customers saw on Tuesday.",
        "Your account has been suspended, read the text that reached 40,000 Harbour Bank customers on Tuesday.",
        "You have reached your limit of free articles, the banner says, and for many readers the news ends there.",
    ],
)
def test_a_lede_on_the_words_of_a_notice_stays(lede: str) -> None:
    lines = _lines(f"<p>{lede}</p>")
    assert lines[0] == lede, lines[:2]


def test_a_subheading_over_such_a_lede_stays() -> None:
    lines = _lines("<h3>Locked out</h3><p>Your account has been locked. That was all the customers saw.</p>")
    assert lines[:2] == ["Locked out", "Your account has been locked. That was all the customers saw."], lines[:3]


def test_a_run_of_notices_still_goes() -> None:
    lines = _lines(
        "<h3>Members only!</h3><p>Your account has been paused. Choose one of the options below.</p>"
        "<h3>Members only!</h3><p>To read this story in full you need to be a member of the site.</p>"
    )
    assert lines[0].startswith("The bank said the fault began"), lines[:3]


@pytest.mark.parametrize("label", ["", "<h3>Members only!</h3>"])
def test_a_lone_notice_of_its_own_still_goes(label: str) -> None:
    lines = _lines(f"{label}<p>This article is available only to subscribers.</p>")
    assert lines[0].startswith("The bank said the fault began"), lines[:3]
