"""Review of version 18's he/she referent rules: ordinary news sentences where a name the
new rules set aside is the he/she's referent after all. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

OPENING = "“The new budget keeps every library open,” said Dana Holt, the council leader."


def test_a_name_after_said_on_monday_that_is_the_she_who_speaks_next() -> None:
    # 'Police said on Monday that Mary Frost …': Frost is the reported clause's subject, with a
    # time phrase between the verb and 'that'; she is the she of the next quote.
    paras = [
        OPENING,
        "Police said on Monday that Mary Frost had been charged with fraud. “I did nothing wrong and "
        "I will prove it in court,” she told reporters outside the courthouse.",
    ]
    assert speakers(paras) == ["Dana Holt", "Mary Frost"]


def test_a_name_the_party_expected_to_pick_is_the_she_who_speaks_next() -> None:
    # 'The party expected to name Mary Frost …': no reported clause at all, a verb's object.
    paras = [
        OPENING,
        "The party had expected to name Mary Frost as its candidate by Friday. “I am honoured and "
        "ready to serve the town,” she said at the launch.",
    ]
    assert speakers(paras) == ["Dana Holt", "Mary Frost"]


def test_a_name_after_told_her_is_a_person() -> None:
    # 'her' there is the object of 'told', not a possessive before a name used as an adjective.
    paras = [
        "“The budget is balanced for the first time in ten years,” said Tom Reyes.",
        "A voter asked him about the schools, and he told her Nora Frost would answer. “We will open "
        "two new schools next year,” she said.",
    ]
    assert speakers(paras) == ["Tom Reyes", "Nora Frost"]


def test_a_name_officials_said_the_driver_was_is_the_she_who_speaks_next() -> None:
    # 'said the driver was Mary Frost': the name after a copula is the clause's subject itself.
    paras = [
        OPENING,
        "Officials said the driver was Mary Frost, 34, of Dunmore. “I am lucky to be alive,” she said "
        "from her hospital bed.",
    ]
    assert speakers(paras) == ["Dana Holt", "Mary Frost"]


def test_a_name_opening_a_since_clause_in_what_residents_say_is_the_she_who_speaks_next() -> None:
    paras = [
        OPENING,
        "Residents say the town has felt safer since Mary Frost became sheriff in May. “We answer every "
        "call within ten minutes,” she said.",
    ]
    assert speakers(paras) == ["Dana Holt", "Mary Frost"]


def test_a_name_few_voters_knew_about_is_the_she_who_speaks_next() -> None:
    # What others know or think of somebody names the person the story goes on with.
    paras = [
        OPENING,
        "Few voters knew much about Mary Frost before the debate. “I was a stranger to most of them,” she said.",
    ]
    assert speakers(paras) == ["Dana Holt", "Mary Frost"]
