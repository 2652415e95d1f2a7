"""Teasers of other posts that end on a 'Read more' label (issue 11, precision).

Every page here is invented: a short story, then the kind of block templates print
beside or under it. The story must survive whole; the furniture must not be in the body.
"""

from __future__ import annotations

from extract_helpers import PIER_LAST_WORDS as LAST_WORDS
from extract_helpers import body_text
from extract_helpers import pier_page as page

TEASERS = [
    ("Library opens on Sundays", "The reading room keeps its doors open on Sunday afternoons from next month."),
    ("New buses for the coast road", "Six electric buses join the coast road timetable this summer."),
    ("School choir wins a prize", "Forty pupils came home from the county hall with the first prize."),
]


def test_teasers_ending_on_a_read_more_label_go() -> None:
    after = "".join(
        f'<p><b>{title}</b></p><p>{summary} <a href="/x{n}">Read more...</a></p><p>2025-03-0{n + 1}</p>'
        for n, (title, summary) in enumerate(TEASERS)
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "reading room" not in text
    assert "electric buses" not in text
    assert "Library opens" not in text
    assert "Read more" not in text


def test_a_read_more_label_on_its_own_line_takes_the_summary_above_it() -> None:
    after = "".join(
        f'<h3>{title}</h3><p>{summary}</p><p><a href="/x{n}">Read more »</a></p>'
        for n, (title, summary) in enumerate(TEASERS)
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "reading room" not in text
    assert "first prize" not in text


def test_a_story_that_speaks_of_reading_more_keeps_its_words() -> None:
    after = (
        "<p>Teachers at the harbour school said the pupils who visit the pier museum go on to read more.</p>"
        "<p>One parent put it simply: the children come home and want to hear more...</p>"
        "<p>The museum will stay open while the committee decides, and the school plans a visit in May "
        "so that every class can see the pier before any work starts. Continue reading the survey, "
        "the chair said, and you will see why the vote matters.</p>"
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "go on to read more" in text
    assert "want to hear more" in text
    assert "Continue reading the survey" in text
