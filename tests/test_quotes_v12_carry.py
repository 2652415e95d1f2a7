"""Quote finder, version 12: when a speaker carries on, and when an unnamed source stops it.
All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- an unnamed source introduced in the paragraph is the he/she after it -------------


def test_an_unnamed_source_placed_by_a_town_is_the_he_that_follows() -> None:
    paras = [
        "“The river has never been this low,” says Marten Oskarsson, who runs the ferry.",
        "The drought has closed three of the valley's five crossings since June.",
        "“We ration water now,” says a farmer from Lindvik, who asked that his name be left out. "
        "He says his well ran dry in July. “My cattle drink before my children do,” he says.",
    ]
    assert speakers(paras) == ["Marten Oskarsson", None, None]


def test_an_unnamed_source_with_a_relative_clause_is_the_woman_who_speaks_next() -> None:
    paras = [
        "Ilse Brandauer, 41, has not left her flat in the tower block since the raids began.",
        "Across the yard, most parking spaces were full at noon. "
        "A tenant who did not want to be named for fear of eviction said people stay inside.",
        "“Nobody goes to the shop any more. They send the children,” the woman said.",
    ]
    assert speakers(paras) == [None]


def test_a_named_woman_described_after_speaking_keeps_the_quote() -> None:
    # The guard: with no unnamed source, "the woman" is still the named one.
    paras = [
        "Ilse Brandauer, 41, has not left her flat in the tower block since the raids began.",
        "Brandauer said people stay inside.",
        "“Nobody goes to the shop any more. They send the children,” the woman said.",
    ]
    assert speakers(paras) == ["Ilse Brandauer"]


# -- an unnamed source stops the carry-over ---------------------------------------------


def test_a_quote_after_an_unnamed_lead_in_is_not_the_company_in_its_description() -> None:
    paras = [
        "“We never kept a record of those calls,” Oskar Lindqvist, the firm's founder, said in court.",
        "A former partner at Lindqvist Holdings stated in her testimony,",
        "“He took the calls in his car and told nobody who was on the line.”",
    ]
    assert speakers(paras) == ["Oskar Lindqvist", None]


def test_a_quote_resuming_after_an_unnamed_source_stays_unnamed() -> None:
    paras = [
        "Oskar Lindqvist denied writing the manual.",
        "The file was written in perfect English by somebody who was clearly not Lindqvist.",
        "“The founder could not have written it,” a former Harlan Moss IT specialist who received the file, "
        "“so the file must have come from somebody else. I suspect his new partners.”",
    ]
    assert speakers(paras) == [None, None]


def test_a_quote_resuming_after_its_named_speaker_keeps_the_name() -> None:
    paras = [
        "“The founder could not have written it,” said Greta Holm, an engineer at Lindqvist Holdings, "
        "“so somebody else must have sent it.”",
    ]
    assert speakers(paras) == ["Greta Holm", "Greta Holm"]


# -- a speaker named once for a run of quotes ------------------------------------------


def test_a_partial_quote_takes_the_speaker_named_after_the_next_quote() -> None:
    paras = [
        "“Rates this low cannot last,” said Hedda Norlund, the bank's chief economist.",
        "Meanwhile, the bank's bond buying “is as likely to hurt as to help.” Ending it "
        "“would tell lenders they must take risks again to earn a return,” Norlund said.",
    ]
    assert speakers(paras) == ["Hedda Norlund", "Hedda Norlund", "Hedda Norlund"]


def test_a_partial_quote_before_another_speaker_in_a_new_paragraph_is_not_theirs() -> None:
    # The guard: the next quote is in the following paragraph, so it names nobody here.
    paras = [
        "Meanwhile, the bank's bond buying “is as likely to hurt as to help, for all we know.”",
        "“Ending it would tell lenders they must take risks again to earn a return,” Norlund said.",
    ]
    assert speakers(paras)[1] == "Norlund"
    assert speakers(paras)[0] is None


def test_a_quote_alone_after_a_paragraph_about_him_is_his() -> None:
    paras = [
        "Pieter Aalto ran his meetings with few words.",
        "He was known for his impatience. A slow demonstration would set him counting out loud.",
        "“One second. Two seconds.”",
    ]
    assert speakers(paras) == ["Pieter Aalto"]


def test_a_quote_alone_after_a_paragraph_about_nobody_has_no_speaker() -> None:
    paras = [
        "Pieter Aalto ran his meetings with few words.",
        "The demonstrations were slow, and the rooms were cold.",
        "“One second. Two seconds.”",
    ]
    assert speakers(paras) == [None]


def test_a_partial_quote_takes_the_reporting_clause_that_closes_its_sentence() -> None:
    paras = [
        "The cutter struck the fishing boat near the reef, the Coastal Patrol Agency said in a statement.",
        "It happened about nine kilometres from the island.",
        "Before that, the cutter also “made dangerous turns and tried to block the path” of the fishing boat, "
        "which was on a routine patrol, the agency said.",
    ]
    assert speakers(paras) == ["Coastal Patrol Agency"]


def test_a_partial_quote_before_a_clause_about_another_matter_takes_no_speaker_from_it() -> None:
    # The guard: the reporting verb heads a long clause of its own, not a closing tag.
    paras = [
        "The cutter “made dangerous turns and tried to block the path” near the reef, and the Coastal Patrol "
        "Agency said on Monday that it would send two more boats to the area next week.",
    ]
    assert speakers(paras) == [None]


def test_a_name_after_a_capitalised_office_with_a_long_apposition_speaks() -> None:
    paras = [
        "The bank kept its rates on hold.",
        "Harbour Savings Bank of Leeds chief executive Ada Kowalczyk, the bank's longest-serving director and one "
        "of five people who set the rates savers earn on deposits, loans and bonds, said that the policy "
        "is “a slow poison for savers and for the town.”",
    ]
    assert speakers(paras) == ["Ada Kowalczyk"]


def test_the_first_item_of_a_list_of_partial_quotes_shares_the_speaker_of_the_rest() -> None:
    paras = [
        "In her new book, Marit Solberg asks why the 2019 vote was so ordinary.",
        "Why did a brash mayor — who “boasted about the size of his yacht at every single dinner,” "
        "“made no secret of his contempt for the council,” and “called himself a visionary while feuding "
        "with the press” — win the same share as the dull candidates before him?",
    ]
    found = speakers(paras)
    assert len(found) == 3 and len(set(found)) == 1


def test_a_colon_after_a_he_behind_an_opening_phrase_stops_the_carry_over() -> None:
    paras = [
        "“She taught me to love long sentences,” said Mary Marsh, one of her former pupils.",
        "My father said little at the funeral.",
        "To my surprise, he had these words cut into her stone: “A patient teacher and a loving mother to us all.”",
    ]
    assert speakers(paras) == ["Mary Marsh", None]


def test_a_short_name_after_a_colon_behind_an_opening_phrase_is_no_quote() -> None:
    paras = ["Of late, she seems taken with another idea for the region: “Harbour Cloud.”"]
    assert speakers(paras) == []


def test_a_speech_verb_joined_after_an_aside_shares_the_sentence_subject() -> None:
    paras = [
        "Investigators questioned several bloggers about the harbour riots.",
        "Ana Petrova had been flagged because she was a widely read blogger and, on March 3, had posted to "
        "her 5,000 readers, “The time for talking about the harbour is over.”",
    ]
    assert speakers(paras) == ["Ana Petrova"]


def test_a_lone_quote_after_a_paragraph_about_a_quoted_person_is_theirs() -> None:
    paras = [
        "“The river feeds us, so we speak for it,” said Tane Horomona, a river guardian.",
        "Floods have swept away three villages downstream since the spring.",
        "The regional council called the floods a disaster and promised new banks.",
        "But for Horomona and his children, the loss of the old eel weirs is the deeper wound.",
        "“It is our grandparents' work. Once it is gone we cannot build it again.”",
    ]
    assert speakers(paras) == ["Tane Horomona", "Tane Horomona"]


def test_a_lone_quote_after_a_paragraph_about_somebody_never_quoted_has_no_speaker() -> None:
    paras = [
        "“The river feeds us, so we speak for it,” said Tane Horomona, a river guardian.",
        "Floods have swept away three villages downstream since the spring.",
        "The regional council called the floods a disaster and promised new banks.",
        "But for Mere Paki and her children, the loss of the old eel weirs is the deeper wound.",
        "“It is our grandparents' work. Once it is gone we cannot build it again.”",
    ]
    assert speakers(paras)[1] is None


def test_her_closing_remarks_are_a_noun_so_she_speaks_the_partial_quote() -> None:
    paras = [
        "Ines Varga argued for the defence at the mock trial.",
        "Of the accused, Varga said at one point, “He only wanted the town to love him again.” Then she "
        "delivered her closing remarks as a ballad, “because rhyme persuades a jury more than reason.”",
    ]
    assert speakers(paras) == ["Ines Varga", "Ines Varga"]
