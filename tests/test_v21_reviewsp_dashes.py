"""Review of version 21's quote set off by dashes after a name ("including Mara Quist --
“It is disqualifying …” -- and …"): a quoted phrase describing the person named
("called her rival Jo Dee -- “a menace to the whole city …” --") is the sentence's
subject's words about them, not theirs. Invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_an_epithet_set_off_by_dashes_after_an_object_is_the_subject_s() -> None:
    assert speakers(
        [
            "Mayor Dana Holt called her rival Jo Dee -- “a menace to the whole city and its people” -- during "
            "Monday's debate.",
        ]
    ) == ["Dana Holt"]


def test_an_epithet_between_em_dashes_is_the_subject_s() -> None:
    assert speakers(
        [
            "Mayor Dana Holt described Jo Dee — “a menace to the whole city and its people” — as unfit to serve.",
        ]
    ) == ["Dana Holt"]


def test_guard_a_whole_sentence_set_off_after_a_name_is_still_that_person_s() -> None:
    assert speakers(
        [
            "Several council members said the same, including the former mayor Jo Dee -- “We cannot keep "
            "patching the sea wall every winter” -- and two harbour pilots.",
        ]
    ) == ["Jo Dee"]


def test_a_whole_sentence_in_two_character_marks_set_off_after_a_name_is_that_person_s() -> None:
    assert speakers(
        [
            "Several council members said the same, including the former mayor Jo Dee -- ``We cannot keep "
            "patching the sea wall every winter'' -- and two harbour pilots.",
        ]
    ) == ["Jo Dee"]
