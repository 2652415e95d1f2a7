"""Lines of page furniture between and after a story's paragraphs (issue 11, precision).

Every page here is invented. Each test shows the furniture going and, beside it, story
text that looks like it staying.
"""

from __future__ import annotations

from extract_helpers import body_text
from test_v20_furniture_teasers import LAST_WORDS, page

MORE = (
    "<p>Fishermen on the quay said they would rather see the pier mended than replaced, since a new one "
    "would take two seasons to build and leave them without a landing place for the summer.</p>"
    "<p>The council expects the survey in February and has promised a public meeting before any vote, "
    "with the engineers on hand to answer questions from everyone who uses the harbour.</p>"
)


def test_jump_links_between_sections_go() -> None:
    text = body_text(
        page(
            '<p><a href="#top">Back to top</a></p>' + MORE + "<p>Return to citation in text: [1] [2]</p>"
            "<p>(Return to Contents)</p><p>Top of Page</p>"
        )
    )
    assert LAST_WORDS in text
    assert "two seasons to build" in text
    assert "Back to top" not in text
    assert "citation in text" not in text
    assert "Contents" not in text
    assert "Top of Page" not in text


def test_a_sentence_about_going_back_to_the_top_stays() -> None:
    text = body_text(
        page("<p>Back to the top of the hill the walkers went, tired but happy after the long day.</p>" + MORE)
    )
    assert "Back to the top of the hill the walkers went" in text


def test_a_reading_time_line_under_a_dateline_goes() -> None:
    before = "<p>06. 03. 2025, 14:59 Uhr Lesedauer: 4 Minuten</p><p>5 min read</p><p>3 Min. Lesezeit</p>"
    text = body_text(page(MORE, before=before))
    assert LAST_WORDS in text
    assert "Lesedauer" not in text
    assert "min read" not in text
    assert "Lesezeit" not in text


def test_a_story_sentence_on_minutes_stays() -> None:
    text = body_text(page("<p>The ferry crossing now takes 25 minutes.</p>" + MORE))
    assert "The ferry crossing now takes 25 minutes." in text


def test_a_list_related_to_this_story_after_it_goes() -> None:
    after = (
        "<p>Related to this story:</p>"
        '<p><a href="/a">Harbour fees rise again</a> (31 Dec 24 | Coast )</p>'
        '<p><a href="/b">Pier survey delayed</a> (30 Dec 24 | Coast )</p>'
        "<p>Related internet links:</p>"
        '<p><a href="https://harbour.example">Harbour trust</a></p>'
    )
    text = body_text(page(MORE + after))
    assert "leave them without a landing place" in text
    assert "Harbour fees" not in text
    assert "Related to this story" not in text
    assert "Harbour trust" not in text
