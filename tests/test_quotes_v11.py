"""Quote finder, version 11: speaker rules written from a held-out batch's misses.
All text is invented for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import speakers
from newstui.extract.quotes.vocabulary import ISSUED_TEXTS

# -- one vocabulary of texts that speak for their issuer ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey by the Harbour Institute reads: “Four in ten tenants have skipped a meal to pay the rent.”",
        "A study from the Harbour Institute states, “Four in ten tenants have skipped a meal to pay the rent.”",
        "A reply from the Harbour Institute reads: “Four in ten tenants have skipped a meal to pay the rent.”",
    ],
)
def test_any_issued_text_read_out_speaks_for_its_issuer(sentence: str) -> None:
    assert speakers(["Rents rose again in March.", sentence]) == ["Harbour Institute"]


def test_an_organisations_report_is_an_issued_text() -> None:
    paras = [
        "Brightwell Foods published its yearly figures on Monday.",
        "Its report said: “Sales of frozen meals fell for the first time in a decade.”",
    ]
    assert speakers(paras) == ["Brightwell Foods"]
    assert {"statement", "release", "report", "reply", "tweet"} <= ISSUED_TEXTS


# -- a later partial quote of a sentence whose earlier quote is reported --------


def test_a_later_partial_quote_goes_on_with_the_reporter_of_the_earlier_one() -> None:
    paras = [
        "The Harbour Health Agency director, Dr Mirela Kostova, spoke to journalists on Friday.",
        "Strain XR spread across Lowland Province this month, and the director noted that “every "
        "wave has reached us a few weeks after our neighbours,” but we now “know how to keep our towns safe.”",
    ]
    assert speakers(paras) == ["Mirela Kostova", "Mirela Kostova"]


def test_a_later_partial_quote_after_he_said_that_is_his() -> None:
    paras = [
        "Councillor Tomas Brandt opened the meeting.",
        "The harbour wall cracked in May, and he said that the repairs were “far too slow for a harbour town” and the "
        "contractor “had never once come to the site.”",
    ]
    assert speakers(paras) == ["Tomas Brandt", "Tomas Brandt"]


# -- capitalised phrases that are not people ------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "Nobody here has read the Lowland Fishing Accord.",  # a treaty
        "Her grandfather sailed from here in the Great Depression.",  # an era
        "Most of the coast is held by Coastal Peoples under old deeds.",  # a group of people
        "Kestrel KV.3 now makes up most new cases.",  # a code with a version number
        "Her book Why We’re Divided sold well last year.",  # a title holding a contraction
    ],
)
def test_a_phrase_that_names_no_person_is_no_referent_for_she(between: str) -> None:
    paras = [
        "“We are ready for the winter,” said Dana Whitlock, the harbour master.",
        between,
        "“Please check your moorings before December,” she said.",
    ]
    assert speakers(paras) == ["Dana Whitlock", "Dana Whitlock"]


def test_the_author_of_a_title_with_a_contraction_is_its_author() -> None:
    paras = [
        "In Why We’re Divided, Marta Ellis sets out to explain the last election.",
        "The answer, the author suggests, is “the crushing weight of party loyalty on every vote.”",
    ]
    assert speakers(paras) == ["Marta Ellis"]


# -- an organisation's name keeps its leading demonym ---------------------------


def test_an_organisation_keeps_the_demonym_that_opens_its_name() -> None:
    paras = [
        "“Cod stocks in the north have never been this low,” the Norwegian Institute of Ocean Studies said.",
        "“We must not drop the quota again next spring,” said Norwegian minister Erik Holm.",
    ]
    assert speakers(paras) == ["Norwegian Institute of Ocean Studies", "Erik Holm"]


# -- "the report said": the organisation shown issuing it ---------------------


def test_the_report_is_the_text_of_the_organisation_shown_issuing_it() -> None:
    paras = [
        "The Coastal Walking Trust also put rest days first in its yearly report.",
        "Walking clubs doubled in size over the summer.",
        "“Rest is part of training, not a break from it,” the report stated.",
    ]
    assert speakers(paras) == ["Coastal Walking Trust"]


def test_of_two_issuers_the_report_is_the_one_named_last() -> None:
    paras = [
        "Both Harbourline's and Quayside's yearly reports came out on Monday.",
        "Quayside found that ferry bookings rose by a third.",
        "“Most of the growth came from weekend trips to the islands,” the report stated.",
    ]
    assert speakers(paras) == ["Quayside"]


def test_a_note_nobody_is_shown_issuing_names_nobody() -> None:
    paras = [
        "The app locks PDF and JPEG files on the phone.",
        "“Your files will be gone in three days unless you pay,” the note warns.",
    ]
    assert speakers(paras) == [None]


# -- a surname that is also a given name says no gender ---------------------------


def test_a_surname_that_is_also_a_given_name_gives_no_gender() -> None:
    paras = [
        "When Renata Douglas opened her bakery in 2015, she had no idea how hard the winters would be.",
        "Douglas, like many on the street, now opens only four days a week.",
        "“I would rather bake less and keep my prices where they are,” she says.",
    ]
    assert speakers(paras) == ["Renata Douglas"]


# -- a name and apposition after a quote, with the verb left out -------------------


def test_a_name_closing_the_quotes_sentence_without_a_verb_is_its_speaker() -> None:
    paras = [
        "Customs officers took the two men into custody at the pier on Sunday.",
        "“Our crews stop boats like this one every week of the year,” Marisol Okafor, head of the "
        "Northern Coast Patrol. “We will keep doing it.”",
    ]
    assert speakers(paras) == ["Marisol Okafor", "Marisol Okafor"]


# -- a long office, then its holder, then the verb --------------------------------


def test_a_long_office_before_its_holder_and_the_verb_names_the_holder() -> None:
    paras = [
        "Delegates from forty ports are expected at the fair in June.",
        "“We want ministers and buyers from every coast to see what our harbours make,” Minister of "
        "Shipping, Fisheries and Coastal Affairs, Senator the Hon. Rowan Clarke, told the Harbour Gazette.",
    ]
    assert speakers(paras) == ["Rowan Clarke"]


# -- a name only ever written after "the" -----------------------------------------


def test_a_name_only_ever_after_the_is_no_referent_for_she() -> None:
    paras = [
        "“We will not sell the ferries while I lead this council,” said Councillor Ilse Marten.",
        "In the end she refused to sell the Harbour Lines and kept the trams too.",
        "Her aim, as she noted in her diary, was “a town that owns its own roads and boats.”",
    ]
    assert speakers(paras) == ["Ilse Marten", "Ilse Marten"]


# -- a profile opening on a quote before anybody is named -------------------------


def test_a_quote_opening_a_profile_is_the_profiled_persons() -> None:
    paras = [
        "“A boat is more than a way to earn a living, it is a family’s whole history.”",
        "When Odile Brand took over her father’s trawler in 2009, few on the quay expected her to last a season.",
        "“The first winter nearly finished me,” Brand recalls.",
    ]
    assert speakers(paras) == ["Odile Brand", "Odile Brand"]


def test_an_opening_quote_stays_unattributed_when_the_person_named_next_is_never_quoted() -> None:
    paras = [
        "“A boat is more than a way to earn a living, it is a family’s whole history.”",
        "When Odile Brand took over her father’s trawler in 2009, few on the quay expected her to last a season.",
        "Trawler crews in the port halved over the next decade.",
    ]
    assert speakers(paras) == [None]


# -- a bare kind of body refers back to the body named in full --------------------


def test_the_institute_is_the_institute_named_in_full_before() -> None:
    paras = [
        "The Harbour Institute for Ocean Studies has opened its winter courses to the public.",
        "“Anyone who loves the sea will find a class here,” the Institute’s release said.",
        "The Institute said places were limited.",
    ]
    assert speakers(paras) == ["Harbour Institute for Ocean Studies"]


# -- a lede whose first words are set in capitals ---------------------------------


def test_a_lede_opening_in_capitals_names_the_body_in_full() -> None:
    paras = [
        "THE HARBOUR INSTITUTE for Ocean Studies has opened its winter courses to the public.",
        "“Anyone who loves the sea will find a class here,” the Institute’s release said.",
    ]
    assert speakers(paras) == ["Harbour Institute for Ocean Studies"]


def test_a_dateline_in_capitals_is_left_alone() -> None:
    paras = ["PORT ELLEN — “We have never seen the ferry this late,” said harbour master Ewan Bell."]
    assert speakers(paras) == ["Ewan Bell"]


# -- the verb of a quote's attribution is read once ----------------------------------


def test_a_quote_continuing_an_attributed_one_keeps_its_speaker() -> None:
    paras = [
        "“Locks are a crowded market,” Odran Mallory, head of Mallory’s Hardware & Security told us on "
        "Tuesday. “Most buyers have no idea which brand to trust.”",
    ]
    assert speakers(paras) == ["Odran Mallory", "Odran Mallory"]


# -- a plural's possessive inside a body's name -----------------------------------


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_name_whole() -> None:
    paras = ["“Fares must not rise again this year,” the Riders’ Independent Transit Trust said on Monday."]
    assert speakers(paras) == ["Riders’ Independent Transit Trust"]


# -- a spokesperson for a body named with initials or in several pieces -------------


@pytest.mark.parametrize(
    "body",
    ["the Harbour Board (HB)", "the Rivers and Canals Users’ Association", "the Rivers and Canals Trust (RCT)"],
)
def test_a_spokesperson_for_a_body_speaks_not_the_body(body: str) -> None:
    paras = [f"A spokeswoman for {body} said: “The locks will reopen on Sunday.”"]
    assert speakers(paras) == [None]


# -- he/she after an unnamed person spoke ------------------------------------------


def test_he_after_an_unnamed_spokesperson_is_nobody_named() -> None:
    paras = [
        "Union leader Carys Penhale said the pay offer was an insult to every lecturer in the country.",
        "But a spokesperson for the Colleges Employers Council said its members had cut short contracts.",
        "“We have worked with the unions to understand how staff are employed,” he said.",
    ]
    assert speakers(paras) == [None]


def test_an_unnamed_speaker_in_a_subordinate_clause_leaves_she_alone() -> None:
    paras = [
        "Such proofs are rare, according to longtime contributor Imke Salo.",
        "When one mathematician announced his proof, “the hall quickly descended into chaos,” she writes.",
    ]
    assert speakers(paras) == ["Imke Salo"]


# -- words quoted ahead of their source ------------------------------------------------


def test_a_quote_repeated_inside_a_later_attributed_quote_is_thatspeakers() -> None:
    paras = [
        "Half the clinics on the island have shut, according to the Island Health Board.",
        "“The generators are dry and the wards are dark.”",
        "“We warned about this for weeks,” Dr. Lina Haddad, who runs the north clinic, said on Friday. "
        "“Now it has happened: The generators are dry and the wards are dark.”",
    ]
    assert speakers(paras) == ["Lina Haddad", "Lina Haddad", "Lina Haddad"]


# -- a person's description names a person --------------------------------------------


def test_a_persons_description_prefers_a_person_to_a_bare_name() -> None:
    paras = [
        "“I love the road more every year,” Marta Quell said last spring.",
        "Then when Harbourlight asked Quell, “What keeps you touring?” the singer answered, "
        "“I wouldn’t call it a job, I still get nervous before every show.”",
    ]
    assert speakers(paras)[-1] == "Marta Quell"


# -- an unnamed subject before a colon -------------------------------------------------


def test_an_unnamed_subject_before_a_colon_names_nobody() -> None:
    paras = [
        "“Our crews trust the new tools,” said Hanna Lind, who leads the survey team.",
        "Another respondent highlighted Kettleworks’ new planner: “It saves me an hour every single morning.”",
    ]
    assert speakers(paras) == ["Hanna Lind", None]


# -- "it" after a text of no named issuer ----------------------------------------------


def test_it_after_a_text_with_no_named_issuer_is_nobody() -> None:
    paras = [
        "Teams that pair people with AI tools learn faster, the advent of assistants “has turned a tool "
        "into a partner,” says the research.",
        "It adds: “Once the work begins, the assistant can take part in every decision.”",
    ]
    assert speakers(paras) == [None, None]


# -- an office "of" a department before its holder's name ------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Director of Public Health Mara Quist said: “Every child should be vaccinated before winter.”", "Mara Quist"),
        ("“Ferries will run all winter,” said Commissioner for Coastal Transport Tove Rask.", "Tove Rask"),
        ("Bank of Lowland Trust said: “Rates will fall in the spring of next year.”", "Bank of Lowland Trust"),
    ],
)
def test_an_office_of_a_department_is_no_part_of_its_holders_name(sentence: str, speaker: str) -> None:
    assert speakers([sentence]) == [speaker]


def test_a_later_speech_clause_after_the_attribution_still_counts() -> None:
    paras = [
        "“The deal is dead,” Odran Mallory said, and his deputy Ines Vale told staff that talks were over. "
        "“We will not go back to that table.”",
    ]
    assert speakers(paras) == ["Odran Mallory", "Ines Vale"]


# -- a verb joined by "and then" / "but also" ------------------------------------------


def test_a_verb_joined_after_adverbs_shares_the_sentences_subject() -> None:
    paras = ["Councillor Rhys Adair read out the figures and then angrily told the crowd: “Nobody will lose a home.”"]
    assert speakers(paras) == ["Rhys Adair"]


# -- kinds of body a description may name ------------------------------------------------


def test_the_trust_is_the_trust_named_before() -> None:
    paras = [
        "The Riders’ Independent Transit Trust, which guards the fares levy, met on Monday.",
        "The trust asked the county to make sure that it “keeps every promise made to the riders.”",
    ]
    assert speakers(paras) == ["Riders’ Independent Transit Trust"]


# -- "its statement" after a name nothing marks as a person's ---------------------------


def test_its_statement_is_the_subject_of_the_sentence_before() -> None:
    paras = [
        "A lawsuit said the diet plan did nothing for the singer's weight.",
        "However, Lean Harbour quickly fired back. Its statement claimed, “Every client who followed "
        "the plan lost weight within a month.”",
    ]
    assert speakers(paras) == ["Lean Harbour"]


def test_the_firms_release_after_its_statement_is_the_same_bodys() -> None:
    paras = [
        "However, Lean Harbour quickly fired back. Its statement claimed, “Every client who followed "
        "the plan lost weight within a month.”",
        "The company’s release continued, “Exercise and the plan together explain her results.”",
    ]
    assert speakers(paras) == ["Lean Harbour", "Lean Harbour"]


def test_its_statement_is_not_a_named_womans() -> None:
    paras = ["Mary Holm quickly fired back. Its statement claimed, “Every client who followed the plan lost weight.”"]
    assert speakers(paras) == [None]
