"""Version 26 (precision): access notices above the story are no part of it.

Pay and registration sites print every notice a reader might see above the story and let a
script show the one that fits ('Subscriber article! To read this article in full you must be a
subscriber.', 'Your account has been suspended. …'): the reader sees none of them once signed in,
and the text under them is the story. They stayed as the story's opening lines, headed by their
short labels. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_STORY = (
    "<p>The ferry between the two islands will run twice a day again from Monday, after the harbour "
    "board found the money to repair the old landing stage at the northern quay.</p>"
    "<p>Islanders had to travel by the mainland for six weeks, a trip that took most of a day and cost "
    "a family of four more than a week's shopping, the board's chairman, Ruth Aldane, said.</p>"
    "<p>The repairs were finished ahead of time because the weather held, and the board thanked the "
    "divers who worked through two nights to replace the rotten piles under the stage.</p>"
)


def _text(notices: str) -> list[str]:
    html = (
        "<html><head><title>Island ferry back on twice a day</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/islands'>Islands</a></div>"
        "<div class='main'><h1>Island ferry back on twice a day</h1>"
        f"<div class='story'>{notices}{_STORY}</div></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [t for s in article.sections for t in ([s.heading] if s.heading else []) + list(s.paragraphs)]


def test_labelled_access_notices_above_the_story_go() -> None:
    lines = _text(
        "<h3>Subscriber article!</h3><p>Your account has been suspended. To restore it, choose an option below.</p>"
        "<h3>Subscriber article!</h3><p>To read this article in full you must be a subscriber to the Island Post.</p>"
        "<h3>Members' article!</h3><p>To read this story in full you need to sign in to the site.</p>"
    )
    assert not any("Subscriber" in line or "account" in line or "sign in" in line for line in lines), lines
    assert lines[0].startswith("The ferry between the two islands")
    assert any("divers who worked" in line for line in lines)


def test_an_unlabelled_notice_goes_too() -> None:
    lines = _text("<p>You have reached your limit of free articles this month.</p>")
    assert lines[0].startswith("The ferry between the two islands"), lines


def test_a_story_about_accounts_keeps_its_opening() -> None:
    story_line = "<p>To read this report, the harbour board asked islanders to come to the hall on Friday.</p>"
    lines = _text(story_line)
    assert any("harbour board asked islanders" in line for line in lines)
