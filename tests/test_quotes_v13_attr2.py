"""Quote finder, version 13: attribution and reference patterns the earlier rules never
met. One person described by party or place is nobody named ("a Virginia Republican
said"); a state speaks as a body ("Norway … It argued"); a text speaks for its sender,
not its addressee ("The Greens’ letter to Mary Oakes, …, said"); a name or a
description before "who" speaks the relative clause's verb. All text is invented."""

from __future__ import annotations

from extract_helpers import speakers

# -- one person described by party or place: an unnamed source ------------------


def test_a_state_and_party_before_the_verb_is_unnamed() -> None:
    paras = [
        "“The governor cannot win that debate,” a Virginia Republican said.",
        "“He will have to defend every word of it,” an Ohio Democrat predicted.",
    ]
    assert speakers(paras) == [None, None]


def test_a_state_and_party_after_the_verb_is_unnamed() -> None:
    paras = [
        "“The harbour plan is dead on arrival,” said a New Hampshire Republican, who, like "
        "every insider, answered the survey anonymously. “Nobody will vote for it.”"
    ]
    assert speakers(paras) == [None, None]


def test_a_party_member_never_takes_a_named_persons_surname() -> None:
    paras = [
        "Mayor Dana Republican opened the session on Monday.",
        "“The budget is a fantasy,” a Republican said.",
    ]
    assert speakers(paras) == [None]


def test_a_demonym_after_an_article_is_unnamed() -> None:
    paras = ["“We are tired of waiting for the trucks,” a Ukrainian told reporters at the border."]
    assert speakers(paras) == [None]


def test_a_party_insider_or_source_is_unnamed() -> None:
    paras = [
        "“The leader has lost the room,” said a Labour source.",
        "“She is really effective on the stump,” said a GOP insider in the state of Iowa.",
    ]
    assert speakers(paras) == [None, None]


def test_a_named_person_after_an_article_keeps_the_name() -> None:
    paras = ["“I never liked the plan much,” said a sceptical Jo Marsh."]
    assert speakers(paras) == ["Jo Marsh"]


# -- a state speaking as a party ---------------------------------------------------


def test_it_after_a_state_opening_the_sentence_before_is_the_state() -> None:
    paras = [
        "The Harbour Union filed its own brief last month.",
        "Norway did not send lawyers to the hearings, but in a written brief to the tribunal "
        "it dismissed the claim outright.",
        "It argued that no duty exists when “the basic interests of a coastal state are put "
        "at risk by the fleet in question”.",
    ]
    assert speakers(paras) == ["Norway"]


def test_it_after_a_state_that_published_a_text_is_not_the_state() -> None:
    paras = [
        "Norway published a new report on fishing quotas. It says that “the basic interests of "
        "a coastal state are put at risk by foreign fleets”."
    ]
    assert speakers(paras) == [None]


# -- a text and its addressee ----------------------------------------------------


def test_a_letter_to_a_named_official_speaks_for_its_sender() -> None:
    paras = [
        "The Greens’ letter to Mary Oakes, the ethics adviser, said: “We ask for a ruling on "
        "the flat before the recess begins.”"
    ]
    assert speakers(paras) == ["Greens"]


def test_a_memo_sent_to_a_named_manager_is_not_the_managers() -> None:
    paras = [
        "Priya Nair runs the depot. A memo sent to Nair said: “All night shifts will end in "
        "March and nobody will be moved.”"
    ]
    assert speakers(paras) == [None]


# -- "who" before the verb ---------------------------------------------------------


def test_a_name_then_who_without_a_comma_speaks() -> None:
    paras = [
        "The plan was attacked by opposition leaders and Peter Vance Jr who wrote on X: "
        "‘The generals seem to want a much bigger war this winter.’"
    ]
    assert speakers(paras) == ["Peter Vance Jr"]


def test_a_description_then_who_speaks_the_clause() -> None:
    paras = [
        "Senator Ruth Calder faces a tough race next year. But the senator, who recently said "
        "that she brings a “kitchen-table view of the economy to the capital,” must avoid the left."
    ]
    assert speakers(paras) == ["Ruth Calder"]


# -- texts: their sender, not their reader or the site carrying them ------------------


def test_an_email_that_began_with_the_quote_is_not_its_recipients() -> None:
    paras = [
        "The trouble began late on Monday, when council chair Rosa Quint received the emailed threat.",
        "“I am writing to tell you of the events of Tuesday,” the email began. “Something big is "
        "coming. Something very big.”",
    ]
    assert speakers(paras) == [None, None]


