"""A he/she after a sentence that opens on a person and names a profile's subject only
inside what that person thinks or says ("Her father, Rob, 41, doubted that many would
pick Vane. “…,” he said."): the he/she is the person opening the sentence, not the
subject. The subject as the verb's own object ("Tom Holt introduced Vane.") stays the
he/she. All text is invented for these tests."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_HEADLINE = "Owen Vane makes his case for the county board"
_OPENING = [
    "Owen Vane spent the week knocking on doors across the valley.",
    "“I have three minutes to make my pitch, and I mean to use every one of them,” Vane said at a diner in Elmsford.",
    "The county's rules keep most outside candidates off the stage, and the people at his events know it.",
]


def _speakers(last: str, quote: str) -> list[str | None]:
    paras = [*_OPENING, last, quote]
    return [q.speaker for q in find_quotes(paras, headline=_HEADLINE)]


def test_the_person_opening_the_sentence_speaks_not_the_subject_named_after() -> None:
    speakers = _speakers(
        "At the Elmsford stop, 12-year-old Tia Holt held up a hand-painted sign. Her father, Rob, 41, "
        "doubted that many neighbours would see the point of choosing Vane.",
        "“People are scared of throwing their votes away,” he said.",
    )
    assert speakers[-1] == "Rob"


def test_the_subject_still_speaks_when_the_sentence_opens_on_him() -> None:
    speakers = _speakers(
        "Vane thanked Rob Holt, a farmer, for the sign his daughter painted.",
        "“People are scared of throwing their votes away,” he said.",
    )
    assert speakers[-1] == "Owen Vane"


def test_the_subject_as_the_verbs_own_object_still_speaks() -> None:
    speakers = _speakers(
        "Local farmer Tom Holt introduced Vane at the Elmsford stop.",
        "“People are scared of throwing their votes away,” he said.",
    )
    assert speakers[-1] == "Owen Vane"
