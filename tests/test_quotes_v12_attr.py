"""Quote finder, version 12: which of the people present speaks.
All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- a quote about a "he" is not spoken by that man ------------------------------


def test_a_quote_describing_a_he_goes_to_the_speaker_not_the_man_described() -> None:
    paras = [
        "Rafael Osterberg was named head of the port authority on Monday.",
        "Osterberg spent a decade at sea before he turned to harbour politics, said Anton Vasko, a maritime historian.",
        "Vasko said that because of those years, Osterberg knows what crews fear.",
        "Rafael Osterberg takes office in March.",
        "“He learned every dock by night, and that showed in the strike of 2019,” he said.",
    ]
    assert speakers(paras) == ["Anton Vasko"]


def test_a_local_speaking_about_the_leader_keeps_the_quote() -> None:
    paras = [
        "Rafael Osterberg was named head of the port authority on Monday.",
        "“He will change nothing for us,” Tomas Brevik told reporters at the gate.",
        "But Brevik is aware of the weight Osterberg may carry in the talks.",
        "“He's the man the shipping lines fear,” he said.",
    ]
    assert speakers(paras) == ["Tomas Brevik", "Tomas Brevik"]


def test_a_he_about_somebody_else_keeps_a_speaker_who_never_spoke_by_name() -> None:
    # Nobody else has spoken by name: the pronoun's first referent stands.
    paras = [
        "Dario Lenz praised his deputy at the launch.",
        "“He did the hard work,” he said.",
    ]
    assert speakers(paras) == ["Dario Lenz"]


# -- a name in an opening phrase is not the subject pronoun after it --------------


def test_a_name_after_a_preposition_is_not_the_pronoun_that_follows_it() -> None:
    paras = [
        "“The records were shredded in a hurry,” defence counsel Owen Rees told the court.",
        "The first witness was the inspector, Colonel Pieter Maseko, who led the inquiry.",
        "He said the fire had started in the basement.",
        "In his testimony and under questioning by Rees, he said there was “careful planning over many weeks” first.",
    ]
    assert speakers(paras) == ["Owen Rees", "Pieter Maseko"]


# -- a name in the scene-setting phrase before a colon does not speak ------------


def test_a_name_in_an_opening_phrase_before_a_colon_is_not_the_speaker() -> None:
    paras = [
        "On a March 3 Brightwell earnings call, Nadia Okafor, an analyst for Halden Capital, "
        "voiced doubt about the shipping forecast: “Every quarter the targets move further away.”",
        "During the Brightwell board meeting, Tomas Lind, a shareholder, voiced his doubt: “Nobody reads the plan.”",
    ]
    assert speakers(paras) == ["Nadia Okafor", "Tomas Lind"]


# -- an unnamed person's statement about named people ----------------------------


def test_an_unnamed_spokespersons_statement_about_a_couple_names_nobody() -> None:
    paras = [
        "“We loved that house,” Lord Alderley said in 2021.",
        "Last spring, a statement by a family spokesperson confirming the sale read: "
        "“We can confirm Lord and Lady Alderley have agreed to leave Marsh Hall by June.”",
    ]
    assert speakers(paras) == ["Alderley", None]


# -- "his remarks that “…”": a possessive pronoun on a noun for words --------------


def test_his_remarks_that_quote_belongs_to_the_he_of_the_chain() -> None:
    paras = [
        "In March, Defence Minister Kofi Adjei again warned about smuggling on the northern border.",
        "He also said the patrols would double. His remarks that “the border is a sieve” drew an angry reply.",
    ]
    assert speakers(paras) == ["Kofi Adjei"]


# -- an office, then its holder in apposition, before a colon ----------------------


def test_the_holder_apposed_to_an_office_speaks_before_a_colon() -> None:
    paras = [
        "Villagers say the quarry has cracked their houses.",
        "Minister of Mines, Tumelo Sello, would not comment on the claims and only said: "
        "“Let them file a complaint with the department.”",
    ]
    assert speakers(paras) == ["Tumelo Sello"]


# -- "as X puts it", between dashes ------------------------------------------------


def test_as_somebody_puts_it_between_dashes_names_the_speaker() -> None:
    paras = [
        "“The tool reads forms for you,” Halvorsen told reporters.",
        "The newest product is Paste Genie, which pairs the firm’s software with outside models to — "
        "as Halvorsen puts it — “take the drudgery out of copying things.”",
    ]
    assert speakers(paras) == ["Halvorsen", "Halvorsen"]


# -- a he/she after a conjunction and an aside is the subject, not a name after it --


def test_a_pronoun_after_but_and_an_aside_is_the_subject_before_a_later_name() -> None:
    paras = [
        "Marcus Oyelaran, who runs the lab, says the models still make things up.",
        "But, doubts aside, he believes Tessellate AI will change how offices work and is "
        "“opening doors nobody knew were there.”",
    ]
    assert speakers(paras) == ["Marcus Oyelaran"]