def test_a_statement_that_began_with_the_quote_is_its_issuers() -> None:
    paras = ["“We are sorry for the delays this week,” the Northwind Transit statement began."]
    assert speakers(paras) == ["Northwind Transit"]


def test_a_reply_on_a_site_is_not_the_sites() -> None:
    paras = [
        "A storm of anger broke out on Friday – “@HarbourBus stop being so greedy with the fares,” "
        "one Twitter reply began – and the firm backed down."
    ]
    assert speakers(paras) == [None]


# -- who a role or an opening phrase points at ---------------------------------------


def test_a_picture_credit_is_no_antecedent() -> None:
    paras = [
        "Tom Reed, 24, was convicted of the arson in March.",
        "Win Carter/Getty Images",
        "He also said: “I did it. Everybody here knows I did it.”",
    ]
    assert speakers(paras) == ["Tom Reed"]


def test_according_to_a_body_and_role_names_the_person_after() -> None:
    paras = [
        "The new feature is, according to Acme Maps lead Dana Holt, “truly the biggest change to "
        "our little search box since its launch.”"
    ]
    assert speakers(paras) == ["Dana Holt"]


def test_an_opening_phrase_names_an_object_and_the_subject_follows_the_comma() -> None:
    paras = [
        "US President Paul Hart has doubted the alliance for years.",
        "In a post after a meeting with Nato Secretary General Tom Berg, the US President said: "
        "“They were not there when we needed them, and they will not be there again.”",
    ]
    assert speakers(paras) == ["Paul Hart"]


# -- unnamed sources and questions ----------------------------------------------------


def test_according_to_reports_gives_words_about_a_person_to_nobody() -> None:
    paras = ["According to reports, Karl Brenner beat the men who he “kept alive on scraps and stale bread” for weeks."]
    assert speakers(paras) == [None]


def test_according_to_papers_then_a_speech_verb_keeps_its_subject() -> None:
    paras = ["According to court papers, Karl Brenner told police: “I never touched the money in that safe.”"]
    assert speakers(paras) == ["Karl Brenner"]


def test_the_officer_after_a_police_officer_called_is_not_the_next_name() -> None:
    paras = [
        "Neighbour Ruth Allen told the paper: “I kept calling the city about the smell.”",
        "Even when a police officer first called, Karl Brenner shrugged off the smell. According to "
        "reports, the officer recalled: “I knocked on the door for ten or fifteen minutes and then "
        "went round to the back.”",
    ]
    assert speakers(paras) == ["Ruth Allen", None]


def test_an_apposition_with_a_relative_clause_and_no_closing_comma() -> None:
    paras = [
        "Karl Brenner was arrested in 1987. Tom Ash, a former police officer who responded said: "
        "“He told a bizarre tale of being held captive in the cellar.”"
    ]
    assert speakers(paras) == ["Tom Ash"]


def test_a_question_put_to_somebody_is_not_theirs() -> None:
    paras = [
        "During the question session with the hosts, Prime Minister Ken Oda was asked, “Do you feel "
        "any guilt about the funds?” The prime minister admitted that he did."
    ]
    assert speakers(paras) == [None]


def test_a_dated_timeline_entry_quotes_a_plaque_nobody_speaks() -> None:
    paras = [
        "Oct. 1, 1935: Mayor Frank Dell speech. On his first visit as mayor, he spoke to a crowd of "
        "7,000, stating “No town has a finer record in the task of caring for the less fortunate.”",
        "July 15, 1960: “In honoured memory of Ann Hale (1917-1963). First mayor of the town. On July "
        "15, 1960, Ann Hale accepted the nomination at this spot.” Plaque displayed 1964.",
    ]
    assert speakers(paras) == ["Frank Dell", None]


def test_a_role_phrase_then_the_apposed_name_after_the_quote() -> None:
    paras = [
        "“In the present case, these duties mean letting every relief agency work for the people "
        "there,” the undersecretary for legal affairs, Elinor Lindqvist, told the court."
    ]
    assert speakers(paras) == ["Elinor Lindqvist"]


def test_a_star_described_by_a_work_is_the_person_the_story_opens_on() -> None:
    paras = [
        "Rosa Vale shared a photo of her former partner, Tom Kerr, posing with her mother, Anna Vale.",
        "“My charity also offers a place to send kind letters to people,” the Night Harbour Story "
        "actress wrote. “Tom and my mom sent letters filled with kind words.”",
    ]
    assert speakers(paras) == ["Rosa Vale", "Rosa Vale"]


