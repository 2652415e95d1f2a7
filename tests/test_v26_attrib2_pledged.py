"""Version 26: "pledged" reports speech as "promised" and "vowed" do ("in which he
pledged that, if elected, he would be “…”"); "pledged to" an act reports none, as
"promised to" does. Before, such a quote had no speaker. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_pledged_that_names_the_subject() -> None:
    paragraphs = [
        "“We will win this town back,” Ann Voss said at the grange on Monday night.",
        "Her rival, Sen. Carl Benning of Denton, was the only candidate who skipped the grange. Instead he "
        "gave a speech in Denton in which he pledged that, if elected mayor, he would be “a friend not only "
        "to the farmers but to the miners too.”",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Ann Voss"), (1, "Carl Benning")]
