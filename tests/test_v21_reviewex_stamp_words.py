"""Review of version 21: a publication stamp's date is a month's name or a time unit, not a word starting like one.

`furniture._STAMP_DATE` keeps a fact line opening with 'Updated' or 'Published' unless it holds
a date or a time; but it read any word opening like a month ('major' as May, 'general' as
gennaio, 'decisions' as December, 'markets' as March), any word opening with 'min' or 'sec'
('ministers', 'sectors') as minutes or seconds, and a figure with two decimals
('1.75 per cent') as a time, so the fact lines it was written to keep went as stamps.
Lines written for the tests.
"""

from __future__ import annotations

import pytest

from extract_helpers import kept_between_story_paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Updated forecast: 4 major banks cut rates",
        "Published findings: 3 general practices",
        "Published review: 12 decisions overturned",
        "Updated count: 5 markets closed",
        "Updated list: 12 ministers",
        "Updated figures: 4 sectors hit",
        "Updated forecast: 1.75 per cent growth",
    ],
)
def test_a_fact_line_with_a_word_like_a_month_or_a_unit_is_kept(line: str) -> None:
    assert kept_between_story_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 5 mins ago",
        "Published 10 minutes ago",
        "Updated 30 secs ago",
        "Aktualisiert vor 20 Minuten",
        "Publié le 18 juil. 2024 à 08:01",
        "Published: Sept 4",
        "Updated: 14th January",
        "Actualizado 5 dic",
        "Publicado 3 de agosto",
        "Uppdaterad 15.59",
        "Published June20",
    ],
)
def test_publication_stamps_still_go(line: str) -> None:
    assert not kept_between_story_paragraphs(line)