def test_a_time_phrase_between_subject_and_verb() -> None:
    paras = [
        "Jo Dee on Sunday said the ban would protect Arctic “spawning grounds and nursery waters for years to come”.",
        "The Harbour Board late on Monday confirmed the ban, to protect the “cold reefs and the seal "
        "colonies,” and the kelp.",
    ]
    assert speakers(paras) == ["Jo Dee", "Harbour Board"]


def test_states_before_an_auxiliary_is_a_noun_not_a_speech_verb() -> None:
    paras = [
        "Ana Ruiz, the bloc’s foreign policy chief, said top diplomats from EU states will meet "
        "within days to “discuss how to raise the pressure on the regime.”"
    ]
    assert speakers(paras) == ["Ana Ruiz"]


def test_a_name_and_its_own_verb_close_the_quote_before_a_later_speech_verb() -> None:
    paras = [
        "Catherine Moran is the favourite. At the debate, Moran was asked how she would greet President Tom Grant.",
        "“Hunger was paid for by foreign money,” Moran began, before being asked again if she would say "
        "this to Grant, who owns a hotel in the county.",
    ]
    assert speakers(paras) == ["Catherine Moran"]


def test_a_name_after_by_behind_a_noun_in_s_is_no_inverted_subject() -> None:
    paras = [
        "Catherine Moran is the favourite. Former envoy Bobby Hale has doubts.",
        "Hale said that, while “the pro-European majority in this country can simply ignore her,” "
        "positions taken by a President Moran would “damage the country’s name abroad for years.”",
    ]
    assert speakers(paras) == ["Bobby Hale", "Bobby Hale"]


def test_an_inverted_asked_with_a_party_member_before_a_colon() -> None:
    paras = [
        "“The governor cannot win that debate,” a Virginia Republican said.",
        "Asked a Pennsylvania Republican: “Is it just me, or are both running mates far more likeable "
        "than the people at the top?”",
    ]
    assert speakers(paras) == [None, None]


def test_as_a_reporter_reported_after_the_quote_names_the_reporter() -> None:
    paras = [
        "One witness, Ruth Kane, described hiding under a table and “cowering with her young grandson, "
        "who was with her, and feeling the fear of everyone around her,” as Harbour Radio’s Jo Dee reported."
    ]
    assert speakers(paras) == ["Jo Dee"]


def test_the_letter_later_is_the_same_owners_letter() -> None:
    paras = [
        "The Greens’ letter to Mary Oakes, the ethics adviser, said: “We ask for a ruling on the flat "
        "before the recess.”",
        "Oakes has not replied. The letter also said that “a full inquiry is the only way to settle this for good.”",
    ]
    assert speakers(paras) == ["Greens", "Greens"]


def test_the_letter_of_a_named_person_gives_the_full_name() -> None:
    paras = [
        "Senator Jo Marsh wrote to the board on Friday. Marsh’s letter to the chair was blunt.",
        "The letter said that “a full inquiry is the only way to settle this matter for good.”",
    ]
    assert speakers(paras) == ["Jo Marsh"]


def test_a_second_that_clause_reports_the_first_verbs_subject() -> None:
    paras = [
        "In its written brief to the court, Norway said that there are many “close ties” between the "
        "question asked of the court by the UN General Assembly and that of “the open dispute between "
        "Iceland and Norway”, and that the ITLOS should use its discretion “not to give the requested "
        "opinion at all”."
    ]
    assert speakers(paras) == ["Norway", "Norway"]


def test_the_group_is_the_body_introduced_as_a_group() -> None:
    paras = [
        "Governor Ann Pike has been criticised by Citizens for Open Books, a liberal nonprofit watchdog group.",
        "On Monday the letter was sent to the State Department’s inspector general.",
        "But the group said Pike’s ties to the donors had “clear political and business sides to them.”",
    ]
    assert speakers(paras) == ["Citizens for Open Books"]


def test_the_group_after_another_body_spoke_up_is_that_body() -> None:
    paras = [
        "Governor Ann Pike has been criticised by Citizens for Open Books, a liberal nonprofit watchdog group.",
        "The Harbour Trust, another group, also wrote to her.",
        "But the group said Pike’s ties to the donors had “clear political and business sides to them.”",
    ]
    assert speakers(paras) == ["Harbour Trust"]
