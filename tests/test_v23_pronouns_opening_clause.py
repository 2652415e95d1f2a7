"""A he/she after a clause that opens its sentence on a name ("After Tom Crane left the
hall, he told …"): the name is that clause's subject, the pronoun's referent, though
"after" or "before" reads like a preposition. All text is invented for these tests."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "After Tom Crane left the hall, he told the crowd: “We will fight for the pier.”",
        "Before Tom Crane sat down, he told the crowd: “We will fight for the pier.”",
    ],
)
def test_he_after_an_opening_clause_is_its_subject(sentence: str) -> None:
    paras = ["“The harbour is not for sale,” Ann Lee said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Ann Lee", "Tom Crane"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under questioning by Tom Crane, he said: “We will fight for the pier.”",
        "After a long talk with Tom Crane, he said: “We will fight for the pier.”",
        "After Tom Crane's speech, he said: “We will fight for the pier.”",
    ],
)
def test_a_name_in_an_opening_phrase_is_still_not_the_he(sentence: str) -> None:
    paras = ["“The harbour is not for sale,” Al Lee said.", sentence]
    assert [q.speaker for q in find_quotes(paras)] == ["Al Lee", "Al Lee"]
